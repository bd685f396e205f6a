extension String {
    /// The text with its line breaks and tabs as spaces, for one-line displays (messages, concordances,
    /// table cells).
    package var onOneLine: String {
        // Checked on bytes first: walking Characters finds grapheme clusters, and almost every text
        // quoted in a message has no break to replace.
        guard hasLineBreakOrTab else { return self }
        return String(map { $0.isNewline || $0 == "\t" ? " " : $0 })
    }

    /// Whether the text holds a tab or a character that `Character.isNewline` accepts: U+000A–U+000D,
    /// U+0085, U+2028 or U+2029.
    private var hasLineBreakOrTab: Bool {
        var before = (UInt8(0), UInt8(0))
        for byte in utf8 {
            if (0x09...0x0D).contains(byte) || (byte == 0x85 && before.1 == 0xC2)
                || ((byte == 0xA8 || byte == 0xA9) && before == (0xE2, 0x80)) {
                return true
            }
            before = (before.1, byte)
        }
        return false
    }
}
