import TermAlignComparison
import TermAlignGlossary
import TermAlignText

/// The HTML report: one self-contained page (no network, no external assets) with a header (versions,
/// glossary, counts), the findings list with filters by kind and severity, the versions side by side
/// (one column per version, one row per aligned segment, terms highlighted in one colour per concept,
/// findings inline at their row), and the concepts found with the glossary's notes.
struct ComparisonHTML {
    let comparison: Comparison
    let glossaryName: String
    let out: ByteSink

    func write() {
        let html = HTMLWriter(out: out)
        let index = ReportIndex(comparison)
        // The table is written first so the header can say what it could not highlight.
        let table = ByteSink()
        let skipped = SideBySideTable(comparison: comparison, index: index, html: HTMLWriter(out: table)).write()

        html.doctype()
        html.element(.html, .lang("en")) {
            writeHead(html, index: index)
            html.element(.body) {
                html.element(.a, .class("skip"), .href("#versions"), text: "Skip to the versions side by side")
                writeHeader(html, index: index, skippedMarks: skipped)
                html.element(.main) {
                    FindingList(comparison: comparison, index: index, html: html).write()
                    writeWaivers(html)
                    out.write(contentsOf: table)
                    ConceptLegend(comparison: comparison, index: index, html: html).write()
                }
                html.element(.aside, .id("inspector"), .flag(.hidden), HTMLAttribute(.ariaLive, "polite"),
                             HTMLAttribute(.ariaLabel, "Selected term")) {}
                html.element(.script) { html.asset(ReportAssets.script) }
            }
        }
        html.newline()
    }

    private func writeHead(_ html: HTMLWriter, index: ReportIndex) {
        html.head(title: "TermAlign comparison — " + comparison.documents.map(\.id).joined(separator: " · "), script: true,
                  styles: [ReportAssets.style, index.palette.styleRules])
    }

    private func writeHeader(_ html: HTMLWriter, index: ReportIndex, skippedMarks: Int) {
        let documents = comparison.documents
        html.element(.header) {
            html.element(.h1, text: "TermAlign comparison")
            html.element(.p, .class("glossary")) {
                html.text("Glossary: ")
                html.element(.strong, text: comparison.glossary.title ?? glossaryName)
                html.text(" (")
                html.element(.code, text: glossaryName)
                html.text(", \(comparison.glossary.concepts.count) concepts) · aligned by \(comparison.alignment.unit.rawValue) · "
                          + "\(comparison.alignment.segments.count) segments · \(comparison.occurrences.count) occurrences")
            }
            html.table("documents", caption: "Versions", headings: ["Version", "Language", "File", "Bytes", "Occurrences"]) {
                for (position, document) in documents.enumerated() {
                    html.element(.tr) {
                        html.element(.th, HTMLAttribute(.scope, "row"), text: document.id)
                        html.element(.td, text: ReportIndex.languageName(document.language))
                        html.element(.td, text: document.path ?? "—")
                        html.element(.td, .class("number"), text: String(document.bytes.count))
                        html.element(.td, .class("number"), text: String(index.occurrenceCounts[position]))
                    }
                }
            }
            writeCounts(html)
            for note in comparison.coverageNotes { html.element(.p, .class("coverage"), text: "Coverage: \(note).") }
            let notes = comparison.warnings + (skippedMarks == 0 ? [] : [
                "\(skippedMarks) highlight\(skippedMarks == 1 ? "" : "s") left out of the side-by-side view because "
                    + "\(skippedMarks == 1 ? "it crosses" : "they cross") another highlighted term or a segment's end; "
                    + "the findings list and the JSON report have them all.",
            ])
            if !notes.isEmpty {
                html.element(.ul, .class("warnings"), HTMLAttribute(.ariaLabel, "Warnings")) {
                    for note in notes { html.element(.li, text: note) }
                }
            }
        }
    }

    /// The waived findings and stale waivers, folded: they are decided already.
    private func writeWaivers(_ html: HTMLWriter) {
        let waivers = WaiverLines(comparison: comparison)
        for (title, lines) in [("Waived findings", waivers.waived), ("Stale waivers: they name no finding now", waivers.stale)] where !lines.isEmpty {
            html.element(.details, .class("waivers")) {
                html.element(.summary, text: "\(title) (\(lines.count))")
                html.element(.ul) {
                    for line in lines { html.element(.li, text: line) }
                }
            }
        }
    }

    private func writeCounts(_ html: HTMLWriter) {
        html.element(.p, .class("counts")) {
            html.element(.strong, text: "\(comparison.findings.count) finding\(comparison.findings.count == 1 ? "" : "s")")
            html.text(": ")
            for (position, severity) in Severity.allCases.reversed().enumerated() {
                if position > 0 { html.text(", ") }
                let count = comparison.count(severity)
                html.element(.span, .class("badge sev-\(severity.rawValue)"),
                             text: "\(count) \(severity.rawValue)" + (severity == .info || count == 1 ? "" : "s"))
            }
            if !comparison.findings.isEmpty {
                html.text(" — " + comparison.countsByKind.map { "\($0.kind.rawValue) \($0.count)" }.joined(separator: " · "))
            }
        }
    }
}
