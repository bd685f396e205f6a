/// The XML declaration, `<?xml version="1.0" encoding="UTF-8" standalone="no"?>`, checked as XML 1.0
/// (production 23) defines it: the version first and required, then the encoding and the
/// standalone flag, each optional and in that order, nothing else. A declaration that does not
/// parse means a damaged or hand-edited file whose reading could not be trusted.
extension XMLScanner {
    /// Checks the declaration's content, `bytes[start..<end]` (between `<?xml` and `?>`).
    mutating func checkDeclaration(_ start: Int, _ end: Int) throws(GlossaryError) {
        var at = start
        var seen: [String] = []
        let order = ["version", "encoding", "standalone"]
        while true {
            let spaceStart = at
            while at < end, Self.isWhitespace(bytes[at]) { at += 1 }
            if at == end { break }
            guard at > spaceStart else {
                throw error(at, "expected a space before \(seen.isEmpty ? "version" : "the next item") in the XML declaration")
            }
            let nameStart = at
            while at < end, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(bytes[at]) { at += 1 }
            let name = String(decoding: bytes[nameStart..<at], as: UTF8.self)
            guard let rank = order.firstIndex(of: name) else {
                throw error(nameStart, "unexpected \(Self.shown(bytes[nameStart..<min(end, nameStart + 20)])) in the XML "
                            + "declaration (it holds version, then optionally encoding and standalone)")
            }
            guard !seen.contains(name), seen.allSatisfy({ order.firstIndex(of: $0)! < rank }) else {
                throw error(nameStart, "\(name) out of place in the XML declaration (version, encoding, standalone, in that order, once each)")
            }
            if seen.isEmpty && name != "version" {
                throw error(nameStart, "the XML declaration must begin with version=\"1.0\"")
            }
            seen.append(name)
            while at < end, Self.isWhitespace(bytes[at]) { at += 1 }
            guard at < end, bytes[at] == UInt8(ascii: "=") else { throw error(at, "expected '=' after \(name) in the XML declaration") }
            at += 1
            while at < end, Self.isWhitespace(bytes[at]) { at += 1 }
            guard at < end, bytes[at] == UInt8(ascii: "\"") || bytes[at] == UInt8(ascii: "'") else {
                throw error(at, "expected a quoted value of \(name) in the XML declaration")
            }
            let quote = bytes[at]
            let valueStart = at + 1
            var valueEnd = valueStart
            while valueEnd < end, bytes[valueEnd] != quote { valueEnd += 1 }
            guard valueEnd < end else { throw error(at, "the value of \(name) in the XML declaration has no closing quote") }
            let value = bytes[valueStart..<valueEnd]
            try check(name, value: value, at: valueStart)
            at = valueEnd + 1
        }
        if seen.isEmpty { throw error(start, "the XML declaration must give the version: <?xml version=\"1.0\"?>") }
    }

    private mutating func check(_ name: String, value: ArraySlice<UInt8>, at offset: Int) throws(GlossaryError) {
        let text = String(decoding: value, as: UTF8.self)
        let digits = UInt8(ascii: "0")...UInt8(ascii: "9")
        switch name {
        case "version":
            // VersionNum ::= '1.' [0-9]+
            guard value.count >= 3, value.starts(with: Array("1.".utf8)), value.dropFirst(2).allSatisfy(digits.contains) else {
                throw error(offset, "version \(Self.shown(value)) in the XML declaration is not an XML version (1.0)")
            }
        case "encoding":
            // EncName ::= [A-Za-z] ([A-Za-z0-9._] | '-')*
            let isLetter = { (byte: UInt8) in (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) }
            guard let first = value.first, isLetter(first),
                  value.allSatisfy({ isLetter($0) || digits.contains($0) || $0 == UInt8(ascii: ".")
                                     || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") }) else {
                throw error(offset, "encoding \(Self.shown(value)) in the XML declaration is not an encoding name")
            }
            let accepted = ["utf-8", "utf8", "us-ascii", "ascii", "utf-16", "utf-16le", "utf-16be"]
            guard accepted.contains(text.lowercased()) else {
                throw error(offset, "encoding \"\(text)\" is not supported: convert the file to UTF-8", kind: .encoding)
            }
        default:
            guard text == "yes" || text == "no" else {
                throw error(offset, "standalone \(Self.shown(value)) in the XML declaration must be \"yes\" or \"no\"")
            }
        }
    }

    /// Bytes of the file quoted in a message, control characters shown by code.
    private static func shown(_ bytes: ArraySlice<UInt8>) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        return "\"" + text.unicodeScalars.map { $0.value < 0x20 ? "\\u{\(String($0.value, radix: 16))}" : String($0) }.joined() + "\""
    }
}
