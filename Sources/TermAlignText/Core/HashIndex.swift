/// A read-only map from 64-bit keys to 32-bit values by open addressing with linear probing: a
/// lookup is a multiply, a shift and, almost always, one probe in one cache line — none of the
/// per-lookup SipHash of a `Dictionary`. The automaton's transitions and the alignment lexicon use it.
///
/// Public only to the other stages (`@_spi(Engine)`), and only so that its lookup inlines there: a
/// `package` declaration's `@inlinable` body is not inlined across modules by this toolchain (checked
/// on a two-module package), and the evidence scanner asks a dozen lookups of every word.
@_spi(Engine) public struct HashIndex: Sendable {
    /// 0 marks an empty slot, so a key of 0 is stored as 1: callers whose keys may be 0 or 1 accept
    /// that the two meet (hashes), or never use them (the automaton has no edge from state 0).
    @usableFromInline let keys: [UInt64]
    @usableFromInline let values: [UInt32]
    @usableFromInline let shift: UInt64
    @usableFromInline let mask: Int

    /// An index of `entries`, at most `1 / spread` full; a later entry with a key already present is
    /// ignored.
    ///
    /// - Parameters:
    ///   - entries: The keys and their values, in the order that fixes the layout.
    ///   - spread: How many slots per entry at least (more: shorter misses).
    @_spi(Engine) public init(_ entries: [(key: UInt64, value: UInt32)], spread: Int = 2) {
        var bits: UInt64 = 4
        while (1 << bits) < spread * entries.count { bits += 1 }
        let capacity = 1 << Int(bits)
        var keys = [UInt64](repeating: 0, count: capacity)
        var values = [UInt32](repeating: 0, count: capacity)
        shift = 64 - bits
        mask = capacity - 1
        for (key, value) in entries {
            let stored = Self.stored(key)
            var slot = Self.slot(of: stored, shift: shift)
            while keys[slot] != 0 && keys[slot] != stored { slot = (slot + 1) & mask }
            guard keys[slot] == 0 else { continue }
            keys[slot] = stored
            values[slot] = value
        }
        self.keys = keys
        self.values = values
    }

    /// The value of `key`, if it is in the index.
    @inlinable @inline(__always)
    @_spi(Engine) public subscript(key: UInt64) -> UInt32? {
        let stored = Self.stored(key)
        var slot = Self.slot(of: stored, shift: shift)
        return keys.withUnsafeBufferPointer { keys in
            while true {
                let found = keys[slot]
                if found == stored { return values[slot] }
                if found == 0 { return nil }
                slot = (slot + 1) & mask
            }
        }
    }

    @inlinable @inline(__always)
    static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    @inlinable @inline(__always)
    static func slot(of key: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }
}
