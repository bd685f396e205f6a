/// The transitions of an automaton's non-root states: an open-addressing hash table from
/// (state, symbol) to the next state.
///
/// One flat table instead of a dictionary per state keeps a lookup to one multiply and, almost
/// always, one cache line, whatever the size of the glossary.
struct EdgeTable: Sendable {
    /// 0 marks an empty slot: root edges live elsewhere, so no key has state 0.
    private let keys: [UInt64]
    private let values: [Int32]
    private let shift: UInt64
    private let mask: Int

    /// Builds the table.
    ///
    /// - Parameter edges: (from-state ≥ 1, symbol) → to-state.
    init(_ edges: [(from: Int32, symbol: Int32, to: Int32)]) {
        // At most a quarter full: most lookups during a scan are misses (a word that continues no
        // term), and a miss ends at the first empty slot.
        var bits = 4
        while (1 << bits) < edges.count * 4 { bits += 1 }
        let capacity = 1 << bits
        var keys = [UInt64](repeating: 0, count: capacity)
        var values = [Int32](repeating: 0, count: capacity)
        let shift = UInt64(64 - bits)
        for edge in edges {
            precondition(edge.from > 0 && edge.symbol >= 0, "root edges and negative symbols are not stored")
            let key = Self.key(edge.from, edge.symbol)
            var slot = Self.slot(of: key, shift: shift)
            while keys[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            keys[slot] = key
            values[slot] = edge.to
        }
        self.keys = keys
        self.values = values
        self.shift = shift
        self.mask = capacity - 1
    }

    /// The state reached from `state` by `symbol`, or `nil`.
    @inline(__always)
    func target(from state: Int32, symbol: Int32) -> Int32? {
        let key = Self.key(state, symbol)
        var slot = Self.slot(of: key, shift: shift)
        return keys.withUnsafeBufferPointer { keys in
            while true {
                let found = keys[slot]
                if found == key { return values[slot] }
                if found == 0 { return nil }
                slot = (slot + 1) & mask
            }
        }
    }

    @inline(__always)
    private static func key(_ state: Int32, _ symbol: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: state)) << 32 | UInt64(UInt32(bitPattern: symbol))
    }

    @inline(__always)
    private static func slot(of key: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }
}
