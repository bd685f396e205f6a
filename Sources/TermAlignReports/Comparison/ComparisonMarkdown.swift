import TermAlignComparison
import TermAlignText

/// The Markdown report: summary, findings with their evidence, and each segment with findings shown
/// across the versions with the glossary's terms in bold.
struct ComparisonMarkdown {
    let comparison: Comparison
    let glossaryName: String
    let out: ByteSink

    func write() {
        let documents = comparison.documents
        let lines = documents.map { DocumentLines($0) }
        out.write("# TermAlign comparison\n\n")
        out.write("Glossary: \(MarkdownText.escape(comparison.glossary.title ?? glossaryName)) (`\(MarkdownText.code(glossaryName))`, "
                  + "\(comparison.glossary.concepts.count) concepts). Unit: \(comparison.alignment.unit.rawValue)s, "
                  + "\(comparison.alignment.segments.count) segments.\n\n")
        out.write("| Version | Language | File | Bytes | Occurrences |\n|---|---|---|---:|---:|\n")
        for (index, document) in documents.enumerated() {
            out.write("| \(MarkdownText.escape(document.id)) | \(document.language.rawValue) | \(MarkdownText.escape(document.path ?? "–")) "
                      + "| \(document.bytes.count) | \(comparison.occurrences.count { $0.document == index }) |\n")
        }
        out.write("\n## Summary\n\n")
        let severities = Severity.allCases.reversed().map { severity in
            "\(comparison.count(severity)) \(severity.rawValue)" + (severity == .info || comparison.count(severity) == 1 ? "" : "s")
        }
        out.write("\(comparison.findings.count) findings: \(severities.joined(separator: ", ")).\n\n")
        for note in comparison.coverageNotes { out.write("Coverage: \(MarkdownText.escape(note)).\n\n") }
        if !comparison.findings.isEmpty {
            out.write("| Kind | Findings |\n|---|---:|\n")
            for (kind, count) in comparison.countsByKind { out.write("| \(kind.rawValue) | \(count) |\n") }
            out.write("\n")
        }
        if !comparison.warnings.isEmpty {
            out.write("## Warnings\n\n")
            for warning in comparison.warnings { out.write("- \(MarkdownText.escape(warning))\n") }
            out.write("\n")
        }
        let waivers = WaiverLines(comparison: comparison)
        for (title, lines) in [("Waived findings", waivers.waived), ("Stale waivers (they name no finding now)", waivers.stale)] where !lines.isEmpty {
            out.write("## \(title)\n\n")
            for line in lines { out.write("- \(MarkdownText.escape(line))\n") }
            out.write("\n")
        }
        guard !comparison.findings.isEmpty else {
            out.write("No divergences found.\n")
            return
        }
        out.write("## Findings\n\n")
        for (index, finding) in comparison.findings.enumerated() {
            let segment = comparison.alignment.segments[finding.segment].id
            let concepts = [finding.concept, finding.relatedConcept].compactMap { $0 }.map { "`\($0)`" }
            out.write("### f\(index + 1) · \(finding.kind.rawValue) · \(finding.severity.rawValue) · \(segment)"
                      + (concepts.isEmpty ? "" : " · " + concepts.joined(separator: " → ")) + "\n\n")
            out.write(MarkdownText.escape(finding.message) + "\n\n")
            out.write("Fingerprint `\(finding.fingerprint)`\n\n")
            for evidence in finding.evidence.prefix(12) {
                let (line, column) = lines[evidence.document].location(of: evidence.range.lowerBound)
                out.write("- **\(MarkdownText.escape(documents[evidence.document].id))** \(line):\(column) — "
                          + "“\(MarkdownText.escape(SegmentExcerpt.oneLine(evidence.text, limit: 160)))”\n")
            }
            if finding.evidence.count > 12 { out.write("- … \(finding.evidence.count - 12) more\n") }
            out.write("\n")
        }
        writeSegments()
    }

    /// Every segment that has a finding, one column per version.
    private func writeSegments() {
        let documents = comparison.documents
        let segments = Set(comparison.findings.map(\.segment)).sorted()
        out.write("## Segments with findings\n\n")
        out.write("| Segment | " + documents.map { MarkdownText.escape($0.id) }.joined(separator: " | ") + " |\n")
        out.write("|---|" + String(repeating: "---|", count: documents.count) + "\n")
        let byDocument = SegmentExcerpt.occurrencesBySegment(comparison)
        for index in segments {
            let segment = comparison.alignment.segments[index]
            let cells = documents.indices.map { document -> String in
                guard let range = segment.ranges[document] else { return "—" }
                let marked = byDocument[document][index] ?? []
                return SegmentExcerpt.pieces(of: documents[document], range, marked: marked, in: comparison, limit: 600).map { piece in
                    let text = MarkdownText.escape(piece.text.onOneLine)
                    return piece.isTerm ? "**\(text)**" : text
                }.joined()
            }
            out.write("| \(segment.id) | " + cells.joined(separator: " | ") + " |\n")
        }
    }
}

/// Text put into Markdown: from the documents or the glossary, it never becomes markup.
enum MarkdownText {
    /// Escapes Markdown punctuation and HTML, and puts the text on one line (CR LF, CR and LF each
    /// become one space). Byte by byte: every character it changes is ASCII, and walking characters
    /// (grapheme clusters) made the Markdown report of a large comparison slower than the comparison.
    static func escape(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var escaped: [UInt8] = []
            escaped.reserveCapacity(bytes.count + 16)
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
                     UInt8(ascii: "]"), UInt8(ascii: "|"), UInt8(ascii: "#"), UInt8(ascii: "~"):
                    escaped.append(UInt8(ascii: "\\"))
                    escaped.append(byte)
                case UInt8(ascii: "<"): escaped.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): escaped.append(contentsOf: "&gt;".utf8)
                case UInt8(ascii: "&"): escaped.append(contentsOf: "&amp;".utf8)
                case 0x0D:
                    escaped.append(0x20)
                    if index + 1 < bytes.count && bytes[index + 1] == 0x0A { index += 1 }
                case 0x0A: escaped.append(0x20)
                default: escaped.append(byte)
                }
                index += 1
            }
            return String(decoding: escaped, as: UTF8.self)
        }
    }

    /// Inside a code span, a backtick would end it.
    static func code(_ text: String) -> String {
        String(decoding: text.utf8.map { $0 == UInt8(ascii: "`") ? UInt8(ascii: "'") : $0 }, as: UTF8.self)
    }
}
