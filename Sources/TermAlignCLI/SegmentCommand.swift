import ArgumentParser
import TermAlign
import TermAlignCommandSupport

struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Split a text into paragraphs, sentences or words, with byte ranges into the input."
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
        let segments: [SegmentRow] = switch unit {
        case .paragraph:
            analyzed.paragraphs.map { SegmentRow(range: $0.range, detail: .paragraph($0)) }
        case .sentence:
            analyzed.sentences.map { SegmentRow(range: $0.range, detail: .sentence($0)) }
        case .word:
            analyzed.tokens.map { SegmentRow(range: $0.range, detail: .word($0)) }
        }
        let out = try ByteSink.destination(nil, inputs: [], forPeople: format == .text)
        switch format {
        case .text: writeText(segments, analyzed, out)
        case .json: writeJSON(segments, analyzed, out)
        }
        try out.finish()
    }

    struct SegmentRow {
        enum Detail {
            case paragraph(Paragraph)
            case sentence(Sentence)
            case word(Token)
        }

        let range: ByteRange
        let detail: Detail
    }

    private func writeJSON(_ segments: [SegmentRow], _ analyzed: AnalyzedText, _ out: ByteSink) {
        let json = JSONWriter(out: out)
        let bytes = analyzed.document.bytes
        json.header(analyzed.document, script: analyzed.scripts.dominant)
        json.raw(",\n \"unit\": ")
        json.string(unit.rawValue)
        json.raw(",\n ")
        json.array("segments", segments) { segment in
            json.raw("{\"utf8Range\": ")
            json.range(segment.range)
            json.raw(", \"text\": ")
            json.string(bytes: bytes[segment.range.range])
            switch segment.detail {
            case let .paragraph(paragraph):
                json.raw(", \"kind\": ")
                json.string(paragraph.kind.rawValue)
                json.raw(", \"marker\": ")
                if let marker = paragraph.marker { json.range(marker) } else { json.raw("null") }
            case let .sentence(sentence):
                json.raw(", \"paragraph\": ")
                json.number(sentence.paragraph)
            case let .word(token):
                json.raw(", \"kind\": ")
                json.string(token.kind.rawValue)
            }
            if unit != .word {
                json.raw(", \"script\": ")
                json.optionalString(analyzed.scripts(of: segment.range).dominant?.name)
            }
            json.raw("}")
        }
        json.raw(",\n ")
        json.replacementsAndEnd(analyzed.document)
    }

    /// One segment per line: start, end and text, tab-separated, line breaks inside shown as ⏎.
    private func writeText(_ segments: [SegmentRow], _ analyzed: AnalyzedText, _ out: ByteSink) {
        for segment in segments {
            out.write("\(segment.range.lowerBound)\t\(segment.range.upperBound)\t")
            out.write(analyzed.text(of: segment.range).replacing("\r\n", with: "⏎").replacing("\n", with: "⏎"))
            out.write("\n")
        }
    }
}
