/// Finds the words of a matching key with ICU's word break (which segments Chinese with its
/// dictionary) and maps each back to the original bytes.
enum WordSegmenter {
    /// Separators of Chinese transliterated names (弗·弗·普京), which ICU splits.
    private static let nameDots: [[UInt8]] = [[0xC2, 0xB7], [0xE3, 0x83, 0xBB], [0xE2, 0x80, 0xA2]]

    /// How much of a key ICU sees at once. Word boundaries never depend on text across a space or a
    /// line break, so windows end just after one: ICU's UTF-16 copy stays small whatever the input.
    static let windowSize = 1 << 20

    /// Calls `body` with each word's key range and kind, in order.
    ///
    /// - Complexity: O(n) in the key length.
    static func forEachWord(in key: UnsafeBufferPointer<UInt8>, iterator: BreakIterator,
                            _ body: (Range<Int>, Token.Kind) -> Void) throws(TextError) {
        var pending: (range: Range<Int>, kind: Token.Kind)?
        var windowStart = 0
        while windowStart < key.count {
            let windowEnd = Self.windowEnd(in: key, from: windowStart)
            try forEachPiece(in: key, window: windowStart..<windowEnd, iterator: iterator, pending: &pending, body)
            windowStart = windowEnd
        }
        if let last = pending { body(last.range, last.kind) }
    }

    /// The end of the window starting at `start`: about ``windowSize`` bytes later, just after a
    /// space or a line break (or the end of the key, if a stretch has none).
    static func windowEnd(in key: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard key.count - start > windowSize else { return key.count }
        var cut = start + windowSize
        while cut > start, key[cut - 1] != 0x20, key[cut - 1] != 0x0A { cut -= 1 }
        if cut > start { return cut }
        cut = start + windowSize
        while cut < key.count, key[cut - 1] != 0x20, key[cut - 1] != 0x0A { cut += 1 }
        return cut
    }

    private static func forEachPiece(in key: UnsafeBufferPointer<UInt8>, window: Range<Int>, iterator: BreakIterator,
                                     pending: inout (range: Range<Int>, kind: Token.Kind)?,
                                     _ body: (Range<Int>, Token.Kind) -> Void) throws(TextError) {
        var start = window.lowerBound
        // A key is always well-formed UTF-8, so ICU may iterate its faster UTF-16 copy.
        try iterator.forEachBoundary(in: UnsafeBufferPointer(rebasing: key[window]), viaUTF16: true) { boundary, status in
            let end = window.lowerBound + boundary
            defer { start = end }
            guard let kind = kind(ofRuleStatus: status) else { return }
            if let previous = pending, previous.kind == .ideographic, kind == .ideographic,
               joinsName(key, previous.range.upperBound..<start) {
                pending = (previous.range.lowerBound..<end, .ideographic)
                return
            }
            if let previous = pending { body(previous.range, previous.kind) }
            pending = (start..<end, kind)
        }
    }

    /// ICU word rule statuses: 0–99 none (spaces, punctuation), 100–199 number, 200–299 letter,
    /// 300–399 kana, 400–499 ideographic.
    private static func kind(ofRuleStatus status: Int32) -> Token.Kind? {
        switch status {
        case 100..<200: return .number
        case 200..<300: return .word
        case 300..<400: return .kana
        case 400..<500: return .ideographic
        default: return nil
        }
    }

    /// Whether the key bytes between two Chinese words are a single name dot.
    private static func joinsName(_ key: UnsafeBufferPointer<UInt8>, _ gap: Range<Int>) -> Bool {
        nameDots.contains { dot in dot.count == gap.count && zip(dot, key[gap]).allSatisfy { $0 == $1 } }
    }
}
