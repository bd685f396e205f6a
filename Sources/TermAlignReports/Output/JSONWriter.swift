import TermAlignText

/// Writes JSON by hand, in a fixed key order, straight from the input's bytes: output is
/// byte-identical for equal inputs, and no `String` is built per token.
package struct JSONWriter {
    package let out: ByteSink
    /// Whether the layout's line breaks are left out: one JSON value per line (JSON Lines). Strings
    /// escape their own line breaks, so every line break in ``raw(_:)`` text is layout.
    package let oneLine: Bool

    package init(out: ByteSink, oneLine: Bool = false) {
        self.out = out
        self.oneLine = oneLine
    }

    package func raw(_ text: String) {
        guard oneLine else { return out.write(text) }
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for index in bytes.indices where bytes[index] == 0x0A {
                out.write(bytes: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                start = index + 1
            }
            out.write(bytes: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
    }

    /// `"name": [` then one element per line, then `]` — the layout of every list in the output.
    package func array<Elements: Sequence>(_ name: String, _ elements: Elements,
                                   _ element: (Elements.Element) throws -> Void) rethrows {
        raw("\"\(name)\": [")
        var first = true
        for item in elements {
            raw(first ? "\n  " : ",\n  ")
            first = false
            try element(item)
        }
        raw(first ? "]" : "\n ]")
    }

    package func number(_ value: Int) { out.write(String(value)) }

    /// `"a": "x", "b": "y"`: string members of an object, in the order given.
    package func stringFields(_ fields: KeyValuePairs<String, String>) {
        for (index, field) in fields.enumerated() {
            raw(index == 0 ? "\"\(field.key)\": " : ", \"\(field.key)\": ")
            string(field.value)
        }
    }

    /// `[a, b]` on one line, each element written by `element`.
    package func inlineList<Elements: Sequence>(_ elements: Elements, _ element: (Elements.Element) -> Void) {
        raw("[")
        for (index, item) in elements.enumerated() {
            if index > 0 { raw(", ") }
            element(item)
        }
        raw("]")
    }

    /// `"id": …, "path": …, "language": …`: how every report names a document.
    package func documentFields(_ document: Document) {
        raw("\"id\": ")
        string(document.id)
        raw(", \"path\": ")
        optionalString(document.path)
        raw(", \"language\": ")
        string(document.language.rawValue)
        raw(", \"encoding\": ")
        string(document.encoding)
        if let origin = document.origin {
            raw(", \"origin\": {\"format\": ")
            string(origin.format.rawValue)
            raw(", \"part\": ")
            optionalString(origin.part)
            raw(", \"positions\": \(origin.mapsPositions)}")
        }
    }

    /// `["a", "b"]`.
    package func strings(_ values: [String]) {
        raw("[")
        for (index, value) in values.enumerated() {
            if index > 0 { raw(", ") }
            string(value)
        }
        raw("]")
    }

    package func range(_ range: ByteRange) {
        out.write("[\(range.lowerBound), \(range.upperBound)]")
    }

    package func optionalString(_ value: String?) {
        if let value { string(value) } else { out.write("null") }
    }

    package func string(_ value: String) {
        var value = value
        value.withUTF8 { string(bytes: $0) }
    }

    package func string(bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { string(bytes: $0) }
    }

    package func string(bytes: ArraySlice<UInt8>) {
        bytes.withUnsafeBufferPointer { string(bytes: $0) }
    }

    /// Escapes UTF-8 bytes as a JSON string. Ill-formed bytes (a lossy document) become U+FFFD.
    package func string(bytes: UnsafeBufferPointer<UInt8>) {
        out.write(byte: 0x22)
        // Bytes that need no escape are written a run at a time: one call to the sink per byte made
        // the JSON report of a large comparison take longer than the comparison.
        var run = 0
        var index = 0
        func flush() {
            if run != index { out.write(bytes: UnsafeBufferPointer(rebasing: bytes[run..<index])) }
        }
        while index != bytes.count {
            let byte = bytes[index]
            let escape: String
            switch byte {
            case 0x22: escape = "\\\""
            case 0x5C: escape = "\\\\"
            case 0x0A: escape = "\\n"
            case 0x0D: escape = "\\r"
            case 0x09: escape = "\\t"
            case 0x00..<0x20, 0x7F:
                let hex = String(byte, radix: 16, uppercase: true)
                escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            case 0x20..<0x80:
                index += 1
                continue
            default:
                let length = Self.sequenceLength(bytes, at: index)
                if length > 0 {
                    index += length
                    continue
                }
                escape = "\u{FFFD}"
            }
            flush()
            out.write(escape)
            index += 1
            run = index
        }
        flush()
        out.write(byte: 0x22)
    }

    /// The length of a well-formed multi-byte sequence at `index`, or 0 (Unicode table 3-7).
    private static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let length: Int
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        switch bytes[index] {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xED: length = 3; high = 0x9F
        case 0xE1...0xEF: length = 3
        case 0xF0: length = 4; low = 0x90
        case 0xF4: length = 4; high = 0x8F
        case 0xF1...0xF3: length = 4
        default: return 0
        }
        guard bytes.count - index >= length else { return 0 }
        for offset in 1..<length {
            let byte = bytes[index + offset]
            let (minimum, maximum) = offset == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
            guard byte >= minimum && byte <= maximum else { return 0 }
        }
        return length
    }
}
