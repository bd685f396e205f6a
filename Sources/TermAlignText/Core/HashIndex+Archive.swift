/// A hash index in the start-up cache's byte layout: its table as it is, so that reading it back
/// builds nothing.
extension HashIndex {
    package func archive(into out: inout BinaryArchiveWriter) {
        out.numbers(keys)
        out.numbers(values)
        out.integer(Int(shift))
    }

    /// Whether every value stored is below `bound` (an index into a table of that size).
    package func valuesAreBelow(_ bound: UInt32) -> Bool { values.allSatisfy { $0 < bound } }

    package init(archive input: inout BinaryArchiveReader) throws(BinaryArchiveReader.Damaged) {
        let keys = try input.uint64s(), values = try input.uint32s()
        let shift = try input.integer()
        // The table's size is a power of two, 1 << (64 - shift): a slot is always inside it.
        guard keys.count == values.count, keys.count >= 16, keys.count & (keys.count - 1) == 0,
              shift == 64 - keys.count.trailingZeroBitCount else { throw BinaryArchiveReader.Damaged() }
        self.keys = keys
        self.values = values
        self.shift = UInt64(shift)
        self.mask = keys.count - 1
    }
}
