import TermAlignComparison
import TermAlignText

/// The terminal summary: what was compared, counts by severity and kind, then the top findings with
/// the quoted words of each version. Colour only when asked (the CLI asks when stdout is a terminal).
struct TerminalSummary {
    let comparison: Comparison
    let glossaryName: String
    let colors: Bool
    let top: Int
    let out: ByteSink

    func write() {
        let documents = comparison.documents
        let lines = documents.map { DocumentLines($0) }
        let versions = documents.map { "\($0.id) (\($0.path.map(fileName(of:)) ?? "-"))" }.joined(separator: ", ")
        styled("TermAlign", .bold)
        out.write(": \(documents.count) versions: \(versions)\n")
        out.write("Glossary: \(comparison.glossary.title ?? glossaryName) — \(comparison.glossary.concepts.count) concepts; "
                  + "\(comparison.occurrences.count) occurrences in \(comparison.alignment.segments.count) aligned \(comparison.alignment.unit.rawValue)s\n")
        for note in comparison.coverageNotes { out.write("Coverage: \(note).\n") }
        for warning in comparison.warnings {
            styled("warning: ", .yellow)
            out.write(warning + "\n")
        }
        out.write("\nFindings: \(comparison.findings.count) — ")
        for (index, severity) in Severity.allCases.reversed().enumerated() {
            let plural = severity == .info || comparison.count(severity) == 1 ? "" : "s"
            if index > 0 { out.write(", ") }
            styled("\(comparison.count(severity)) \(severity.rawValue)\(plural)", color(severity))
        }
        out.write("\n")
        let waivers = WaiverLines(comparison: comparison)
        if !waivers.waived.isEmpty { out.write("Waived: \(waivers.waived.count), left out of the counts\n") }
        for line in waivers.waived.prefix(top) { out.write("  waived  " + line + "\n") }
        if waivers.waived.count > top { out.write("  … \(waivers.waived.count - top) more waived: use --format json or md for all of them.\n") }
        for line in waivers.stale {
            styled("  stale waiver: ", .yellow)
            out.write(line + "\n")
        }
        if !comparison.findings.isEmpty {
            out.write("  " + comparison.countsByKind.map { "\($0.kind.rawValue) \($0.count)" }.joined(separator: " · ") + "\n")
        }
        // The most severe first; within a severity, in document order.
        let ranked = comparison.findings.indices.sorted { lhs, rhs in
            let (left, right) = (comparison.findings[lhs].severity, comparison.findings[rhs].severity)
            return left != right ? left > right : lhs < rhs
        }
        for index in ranked.prefix(top) {
            let finding = comparison.findings[index]
            let segment = comparison.alignment.segments[finding.segment].id
            let concept = [finding.concept, finding.relatedConcept].compactMap { $0 }.joined(separator: " → ")
            out.write("\n")
            styled(Self.pad("[\(finding.severity.rawValue)]", 10), color(finding.severity))
            styled(finding.kind.rawValue, .bold)
            out.write("  f\(index + 1) \(segment)" + (concept.isEmpty ? "" : "  \(concept)") + "  \(finding.fingerprint)\n")
            out.write("          " + finding.message + "\n")
            var shown = 0
            for evidence in finding.evidence where shown < 4 {
                shown += 1
                let (line, column) = lines[evidence.document].location(of: evidence.range.lowerBound)
                out.write("          \(documents[evidence.document].id):\(line):\(column)  ")
                styled("“" + SegmentExcerpt.oneLine(evidence.text, limit: 100) + "”", .bold)
                out.write("\n")
            }
            if finding.evidence.count > shown { out.write("          … \(finding.evidence.count - shown) more\n") }
        }
        if comparison.findings.count > top {
            out.write("\n… \(comparison.findings.count - top) more findings: use --format json or md for all of them.\n")
        }
    }

    private enum Style: String { case red = "31", yellow = "33", cyan = "36", bold = "1" }

    private func color(_ severity: Severity) -> Style {
        switch severity {
        case .error: return .red
        case .warning: return .yellow
        case .info: return .cyan
        }
    }

    /// `text` in `style` when colours are on: the escape sequences go round the sink's filter of
    /// controls, which the text itself passes through.
    private func styled(_ text: String, _ style: Style) {
        if colors { out.write(terminalSequence: "\u{1B}[\(style.rawValue)m") }
        out.write(text)
        if colors { out.write(terminalSequence: "\u{1B}[0m") }
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(1, width - text.count))
    }
}

/// The last component of a path (outside the generic type, so closures need not capture its metatype).
private func fileName(of path: String) -> String { path.split(separator: "/").last.map(String.init) ?? path }
