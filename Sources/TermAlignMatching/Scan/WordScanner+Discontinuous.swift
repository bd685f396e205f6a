import TermAlignText

/// Terms whose words come in order but interrupted (see ``GapGrammar``): from every word that is the
/// second word of a term of two words or more, the words a few places back in the same sentence are
/// tried as its first; from such a pair the automaton's own edges are followed over the words within
/// reach, so terms that share their first words are followed together; and what stands between the
/// words of a term found must be a coordination, a modifier or an adverb.
extension WordScanner {
    func findDiscontinuous(symbols: [Int32], segments: [Int32], analyzed: AnalyzedText, into found: inout [Candidate]) {
        analyzed.normalized.key.withUnsafeBufferPointer { key in
            var walk = GapWalk(scanner: self, symbols: symbols, segments: segments, analyzed: analyzed, key: key)
            let automaton = matcher.automaton
            for second in symbols.indices where symbols[second] >= 0 && matcher.continuesTerm[Int(symbols[second])] {
                var first = second - 1
                while first >= max(0, second - 1 - gap), segments[first] == segments[second] {
                    defer { first -= 1 }
                    let opening = symbols[first]
                    guard opening >= 0, matcher.opensTerm[Int(opening)], matcher.mayOpen(opening, symbols[second]),
                          let one = automaton.child(of: 0, opening), let two = automaton.child(of: one, symbols[second])
                    else { continue }
                    walk.path.removeAll(keepingCapacity: true)
                    walk.path.append(first)
                    walk.path.append(second)
                    walk.follow(from: two)
                }
            }
            found.append(contentsOf: walk.found)
        }
    }

    /// One document's search: a path of word positions (the term's words so far) grows along the
    /// automaton's edges, and each state that completes a term with words inserted is checked.
    private struct GapWalk {
        let scanner: WordScanner
        let automaton: Automaton
        let symbols: [Int32]
        let segments: [Int32]
        let analyzed: AnalyzedText
        let key: UnsafeBufferPointer<UInt8>
        let grammar: GapGrammar
        let tokens: [Token]
        /// Each word's class, read the first time a gap holds it.
        var classes: [UInt8]
        /// The word positions of the term's words so far.
        var path: [Int] = []
        var found: [Candidate] = []
        /// The classes of the words of the gap being checked, and whether a comma comes before each
        /// (kept from gap to gap so that a check allocates nothing).
        private var gapWords: [GapGrammar.WordClass] = []
        private var gapCommas: [Bool] = []

        init(scanner: WordScanner, symbols: [Int32], segments: [Int32], analyzed: AnalyzedText, key: UnsafeBufferPointer<UInt8>) {
            (self.scanner, self.symbols, self.segments, self.analyzed, self.key) = (scanner, symbols, segments, analyzed, key)
            grammar = GapGrammar.of(analyzed.document.language)
            automaton = scanner.matcher.automaton
            tokens = analyzed.tokens
            classes = [UInt8](repeating: .max, count: symbols.count)
        }

        /// From `state`, reached by the words of ``path``: takes the term it completes, then each
        /// word within reach that some term continues with.
        mutating func follow(from state: Int32) {
            let last = path[path.count - 1]
            let inserted = last - path[0] + 1 - path.count
            let group = automaton.terminal[Int(state)]
            if inserted > 0, group >= 0 { take(group) }
            let limit = min(symbols.count - 1, last + 1 + scanner.gap - inserted)
            guard last < limit, automaton.hasChildren[Int(state)] else { return }
            for next in last + 1...limit where segments[next] == segments[last] && symbols[next] >= 0 {
                // A word met again is the term's nearer (its first time would be in the gap).
                guard let child = automaton.child(of: state, symbols[next]),
                      !(last + 1..<next).contains(where: { symbols[$0] == symbols[next] }) else { continue }
                path.append(next)
                follow(from: child)
                path.removeLast()
            }
        }

        /// Offers the terms of `group` at ``path`` when no gap holds one of the term's words (the
        /// term is there nearer: "nuclear disarmament and nuclear non-proliferation") and the
        /// grammar allows every gap.
        private mutating func take(_ group: Int32) {
            var gaps: [Range<Int>] = []
            for (before, after) in zip(path, path.dropFirst()) where after > before + 1 {
                let gap = before + 1..<after
                guard !gap.contains(where: { index in path.contains { symbols[$0] == symbols[index] } }) else { return }
                gaps.append(gap)
            }
            for gap in gaps {
                guard allows(gap) else { return }
            }
            for termIndex in scanner.matcher.groups[Int(group)] {
                scanner.append(termIndex, path[0]...path[path.count - 1], gaps, analyzed, into: &found)
            }
        }

        /// Whether the tokens `gap`, with the punctuation before each and after the last, may
        /// interrupt a term.
        private mutating func allows(_ gap: Range<Int>) -> Bool {
            gapWords.removeAll(keepingCapacity: true)
            gapCommas.removeAll(keepingCapacity: true)
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
                guard index < gap.upperBound else { return !comma && checked() }
                gapCommas.append(comma)
                gapWords.append(wordClass(index))
            }
            return false

            func checked() -> Bool {
                grammar.allows(gapWords, commasBefore: gapCommas, afterPreposition: wordClass(gap.lowerBound - 1) == .preposition)
            }
        }

        private mutating func wordClass(_ index: Int) -> GapGrammar.WordClass {
            if classes[index] == .max {
                classes[index] = grammar.wordClass(UnsafeBufferPointer(rebasing: key[tokens[index].keyRange])).rawValue
            }
            return GapGrammar.WordClass(rawValue: classes[index])!
        }
    }

    /// Offers term `termIndex` over tokens `span` with the words of `gaps` inserted, when its case fits.
    fileprivate func append(_ termIndex: Int32, _ span: ClosedRange<Int>, _ gaps: [Range<Int>], _ analyzed: AnalyzedText,
                        into found: inout [Candidate]) {
        let tokens = analyzed.tokens
        if let words = terms[Int(termIndex)].caseSensitiveWords {
            let kept = span.filter { index in !gaps.contains { $0.contains(index) } }
            let originals = kept.map { Self.withoutDots(analyzed.text(of: tokens[$0].range)) }
            guard zip(words, originals).allSatisfy({ $1.hasPrefix($0) }) else { return }
        }
        let range = ByteRange(lowerBound: tokens[span.lowerBound].range.lowerBound, upperBound: tokens[span.upperBound].range.upperBound)
        let words = gaps.map { ByteRange(lowerBound: tokens[$0.lowerBound].range.lowerBound,
                                         upperBound: tokens[$0.upperBound - 1].range.upperBound) }
        found.append(Candidate(range: range, concept: terms.concept(termIndex), term: termIndex,
                               kind: .discontinuous, inserted: words))
    }
}
