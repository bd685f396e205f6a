import ArgumentParser
import TermAlign
import TermAlignCommandSupport

/// `--lang` takes the languages TermAlign works in; "und" (undetermined) is what it says of a text
/// whose language it cannot tell, not a language to give, so it is refused like any unknown code.
extension Language: ExpressibleByArgument {
    public init?(argument: String) {
        guard let language = Language(rawValue: argument.lowercased()), language != .undetermined else { return nil }
        self = language
    }

    public static var allValueStrings: [String] { allCases.filter { $0 != .undetermined }.map(\.rawValue) }
}

/// Output formats of the single-document commands.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case json, text
}

/// The input of a single-document command: a file or standard input, its language and decoding.
struct InputOptions: ParsableArguments {
    @Argument(help: "A text file (UTF-8 or another encoding), HTML page, .docx, .odt or PDF; - or nothing reads standard input.")
    var file: String = "-"

    @Option(name: .customLong("input-format"), help: "The file's format: text, html, docx, odt or pdf. Default: from its name and first bytes.")
    var inputFormat: InputFormat?

    @Option(name: .long, help: "The language (ru, zh or en; ru! insists when the text's letters say otherwise); detected from the dominant script when omitted.")
    var lang: GivenLanguage?

    @Flag(help: "Read ill-formed UTF-8 as U+FFFD and report each replacement instead of failing.")
    var lossy = false

    @Option(help: "The file's encoding when it is not UTF-8 (windows-1251, KOI8-R, GB18030, Big5, UTF-16LE …). Default: UTF-8, else detected.")
    var encoding: String?

    /// Reads the document; in lossy mode, reports each replacement on standard error.
    ///
    /// - Throws: ``TextError`` for an unreadable or ill-formed file; ``CLIError`` when the language
    ///   given contradicts the text's letters.
    func load() throws -> Document {
        let read = try InputFile.load(path: file, format: inputFormat, language: lang?.language,
                                      policy: lossy ? .lossy : .strict, encoding: encoding)
        guard read.units == nil, let document = read.documents.first else {
            throw CLIError.message("\(file) holds several language versions (XLIFF or TMX): use find, align or compare")
        }
        if let lang, !lang.insisted,
           let contradiction = GivenLanguage.contradiction(lang.language, claimedBy: "--lang", for: document) {
            throw CLIError.message(contradiction)
        }
        DocumentSetOptions.reportReplacements(in: document)
        return document
    }
}

extension InputFormat: ExpressibleByArgument {}
