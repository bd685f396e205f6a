import TermAlignGlossary
import TermAlignText

/// The compiled terms of one word-based language (Russian or English): lemma keys as symbols, one
/// automaton over them, and the index of terms that may come in another order.
struct WordMatcher: Sendable {
    /// Lemma key → symbol id.
    let vocabulary: Vocabulary
    let automaton: Automaton
    /// Automaton pattern group → terms with that key.
    let groups: [[Int32]]
    /// Reorderable terms by anchor symbol (their rarest word): anchorTerms[anchorStart[s]..<anchorStart[s + 1]].
    let anchorStart: [Int32]
    let anchorTerms: [Int32]
    /// Beside each of ``anchorTerms``, its key sorted: what a reordered occurrence must contain.
    let anchorKeys: [[Int32]]
    /// Whether a symbol is the first word of a key of two words or more.
    let opensTerm: [Bool]
    /// Whether a symbol is the second word of a key of two words or more: the search for
    /// interrupted terms looks back only from these words, which a large termbase of rare words
    /// keeps few.
    let continuesTerm: [Bool]
    /// One bit per hashed pair of a key's first two symbols (``pairKey(_:_:)``): most pairs of words
    /// open no term, and a bit test rejects them for less than the automaton's two lookups cost.
    let openingFilter: [UInt64]

    /// Compiles `indices` of `terms` (all of one language).
    init(terms: [CompiledTerm], indices: [Int32], vocabulary: [String: Int32]) {
        var keys = [String](repeating: "", count: vocabulary.count)
        for (key, symbol) in vocabulary { keys[Int(symbol)] = key }
        self.vocabulary = Vocabulary(keys)
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
        (anchorStart, anchorTerms) = Self.flattened(anchored)
        anchorKeys = anchorTerms.map { terms[Int($0)].symbols.sorted() }

        var openings = Set<UInt64>()
        var opens = [Bool](repeating: false, count: vocabulary.count)
        var continues = [Bool](repeating: false, count: vocabulary.count)
        for index in indices where terms[Int(index)].symbols.count > 1 {
            let symbols = terms[Int(index)].symbols
            openings.insert(Self.pairKey(symbols[0], symbols[1]))
            opens[Int(symbols[0])] = true
            continues[Int(symbols[1])] = true
        }
        opensTerm = opens
        continuesTerm = continues
        var filter = [UInt64](repeating: 0, count: Self.filterWords)
        for key in openings {
            let bit = Self.filterBit(key)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        openingFilter = filter
    }

    private static let filterBits = 20
    /// The opening filter's length in 64-bit words.
    static let filterWords = 1 << (filterBits - 6)

    @inline(__always)
    private static func filterBit(_ key: UInt64) -> Int { Int((key &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - filterBits)) }

    /// Whether some term may open with `first` then `second` (false: none does).
    @inline(__always)
    func mayOpen(_ first: Int32, _ second: Int32) -> Bool {
        let bit = Self.filterBit(Self.pairKey(first, second))
        return openingFilter[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// The key of a term's first two words in ``openingFilter``.
    @inline(__always)
    static func pairKey(_ first: Int32, _ second: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: first)) << 32 | UInt64(UInt32(bitPattern: second))
    }

    /// Lists as one array and the start of each list (with the end after the last).
    private static func flattened(_ lists: [[Int32]]) -> (start: [Int32], flat: [Int32]) {
        var start: [Int32] = [0]
        var flat: [Int32] = []
        for list in lists {
            flat.append(contentsOf: list)
            start.append(Int32(flat.count))
        }
        return (start, flat)
    }


    /// Positions in ``anchorTerms`` and ``anchorKeys`` of the reorderable terms anchored at `symbol`.
    func anchored(at symbol: Int32) -> Range<Int> {
        Int(anchorStart[Int(symbol)])..<Int(anchorStart[Int(symbol) + 1])
    }

    var hasReorderableTerms: Bool { !anchorTerms.isEmpty }
}
