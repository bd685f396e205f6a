/// Finds the words of a matching key as ICU's word break does (segmenting Chinese with its
/// dictionary): plain lines by ``PlainWordScanner``, every other line by ICU.
enum WordSegmenter {
    /// Separators of Chinese transliterated names (弗·弗·普京), which ICU splits.
    private static let nameDots: [[UInt8]] = [[0xC2, 0xB7], [0xE3, 0x83, 0xBB], [0xE2, 0x80, 0xA2]]

    /// Calls `body` with each word's key range and kind, in order.
    ///
    /// Plain lines (letters, digits and common punctuation of Latin, Greek and Cyrillic) are
    /// scanned by ``PlainWordScanner``; runs of other lines go to ICU.
    ///
    /// - Parameters:
    ///   - key: A matching key.
    ///   - iterator: An ICU word break iterator for the key's language.
    ///   - plainLines: Whether plain lines may skip ICU (tests turn it off to compare the two).
    ///   - body: Receives each word's key range and kind.
    /// - Complexity: O(n) in the key length.
    static func forEachWord(in key: UnsafeBufferPointer<UInt8>, iterator: BreakIterator, plainLines: Bool = true,
                            _ body: (Range<Int>, Token.Kind) -> Void) throws(TextError) {
        var words = Words(key: key)
        guard plainLines else {
            try forEachICUWord(in: key, 0..<key.count, iterator: iterator, into: &words, body)
            words.finish(body)
            return
        }
        try PlainWordScanner.with { (scanner) throws(TextError) in
            var found: [(range: Range<Int>, kind: Token.Kind)] = []
            found.reserveCapacity(256)
            var icuStart: Int?
            var lineStart = 0
            while lineStart < key.count {
                let lineEnd = UTF8Scanning.firstIndex(of: 0x0A, in: key, lineStart..<key.count) ?? key.count
                found.removeAll(keepingCapacity: true)
                if scanner.scan(key, lineStart..<lineEnd, into: &found) {
                    if let start = icuStart {
                        try forEachICUWord(in: key, start..<lineStart, iterator: iterator, into: &words, body)
                        icuStart = nil
                    }
                    for word in found { words.add(word.range, word.kind, body) }
                } else if icuStart == nil {
                    icuStart = lineStart
                }
                lineStart = lineEnd + 1
            }
            if let start = icuStart {
                try forEachICUWord(in: key, start..<key.count, iterator: iterator, into: &words, body)
            }
        }
        words.finish(body)
    }

    /// Words found but the last one held back: a Chinese word may still join the next across a
    /// name dot.
    private struct Words {
        let key: UnsafeBufferPointer<UInt8>
        var pending: (range: Range<Int>, kind: Token.Kind)?

        mutating func add(_ range: Range<Int>, _ kind: Token.Kind, _ body: (Range<Int>, Token.Kind) -> Void) {
            if let previous = pending, previous.kind == .ideographic, kind == .ideographic,
               WordSegmenter.joinsName(key, previous.range.upperBound..<range.lowerBound) {
                pending = (previous.range.lowerBound..<range.upperBound, .ideographic)
                return
            }
            if let previous = pending { body(previous.range, previous.kind) }
            pending = (range, kind)
        }

        func finish(_ body: (Range<Int>, Token.Kind) -> Void) {
            if let last = pending { body(last.range, last.kind) }
        }
    }

    /// ICU's words of `key[range]`, in windows of about ``BreakIterator/windowSize`` bytes.
    private static func forEachICUWord(in key: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, iterator: BreakIterator,
                                       into words: inout Words,
                                       _ body: (Range<Int>, Token.Kind) -> Void) throws(TextError) {
        var windowStart = range.lowerBound
        while windowStart < range.upperBound {
            let windowEnd = BreakIterator.windowEnd(in: key, from: windowStart, limit: range.upperBound)
            var start = windowStart
            // A key is always well-formed UTF-8, so ICU may iterate its faster UTF-16 copy.
            try iterator.forEachBoundary(in: UnsafeBufferPointer(rebasing: key[windowStart..<windowEnd]),
                                         viaUTF16: true) { boundary, status in
                let end = windowStart + boundary
                defer { start = end }
                guard let kind = kind(ofRuleStatus: status) else { return }
                words.add(start..<end, kind, body)
            }
            windowStart = windowEnd
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
    fileprivate static func joinsName(_ key: UnsafeBufferPointer<UInt8>, _ gap: Range<Int>) -> Bool {
        nameDots.contains { dot in dot.count == gap.count && zip(dot, key[gap]).allSatisfy { $0 == $1 } }
    }
}
