/// Finds the words of a matching key with ICU's word break (which segments Chinese with its
/// dictionary) and maps each back to the original bytes.
enum WordSegmenter {
    /// Separators of Chinese transliterated names (弗·弗·普京), which ICU splits.
    private static let nameDots: [[UInt8]] = [[0xC2, 0xB7], [0xE3, 0x83, 0xBB], [0xE2, 0x80, 0xA2]]

    /// Calls `body` with each word's key range and kind, in order.
    ///
    /// - Complexity: O(n) in the key length.
    static func forEachWord(in key: UnsafeBufferPointer<UInt8>, iterator: BreakIterator,
                            _ body: (Range<Int>, Token.Kind) -> Void) throws(TextError) {
        var pending: (range: Range<Int>, kind: Token.Kind)?
        var start = 0
        // A key is always well-formed UTF-8, so ICU may iterate its faster UTF-16 copy.
        try iterator.forEachBoundary(in: key, viaUTF16: true) { end, status in
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
        if let last = pending { body(last.range, last.kind) }
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
