/// A read-only map from 64-bit hashes to small values, by open addressing with linear probing. The
/// keys are already well-mixed hashes, so a lookup is a multiply, a shift and a probe or two — none
/// of the per-lookup SipHash a `Dictionary` spends, which the lexicon would pay once per word.
struct HashIndex: Sendable {
    private let keys: [UInt64]
    private let values: [UInt32]
    private let shift: UInt64
    private let mask: Int

    /// An index of `entries`, at most half full.
    ///
    /// - Parameter entries: The keys and their values.
    init(_ entries: [UInt64: UInt32]) {
        var bits: UInt64 = 4
        while (1 << bits) < 2 * entries.count { bits += 1 }
        let capacity = 1 << Int(bits)
        var keys = [UInt64](repeating: 0, count: capacity)
        var values = [UInt32](repeating: 0, count: capacity)
        shift = 64 - bits
        mask = capacity - 1
        // Sorted, so that the layout does not depend on the dictionary's iteration order.
        for (key, value) in entries.sorted(by: { $0.key < $1.key }) {
            let stored = Self.stored(key)
            var slot = Int((stored &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = stored
            values[slot] = value
        }
        self.keys = keys
        self.values = values
    }

    /// The value of `key`, if it is in the index.
    @inline(__always)
    subscript(key: UInt64) -> UInt32? {
        let stored = Self.stored(key)
        var slot = Int((stored &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let found = keys[slot]
            if found == stored { return values[slot] }
            if found == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// 0 marks an empty slot, so a key of 0 is stored as 1 (a hash collision the lexicon can bear).
    @inline(__always)
    private static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }
}
