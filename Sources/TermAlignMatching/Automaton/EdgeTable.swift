@_spi(Engine) import TermAlignText

/// The transitions of an automaton's non-root states: an open-addressing hash table from
/// (state, symbol) to the next state.
///
/// One flat table instead of a dictionary per state keeps a lookup to one multiply and, almost
/// always, one cache line, whatever the size of the glossary.
struct EdgeTable: Sendable {
    let index: HashIndex

    /// Builds the table.
    ///
    /// - Parameter edges: (from-state ≥ 1, symbol) → to-state.
    init(_ edges: [(from: Int32, symbol: Int32, to: Int32)]) {
        // At most a quarter full: most lookups during a scan are misses (a word that continues no
        // term), and a miss ends at the first empty slot. Past a quarter of a million edges (a
        // glossary of some 100,000 terms) at most half full: the table would otherwise be the largest
        // part of the compiled glossary. No key is 0 or 1: state 0 has no edges here.
        index = HashIndex(edges.map { edge in
            precondition(edge.from > 0 && edge.symbol >= 0, "root edges and negative symbols are not stored")
            return (key: Self.key(edge.from, edge.symbol), value: UInt32(bitPattern: edge.to))
        }, spread: edges.count > 1 << 18 ? 2 : 4)
    }

    /// The table of an archived automaton, as it was built.
    init(index: HashIndex) { self.index = index }

    /// The state reached from `state` by `symbol`, or `nil`.
    @inline(__always)
    func target(from state: Int32, symbol: Int32) -> Int32? {
        index[Self.key(state, symbol)].map { Int32(bitPattern: $0) }
    }

    @inline(__always)
    private static func key(_ state: Int32, _ symbol: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: state)) << 32 | UInt64(UInt32(bitPattern: symbol))
    }
}
