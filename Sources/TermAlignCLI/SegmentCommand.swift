import ArgumentParser
import TermAlign
import TermAlignCommandSupport

struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Split a text into paragraphs, sentences or words, with byte ranges into the input.",
        discussion: "Example: termalign segment statement.ru.txt --unit sentence --format text"
    )

    enum Unit: String, ExpressibleByArgument, CaseIterable {
        case paragraph, sentence, word
    }

    @OptionGroup var input: InputOptions

    @Option(help: "What to split into.")
    var unit: Unit = .sentence

    @Option(help: "Output format.")
    var format: OutputFormat = .json

    func run() throws {
        let document = try input.load()
        let analyzer = TextAnalyzer(lemmaKeys: nil) // segmenting needs no dictionaries
        let components: TextAnalyzer.Components = switch unit {
        case .paragraph: [.paragraphs]
        case .sentence: [.sentences]
        case .word: [.words]
        }
        let analyzed = try analyzer.analyze(document, components: components)
        let segments: [SegmentWriter.Row] = switch unit {
        case .paragraph:
            analyzed.paragraphs.map { SegmentWriter.Row(range: $0.range, detail: .paragraph($0)) }
        case .sentence:
            analyzed.sentences.map { SegmentWriter.Row(range: $0.range, detail: .sentence($0)) }
        case .word:
            analyzed.tokens.map { SegmentWriter.Row(range: $0.range, detail: .word($0)) }
        }
        let out = try ByteSink.destination(nil, inputs: [], forPeople: format == .text)
        let writer = SegmentWriter(analyzed: analyzed, unit: unit.rawValue, segments: segments, out: out)
        switch format {
        case .text: writer.text()
        case .json: writer.json()
        }
        try out.finish()
    }
}
