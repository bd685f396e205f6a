import ArgumentParser
import TermAlign

struct DiffTermsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff-terms",
        abstract: "How two statements in one language use the glossary: concepts that appear, disappear or change rendering.",
        discussion: "OLD and NEW are two different statements (2022 and 2023, say), not language versions of one."
    )

    @Argument(help: "The earlier statement (UTF-8 text).")
    var old: String

    @Argument(help: "The later statement, in the same language.")
    var new: String

    @Option(name: .long, help: "The language of both (ru, zh, en). Default: from the file names, else detected.")
    var lang: Language?

    @OptionGroup var glossaryOption: GlossaryOption

    @Option(help: "Output format: text, json or md.")
    var format: CompareFormat = .text

    @Flag(help: "List the concepts used the same way in both, too.")
    var all = false

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func run() throws {
        let documents = try [old, new].map { path throws(TextError) in
            try Document.load(path: path, language: lang ?? DocumentSetOptions.language(fromName: path))
        }
        for document in documents { DocumentSetOptions.reportReplacements(in: document) }
        let loaded = try glossaryOption.load()
        let diff = try TermDiff(old: documents[0], new: documents[1], matcher: try TermMatcher(glossary: loaded.glossary))
        let out = try output.map(OutputStream.file) ?? OutputStream.standardOutput()
        TermDiffReport(diff: diff, includeUnchanged: all).write(format.reportFormat, to: out)
        out.flush()
    }
}
