import TermAlignGlossary
@_spi(Engine) import TermAlignText

/// Finds the terms of a Chinese document on its normalized characters, stepping over spaces and
/// quotation marks, so no word segmentation can split a term.
struct CharacterScanner {
    let matcher: CharacterMatcher
    let terms: CompiledTerms
    /// Whether terms interrupted by an adverb are looked for (see `CharacterScanner+Adverbs.swift`).
    var discontinuous = true

    func candidates(in analyzed: AnalyzedText) -> [Candidate] {
        var found: [Candidate] = []
        let normalized = analyzed.normalized
        // The key offsets of the last `longest` characters read, to find where a match began.
        var size = 1
        while size <= matcher.longest { size <<= 1 }
        var starts = [Int32](repeating: 0, count: size)
        let mask = size - 1
        let adverbBits = Self.adverbFirstBits
        normalized.key.withUnsafeBufferPointer { key in
            var offset = 0
            var position = 0
            var state: Int32 = 0
            // Matches end in order and begin shortly before: each is mapped from the chunk of the last.
            var chunk = 0
            while offset < key.count {
                let lead = key[offset]
                if TermKeyer.isTransparentInCharacterKey(lead) {
                    offset += 1
                    continue
                }
                let (scalar, length) = UTF8Scanning.decode(key, at: offset)
                if discontinuous, state != 0, Self.mayBeginAdverb(scalar, adverbBits),
                   let end = Self.adverbEnd(startingWith: scalar, key, at: offset) {
                    acrossAdverb(key, gap: offset..<end, state: state, before: position - 1, starts: starts, mask: mask,
                                 analyzed, into: &found)
                }
                state = matcher.automaton.step(state, matcher.id(of: scalar))
                starts[position & mask] = Int32(offset)
                let end = offset + length
                if state != 0 {
                    matcher.automaton.forEachMatch(endingIn: state) { group, count in
                        let start = Int(starts[(position - count + 1) & mask])
                        guard !Self.splitsWord(key, start: start, end: end) else { return }
                        let range = normalized.sourceRange(forKey: start..<end, near: &chunk)
                        // Read in place, not copied: see WordScanner.offer.
                        let kind = { (index: Int32) -> MatchKind in
                            ExactText.matches(analyzed.document.bytes[range.range], terms[Int(index)].text) ? .exact : .normalized
                        }
                        let members = matcher.groups[Int(group)]
                        // Most groups hold one term, which needs no choosing (and no array to choose in).
                        if members.count == 1 {
                            found.append(Candidate(range: range, concept: terms.concept(members[0]), term: members[0],
                                                   kind: kind(members[0])))
                            return
                        }
                        var choice = GroupChoice()
                        for index in members {
                            choice.offer(term: index, concept: terms.concept(index), kind: kind(index))
                        }
                        for best in choice.best {
                            found.append(Candidate(range: range, concept: best.concept, term: best.term, kind: best.kind))
                        }
                    }
                }
                position += 1
                offset = end
            }
        }
        return found
    }

    /// Whether a match that begins or ends with a Latin or Cyrillic letter or digit continues into
    /// one in the text ("aukus" inside "paukus"): Chinese needs no boundaries, alphabetic words do.
    @inline(__always)
    private static func splitsWord(_ key: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Bool {
        if isAlphanumericStart(key, start), start > 0, isAlphanumericEnd(key, before: start) { return true }
        if end < key.count, isAlphanumericEnd(key, before: end), isAlphanumericStart(key, end) { return true }
        return false
    }

    @inline(__always)
    private static func isAlphanumericStart(_ key: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Bool {
        let byte = key[offset]
        return isASCIIAlphanumeric(byte) || byte == 0xD0 || byte == 0xD1
    }

    @inline(__always)
    private static func isAlphanumericEnd(_ key: UnsafeBufferPointer<UInt8>, before offset: Int) -> Bool {
        let byte = key[offset - 1]
        if isASCIIAlphanumeric(byte) { return true }
        return offset >= 2 && byte & 0xC0 == 0x80 && (key[offset - 2] == 0xD0 || key[offset - 2] == 0xD1)
    }

    @inline(__always)
    private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x61...0x7A).contains(byte)
    }
}
