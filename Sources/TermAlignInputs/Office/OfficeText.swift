import TermAlignGlossary
import TermAlignText

/// The text of a Word (.docx) or OpenDocument (.odt) file: its paragraphs, headings, list items and
/// table cells as paragraphs, line breaks kept, and its footnotes and endnotes after the body, each
/// mapped to the place in the body that cites it. Line and column refer to the body's XML member
/// (`word/document.xml`, `content.xml`). Numbers a word processor adds to a numbered list are not
/// in the file's text and are not in the extracted text either.
enum OfficeText {
    /// What an element means to the reader of the text.
    enum Role {
        /// A paragraph or heading.
        case paragraph
        /// An element whose character data is text (Word's `w:t`).
        case text
        case lineBreak
        case tab
        /// An element that stands for spaces (OpenDocument's `text:s`, counted by `text:c`).
        case spaces
        /// An element whose content is never text (deleted revisions, field codes, comments).
        case skipped
        /// A note written where it is cited (OpenDocument's `text:note`).
        case inlineNote
        /// Where a Word footnote or endnote is cited.
        case footnoteReference, endnoteReference
    }

    /// How one vocabulary names what the reader needs: one look-up per element.
    struct Vocabulary {
        let body: String
        let roles: [String: Role]
        /// Whether all character data inside a paragraph is text (else only that of ``Role/text`` elements).
        let allTextInParagraphs: Bool
        let collapse: Bool

        static let word = Vocabulary(
            body: "word/document.xml",
            roles: ["w:p": .paragraph, "w:t": .text, "w:br": .lineBreak, "w:cr": .lineBreak, "w:tab": .tab, "w:ptab": .tab,
                    "w:delText": .skipped, "w:instrText": .skipped, "w:del": .skipped,
                    "w:footnoteReference": .footnoteReference, "w:endnoteReference": .endnoteReference],
            allTextInParagraphs: false, collapse: false)
        static let openDocument = Vocabulary(
            body: "content.xml",
            roles: ["text:p": .paragraph, "text:h": .paragraph, "text:line-break": .lineBreak, "text:tab": .tab,
                    "text:s": .spaces, "office:annotation": .skipped, "text:note-citation": .skipped,
                    "text:tracked-changes": .skipped, "text:note": .inlineNote],
            allTextInParagraphs: true, collapse: true)
    }

    /// The text of the archive in `bytes`, with its origin.
    static func extract(_ bytes: [UInt8], file: String, format: InputFormat) throws(InputError) -> ([UInt8], TextOrigin) {
        let archive = try OfficeArchive(bytes: bytes, file: file)
        let vocabulary: Vocabulary = format == .odt ? .openDocument : .word
        guard var body = try archive.member(vocabulary.body) else {
            throw InputError(.structure, file: file, message: "the archive has no \(vocabulary.body): it is not a "
                             + "\(format == .odt ? "OpenDocument text" : "Word document"); save it as .\(format.rawValue) or as text")
        }
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body.removeFirst(3) }
        var reader = OfficeXMLReader(xml: body, file: file, part: vocabulary.body, vocabulary: vocabulary)
        try reader.read()
        var builder = reader.builder
        if format == .docx {
            for (part, element) in [("word/footnotes.xml", "w:footnote"), ("word/endnotes.xml", "w:endnote")] {
                guard var notes = try archive.member(part) else { continue }
                if notes.starts(with: [0xEF, 0xBB, 0xBF]) { notes.removeFirst(3) }
                let cited = element == "w:footnote" ? reader.footnoteCitations : reader.endnoteCitations
                let texts = try WordNotes.texts(notes, file: file, part: part, element: element, vocabulary: vocabulary)
                for (id, text) in texts where !text.isEmpty {
                    builder.paragraphBreak()
                    builder.appendDecoded(text, source: cited[id] ?? body.count)
                }
            }
        } else {
            for (text, citation) in reader.inlineNotes where !text.isEmpty {
                builder.paragraphBreak()
                builder.appendDecoded(text, source: citation)
            }
        }
        return (builder.bytes, TextOrigin(format: format, part: vocabulary.body, source: body, anchors: builder.anchors))
    }
}
