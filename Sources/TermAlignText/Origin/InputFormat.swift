/// The kinds of file TermAlign reads a language version from.
public enum InputFormat: String, Sendable, Hashable, CaseIterable {
    /// Plain text (UTF-8 or an encoding that is detected or named): the default, and the fastest.
    case text
    /// An HTML page: its main text, without menus, headers and footers.
    case html
    /// A Word document (.docx).
    case docx
    /// An OpenDocument text (.odt).
    case odt
    /// A PDF, through `pdftotext -layout` when poppler-utils is installed.
    case pdf
    /// An XLIFF 1.2 or 2.x file: its source and target are two versions, already aligned by unit.
    case xliff
    /// A TMX 1.4 file: each of its languages is a version, already aligned by translation unit.
    case tmx

    /// Whether one file of this format holds several versions already aligned.
    public var isBilingual: Bool { self == .xliff || self == .tmx }

    /// The format a file's name and first bytes say: the content wins where it is unambiguous (a
    /// ZIP archive, a PDF, an XML root), the extension decides between formats of one container.
    ///
    /// - Parameters:
    ///   - path: The file's path or name.
    ///   - bytes: Its first bytes (a few hundred are enough).
    public static func detect(path: String, bytes: ArraySlice<UInt8>) -> InputFormat {
        let name = path.lowercased()
        let fileExtension = name.split(separator: "/").last?.split(separator: ".").last.map(String.init) ?? ""
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return fileExtension == "odt" ? .odt : .docx }
        if bytes.starts(with: Array("%PDF-".utf8)) { return .pdf }
        switch fileExtension {
        case "html", "htm", "xhtml": return .html
        case "xlf", "xliff", "sdlxliff", "mqxliff": return .xliff
        case "tmx": return .tmx
        case "docx": return .docx
        case "odt": return .odt
        case "pdf": return .pdf
        // A name that says text is text, whatever markup it quotes.
        case "txt", "text", "md": return .text
        default: break
        }
        let head = String(decoding: bytes.prefix(1024), as: UTF8.self).lowercased()
        if head.contains("<xliff") { return .xliff }
        if head.contains("<tmx") { return .tmx }
        if head.contains("<!doctype html") || head.contains("<html") { return .html }
        return .text
    }
}
