import TermAlignGlossary
@_spi(Engine) import TermAlignText

/// Chinese terms interrupted by an adverb (北约进一步东扩 for 北约东扩): where one of a few adverbs that
/// modify a term's verb or noun begins, the main pass's state (the characters before it) is carried
/// over the characters after it as if it were not there, and a term that spans it is taken, as
/// `discontinuous` with the adverb as the inserted words. The adverbs are words of two or more
/// characters, which do not occur inside other words by chance as single characters (更, 也) would.
extension CharacterScanner {
    static let insertableAdverbs: [[UInt32]] = ["进一步", "继续", "不断", "持续", "正在", "已经", "加速", "逐步", "大力"]
        .map { $0.unicodeScalars.map(\.value) }
    /// The adverbs' first characters as bits of a 1,024-bit table by their scalars' low bits, which
    /// the main pass reads once per document: most characters of a text begin no adverb, and one
    /// bit test (rather than a list, or the range test that the CJK block defeats) says so.
    static let adverbFirstBits: [UInt64] = insertableAdverbs.reduce(into: [UInt64](repeating: 0, count: 16)) { bits, adverb in
        bits[Int(adverb[0] >> 6) & 15] |= 1 << UInt64(adverb[0] & 63)
    }

    /// Whether `scalar` may begin an adverb; `bits` is ``adverbFirstBits``.
    @inline(__always)
    static func mayBeginAdverb(_ scalar: UInt32, _ bits: [UInt64]) -> Bool {
        bits[Int(scalar >> 6) & 15] & (1 << UInt64(scalar & 63)) != 0
    }

    /// Where an adverb that begins with `scalar` at `offset` ends, if one does.
    static func adverbEnd(startingWith scalar: UInt32, _ key: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int? {
        adverbs: for adverb in insertableAdverbs where adverb[0] == scalar {
            var cursor = offset
            for expected in adverb {
                guard cursor < key.count else { continue adverbs }
                let (next, length) = UTF8Scanning.decode(key, at: cursor)
                guard next == expected else { continue adverbs }
                cursor += length
            }
            return cursor
        }
        return nil
    }

    /// The terms that begin before `gap` and go on after it: `state` is the automaton's after the
    /// characters before the gap, the last of which is character `before` of the scan, whose key
    /// offsets `starts` holds (a ring of `mask + 1`).
    func acrossAdverb(_ key: UnsafeBufferPointer<UInt8>, gap: Range<Int>, state: Int32, before: Int,
                      starts: [Int32], mask: Int, _ analyzed: AnalyzedText, into found: inout [Candidate]) {
        let normalized = analyzed.normalized
        var state = state
        var read = 0
        var cursor = gap.upperBound
        while cursor < key.count {
            if TermKeyer.isTransparentInCharacterKey(key[cursor]) {
                cursor += 1
                continue
            }
            let (scalar, length) = UTF8Scanning.decode(key, at: cursor)
            state = matcher.automaton.step(state, matcher.id(of: scalar))
            read += 1
            cursor += length
            // Once the state's characters all lie after the gap, no later match spans it.
            guard state != 0, Int(matcher.automaton.depth[Int(state)]) > read else { return }
            let end = cursor
            matcher.automaton.forEachMatch(endingIn: state) { group, count in
                guard count > read else { return } // the term lies after the gap: found already
                let start = Int(starts[(before - (count - read) + 1) & mask])
                let range = normalized.sourceRange(forKey: start..<end)
                let inserted = normalized.sourceRange(forKey: gap)
                for index in matcher.groups[Int(group)] {
                    found.append(Candidate(range: range, concept: terms.concept(index), term: index,
                                           kind: .discontinuous, inserted: [inserted]))
                }
            }
        }
    }
}
