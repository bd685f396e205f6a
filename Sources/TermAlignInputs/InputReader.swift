import TermAlignText

/// Reads a language version out of the files people have: the text of an HTML page, of a Word or
/// OpenDocument file, of a PDF; or the versions an XLIFF or TMX file holds, already aligned.
///
/// The readers take bytes: a web page or an XML file in another encoding is converted to UTF-8
/// first (`TextEncoding`), a Word, OpenDocument or PDF file is read as it is. Each text keeps a
/// ``/TermAlignText/TextOrigin`` that maps its offsets back to the source.
public enum InputReader {
    /// The text of a file of one version, and where it comes from.
    ///
    /// - Parameters:
    ///   - bytes: The file: UTF-8 for HTML; the archive or PDF as it is for the others.
    ///   - format: Its format: ``/TermAlignText/InputFormat/html``, ``/TermAlignText/InputFormat/docx``, ``/TermAlignText/InputFormat/odt`` or
    ///     ``/TermAlignText/InputFormat/pdf`` (plain text needs no reader).
    ///   - file: Its path or name, for messages.
    /// - Returns: The text as UTF-8, and its origin.
    /// - Throws: ``InputError`` for a damaged or unsafe file, one without text, a PDF without
    ///   `pdftotext`, or a format that holds several versions.
    public static func text(of bytes: [UInt8], format: InputFormat, file: String) throws(InputError) -> ([UInt8], TextOrigin) {
        switch format {
        case .text:
            return (bytes, TextOrigin(format: .text, source: nil, anchors: []))
        case .html:
            let page = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
            let (text, anchors) = HTMLText.extract(page)
            guard text.contains(where: { !TextBuilder.isWhitespace($0) }) else {
                throw InputError(.empty, file: file, message: "the page has no text outside its menus, scripts and "
                                 + "frame: if the statement is there, save it as text (or copy it) and compare that")
            }
            return (text, TextOrigin(format: .html, source: page, anchors: anchors))
        case .docx, .odt:
            let (text, origin) = try OfficeText.extract(bytes, file: file, format: format)
            guard text.contains(where: { !TextBuilder.isWhitespace($0) }) else {
                throw InputError(.empty, file: file, message: "the document has no text")
            }
            return (text, origin)
        case .pdf:
            return try PDFText.extract(bytes, file: file)
        case .xliff, .tmx:
            throw InputError(.structure, file: file, message: "a \(format.rawValue.uppercased()) file holds several "
                             + "versions already aligned: read it with alignedVersions(of:format:file:)")
        }
    }

    /// The versions an XLIFF or TMX file holds, and its units.
    ///
    /// - Parameters:
    ///   - bytes: The file as UTF-8 (a byte order mark is skipped).
    ///   - format: ``/TermAlignText/InputFormat/xliff`` or ``/TermAlignText/InputFormat/tmx``.
    ///   - file: Its path or name, for messages.
    /// - Throws: ``InputError`` for malformed XML, another root element, a unit whose language is not
    ///   said, or fewer than two languages with text.
    public static func alignedVersions(of bytes: [UInt8], format: InputFormat, file: String) throws(InputError) -> AlignedVersions {
        guard format.isBilingual else {
            throw InputError(.structure, file: file, message: "a \(format.rawValue) file holds one version: read it with text(of:format:file:)")
        }
        let xml = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        var reader = AlignedFileReader(xml: xml, file: file, format: format)
        return try reader.read()
    }
}
