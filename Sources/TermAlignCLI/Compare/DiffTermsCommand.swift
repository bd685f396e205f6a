import ArgumentParser
import TermAlign
import TermAlignCommandSupport

struct DiffTermsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff-terms",
        abstract: "How two statements in one language use the glossary: concepts that appear, disappear or change rendering.",
        discussion: "Give OLD then NEW: two different statements (2022 and 2023, say), not language versions of one.\n\nExample: termalign diff-terms statement-2022.en.txt statement-2023.en.txt"
    )

    @OptionGroup var documents: DocumentSetOptions
    @OptionGroup var cacheOption: CacheOption
    @OptionGroup var glossaryOption: GlossaryOption

    @Option(help: "Output format: text, json or md.")
    var format: TermDiffReport.Format = .text

    @Flag(help: "List the concepts used the same way in both, too.")
    var all = false

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func validate() throws {
        guard documents.files.count == 2 else { throw ValidationError("diff-terms takes two files: OLD and NEW") }
    }

    func run() throws {
        cacheOption.apply()
        // Opened first: a destination that cannot be written is reported before any work.
        let out = try ByteSink.destination(output, inputs: documents.files + [glossaryOption.glossary].compactMap { $0 }, forPeople: false)
        let statements = try documents.load()
        let diff = try TermDiff(old: statements[0], new: statements[1], matcher: try glossaryOption.matcher())
        TermDiffReport(diff: diff, includeUnchanged: all).write(format, to: out)
        try out.finish()
    }
}
extension TermDiffReport.Format: ExpressibleByArgument {}
