#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import TermAlign
import TermAlignCommandSupport

/// `termalign extract`: the text TermAlign reads from a file, to check what a web page, a Word file
/// or a PDF gave before comparing it.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the text TermAlign reads from a file: a web page's article, a Word or OpenDocument file's paragraphs, a PDF's text, an XLIFF or TMX file's versions.",
        discussion: """
            The text is what every byte range of find, align and compare refers to. A file of several \
            versions (XLIFF, TMX) prints each version after a line "== ID (LANGUAGE) ==", or only the one \
            --only names; `align FILE --format tsv` shows its units side by side.

            Example: termalign extract statement.zh.html
            """
    )

    @Argument(help: "A file: text, HTML, .docx, .odt, PDF, XLIFF or TMX; - reads standard input.")
    var file: String = "-"

    @Option(name: .customLong("input-format"), help: "The file's format. Default: from its name and first bytes.")
    var inputFormat: InputFormat?

    @Option(help: "The file's encoding when it is not UTF-8 (text, HTML, XLIFF, TMX). Default: UTF-8, else declared or detected.")
    var encoding: String?

    @Option(help: ArgumentHelp("Of an XLIFF or TMX file, print only the version with this id (en-US, ru …).", valueName: "ID"))
    var only: String?

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func run() throws {
        let out = try ByteSink.destination(output, inputs: [file], forPeople: output == nil && isatty(STDOUT_FILENO) == 1)
        let read = try InputFile.load(path: file, format: inputFormat, language: nil, policy: .strict, encoding: encoding)
        var documents = read.documents
        if let only {
            documents = documents.filter { $0.id == only }
            guard !documents.isEmpty else {
                throw CLIError.message("\(file) has no version \(only); its versions: \(read.documents.map(\.id).joined(separator: ", "))")
            }
        }
        for document in documents {
            if read.units != nil { out.write("== \(document.id) (\(document.language.rawValue)) ==\n") }
            out.write(bytes: document.bytes)
            out.write("\n")
        }
        try out.finish()
    }
}
