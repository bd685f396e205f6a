import TermAlignGlossary
import TermAlignTracking

/// The tracking as one self-contained page: an overview of the concepts, most frequent first, and for
/// each a timeline of its renderings by period (inline SVG), a legend with each rendering's share,
/// the counts by source, and its earliest samples in context. A pure function of the tracking, like
/// the JSON: merged shards give the same bytes.
struct TrackingHTML {
    typealias Rendering = (language: String, text: String, count: Int)

    let tracking: Tracking
    let glossaryName: String
    let glossary: Glossary?
    let out: ByteSink

    func write() {
        let html = HTMLWriter(out: out)
        // Each concept's renderings, most frequent first, and concepts by their occurrences: both
        // used by the overview and the sections, summed once.
        let renderings = tracking.concepts.mapValues(TrackingReport.renderings)
        let totals = renderings.mapValues { $0.reduce(0) { $0 + $1.count } }
        let order = tracking.concepts.keys.sorted { lhs, rhs in
            totals[lhs]! != totals[rhs]! ? totals[lhs]! > totals[rhs]! : lhs < rhs
        }
        html.doctype()
        html.element(.html, .lang("en")) {
            html.head(title: "TermAlign tracking — \(glossaryName)", script: false, styles: [ReportAssets.style, TimelineChart.style])
            html.element(.body) {
                html.element(.header) {
                    html.element(.h1, text: "TermAlign terminology tracking")
                    html.element(.p) {
                        html.text("Glossary ")
                        html.element(.code, text: glossaryName)
                        html.text(" · \(tracking.documents) documents" + (tracking.skipped > 0 ? " (\(tracking.skipped) left out)" : "")
                                  + " · counts by \(tracking.period.rawValue) · \(order.count) concepts seen")
                    }
                }
                html.element(.main) {
                    writeOverview(html, order, renderings: renderings)
                    // One axis for every concept, so that when each appears and fades can be compared.
                    let concepts = tracking.concepts.values
                    let periods = concepts.isEmpty ? [] : tracking.period.periods(
                        from: tracking.period.of(concepts.map(\.first).min()!.date),
                        through: tracking.period.of(concepts.map(\.last).max()!.date))
                    // The glossary's entries of the concepts seen, for their definitions and notes.
                    let described = Dictionary((glossary?.concepts ?? []).lazy.filter { tracking.concepts[$0.id] != nil }.map { ($0.id, $0) },
                                               uniquingKeysWith: { first, _ in first })
                    for id in order {
                        writeConcept(html, id, tracking.concepts[id]!, renderings: renderings[id]!, periods: periods, described: described)
                    }
                }
            }
        }
        html.newline()
    }

    private func writeOverview(_ html: HTMLWriter, _ order: [String], renderings: [String: [Rendering]]) {
        html.table("overview", caption: "Concepts, most frequent first",
                   headings: ["Concept", "Occurrences", "First seen", "Last seen", "Renderings"]) {
            for id in order {
                let concept = tracking.concepts[id]!, total = concept.total
                html.element(.tr) {
                    html.element(.th, HTMLAttribute(.scope, "row")) { html.element(.a, .href("#c-\(id)"), text: id) }
                    html.element(.td, .class("number"), text: "\(total)")
                    html.element(.td, .class("date"), text: concept.first.date)
                    html.element(.td, .class("date"), text: concept.last.date)
                    html.element(.td) {
                        for (position, rendering) in renderings[id]!.enumerated() {
                            if position > 0 { html.text(" · ") }
                            html.element(.span, .lang(rendering.language), text: rendering.text)
                            html.text(" " + Self.percent(rendering.count, of: total))
                        }
                    }
                }
            }
        }
    }

    private func writeConcept(_ html: HTMLWriter, _ id: String, _ concept: Tracking.Concept, renderings: [Rendering],
                              periods: [String], described: [String: Concept]) {
        let total = concept.total
        var series = [[String: Int]](repeating: [:], count: renderings.count)
        var bySource: [String: [Int]] = [:]
        for (key, count) in concept.counts {
            let position = renderings.firstIndex { $0.language == key.language && $0.text == key.rendering }!
            series[position][key.period, default: 0] += count
            bySource[key.source, default: Array(repeating: 0, count: renderings.count)][position] += count
        }
        html.element(.section, .id("c-\(id)"), HTMLAttribute(.ariaLabelledBy, "h-\(id)")) {
            html.element(.h2, .id("h-\(id)"), text: id)
            if let described = described[id] {
                if let definition = described.definition ?? described.definitions["en"] {
                    html.element(.p, .class("definition"), text: definition)
                }
                for note in described.notes { html.element(.p, .class("note"), text: note) }
            }
            html.element(.p, text: "\(total) occurrences · first seen \(concept.first.date) (\(concept.first.document))"
                         + " · last seen \(concept.last.date) (\(concept.last.document))")
            TimelineChart(periods: periods, series: series, labels: renderings.map { "\($0.text) (\($0.language))" },
                          summary: "Occurrences of \(id) by \(tracking.period.rawValue), \(periods.first!) to \(periods.last!), "
                              + "stacked by rendering").write(html)
            html.element(.ul, .class("legend")) {
                for (position, rendering) in renderings.enumerated() {
                    html.element(.li) {
                        html.element(.span, .class("swatch r\(position % TimelineChart.palette.count)")) {}
                        html.element(.span, .lang(rendering.language), text: rendering.text)
                        html.text(" (\(rendering.language)) — \(rendering.count), \(Self.percent(rendering.count, of: total))")
                    }
                }
            }
            writeSources(html, bySource, renderings)
            writeSamples(html, concept.samples)
        }
    }

    private func writeSources(_ html: HTMLWriter, _ bySource: [String: [Int]],
                              _ renderings: [Rendering]) {
        html.element(.details) {
            html.element(.summary, text: "By source")
            html.element(.table, .class("sources")) {
                html.element(.thead) {
                    html.element(.tr) {
                        html.element(.th, HTMLAttribute(.scope, "col"), text: "Source")
                        for rendering in renderings {
                            html.element(.th, HTMLAttribute(.scope, "col"), .lang(rendering.language), text: rendering.text)
                        }
                    }
                }
                html.element(.tbody) {
                    for source in bySource.keys.sorted() {
                        html.element(.tr) {
                            html.element(.th, HTMLAttribute(.scope, "row"), text: source)
                            for count in bySource[source]! { html.element(.td, .class("number"), text: "\(count)") }
                        }
                    }
                }
            }
        }
    }

    private func writeSamples(_ html: HTMLWriter, _ samples: [Tracking.Sample]) {
        guard !samples.isEmpty else { return }
        html.element(.details) {
            html.element(.summary, text: "Earliest samples")
            html.element(.ul, .class("samples")) {
                for sample in samples {
                    html.element(.li) {
                        html.element(.small, .class("where"), text: "\(sample.sighting.date) · \(sample.sighting.document) · ")
                        html.element(.span, .lang(sample.language)) {
                            html.text(sample.before)
                            html.element(.mark, text: sample.text)
                            html.text(sample.after)
                        }
                    }
                }
            }
        }
    }

    /// A share as a whole percentage ("<1%" for a small one that is not zero).
    static func percent(_ count: Int, of total: Int) -> String {
        let percent = Int((Double(count) * 100 / Double(max(1, total))).rounded())
        return percent == 0 && count > 0 ? "<1%" : "\(percent)%"
    }
}
