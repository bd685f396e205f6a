import TermAlignGlossary
import TermAlignText

/// Finds the terms of a Russian or English document: its words' lemma keys through the automaton,
/// then reordered terms around their anchor words. Matches never cross a paragraph or sentence end.
struct WordScanner {
    let matcher: WordMatcher
    let terms: CompiledTerms
    let analyzer: TextAnalyzer
    let slack: Int
    /// The most words a discontinuous match may hold besides the term's; 0: none is looked for.
    let gap: Int

    func candidates(in analyzed: AnalyzedText) -> [Candidate] {
        let tokens = analyzed.tokens
        guard !tokens.isEmpty else { return [] }
        let lemmaSymbols = analyzed.lemmaKeys.map { matcher.vocabulary[$0] ?? -1 }
        var symbols = [Int32](repeating: -1, count: tokens.count)
        var segments = [Int32](repeating: 0, count: tokens.count)
        var acronyms: [String: Int32] = [:]
        var found: [Candidate] = []
        var state: Int32 = 0
        var segment: Int32 = 0
        analyzed.normalized.key.withUnsafeBufferPointer { key in
            for (index, token) in tokens.enumerated() {
                if index > 0, Self.isBarrier(key, after: tokens[index - 1], before: token) {
                    state = 0
                    segment += 1
                }
                var symbol = lemmaSymbols[token.lemma]
                let word = UnsafeBufferPointer(rebasing: key[token.keyRange])
                if let letters = TermKeyer.dottedAcronymLetters(word) {
                    if let known = acronyms[letters] {
                        symbol = known
                    } else {
                        symbol = matcher.vocabulary[analyzer.lemmaKey(for: letters)] ?? -1
                        acronyms[letters] = symbol
                    }
                }
                symbols[index] = symbol
                segments[index] = segment
                state = matcher.automaton.step(state, symbol)
                guard state != 0 else { continue }
                matcher.automaton.forEachMatch(endingIn: state) { group, length in
                    offer(group: group, first: index - length + 1, last: index, analyzed: analyzed, into: &found)
                }
            }
        }
        if matcher.hasReorderableTerms {
            findReordered(symbols: symbols, segments: segments, analyzed: analyzed, into: &found)
        }
        if gap > 0 {
            findDiscontinuous(symbols: symbols, segments: segments, analyzed: analyzed, into: &found)
        }
        return Self.withoutPrefixedCompounds(found, analyzed)
    }

    // MARK: - Candidates

    /// Turns a key match over tokens `first...last` into one candidate per concept.
    private func offer(group: Int32, first: Int, last: Int, analyzed: AnalyzedText, into found: inout [Candidate]) {
        let members = matcher.groups[Int(group)]
        // Most groups hold one term, which needs no choosing (and no arrays to choose with).
        if members.count == 1 {
            let index = members[0]
            if let (range, kind) = match(Int(index), first: first, last: last, analyzed: analyzed) {
                found.append(Candidate(range: range, concept: terms.concept(index), term: index, kind: kind))
            }
            return
        }
        var choice = GroupChoice()
        var ranges: [(term: Int32, range: ByteRange)] = [] // a group holds a few terms
        for index in members {
            guard let (range, kind) = match(Int(index), first: first, last: last, analyzed: analyzed) else { continue }
            ranges.append((index, range))
            choice.offer(term: index, concept: terms.concept(index), kind: kind)
        }
        for best in choice.best {
            let range = ranges.first { $0.term == best.term }!.range
            found.append(Candidate(range: range, concept: best.concept, term: best.term, kind: best.kind))
        }
    }

    /// Where term `position` lies when its key matched tokens `first...last`, and how closely the
    /// text renders it; nil when the case of a case-sensitive term differs.
    private func match(_ position: Int, first: Int, last: Int, analyzed: AnalyzedText) -> (ByteRange, MatchKind)? {
        // Each field is read in place: a copy of a whole term (a dozen strings and arrays) was a retain
        // and a release of each, for every candidate.
        let tokens = analyzed.tokens
        if let words = terms[position].caseSensitiveWords, !Self.sameCase(words, analyzed, first: first, last: last) {
            return nil
        }
        let words = ByteRange(lowerBound: tokens[first].range.lowerBound, upperBound: tokens[last].range.upperBound)
        let range = Self.extend(words, by: terms[position].edges, tokens[first].keyRange.lowerBound,
                                tokens[last].keyRange.upperBound, in: analyzed.normalized)
        if ExactText.matches(analyzed.document.bytes[range.range], terms[position].text) { return (range, .exact) }
        let normalized = Self.normalizedWords(of: tokens[first...last], in: analyzed.normalized,
                                              equal: terms[position].normalizedWords)
        if !normalized && first == last {
            let word = analyzed.normalizedText(of: tokens[first])
            guard Self.isInflection(word, of: terms[position].normalizedWords, analyzed.document.language) else { return nil }
        }
        return (range, normalized ? .normalized : .inflected)
    }

    /// Whether the tokens' words in the matching key, without their dots and joined by single spaces,
    /// are `expected` (a term's words, made so when it was compiled): compared byte by byte, as both
    /// come out of the same normalizer, without building the joined words.
    private static func normalizedWords(of tokens: ArraySlice<Token>, in normalized: NormalizedText, equal expected: String) -> Bool {
        var expected = expected
        return expected.withUTF8 { target in
            normalized.key.withUnsafeBufferPointer { key in
                var at = 0, afterWord = false
                for token in tokens {
                    if afterWord {
                        guard at < target.count, target[at] == 0x20 else { return false }
                        at += 1
                    }
                    afterWord = true
                    for index in token.keyRange where key[index] != 0x2E {
                        guard at < target.count, target[at] == key[index] else { return false }
                        at += 1
                    }
                }
                return at == target.count
            }
        }
    }

