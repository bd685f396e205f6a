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
        var text = self // withUTF8 reads a native string in place; a bridged one is made native once
        return text.withUTF8 { bytes in
            for index in bytes.indices {
                let byte = bytes[index]
                if byte &- 0x09 <= 0x0D - 0x09 { return true }
                // NEL is C2 85, LS and PS are E2 80 A8/A9: the same trail bytes occur inside х, Ш, 詩.
                if byte == 0x85, index >= 1, bytes[index - 1] == 0xC2 { return true }
                if byte == 0xA8 || byte == 0xA9, index >= 2, bytes[index - 1] == 0x80, bytes[index - 2] == 0xE2 {
                    return true
                }
            }
            return false
        }
    }
}
