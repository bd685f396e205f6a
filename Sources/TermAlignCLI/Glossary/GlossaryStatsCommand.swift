import ArgumentParser
import TermAlign
import TermAlignCommandSupport

/// `termalign glossary stats`: how big a glossary is and how complete.
struct GlossaryStatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count a glossary's concepts, terms per language, statuses and relations.",
        discussion: "Example: termalign glossary stats my-glossary.tbx"
    )

    @OptionGroup var input: GlossaryInput

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    func run() throws {
        let loaded = try input.load()
        let stats = GlossaryStatistics(loaded.glossary)
        let out = try ByteSink.destination(nil, inputs: [], forPeople: format == .text)
        let writer = GlossaryStatsWriter(stats: stats, out: out)
        switch format {
        case .json: writer.json()
        case .text: writer.text()
        }
        try out.finish()
    }
}
