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
            let json = JSONWriter(out: out)
            json.header(document, script: ScriptProfile(utf8: document.bytes).dominant)
            json.raw(",\n \"key\": ")
            json.string(bytes: normalized.key)
            if map {
                json.raw(",\n ")
                json.array("map", normalized.chunks) { chunk in
                    json.raw("{\"key\": [\(chunk.key.lowerBound), \(chunk.key.upperBound)], \"utf8Range\": ")
                    json.range(chunk.source)
                    json.raw(", \"identity\": \(chunk.isIdentity)}")
                }
            }
            json.raw(",\n ")
            json.replacementsAndEnd(document)
        }
        try out.finish()
    }
}
