import ArgumentParser
import CTermAlignSystem
import TermAlign
import TermAlignCommandSupport

/// The language versions a multi-document command reads (`find`, later `align` and `compare`): each
/// file's language from `--lang`, else from its name (`statement.ru.txt`), else detected; its id
/// the language code when all languages differ, otherwise the file name.
struct DocumentSetOptions: ParsableArguments {
    @Argument(help: "Files, one per language version: text (UTF-8 or another encoding), HTML, .docx, .odt or PDF; or one XLIFF or TMX file, whose languages are the versions; - reads standard input (once).")
    var files: [String]

    @Option(name: .customLong("input-format"),
            help: "The files' format: text, html, docx, odt, pdf, xliff or tmx. Default: from each file's name and first bytes.")
    var inputFormat: InputFormat?

    @Option(name: .long, parsing: .singleValue,
            help: "The language (ru, zh, en): once for all files, or once per file in order; ru! insists when the text's letters say otherwise. Default: from the file name (x.ru.txt), else detected.")
    var lang: [GivenLanguage] = []

    @Flag(help: "Read ill-formed UTF-8 as U+FFFD and report each replacement instead of failing.")
    var lossy = false

    @Option(help: "The files' encoding when it is not UTF-8 (windows-1251, KOI8-R, GB18030, Big5, UTF-16LE …). Default: UTF-8, else detected.")
    var encoding: String?

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("give at least one file") }
        guard lang.count <= 1 || lang.count == files.count else {
            throw ValidationError("give --lang once, or once per file (\(files.count) files, \(lang.count) languages)")
        }
        guard files.filter({ $0 == "-" }).count <= 1 else { throw ValidationError("standard input (-) can be read once") }
    }

    /// Reads every file.
    ///
    /// - Throws: ``TextError`` for an unreadable or ill-formed file, or one whose language is unknown;
    ///   ``InputError`` for a markup file that cannot be read; ``CLIError`` when the language given or
    ///   named contradicts the text's letters, or an XLIFF or TMX file comes with other files.
    func load() throws -> [Document] {
        try loadVersions().documents
    }

    /// Reads every file, and the units of an aligned file (XLIFF, TMX) if that is what was given.
    func loadVersions() throws -> (documents: [Document], units: [ParallelUnit]?) {
        var loaded: [Document] = []
        var units: [ParallelUnit]?
        var aligned = Set<Int>()
        for (index, file) in files.enumerated() {
            let given = lang.count == 1 ? lang[0] : lang.count > index ? lang[index] : nil
            let named = Self.language(fromName: file)
            let read = try InputFile.load(path: file, format: inputFormat, language: given?.language ?? named,
                                          policy: lossy ? .lossy : .strict, encoding: encoding)
            if let fileUnits = read.units {
                guard files.count == 1 else {
                    throw CLIError.message("\(file) holds its versions already aligned (\(read.documents.map(\.id).joined(separator: ", "))): "
                                           + "give it alone, not with other files")
                }
                guard lang.isEmpty else {
                    throw CLIError.message("\(file) says the language of each of its versions: leave out --lang")
                }
                units = fileUnits
                aligned.formUnion(loaded.count..<loaded.count + read.documents.count)
            }
            for document in read.documents {
                guard document.language != .undetermined else {
                    throw TextError.undeterminedLanguage(source: document.path ?? file)
                }
                if read.units == nil, given?.insisted != true, let claimed = given?.language ?? named,
                   let contradiction = GivenLanguage.contradiction(claimed, claimedBy: given == nil ? "its name" : "--lang", for: document) {
                    throw CLIError.message(contradiction)
                }
                Self.reportReplacements(in: document)
                loaded.append(document)
            }
        }
        let distinct = Set(loaded.map(\.language)).count == loaded.count
        let names = loaded.map { Self.baseName($0.path ?? "-") }
        let namesDistinct = Set(names).count == names.count
        let documents = loaded.enumerated().map { index, document in
            if aligned.contains(index) { return distinct ? document.with(id: document.language.rawValue) : document }
            let id = distinct ? document.language.rawValue : namesDistinct ? names[index] : (document.path ?? names[index])
            return document.with(id: id)
        }
        return (documents, units)
    }

    /// Whether one file may be enough for `compare` and `align`: `--input-format` names XLIFF or
    /// TMX, or the file's name does not rule it out (its content decides when it is read).
    func mayHoldVersions(_ path: String) -> Bool {
        if let inputFormat { return inputFormat.isBilingual }
        let format = InputFormat.detect(path: path, bytes: [])
        return format == .text && !path.lowercased().hasSuffix(".txt") || format.isBilingual
    }

    /// `statement.ru.txt` → ru; `notes.txt` → nil.
    static func language(fromName path: String) -> Language? {
        let parts = baseName(path).split(separator: ".")
        guard parts.count >= 2 else { return nil }
        for part in parts.dropFirst().reversed() {
            if let language = Language(rawValue: part.lowercased()), language != .undetermined { return language }
        }
        return nil
    }

    static func baseName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    static func reportReplacements(in document: Document) {
        let source = document.path ?? document.id
        let shown = 20
        for replacement in document.replacements.prefix(shown) {
            let hex = document.bytes[replacement.range].map { String($0, radix: 16, uppercase: true) }
            Console.error("termalign: warning: \(source): byte offset \(replacement.lowerBound): invalid UTF-8 (0x"
                          + hex.joined(separator: " 0x") + ") read as U+FFFD")
        }
        if document.replacements.count > shown {
            Console.error("termalign: warning: \(source): \(document.replacements.count - shown) more invalid UTF-8 "
                          + "sequences read as U+FFFD")
        }
    }
}

