import TermAlign
import TermAlignCommandSupport

/// Reads one input file in whatever format it is: plain text (`EncodedFile`), the text of an HTML
/// page, a Word, OpenDocument or PDF file, or the versions of an XLIFF or TMX file. What is not plain
/// text is said on standard error, with what positions then refer to.
enum InputFile {
    /// What one file gave.
    struct Loaded {
        /// One document, or one per language of an aligned file.
        let documents: [Document]
        /// The units of an aligned file; nil for a file of one version.
        let units: [ParallelUnit]?
    }

    /// Reads `path`; `format` nil detects it from the name and the first bytes. With `says`, what a
    /// file that is not plain text was read as goes to standard error (a batch of thousands does not).
    static func load(path: String, format: InputFormat?, language: Language?, policy: Document.DecodingPolicy,
                     encoding: String?, says: Bool = true) throws -> Loaded {
        let note = { (message: String) in if says { Console.error(message) } }
        let name = path == "-" ? "<stdin>" : path
        let bytes = try FileReader.readAll(path: path, limit: Document.maximumSize)
        let chosen = format ?? InputFormat.detect(path: path, bytes: bytes.prefix(1024))
        switch chosen {
        case .text:
            let document = try EncodedFile.document(from: bytes, name: name, language: language, policy: policy, encoding: encoding)
            return Loaded(documents: [document], units: nil)
        case .xliff, .tmx:
            let (utf8, _) = try EncodedFile.utf8(bytes, name: name, encoding: encoding, declared: nil, policy: policy)
            let versions = try InputReader.alignedVersions(of: utf8, format: chosen, file: name)
            for skipped in versions.skipped { Console.error("termalign: warning: \(name): \(skipped) (left out)") }
            note("termalign: note: \(name): read as \(chosen.rawValue.uppercased()), \(versions.units.count) units "
                          + "in \(versions.documents.map(\.id).joined(separator: ", ")), taken as aligned; "
                          + "line and column refer to the file, byte ranges to each language's text")
            return Loaded(documents: versions.documents, units: versions.units)
        case .html:
            let (utf8, encodingName) = try EncodedFile.utf8(bytes, name: name, encoding: encoding,
                                                            declared: HTMLCharset.declared(in: bytes), policy: policy)
            let (text, origin) = try InputReader.text(of: utf8, format: .html, file: name)
            note("termalign: note: \(name): read as HTML (the page's main text, without its menus and frame); "
                          + "line and column refer to the page, byte ranges to its text")
            return Loaded(documents: [try document(text, origin, name, language, encodingName)], units: nil)
        case .docx, .odt, .pdf:
            let (text, origin) = try InputReader.text(of: bytes, format: chosen, file: name)
            let how = chosen == .pdf ? "through pdftotext -layout; positions refer to its text"
                : "line and column refer to \(origin.part ?? "its XML"), byte ranges to its text"
            note("termalign: note: \(name): read as \(chosen.rawValue) (\(how))")
            return Loaded(documents: [try document(text, origin, name, language, "UTF-8")], units: nil)
        }
    }

    private static func document(_ text: [UInt8], _ origin: TextOrigin, _ name: String, _ language: Language?,
                                 _ encoding: String) throws -> Document {
        try Document(bytes: text, path: name, language: language).with(encoding: encoding).with(origin: origin)
    }
}

/// The character encoding an HTML page declares in its first kilobytes (`<meta charset="…">` or
/// `content="text/html; charset=…"`), which a page saved by a browser keeps.
enum HTMLCharset {
    static func declared(in bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
        guard let found = head.range(of: "charset=") else { return nil }
        let name = head[found.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
            .prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        return name.isEmpty ? nil : String(name)
    }
}
