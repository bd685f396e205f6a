import ArgumentParser
import TermAlign
import TermAlignCommandSupport

struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Words with their lemma keys, paragraphs and sentences with their scripts, and look-alike mixed-script words.",
        discussion: """
            A token's "key" is its lemma key: all case and number forms of a Russian or English word share \
            it. "normalized" is the token's slice of the matching key. Confusables are words mixing \
            look-alike scripts ("Сrimea" with a Cyrillic С), with the offending letters' byte ranges.

            Example: termalign analyze statement.ru.txt --format text
            """
    )

    @OptionGroup var input: InputOptions

    @Option(help: "Output format.")
    var format: OutputFormat = .json

    @Option(help: "How Russian and English lemma keys are computed: \(LemmaStrategy.allCases.map(\.rawValue).joined(separator: ", ")).")
    var strategy: LemmaStrategy = .hunspellThenSnowball

    @Flag(help: "Add a romanization of each token (Russian BGN/PCGN, Chinese pinyin).")
    var transliterate = false

    func run() throws {
        let document = try input.load()
        let analyzer = TextAnalyzer(lemmaKeys: try LemmaKeys(strategy: strategy))
        let analyzed = try analyzer.analyze(document)
        let romanizer = transliterate ? try Transliterator.display(for: document.language) : nil
        let out = try ByteSink.destination(nil, inputs: [], forPeople: format == .text)
        switch format {
        case .json: try AnalysisJSON(analyzed: analyzed, romanizer: romanizer, json: JSONWriter(out: out)).write()
        case .text: try AnalysisText(analyzed: analyzed, romanizer: romanizer, out: out).write()
        }
        try out.finish()
    }
}

extension LemmaStrategy: ExpressibleByArgument {}
