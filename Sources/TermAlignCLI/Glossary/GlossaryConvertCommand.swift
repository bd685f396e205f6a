import ArgumentParser
import TermAlign
import TermAlignCommandSupport

/// `termalign glossary convert`: one format to another.
struct GlossaryConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert a glossary between YAML, TBX (v3 Basic written; v2 read), CSV and TSV.",
        discussion: "YAML and TBX hold everything; CSV/TSV name what they leave out on standard error.\n\nExample: termalign glossary convert my-glossary.yaml --to tbx -o my-glossary.tbx"
    )

    @OptionGroup var input: GlossaryInput

    @Option(help: "The format to write: yaml, tbx, csv or tsv.")
    var to: GlossaryFormat

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func run() throws {
        // Opened first: a destination that cannot be written is reported before any work.
        let out = try ByteSink.destination(output, inputs: [input.glossary], forPeople: false)
        let loaded = try input.load()
        let serialized = loaded.glossary.serialized(as: to)
        for omission in serialized.omitted {
            Console.error("termalign: warning: \(to) cannot hold \(omission); they are left out")
        }
        out.write(serialized.text)
        try out.finish()
    }
}
