extension String {
    /// The text with its line breaks and tabs as spaces, for one-line displays (messages, concordances,
    /// table cells).
    package var onOneLine: String {
        guard contains(where: { $0.isNewline || $0 == "\t" }) else { return self }
        return String(map { $0.isNewline || $0 == "\t" ? " " : $0 })
    }
}
