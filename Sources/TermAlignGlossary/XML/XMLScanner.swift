/// A pull parser for the XML that termbases use, written for safety first: it never reads a DTD or an
/// external entity, expands internal entities only within ``XMLLimits``, and checks well-formedness
/// (tag nesting, one root, attribute syntax, legal characters) with the byte offset of every error.
///
/// Not supported, each refused with an error that says so: parameter entity references, and markup
/// inside entity values. The input must be valid UTF-8 without a byte order mark (the loader checks,
/// strips the mark and transcodes UTF-16).
package struct XMLScanner {
    let bytes: [UInt8]
    var lines: LineIndex
    let limits: XMLLimits
    var position = 0
    package var openElements: [String] = []
    var seenRoot = false
    var entities = XMLEntityTable()
    var textBuffer: [UInt8] = []
    var textStart = 0
    private var pendingEnd: (name: String, offset: Int)?

    package init(bytes: [UInt8], file: String, limits: XMLLimits) {
        self.bytes = bytes
        self.lines = LineIndex(bytes: bytes, file: file)
        self.limits = limits
    }

    /// The location of a byte offset (cheap when asked in increasing order).
    package mutating func location(of offset: Int) -> SourceLocation { lines.location(of: offset) }

    mutating func error(_ offset: Int, _ message: String, kind: GlossaryError.Kind = .syntax) -> GlossaryError {
        lines.error(kind, at: offset, message)
    }

    /// The next event, or `nil` at the end of a well-formed document.
    package mutating func next() throws(GlossaryError) -> XMLEvent? {
        if let pending = pendingEnd {
            pendingEnd = nil
            return .end(name: pending.name, offset: pending.offset)
        }
        while position < bytes.count {
            if bytes[position] != UInt8(ascii: "<") {
                try scanText()
                continue
            }
            let next = position + 1 < bytes.count ? bytes[position + 1] : 0
            switch next {
            case UInt8(ascii: "?"): try scanProcessingInstruction()
            case UInt8(ascii: "!"): try scanDeclarationOrSection()
            case UInt8(ascii: "/"):
                if let flushed = flushText() { return flushed }
                return try scanEndTag()
            default:
                if let flushed = flushText() { return flushed }
                return try scanStartTag()
            }
        }
        if let flushed = flushText() { return flushed }
        if let open = openElements.last {
            throw error(bytes.count, "the document ends inside <\(open)>: missing </\(open)>")
        }
        if !seenRoot { throw error(bytes.count, "no root element: this is not an XML document") }
        return nil
    }

    // MARK: Text

    private mutating func flushText() -> XMLEvent? {
        guard !textBuffer.isEmpty else { return nil }
        defer { textBuffer.removeAll(keepingCapacity: true) }
        let blank = textBuffer.allSatisfy(Self.isWhitespace)
        return .text(String(decoding: textBuffer, as: UTF8.self), offset: textStart, blank: blank)
    }

    /// Character data up to the next `<`, with references expanded and line ends normalized. Runs of
    /// ordinary bytes are copied whole; only `&`, CR, `>` and control characters are looked at singly.
    private mutating func scanText() throws(GlossaryError) {
        if textBuffer.isEmpty { textStart = position }
        let start = position
        let inside = !openElements.isEmpty
        while position < bytes.count {
            let runStart = position
            while position < bytes.count, Self.isOrdinaryText(bytes[position]) { position += 1 }
            if position > runStart {
                if !inside, let offset = bytes[runStart..<position].firstIndex(where: { !Self.isWhitespace($0) }) {
                    throw error(offset, seenRoot ? "text after the root element" : "text before the root element")
                }
                textBuffer.append(contentsOf: bytes[runStart..<position])
            }
            guard position < bytes.count else { return }
            switch bytes[position] {
            case UInt8(ascii: "<"):
                return
            case UInt8(ascii: "&"):
                guard inside else { throw error(position, "a reference outside the root element") }
                // The buffer is moved out while the scanner expands into it (exclusive access).
                var buffer: [UInt8] = []
                swap(&buffer, &textBuffer)
                defer { swap(&buffer, &textBuffer) }
                try scanReference(into: &buffer, depth: 0)
            case UInt8(ascii: "\r"):
                textBuffer.append(UInt8(ascii: "\n"))
                position += position + 1 < bytes.count && bytes[position + 1] == UInt8(ascii: "\n") ? 2 : 1
            case UInt8(ascii: ">"):
                if position >= start + 2 && bytes[position - 1] == UInt8(ascii: "]") && bytes[position - 2] == UInt8(ascii: "]") {
                    throw error(position - 2, "']]>' is not allowed in character data")
                }
                guard inside else { throw error(position, seenRoot ? "text after the root element" : "text before the root element") }
                textBuffer.append(UInt8(ascii: ">"))
                position += 1
            case let byte:
                throw error(position, "control character U+\(hex(byte)) is not allowed in XML")
            }
        }
    }

    /// A byte copied as it is: not markup, not a reference, not CR, not a control character.
    private static func isOrdinaryText(_ byte: UInt8) -> Bool {
        byte >= 0x20 ? byte != UInt8(ascii: "<") && byte != UInt8(ascii: "&") && byte != UInt8(ascii: ">")
            : byte == 0x09 || byte == 0x0A
    }

    // MARK: Tags

    private mutating func scanStartTag() throws(GlossaryError) -> XMLEvent {
        let offset = position
        if seenRoot && openElements.isEmpty { throw error(offset, "a second root element") }
        position += 1
        let name = try scanName(what: "element name")
        var attributes: [XMLAttribute] = []
        while true {
            let hadSpace = skipWhitespace()
            guard position < bytes.count else { throw error(offset, "<\(name) is not closed by '>'") }
            let byte = bytes[position]
            if byte == UInt8(ascii: ">") {
                position += 1
                break
            }
            if byte == UInt8(ascii: "/") {
                guard position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: ">") else {
                    throw error(position, "expected '/>' to close <\(name)")
                }
                position += 2
                pendingEnd = (name, position - 2)
                break
            }
            guard hadSpace else { throw error(position, "expected whitespace before an attribute of <\(name)>") }
            let attributeOffset = position
            let attributeName = try scanName(what: "attribute name")
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "=") else {
                throw error(position, "expected '=' after attribute \(attributeName) of <\(name)>")
            }
            position += 1
            skipWhitespace()
            let value = try scanAttributeValue()
            if attributes.contains(where: { $0.name == attributeName }) {
                throw error(attributeOffset, "attribute \(attributeName) appears twice in <\(name)>")
            }
            attributes.append(XMLAttribute(name: attributeName, value: value))
        }
        guard openElements.count < limits.elementDepth else {
            throw error(offset, "elements nest deeper than \(limits.elementDepth) levels", kind: .unsafe)
        }
        seenRoot = true
        if pendingEnd == nil { openElements.append(name) }
        return .start(name: name, attributes: attributes, offset: offset)
    }

    private mutating func scanEndTag() throws(GlossaryError) -> XMLEvent {
        let offset = position
        position += 2
        let name = try scanName(what: "element name")
        skipWhitespace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: ">") else {
            throw error(position, "expected '>' to close </\(name)")
        }
        position += 1
        guard let open = openElements.last else { throw error(offset, "</\(name)> closes no open element") }
        guard open == name else { throw error(offset, "</\(name)> does not match the open <\(open)>") }
        openElements.removeLast()
        return .end(name: name, offset: offset)
    }

    private mutating func scanAttributeValue() throws(GlossaryError) -> String {
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'") else {
            throw error(position, "an attribute value must be quoted")
        }
        let quote = bytes[position]
        let start = position
        position += 1
        var value: [UInt8] = []
        while true {
            guard position < bytes.count else { throw error(start, "unterminated attribute value") }
            let byte = bytes[position]
            if byte == quote { break }
            switch byte {
            case UInt8(ascii: "<"): throw error(position, "'<' is not allowed in an attribute value")
            case UInt8(ascii: "&"): try scanReference(into: &value, depth: 0)
            case 0x09, 0x0A, 0x0D:
                // Attribute-value normalization: each white-space character becomes a space (CR LF one).
                if byte == 0x0D, position + 1 < bytes.count, bytes[position + 1] == 0x0A { position += 1 }
                value.append(UInt8(ascii: " "))
                position += 1
            default:
                if byte < 0x20 { throw error(position, "control character U+\(hex(byte)) is not allowed in XML") }
                value.append(byte)
                position += 1
            }
        }
        position += 1
        return String(decoding: value, as: UTF8.self)
    }

    // MARK: Lexical helpers

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
    }

    /// Skips white space; whether there was any.
    @discardableResult
    mutating func skipWhitespace() -> Bool {
        let start = position
        while position < bytes.count, Self.isWhitespace(bytes[position]) { position += 1 }
        return position > start
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: ":"),
             UInt8(ascii: "-"), UInt8(ascii: "."), 0x80...0xFF:
            return true
        default:
            return false
        }
    }

    /// An XML name. Non-ASCII letters are accepted as name characters without checking their class.
    mutating func scanName(what: String) throws(GlossaryError) -> String {
        let start = position
        while position < bytes.count, Self.isNameByte(bytes[position]) { position += 1 }
        guard position > start else {
            let found = position < bytes.count ? "'\(Unicode.Scalar(bytes[position]))'" : "the end of the file"
            throw error(start, "expected an \(what), found \(found)")
        }
        let first = bytes[start]
        if first == UInt8(ascii: "-") || first == UInt8(ascii: ".") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) {
            throw error(start, "an \(what) cannot start with '\(Unicode.Scalar(first))'")
        }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    /// Whether the bytes at the current position spell `literal`.
    func looking(at literal: String) -> Bool {
        var index = position
        for byte in literal.utf8 {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
        }
        return true
    }

    /// Moves past the next occurrence of `terminator`; throws `message` at `start` when there is none,
    /// and at a control character that XML does not allow on the way.
    mutating func skip(past terminator: String, from start: Int, _ message: String) throws(GlossaryError) {
        let first = terminator.utf8.first!
        while position < bytes.count {
            let byte = bytes[position]
            if byte == first && looking(at: terminator) {
                position += terminator.utf8.count
                return
            }
            // XML's characters exclude these controls everywhere: in comments, CDATA sections and
            // processing instructions as in text.
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D {
                throw error(position, "control character U+\(hex(byte)) is not allowed in XML")
            }
            position += 1
        }
        throw error(start, message)
    }
}

func hex(_ value: some BinaryInteger) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
}
