/// Escaping for HTML text and attribute values (both quoted), byte by byte on UTF-8.
enum HTMLEscaping {
    /// Writes `bytes` with `& < > " '` as character references, and C0 control characters (which an
    /// HTML parser drops or rejects) as their visible Control Pictures (U+2400…), so that nothing is lost
    /// silently. Tab, line feed and carriage return stay as they are.
    ///
    /// - Complexity: O(n); runs without special bytes are written as slices.
    static func write(_ bytes: UnsafeBufferPointer<UInt8>, to out: ByteSink) {
        var runStart = 0
        for index in 0..<bytes.count {
            guard let replacement = replacement(for: bytes[index]) else { continue }
            if runStart != index { out.write(bytes: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
            out.write(bytes: replacement)
            runStart = index + 1
        }
        if runStart != bytes.count { out.write(bytes: UnsafeBufferPointer(rebasing: bytes[runStart...])) }
    }

    static func write(_ text: String, to out: ByteSink) {
        var text = text
        text.withUTF8 { write($0, to: out) }
    }

    private static let ampersand = Array("&amp;".utf8), less = Array("&lt;".utf8), greater = Array("&gt;".utf8)
    private static let quote = Array("&quot;".utf8), apostrophe = Array("&#39;".utf8)

    @inline(__always)
    private static func replacement(for byte: UInt8) -> [UInt8]? {
        switch byte {
        case UInt8(ascii: "&"): return ampersand
        case UInt8(ascii: "<"): return less
        case UInt8(ascii: ">"): return greater
        case UInt8(ascii: "\""): return quote
        case UInt8(ascii: "'"): return apostrophe
        case 0x09, 0x0A, 0x0D: return nil
        case 0x00..<0x20: return [0xE2, 0x90, 0x80 + byte]  // U+2400 + byte
        case 0x7F: return [0xE2, 0x90, 0xA1]  // U+2421 SYMBOL FOR DELETE
        default: return nil
        }
    }
}
