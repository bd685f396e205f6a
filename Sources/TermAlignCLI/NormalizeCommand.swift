#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import TermAlign
import TermAlignCommandSupport

struct NormalizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalize",
        abstract: "Print the matching key of a text (NFKC_Casefold, ё→е, Traditional→Simplified …).",
        discussion: """
            Text output is the key itself. JSON adds, with --map, the chunks that map key bytes back to \
            the input: identity chunks map byte for byte, atomic chunks map each key byte to their whole \
            input range.

            Example: termalign normalize statement.zh.txt
            """
    )

    @OptionGroup var input: InputOptions

    @Option(help: "Output format.")
    var format: OutputFormat = .text

    @Flag(help: "Include the map from key bytes to input bytes (JSON only).")
    var map = false

    func run() throws {
        let document = try input.load()
        let normalized = try Normalizer().normalize(document)
        // The key is the text as matched, so it goes to a file or a pipe byte for byte; on a terminal its
        // control characters are shown, as everywhere else.
        let out = try ByteSink.destination(nil, inputs: [], forPeople: format == .text && isatty(STDOUT_FILENO) == 1)
        switch format {
        case .text:
            out.write(bytes: normalized.key)
            out.write("\n")
        case .json:
            NormalizationWriter(document: document, normalized: normalized, out: out).json(withMap: map)
        }
        try out.finish()
    }
}
