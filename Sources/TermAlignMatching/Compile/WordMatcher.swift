import TermAlignGlossary
import TermAlignText

/// The compiled terms of one word-based language (Russian or English): lemma keys as symbols, one
/// automaton over them, and the index of terms that may come in another order.
struct WordMatcher: Sendable {
    /// Lemma key → symbol id.
    let vocabulary: [String: Int32]
    let automaton: Automaton
    /// Automaton pattern group → terms with that key.
    let groups: [[Int32]]
    /// Reorderable terms by anchor symbol (their rarest word): anchorTerms[anchorStart[s]..<anchorStart[s + 1]].
    let anchorStart: [Int32]
    let anchorTerms: [Int32]
    /// Beside each of ``anchorTerms``, its key sorted: what a reordered occurrence must contain.
    let anchorKeys: [[Int32]]

    /// Compiles `indices` of `terms` (all of one language).
    init(terms: [CompiledTerm], indices: [Int32], vocabulary: [String: Int32]) {
        self.vocabulary = vocabulary
        let (automaton, groupOfPattern) = Automaton.build(patterns: indices.map { terms[Int($0)].symbols },
                                                          symbolCount: vocabulary.count)
        let groups = Automaton.members(of: groupOfPattern, patterns: indices)
        self.automaton = automaton
        self.groups = groups

        // A rare word makes a selective anchor: count how many term keys use each symbol.
        var frequency = [Int32](repeating: 0, count: vocabulary.count)
        for index in indices { for symbol in terms[Int(index)].symbols { frequency[Int(symbol)] += 1 } }
        var anchored = [[Int32]](repeating: [], count: vocabulary.count)
        for index in indices where terms[Int(index)].isReorderable {
            let anchor = terms[Int(index)].symbols.min { (frequency[Int($0)], $0) < (frequency[Int($1)], $1) }!
            anchored[Int(anchor)].append(index)
        }
        var start: [Int32] = [0]
        var flat: [Int32] = []
        for list in anchored {
            flat.append(contentsOf: list)
            start.append(Int32(flat.count))
        }
        anchorStart = start
        anchorTerms = flat
        anchorKeys = flat.map { terms[Int($0)].symbols.sorted() }
    }

    /// Positions in ``anchorTerms`` and ``anchorKeys`` of the reorderable terms anchored at `symbol`.
    func anchored(at symbol: Int32) -> Range<Int> {
        Int(anchorStart[Int(symbol)])..<Int(anchorStart[Int(symbol) + 1])
    }

    var hasReorderableTerms: Bool { !anchorTerms.isEmpty }
}