    /// Takes in the punctuation a term begins or ends with when the key has it right before the first
    /// word or after the last (the closing » of «Пояс и путь»).
    private static func extend(_ range: ByteRange, by edges: TermEdges, _ start: Int, _ end: Int,
                               in normalized: NormalizedText) -> ByteRange {
        var lower = range.lowerBound
        var upper = range.upperBound
        let key = normalized.key
        if !edges.leading.isEmpty, start >= edges.leading.count,
           key[(start - edges.leading.count)..<start].elementsEqual(edges.leading) {
            lower = normalized.sourceRange(forKey: (start - edges.leading.count)..<start).lowerBound
        }
        if !edges.trailing.isEmpty, end + edges.trailing.count <= key.count,
           key[end..<(end + edges.trailing.count)].elementsEqual(edges.trailing) {
            upper = normalized.sourceRange(forKey: end..<(end + edges.trailing.count)).upperBound
        }
        return ByteRange(lowerBound: lower, upperBound: upper)
    }

    /// A case-sensitive term's words must begin each matched word exactly as written ("NATO's" for
    /// NATO, never "nato").
    private static func sameCase(_ words: [String], _ analyzed: AnalyzedText, first: Int, last: Int) -> Bool {
        guard words.count == last - first + 1 else { return false }
        for (offset, word) in words.enumerated() {
            let original = withoutDots(analyzed.text(of: analyzed.tokens[first + offset].range))
            if !original.hasPrefix(word) { return false }
        }
        return true
    }

    /// The word without its dots ("U.S" → "US"); looks at bytes, as Foundation's `contains` would be
    /// far slower.
    static func withoutDots(_ word: String) -> String {
        word.utf8.contains(0x2E) ? String(decoding: word.utf8.filter { $0 != 0x2E }, as: UTF8.self) : word
    }

    // MARK: - Reordered terms

    /// Around every anchor word, the smallest window (at most the term's length plus the slack) within
    /// one sentence whose first and last words are the term's and that holds all its words.
    private func findReordered(symbols: [Int32], segments: [Int32], analyzed: AnalyzedText,
                               into found: inout [Candidate]) {
        var seen = Set<[Int]>()
        for index in symbols.indices where symbols[index] >= 0 {
            for position in matcher.anchored(at: symbols[index]) {
                let termIndex = matcher.anchorTerms[position]
                let term = Int(termIndex) // read in place: see offer(group:first:last:analyzed:into:)
                let wanted = matcher.anchorKeys[position]
                guard let (first, last) = window(around: index, wanted: wanted, symbols: symbols, segments: segments)
                else { continue }
                if symbols[first...last].elementsEqual(terms[term].symbols) { continue } // in order: the automaton has it
                guard seen.insert([first, last, term]).inserted else { continue }
                if let words = terms[term].caseSensitiveWords {
                    let originals = analyzed.tokens[first...last].map { Self.withoutDots(analyzed.text(of: $0.range)) }
                    guard words.allSatisfy({ word in originals.contains { $0.hasPrefix(word) } }) else { continue }
                }
                let range = ByteRange(lowerBound: analyzed.tokens[first].range.lowerBound,
                                      upperBound: analyzed.tokens[last].range.upperBound)
                found.append(Candidate(range: range, concept: terms.concept(termIndex), term: termIndex, kind: .reordered))
            }
        }
    }

    private func window(around index: Int, wanted: [Int32], symbols: [Int32], segments: [Int32]) -> (Int, Int)? {
        let count = wanted.count
        let segment = segments[index]
        for width in count...(count + slack) {
            var first = max(0, index - width + 1)
            while first <= index {
                let last = first + width - 1
                defer { first += 1 }
                guard last < symbols.count, segments[first] == segment, segments[last] == segment,
                      wanted.contains(symbols[first]), wanted.contains(symbols[last]),
                      Self.holds(symbols[first...last], wanted) else { continue }
                return (first, last)
            }
        }
        return nil
    }

    /// Whether `window` contains every symbol of the sorted multiset `wanted`.
    private static func holds(_ window: ArraySlice<Int32>, _ wanted: [Int32]) -> Bool {
        let present = window.sorted()
        var cursor = 0
        for symbol in wanted {
            while cursor < present.count, present[cursor] < symbol { cursor += 1 }
            guard cursor < present.count, present[cursor] == symbol else { return false }
            cursor += 1
        }
        return true
    }

    // MARK: - Boundaries

    /// Whether the key between two words ends a sentence or paragraph: a line break (normalization
    /// keeps only paragraph breaks), `!`, `?`, `;`, `。`, or a full stop that does not follow an
    /// initial or a dotted abbreviation ("V. Putin", "U.S. sanctions").
    @inline(__always)
    static func isBarrier(_ key: UnsafeBufferPointer<UInt8>, after previous: Token, before next: Token) -> Bool {
        let gap = previous.keyRange.upperBound..<next.keyRange.lowerBound
        guard !gap.isEmpty else { return false }
        var offset = gap.lowerBound
        while offset < gap.upperBound {
            switch key[offset] {
            case 0x0A, 0x21, 0x3F, 0x3B:
                return true
            case 0x2E:
                let word = previous.keyRange
                let abbreviated = (word.count <= 2 && previous.kind == .word) || key[word].contains(0x2E)
                if !abbreviated { return true }
            case 0xE3 where offset + 2 < key.count:
                if key[offset + 1] == 0x80 && key[offset + 2] == 0x82 { return true }
            default:
                break
            }
            offset += 1
        }
        return false
    }
}
