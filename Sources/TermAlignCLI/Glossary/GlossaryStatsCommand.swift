import ArgumentParser
import TermAlign
import TermAlignCommandSupport

/// `termalign glossary stats`: how big a glossary is and how complete.
struct GlossaryStatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count a glossary's concepts, terms per language, statuses and relations."
    )

    @OptionGroup var input: GlossaryInput

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    func run() throws {
        let loaded = try input.load()
        let stats = GlossaryStatistics(loaded.glossary)
        let out = try ByteSink.destination(nil, inputs: [], forPeople: format == .text)
        let languages = stats.terms.keys.sorted()
        let statuses = stats.statuses.keys.sorted()
        switch format {
        case .json:
            // Language tags come from the file: written as JSON strings, escaped.
            let json = JSONWriter(out: out)
            func object(_ pairs: [(String, Int)]) {
                json.raw("{")
                for (index, (key, value)) in pairs.enumerated() {
                    json.raw(index == 0 ? "" : ", ")
                    json.string(key)
                    json.raw(": \(value)")
                }
                json.raw("}")
            }
            json.raw("{\"concepts\": \(stats.concepts),\n \"terms\": ")
            object(languages.map { ($0, stats.terms[$0]!) })
            json.raw(",\n \"statuses\": ")
            object(statuses.map { ($0, stats.statuses[$0]!) })
            json.raw(",\n \"relations\": ")
            object(RelationKind.allCases.map { ($0.rawValue, stats.relations[$0] ?? 0) })
            json.raw(",\n \"complete\": \(stats.complete)}\n")
        case .text:
            out.write("concepts   \(stats.concepts) (\(stats.complete) with a term in every language)\n")
            for language in languages { out.write("terms \(Console.left(language, 5))\(stats.terms[language]!)\n") }
            for status in statuses { out.write("status     \(Console.left(status, 12))\(stats.statuses[status]!)\n") }
            for kind in RelationKind.allCases {
                out.write("relation   \(Console.left(kind.rawValue, 12))\(stats.relations[kind] ?? 0)\n")
            }
        }
        try out.finish()
    }
}
