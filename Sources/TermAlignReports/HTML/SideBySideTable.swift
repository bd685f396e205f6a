import TermAlignComparison
import TermAlignGlossary
import TermAlignText

/// The versions side by side: a semantic table, one column per version and one row per aligned
/// segment, every occurrence a focusable mark in its concept's colour, and the segment's findings in a
/// row under it.
struct SideBySideTable {
    let comparison: Comparison
    let index: ReportIndex
    let html: HTMLWriter

    private enum CellMark {
        /// Occurrences at the same words (two concepts can share them).
        case terms([Int])
        /// Findings whose evidence these words are.
        case evidence([Int])
    }

    /// Writes the table.
    ///
    /// - Returns: How many highlights were left out because they cross another.
    /// - Complexity: O(size of the documents + occurrences · log occurrences).
    func write() -> Int {
        let documents = comparison.documents
        var skipped = 0
        html.element(.section, .id("versions"), HTMLAttribute(.ariaLabelledBy, "versions-heading")) {
            html.element(.h2, .id("versions-heading"), text: "Versions side by side")
            html.element(.table, .class("aligned")) {
                html.element(.caption, text: "\(comparison.alignment.segments.count) aligned \(comparison.alignment.unit.rawValue)s; "
                             + "— marks a version with no counterpart. Select a highlighted term for its concept, status and note.")
                html.element(.colgroup) {
                    html.void(.col, .class("segment-column"))
                    for _ in documents { html.void(.col) }
                }
                html.element(.thead) {
                    html.element(.tr) {
                        html.element(.th, HTMLAttribute(.scope, "col"), text: "Segment")
                        for document in documents {
                            html.element(.th, HTMLAttribute(.scope, "col"), .class("version")) {
                                html.text(document.id)
                                html.element(.small, text: " " + ReportIndex.languageName(document.language))
                            }
                        }
                    }
                }
                html.element(.tbody) {
                    for segment in comparison.alignment.segments.indices {
                        skipped += writeRow(segment)
                    }
                }
            }
        }
        html.newline()
        return skipped
    }

    private func writeRow(_ segmentIndex: Int) -> Int {
        let segment = comparison.alignment.segments[segmentIndex]
        let findings = index.findingsBySegment[segmentIndex] ?? []
        var skipped = 0
        var rowAttributes: [HTMLAttribute] = [.id(segment.id), .class(findings.isEmpty ? "segment" : "segment has-findings")]
        if !findings.isEmpty { rowAttributes.append(HTMLAttribute(.dataFindings, findings.map(ReportIndex.findingID).joined(separator: " "))) }
        html.newline()
        html.element(.tr, rowAttributes) {
            html.element(.th, HTMLAttribute(.scope, "row")) {
                html.element(.a, .href("#" + segment.id), text: segment.id)
                if let confidence = DecimalText.format(segment.confidence, places: 2) {
                    html.element(.small, .title("alignment confidence"), text: confidence)
                }
            }
            for (document, range) in segment.ranges.enumerated() {
                guard let range else {
                    html.element(.td, .class("gap"), HTMLAttribute(.ariaLabel, "no counterpart"), text: "—")
                    continue
                }
                var attributes: [HTMLAttribute] = [.class("text")]
                if comparison.documents[document].language != .undetermined {
                    attributes.append(.lang(comparison.documents[document].language.rawValue))
                }
                html.element(.td, attributes) {
                    skipped += writeText(document: document, segment: segmentIndex, range: range)
                }
            }
        }
        if !findings.isEmpty { writeInlineFindings(findings, segment: segment.id) }
        return skipped
    }

    private func writeText(document: Int, segment: Int, range: ByteRange) -> Int {
        let source = comparison.documents[document]
        var marks: [(range: ByteRange, mark: CellMark)] = []
        for occurrence in index.occurrencesBySegment[document][segment] ?? [] {
            let words = comparison.occurrences[occurrence].occurrence.range
            if let last = marks.last, last.range == words, case .terms(let same) = last.mark {
                marks[marks.count - 1].mark = .terms(same + [occurrence])
            } else {
                marks.append((words, .terms([occurrence])))
            }
        }
        for evidence in index.otherEvidence[document][segment] ?? [] { marks.append((evidence.range, .evidence(evidence.findings))) }
        let text = MarkedText(source.trimmed(range), marks: marks)
        for event in text.events {
            switch event {
            case .text(let piece): html.text(source.bytes[piece.lowerBound..<piece.upperBound])
            case .open(.terms(let occurrences)): openTerm(occurrences)
            case .open(.evidence(let findings)):
                // Outlined in the colour of its most severe finding: the alternat's names are information.
                let severity = findings.map { comparison.findings[$0].severity }.max() ?? .info
                html.open(.mark, [.class("evidence sev-\(severity.rawValue)"), .title(findings.map { finding in
                    "\(ReportIndex.findingID(finding)) \(comparison.findings[finding].kind.rawValue): \(comparison.findings[finding].message)"
                }.joined(separator: "\n")), HTMLAttribute(.dataFindings, findings.map(ReportIndex.findingID).joined(separator: " "))])
            case .close: html.close(.mark)
            }
        }
        return text.skipped
    }

    private func openTerm(_ occurrences: [Int]) {
        let first = comparison.occurrences[occurrences[0]].occurrence
        let findings = occurrences.flatMap { index.findingsByOccurrence[$0] ?? [] }
        var attributes: [HTMLAttribute] = [
            .class("term " + index.palette.colorClass(first.conceptIndex) + (findings.isEmpty ? "" : " flagged")),
            HTMLAttribute(.tabindex, "0"),
            HTMLAttribute(.dataConcepts, occurrences.map { "concept-\(comparison.occurrences[$0].occurrence.conceptIndex)" }.joined(separator: " ")),
            .title(occurrences.map(index.description(of:)).joined(separator: "\n\n")),
        ]
        if !findings.isEmpty {
            attributes.append(HTMLAttribute(.dataFindings, findings.sorted().map(ReportIndex.findingID).joined(separator: " ")))
        }
        html.open(.mark, attributes)
    }

    private func writeInlineFindings(_ findings: [Int], segment: String) {
        html.element(.tr, .class("inline-findings"), HTMLAttribute(.dataSegment, segment)) {
            html.element(.td, HTMLAttribute(.colspan, String(comparison.documents.count + 1))) {
                html.element(.ul) {
                    for finding in findings {
                        FindingList.writeSummary(of: finding, in: comparison, html: html, id: nil)
                    }
                }
            }
        }
    }
}
