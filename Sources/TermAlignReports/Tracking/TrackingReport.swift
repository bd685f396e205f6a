import TermAlignGlossary
import TermAlignTracking

/// Renders a ``/TermAlignTracking/Tracking`` as JSON (schema: docs/tracking.md), CSV or an HTML page
/// with a timeline per concept. All are pure functions of the tracking: keys, counts and samples come
/// in sorted order, so merged shards give byte-identical files whatever the order they were merged in.
public struct TrackingReport: Sendable {
    /// The output formats.
    public enum Format: String, Sendable, Hashable, CaseIterable {
        /// Everything, and what `track --merge` reads back.
        case json
        /// One row per concept, language, rendering, source and period, for spreadsheets.
        case csv
        /// A self-contained page: per concept a timeline of its renderings (inline SVG), shares,
        /// counts by source and samples.
        case html
    }

    /// The tracking to render.
    public let tracking: Tracking
    /// How the glossary is named (its file name, or the shipped glossary's).
    public let glossaryName: String
    /// The glossary counted with, when at hand: the page then gives each concept's definition and
    /// note. The JSON and CSV do not use it.
    public let glossary: Glossary?

    /// Creates a report.
    ///
    /// - Parameters:
    ///   - tracking: The tracking.
    ///   - glossaryName: The glossary's name.
    ///   - glossary: The glossary itself, for the page's definitions and notes.
    public init(tracking: Tracking, glossaryName: String, glossary: Glossary? = nil) {
        self.tracking = tracking
        self.glossaryName = glossaryName
        self.glossary = glossary
    }

    /// The report as text.
    public func render(_ format: Format) -> String {
        let sink = ByteSink()
        write(format, to: sink)
        return sink.string
    }

    /// Writes the report into a sink.
    package func write(_ format: Format, to sink: ByteSink) {
        switch format {
        case .json: writeJSON(JSONWriter(out: sink))
        case .csv: writeCSV(sink)
        case .html: TrackingHTML(tracking: tracking, glossaryName: glossaryName, glossary: glossary, out: sink).write()
        }
    }

    private func writeJSON(_ json: JSONWriter) {
        json.raw("{\"kind\": \"termalign-tracking\", \"schemaVersion\": 1, ")
        json.stringFields(["glossary": glossaryName, "period": tracking.period.rawValue])
        json.raw(", \"samplesPerRendering\": \(tracking.samplesPerRendering), \"documents\": \(tracking.documents)")
        json.raw(", \"skipped\": \(tracking.skipped),\n ")
        json.array("concepts", tracking.concepts.keys.sorted()) { id in
            let concept = tracking.concepts[id]!
            let total = concept.total
            json.raw("{")
            json.stringFields(["concept": id])
            json.raw(", \"occurrences\": \(total), \"first\": ")
            sighting(concept.first, json)
            json.raw(", \"last\": ")
            sighting(concept.last, json)
            json.raw(",\n   \"renderings\": ")
            json.inlineList(Self.renderings(concept)) { rendering in
                json.raw("{")
                json.stringFields(["language": rendering.language, "rendering": rendering.text])
                let share = JSONWriter.decimal(Double(rendering.count) / Double(max(1, total)))
                json.raw(", \"occurrences\": \(rendering.count), \"share\": \(share)}")
            }
            json.raw(",\n   \"counts\": ")
            json.inlineList(concept.counts.keys.sorted()) { key in
                json.raw("{")
                json.stringFields(["language": key.language, "rendering": key.rendering, "source": key.source, "period": key.period])
                json.raw(", \"count\": \(concept.counts[key]!)}")
            }
            json.raw(",\n   \"samples\": ")
            json.inlineList(concept.samples) { sample in
                json.raw("{")
                json.stringFields(["date": sample.sighting.date, "document": sample.sighting.document])
                json.raw(", \"offset\": \(sample.offset), ")
                json.stringFields(["language": sample.language, "rendering": sample.rendering, "before": sample.before,
                                   "text": sample.text, "after": sample.after])
                json.raw("}")
            }
            json.raw("}")
        }
        json.raw("\n}\n")
    }

    private func sighting(_ sighting: Tracking.Sighting, _ json: JSONWriter) {
        json.raw("{")
        json.stringFields(["date": sighting.date, "document": sighting.document])
        json.raw("}")
    }

    /// Each rendering's occurrences over all sources and periods, most frequent first.
    static func renderings(_ concept: Tracking.Concept) -> [(language: String, text: String, count: Int)] {
        var totals: [String: (language: String, text: String, count: Int)] = [:]
        for (key, count) in concept.counts {
            totals[key.language + "\u{1F}" + key.rendering, default: (key.language, key.rendering, 0)].count += count
        }
        return totals.values.sorted { ($1.count, $0.language, $0.text) < ($0.count, $1.language, $1.text) }
    }

    private func writeCSV(_ sink: ByteSink) {
        sink.write("concept,language,rendering,source,period,count\r\n")
        for id in tracking.concepts.keys.sorted() {
            let concept = tracking.concepts[id]!
            for key in concept.counts.keys.sorted() {
                let cells = [id, key.language, key.rendering, key.source, key.period].map { CSVGlossaryWriter.cell($0, ",") }
                sink.write(cells.joined(separator: ",") + ",\(concept.counts[key]!)\r\n")
            }
        }
    }
}
