import TermAlignText

/// Terms whose words come in order but interrupted (see ``GapGrammar``): from every word that opens
/// a term of two words or more, each next word of the term is looked for a few words on, in the same
/// sentence, and what stands between must be a coordination, a modifier or an adverb.
extension WordScanner {
    func findDiscontinuous(symbols: [Int32], segments: [Int32], analyzed: AnalyzedText, into found: inout [Candidate]) {
        let grammar = GapGrammar.of(analyzed.document.language)
        let tokens = analyzed.tokens
        // Each word's class, read the first time a gap holds it.
        var classes = [UInt8](repeating: .max, count: tokens.count)
        analyzed.normalized.key.withUnsafeBufferPointer { key in
            var following: [Int32] = []
            for start in symbols.indices where symbols[start] >= 0 && matcher.opensTerm[Int(symbols[start])] {
                // The words within reach that could be the term's second: each opens one lookup.
                following.removeAll(keepingCapacity: true)
                for next in start + 1..<min(symbols.count, start + 2 + gap) where segments[next] == segments[start] {
                    let second = symbols[next]
                    if second >= 0 && matcher.mayOpen(symbols[start], second) && !following.contains(second) { following.append(second) }
                }
                for second in following {
                    for termIndex in matcher.termsByOpening[WordMatcher.pairKey(symbols[start], second)] ?? [] {
                        guard let (last, gaps) = placed(termIndex, from: start, symbols: symbols, segments: segments),
                              gaps.allSatisfy({ allows($0, grammar, tokens, key, &classes) }) else { continue }
                        if let words = terms[Int(termIndex)].caseSensitiveWords {
                            let kept = (start...last).filter { index in !gaps.contains { $0.contains(index) } }
                            let originals = kept.map { Self.withoutDots(analyzed.text(of: tokens[$0].range)) }
                            guard zip(words, originals).allSatisfy({ $1.hasPrefix($0) }) else { continue }
                        }
                        let range = ByteRange(lowerBound: tokens[start].range.lowerBound, upperBound: tokens[last].range.upperBound)
                        let words = gaps.map { ByteRange(lowerBound: tokens[$0.lowerBound].range.lowerBound,
                                                         upperBound: tokens[$0.upperBound - 1].range.upperBound) }
                        found.append(Candidate(range: range, concept: terms[Int(termIndex)].concept, term: termIndex,
                                               kind: .discontinuous, inserted: words))
                    }
                }
            }
        }
    }

    /// Where the words of term `termIndex` lie in order from `start` (its first word) within the gap
    /// allowed, in one sentence: the last word and the gaps between them; nil when they do not, when
    /// nothing interrupts them (the automaton finds those), or when a gap holds one of the term's own
    /// words (the term is there nearer: "nuclear disarmament and nuclear non-proliferation").
    private func placed(_ termIndex: Int32, from start: Int, symbols: [Int32], segments: [Int32]) -> (Int, [Range<Int>])? {
        let wanted = terms[Int(termIndex)].symbols
        var last = start, inserted = 0
        var gaps: [Range<Int>] = []
        for symbol in wanted.dropFirst() {
            let limit = min(symbols.count - 1, last + 1 + gap - inserted)
            guard last + 1 <= limit,
                  let next = (last + 1...limit).first(where: { symbols[$0] == symbol && segments[$0] == segments[start] })
            else { return nil }
            if next > last + 1 {
                guard !(last + 1..<next).contains(where: { wanted.contains(symbols[$0]) }) else { return nil }
                gaps.append(last + 1..<next)
            }
            inserted += next - last - 1
            last = next
        }
        return gaps.isEmpty ? nil : (last, gaps)
    }

    /// Whether the tokens `gap` (with the punctuation before each) may interrupt a term.
    private func allows(_ gap: Range<Int>, _ grammar: GapGrammar, _ tokens: [Token], _ key: UnsafeBufferPointer<UInt8>,
                        _ classes: inout [UInt8]) -> Bool {
        var commas: [Bool] = []
        // The punctuation between the term word before the gap and the word after it counts too.
        for index in gap.lowerBound...gap.upperBound {
            var comma = false
            for byte in key[tokens[index - 1].keyRange.upperBound..<tokens[index].keyRange.lowerBound] {
                switch byte {
                case 0x20: continue
                case 0x2C: comma = true
                default: return false // a colon, a dash, a bracket, a quotation mark: another phrase
                }
            }
            if index == gap.upperBound { return comma ? false : check(gap, commas, grammar, tokens, key, &classes) }
            commas.append(comma)
        }
        return false
    }

    private func check(_ gap: Range<Int>, _ commas: [Bool], _ grammar: GapGrammar, _ tokens: [Token],
                       _ key: UnsafeBufferPointer<UInt8>, _ classes: inout [UInt8]) -> Bool {
        let wordClasses = (gap.lowerBound - 1..<gap.upperBound).map { index -> GapGrammar.WordClass in
            if classes[index] == .max {
                let word = String(decoding: UnsafeBufferPointer(rebasing: key[tokens[index].keyRange]), as: UTF8.self)
                classes[index] = grammar.wordClass(word).rawValue
            }
            return GapGrammar.WordClass(rawValue: classes[index])!
        }
        return grammar.allows(Array(wordClasses.dropFirst()), commasBefore: commas, afterPreposition: wordClasses[0] == .preposition)
    }
}
