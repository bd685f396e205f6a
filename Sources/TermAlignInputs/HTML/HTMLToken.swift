@_spi(Engine) import TermAlignText

/// One piece of an HTML page as ``HTMLTokenizer`` reads it.
enum HTMLToken {
    /// A start tag: its lower-cased name, the attributes a reader of the page's layout needs, and
    /// whether it closes itself (`<br/>`).
    case start(name: String, attributes: [String: String], selfClosing: Bool)
    /// An end tag.
    case end(name: String)
    /// Text between tags: a byte range of the page (references not yet decoded).
    case text(Range<Int>)
}

/// Splits an HTML page into tags and text, leniently, as browsers do: comments, declarations and
/// processing instructions are skipped, the content of `<script>`, `<style>`, `<textarea>` and
/// `<title>` is not read as markup, and a `<` that opens no tag is text.
struct HTMLTokenizer {
    /// Elements whose content is raw text up to their end tag.
    private static let rawText: Set<String> = ["script", "style", "textarea", "title", "xmp", "noembed", "noframes"]

    /// The tokens of `page`.
    static func tokens(of page: UnsafeBufferPointer<UInt8>) -> [HTMLToken] {
        var tokens: [HTMLToken] = []
        var position = 0
        var textStart = 0
        func flush(_ end: Int) {
            if end > textStart { tokens.append(.text(textStart..<end)) }
        }
        while position < page.count {
            guard page[position] == UInt8(ascii: "<") else {
                position = UTF8Scanning.firstIndex(of: UInt8(ascii: "<"), in: page, position..<page.count) ?? page.count
                continue
            }
            guard position + 1 < page.count else { break }
            let next = page[position + 1]
            if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") {
                flush(position)
                let isComment = position + 3 < page.count && page[position + 2] == UInt8(ascii: "-") && page[position + 3] == UInt8(ascii: "-")
                position = isComment ? end(of: "-->", in: page, from: position + 4) : end(of: ">", in: page, from: position + 2)
                textStart = position
            } else if next == UInt8(ascii: "/"), position + 2 < page.count, isLetter(page[position + 2]) {
                flush(position)
                let (name, after) = readName(page, from: position + 2)
                tokens.append(.end(name: name))
                position = end(of: ">", in: page, from: after)
                textStart = position
            } else if isLetter(next) {
                flush(position)
                let (name, after) = readName(page, from: position + 1)
                let (attributes, selfClosing, tagEnd) = readAttributes(page, from: after)
                tokens.append(.start(name: name, attributes: attributes, selfClosing: selfClosing))
                position = tagEnd
                textStart = position
                if rawText.contains(name) {
                    // Never text of the page: a script, a style sheet, the title in the browser's tab.
                    position = closingTag(name, in: page, from: position)
                    textStart = position
                }
            } else {
                position += 1
            }
        }
        flush(page.count)
        return tokens
    }

    /// The offset just after the first `terminator` at or after `start`, or the end of the page.
    private static func end(of terminator: StaticString, in page: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let pattern = UnsafeBufferPointer(start: terminator.utf8Start, count: terminator.utf8CodeUnitCount)
        var index = start
        while index + pattern.count <= page.count {
            if page[index] == pattern[0] && (1..<pattern.count).allSatisfy({ page[index + $0] == pattern[$0] }) {
                return index + pattern.count
            }
            index += 1
        }
        return page.count
    }

    /// The offset of `</name` (case-insensitive) at or after `start`, or the end of the page.
    private static func closingTag(_ name: String, in page: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let lowered = Array(name.utf8)
        var index = start
        while index + 2 + lowered.count <= page.count {
            if page[index] == UInt8(ascii: "<") && page[index + 1] == UInt8(ascii: "/")
                && lowered.indices.allSatisfy({ lowercase(page[index + 2 + $0]) == lowered[$0] }) {
                return index
            }
            index += 1
        }
        return page.count
    }

    private static func readName(_ page: UnsafeBufferPointer<UInt8>, from start: Int, attribute: Bool = false) -> (String, Int) {
        var index = start
        var name: [UInt8] = []
        while index < page.count, !TextBuilder.isWhitespace(page[index]),
              page[index] != UInt8(ascii: ">"), page[index] != UInt8(ascii: "/"),
              !(attribute && page[index] == UInt8(ascii: "=") && index > start) {
            name.append(lowercase(page[index]))
            index += 1
        }
        return (String(decoding: name, as: UTF8.self), index)
    }

    /// The attributes up to the tag's `>`, whether it ends in `/>`, and the offset after it.
    private static func readAttributes(_ page: UnsafeBufferPointer<UInt8>, from start: Int) -> ([String: String], Bool, Int) {
        var attributes: [String: String] = [:]
        var index = start
        var selfClosing = false
        while index < page.count {
            let byte = page[index]
            if byte == UInt8(ascii: ">") { return (attributes, selfClosing, index + 1) }
            if TextBuilder.isWhitespace(byte) || byte == UInt8(ascii: "/") {
                selfClosing = byte == UInt8(ascii: "/")
                index += 1
                continue
            }
            selfClosing = false
            let (name, afterName) = readName(page, from: index, attribute: true)
            index = max(afterName, index + 1)
            while index < page.count, TextBuilder.isWhitespace(page[index]) { index += 1 }
            guard index < page.count, page[index] == UInt8(ascii: "=") else {
                attributes[name] = ""
                continue
            }
            index += 1
            while index < page.count, TextBuilder.isWhitespace(page[index]) { index += 1 }
            var value: [UInt8] = []
            if index < page.count, page[index] == UInt8(ascii: "\"") || page[index] == UInt8(ascii: "'") {
                let quote = page[index]
                index += 1
                while index < page.count, page[index] != quote { value.append(page[index]); index += 1 }
                index += 1
            } else {
                while index < page.count, !TextBuilder.isWhitespace(page[index]), page[index] != UInt8(ascii: ">") {
                    value.append(page[index])
                    index += 1
                }
            }
            attributes[name] = String(decoding: value, as: UTF8.self)
        }
        return (attributes, selfClosing, page.count)
    }

    static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    static func lowercase(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
    }
}
