import TermAlignComparison
import TermAlignText

/// The findings at the top of the page: filters by kind and severity (enabled by the page's script;
/// without it every finding is shown), then every finding with its evidence quoted from each version.
struct FindingList {
    let comparison: Comparison
    let index: ReportIndex
    let html: HTMLWriter

    func write() {
        let lines = comparison.documents.map { DocumentLines($0) }
        html.element(.section, .id("findings"), HTMLAttribute(.ariaLabelledBy, "findings-heading")) {
            html.element(.h2, .id("findings-heading"), text: "Findings")
            guard !comparison.findings.isEmpty else {
                html.element(.p, text: "No divergences found.")
                return
            }
            writeFilters()
            // A scrolling panel on screen, so the versions stay in view; focusable for keyboard scrolling.
            html.element(.ol, .class("finding-list"), HTMLAttribute(.tabindex, "0"), HTMLAttribute(.ariaLabel, "Findings")) {
                for finding in comparison.findings.indices {
                    html.newline()
                    Self.writeSummary(of: finding, in: comparison, html: html, id: ReportIndex.findingID(finding)) {
                        writeEvidence(comparison.findings[finding], lines: lines)
                    }
                }
            }
        }
        html.newline()
    }

    private func writeFilters() {
        html.element(.fieldset, .id("filters"), .class("filters"), .flag(.hidden)) {
            html.element(.legend, text: "Show findings")
            for (kind, count) in comparison.countsByKind {
                html.element(.label) {
                    html.void(.input, HTMLAttribute(.type, "checkbox"), HTMLAttribute(.name, "kind"),
                              HTMLAttribute(.value, kind.rawValue), .flag(.checked))
                    html.text(" \(kind.rawValue) (\(count))")
                }
            }
            html.element(.label) {
                html.text("at least ")
                html.element(.select, HTMLAttribute(.name, "severity")) {
                    for severity in Severity.allCases {
                        html.element(.option, severity == .info ? [HTMLAttribute(.value, severity.rawValue), .flag(.selected)]
                                                                : [HTMLAttribute(.value, severity.rawValue)],
                                     content: { html.text(severity.rawValue) })
                    }
                }
            }
            html.element(.label) {
                html.void(.input, HTMLAttribute(.type, "checkbox"), HTMLAttribute(.name, "rows"))
                html.text(" only segments with findings shown")
            }
            html.element(.output, .id("shown"), HTMLAttribute(.ariaLive, "polite"),
                         text: "\(comparison.findings.count) of \(comparison.findings.count) shown")
        }
    }

    private func writeEvidence(_ finding: Finding, lines: [DocumentLines]) {
        guard !finding.evidence.isEmpty else { return }
        // Collapsed, so that the list stays short above the side-by-side view; printing opens it.
        html.element(.details) {
            html.element(.summary, text: "Evidence (\(finding.evidence.count))")
            writeEvidenceList(finding, lines: lines)
        }
    }

    private func writeEvidenceList(_ finding: Finding, lines: [DocumentLines]) {
        html.element(.ul, .class("evidence")) {
            for evidence in finding.evidence.prefix(12) {
                let document = comparison.documents[evidence.document]
                let (line, column) = lines[evidence.document].location(of: evidence.range.lowerBound)
                html.element(.li) {
                    html.element(.span, .class("where"), text: "\(document.id) \(line):\(column)")
                    html.text(" ")
                    html.element(.q, document.language == .undetermined ? [] : [.lang(document.language.rawValue)],
                                 content: { html.text(SegmentExcerpt.oneLine(evidence.text, limit: 200)) })
                }
            }
            if finding.evidence.count > 12 { html.element(.li, text: "… \(finding.evidence.count - 12) more") }
        }
    }

    /// One finding as a list item that the filters act on: severity, kind, segment, concepts, message;
    /// `details` adds more inside the item.
    static func writeSummary(of findingIndex: Int, in comparison: Comparison, html: HTMLWriter, id: String?,
                             details: () -> Void = {}) {
        let finding = comparison.findings[findingIndex]
        let findingID = ReportIndex.findingID(findingIndex)
        var attributes: [HTMLAttribute] = [.class("finding sev-\(finding.severity.rawValue)"),
                                           HTMLAttribute(.dataKind, finding.kind.rawValue),
                                           HTMLAttribute(.dataSeverity, finding.severity.rawValue)]
        if let id { attributes.insert(.id(id), at: 0) }
        html.element(.li, attributes) {
            let segment = comparison.alignment.segments[finding.segment].id
            // In the list, a finding links to its row; at its row, back to the list.
            html.element(.a, .href(id == nil ? "#" + findingID : "#" + segment), .class("ref"),
                         text: id == nil ? findingID : "\(findingID) · \(segment)")
            html.text(" ")
            html.element(.span, .class("badge sev-\(finding.severity.rawValue)"), text: finding.severity.rawValue)
            html.text(" ")
            html.element(.strong, .class("kind"), text: finding.kind.rawValue)
            let concepts = [finding.concept, finding.relatedConcept].compactMap { $0 }
            if !concepts.isEmpty {
                html.text(" ")
                html.element(.code, text: concepts.joined(separator: " → "))
            }
            html.text(" ")
            html.element(.code, .class("fingerprint"), text: finding.fingerprint)
            html.element(.p, .class("message"), text: finding.message)
            details()
        }
    }
}
