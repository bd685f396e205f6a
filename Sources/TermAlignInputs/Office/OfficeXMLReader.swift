import TermAlignGlossary
import TermAlignText

/// Walks the body of an office document with the XML scanner and builds its text.
struct OfficeXMLReader {
    private let xml: [UInt8]
    private let file: String
    private let part: String
    private let vocabulary: OfficeText.Vocabulary
    private(set) var builder = TextBuilder()
    /// Where each footnote and endnote is cited in the body, by id.
    private(set) var footnoteCitations: [String: Int] = [:]
    private(set) var endnoteCitations: [String: Int] = [:]
    /// Notes written inside paragraphs (OpenDocument): their text, and where they stand.
    private(set) var inlineNotes: [([UInt8], Int)] = []

    init(xml: [UInt8], file: String, part: String, vocabulary: OfficeText.Vocabulary) {
        self.xml = xml
        self.file = file
        self.part = part
        self.vocabulary = vocabulary
    }

    mutating func read() throws(InputError) {
        var scanner = XMLScanner(bytes: xml, file: file, limits: XMLLimits())
        var paragraphDepth = 0
        var textDepth = 0
        var skipDepth = 0
        var note: (depth: Int, builder: TextBuilder, citation: Int)?
        var openCount = 0
        do {
            while let event = try scanner.next() {
                switch event {
                case let .start(name, attributes, offset):
                    openCount += 1
                    let role = vocabulary.roles[name]
                    if skipDepth > 0 || role == .skipped {
                        skipDepth += 1
                        continue
                    }
                    if role == .inlineNote, note == nil {
                        note = (openCount, TextBuilder(), offset)
                        continue
                    }
                    switch role {
                    case .footnoteReference, .endnoteReference:
                        if let id = attributes.first(where: { $0.name == "w:id" })?.value {
                            if role == .footnoteReference { footnoteCitations[id] = offset } else { endnoteCitations[id] = offset }
                        }
                    case .paragraph:
                        paragraphDepth += 1
                        note == nil ? builder.paragraphBreak() : note!.builder.paragraphBreak()
                    case .text:
                        textDepth += 1
                    case .lineBreak:
                        let page = attributes.contains { $0.name == "w:type" && $0.value == "page" }
                        if note != nil { page ? note!.builder.paragraphBreak() : note!.builder.lineBreak() } else {
                            page ? builder.paragraphBreak() : builder.lineBreak()
                        }
                    case .tab:
                        note == nil ? builder.space() : note!.builder.space()
                    case .spaces:
                        let count = attributes.first { $0.name == "text:c" }.flatMap { Int($0.value) } ?? 1
                        let run = [UInt8](repeating: 0x20, count: min(max(count, 1), 64))
                        if note == nil { builder.appendDecoded(run, source: offset) } else { note!.builder.appendDecoded(run, source: offset) }
                    case .skipped, .inlineNote, nil:
                        break
                    }
                case let .end(name, _):
                    defer { openCount -= 1 }
                    if skipDepth > 0 {
                        skipDepth -= 1
                        continue
                    }
                    if let open = note, open.depth == openCount {
                        inlineNotes.append((open.builder.bytes, open.citation))
                        note = nil
                        continue
                    }
                    switch vocabulary.roles[name] {
                    case .paragraph:
                        paragraphDepth -= 1
                        note == nil ? builder.paragraphBreak() : note!.builder.paragraphBreak()
                    case .text:
                        textDepth -= 1
                    default:
                        break
                    }
                case let .text(text, offset, _):
                    guard skipDepth == 0, paragraphDepth > 0, vocabulary.allTextInParagraphs || textDepth > 0 else { continue }
                    xml.withUnsafeBufferPointer { xml in
                        if note == nil {
                            builder.appendXMLText(text, source: offset, in: xml, collapse: vocabulary.collapse)
                        } else {
                            note!.builder.appendXMLText(text, source: offset, in: xml, collapse: vocabulary.collapse)
                        }
                    }
                }
            }
        } catch {
            throw InputError(error, file: file, part: part)
        }
    }
}

/// The footnotes or endnotes of a Word document, by id, each as one paragraph of text; the
/// separators Word keeps among them are left out.
enum WordNotes {
    static func texts(_ xml: [UInt8], file: String, part: String, element: String,
                      vocabulary: OfficeText.Vocabulary) throws(InputError) -> [(String, [UInt8])] {
        var scanner = XMLScanner(bytes: xml, file: file, limits: XMLLimits())
        var notes: [(String, [UInt8])] = []
        var current: (id: String, builder: TextBuilder)?
        var textDepth = 0
        do {
            while let event = try scanner.next() {
                switch event {
                case let .start(name, attributes, _):
                    if name == element {
                        let type = attributes.first { $0.name == "w:type" }?.value ?? "normal"
                        let id = attributes.first { $0.name == "w:id" }?.value ?? ""
                        current = type == "normal" ? (id, TextBuilder()) : nil
                    } else {
                        switch vocabulary.roles[name] {
                        case .text: textDepth += 1
                        case .paragraph, .tab: current?.builder.space()
                        default: break
                        }
                    }
                case let .end(name, _):
                    if name == element, let note = current {
                        notes.append((note.id, note.builder.bytes))
                        current = nil
                    } else if vocabulary.roles[name] == .text {
                        textDepth -= 1
                    }
                case let .text(text, _, _):
                    if textDepth > 0 { current?.builder.appendDecoded(Array(text.utf8), source: 0) }
                }
            }
        } catch {
            throw InputError(error, file: file, part: part)
        }
        return notes
    }
}
