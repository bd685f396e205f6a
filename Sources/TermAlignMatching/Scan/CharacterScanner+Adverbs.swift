import TermAlignGlossary
@_spi(Engine) import TermAlignText

/// Chinese terms interrupted by an adverb (北约进一步东扩 for 北约东扩): around each of a few adverbs
/// that modify the term's verb or noun, the characters before and after it are matched as if it were
/// not there, and only a term that spans the gap is taken, as `discontinuous` with the adverb as the
/// inserted words. The adverbs are words of two or more characters, which do not occur inside other
/// words by chance as single characters (更, 也) would.
extension CharacterScanner {
    static let insertableAdverbs: [[UInt32]] = ["进一步", "继续", "不断", "持续", "正在", "已经", "加速", "逐步", "大力"]
        .map { $0.unicodeScalars.map(\.value) }
    /// The adverbs' first characters, in a range test then a short list: most characters of a text
    /// are none of them, and a set's hashing cost more than the list.
    private static let firstCharacters = insertableAdverbs.map { $0[0] }
    private static let firstRange = firstCharacters.min()!...firstCharacters.max()!

    func interrupted(in analyzed: AnalyzedText, into found: inout [Candidate]) {
        let normalized = analyzed.normalized
        normalized.key.withUnsafeBufferPointer { key in
            var offset = 0
            while offset < key.count {
                let (scalar, length) = UTF8Scanning.decode(key, at: offset)
                if Self.firstRange.contains(scalar), Self.firstCharacters.contains(scalar), let end = Self.adverbEnd(key, at: offset) {
                    spanning(key, gap: offset..<end, normalized, analyzed, into: &found)
                }
                offset += length
            }
        }
    }

    /// Where an adverb that begins at `offset` ends, if one does.
    private static func adverbEnd(_ key: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int? {
        adverbs: for adverb in insertableAdverbs {
            var cursor = offset
            for expected in adverb {
                guard cursor < key.count else { continue adverbs }
                let (scalar, length) = UTF8Scanning.decode(key, at: cursor)
                guard scalar == expected else { continue adverbs }
                cursor += length
            }
            return cursor
        }
        return nil
    }

    /// The terms that begin before `gap` and end after it once it is taken out.
    private func spanning(_ key: UnsafeBufferPointer<UInt8>, gap: Range<Int>, _ normalized: NormalizedText,
                          _ analyzed: AnalyzedText, into found: inout [Candidate]) {
        // Up to the longest term's length of characters on each side, with their key offsets.
        var before: [(scalar: UInt32, offset: Int, end: Int)] = []
        var cursor = gap.lowerBound
        while cursor > 0, before.count < matcher.longest - 1 {
            let start = UTF8Scanning.previousStart(key, before: cursor, floor: 0)
            if !TermKeyer.isTransparentInCharacterKey(key[start]) {
                before.append((UTF8Scanning.decode(key, at: start).value, start, cursor))
            }
            cursor = start
        }
        before.reverse()
        var after: [(scalar: UInt32, offset: Int, end: Int)] = []
        cursor = gap.upperBound
        while cursor < key.count, after.count < matcher.longest - 1 {
            let (scalar, length) = UTF8Scanning.decode(key, at: cursor)
            if !TermKeyer.isTransparentInCharacterKey(key[cursor]) { after.append((scalar, cursor, cursor + length)) }
            cursor += length
        }
        guard !before.isEmpty, !after.isEmpty else { return }
        let characters = before + after
        var state: Int32 = 0
        for (position, character) in characters.enumerated() {
            state = matcher.automaton.step(state, matcher.id(of: character.scalar))
            guard state != 0, position >= before.count else { continue }
            matcher.automaton.forEachMatch(endingIn: state) { group, count in
                let first = position - count + 1
                guard first < before.count else { return } // the term lies after the gap: found already
                let range = normalized.sourceRange(forKey: characters[first].offset..<character.end)
                let inserted = normalized.sourceRange(forKey: gap)
                for index in matcher.groups[Int(group)] {
                    found.append(Candidate(range: range, concept: terms[Int(index)].concept, term: index,
                                           kind: .discontinuous, inserted: [inserted]))
                }
            }
        }
    }
}
