import TermAlignText

/// Builds the text of a document out of the pieces of its markup, and the map back to the markup:
/// paragraphs separated by a blank line, line breaks kept, white space of the markup collapsed to
/// one space where the format says so. An anchor is recorded wherever the copy of source bytes stops
/// running one for one, so every byte of the text has a place in the source.
struct TextBuilder {
    private(set) var bytes: [UInt8] = []
    private(set) var anchors: [TextOrigin.Anchor] = []
    /// `source - text` of the last anchor.
    private var delta = Int.min
    private var pendingSpace = false
    /// 0: none; 1: a line break; 2: a paragraph break.
    private var pendingBreak = 0

    /// Ends the current paragraph: the next text starts after a blank line.
    mutating func paragraphBreak() {
        pendingBreak = 2
        pendingSpace = false
    }

    /// Ends the current line; a second line break with no text between ends the paragraph, as a
    /// blank line does (pages that separate paragraphs with `<br><br>`).
    mutating func lineBreak() {
        if !bytes.isEmpty { pendingBreak = min(2, pendingBreak + 1) }
        pendingSpace = false
    }

    /// White space between words: one space, unless a line or paragraph starts there.
    mutating func space() {
        pendingSpace = true
    }

    /// Copies source bytes that are text, one for one, from source offset `source` on. With `collapse`,
    /// runs of ASCII white space become one space, as HTML shows them. Stretches are copied whole:
    /// a single space between two words needs no collapsing, so a stretch ends only at other white
    /// space.
    mutating func append(_ run: UnsafeBufferPointer<UInt8>, range: Range<Int>, source: Int, collapse: Bool) {
        guard collapse else {
            if !range.isEmpty { copy(run, range, source: source) }
            return
        }
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            if Self.isWhitespace(run[index]) {
                pendingSpace = true
                index += 1
                continue
            }
            var stretchEnd = index + 1
            while stretchEnd < end {
                let byte = run[stretchEnd]
                if byte > 0x20 || !Self.isWhitespace(byte) {
                    stretchEnd += 1
                } else if byte == 0x20, stretchEnd + 1 < end, !Self.isWhitespace(run[stretchEnd + 1]) {
                    stretchEnd += 2
                } else {
                    break
                }
            }
            copy(run, index..<stretchEnd, source: source + (index - range.lowerBound))
            index = stretchEnd
        }
    }

    /// Appends `run[range]`, which stands at `source` in the source, after any pending break or space.
    private mutating func copy(_ run: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, source: Int) {
        openIfNeeded()
        if source - bytes.count != delta {
            delta = source - bytes.count
            anchors.append(TextOrigin.Anchor(text: bytes.count, source: source))
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: run[range]))
    }

    /// Appends text that stands for the source bytes from `source` on (a decoded entity or reference).
    mutating func appendDecoded(_ decoded: some Collection<UInt8>, source: Int) {
        guard !decoded.isEmpty else { return }
        openIfNeeded()
        anchors.append(TextOrigin.Anchor(text: bytes.count, source: source))
        delta = Int.min
        bytes.append(contentsOf: decoded)
    }

    /// Writes the pending break or space before text.
    private mutating func openIfNeeded() {
        if !bytes.isEmpty {
            if pendingBreak == 2 {
                bytes.append(contentsOf: [0x0A, 0x0A])
            } else if pendingBreak == 1 {
                bytes.append(0x0A)
            } else if pendingSpace, bytes.last != 0x0A {
                bytes.append(0x20)
            }
        }
        pendingBreak = 0
        pendingSpace = false
    }

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
    }
}

extension TextBuilder {
    /// Appends the text of `piece` as a paragraph of its own, its anchors moved with it, and returns
    /// where it is; nil when the piece holds no text.
    mutating func appendParagraph(_ piece: TextBuilder) -> ByteRange? {
        guard piece.bytes.contains(where: { !Self.isWhitespace($0) }) else { return nil }
        if !bytes.isEmpty { bytes.append(contentsOf: [0x0A, 0x0A]) }
        let start = bytes.count
        anchors.append(contentsOf: piece.anchors.map { TextOrigin.Anchor(text: $0.text + start, source: $0.source) })
        bytes.append(contentsOf: piece.bytes)
        delta = Int.min
        pendingBreak = 0
        pendingSpace = false
        return ByteRange(lowerBound: start, upperBound: bytes.count)
    }
}
