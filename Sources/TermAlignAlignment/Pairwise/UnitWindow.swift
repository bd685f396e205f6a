/// A version's units made ready for aligning any run of them: the prefix sums of their lengths and
/// their anchor runs, built once per version and level. A class, so that a window on it costs one
/// retain: the sentence level aligns thousands of short passages, and copying or slicing a
/// sequence's dozen arrays for each of them took longer than aligning it.
final class PreparedUnits: Sendable {
    let units: UnitSequence
    /// `lengthSums[i]`: the lengths of units 0..<i (whole numbers, so sums over any window are exact).
    let lengthSums: [Double]
    /// `headingSums[i]`: how many of units 0..<i are headings (empty when none is).
    let headingSums: [Int32]
    /// `partialSums[i]`: how many of units 0..<i are cut short (empty when none is).
    let partialSums: [Int32]
    let runs: AnchorRuns

    /// - Parameter maxSpan: The most units a bead takes of one side.
    init(_ units: UnitSequence, maxSpan: Int) {
        self.units = units
        var sums = [0.0]
        sums.reserveCapacity(units.count + 1)
        for length in units.lengths { sums.append(sums[sums.count - 1] + length) }
        lengthSums = sums
        headingSums = Self.counts(units.headings)
        partialSums = Self.counts(units.partial)
        runs = AnchorRuns(units.anchors, maxSpan: maxSpan)
    }

    /// Prefix counts of the flags that are set, or nothing when none is.
    private static func counts(_ flags: [Bool]) -> [Int32] {
        guard flags.contains(true) else { return [] }
        var sums: [Int32] = [0]
        sums.reserveCapacity(flags.count + 1)
        for flag in flags { sums.append(sums[sums.count - 1] + (flag ? 1 : 0)) }
        return sums
    }
}

/// Units `base..<base + count` of a prepared version, numbered from 0: what one alignment sees.
struct UnitWindow: Sendable {
    let prepared: PreparedUnits
    let base: Int
    let count: Int

    init(_ prepared: PreparedUnits, units: Range<Int>) {
        self.prepared = prepared
        base = units.lowerBound
        count = units.count
    }

    /// All units of `prepared`.
    init(_ prepared: PreparedUnits) { self.init(prepared, units: 0..<prepared.units.count) }

    /// No units of `prepared` (a version absent from a passage).
    static func empty(_ prepared: PreparedUnits) -> UnitWindow { UnitWindow(prepared, units: 0..<0) }

    /// The window's units `range` in the whole sequence's numbering.
    @inline(__always)
    func global(_ range: Range<Int>) -> Range<Int> { range.lowerBound + base..<range.upperBound + base }

    /// The window's units `range` as a window of their own.
    func subwindow(_ range: Range<Int>) -> UnitWindow { UnitWindow(prepared, units: global(range)) }

    @inline(__always)
    func length(_ unit: Int) -> Double { prepared.units.lengths[unit + base] }

    /// The summed lengths of units `range`.
    @inline(__always)
    func length(_ range: Range<Int>) -> Double {
        prepared.lengthSums[range.upperBound + base] - prepared.lengthSums[range.lowerBound + base]
    }

    /// How many anchors, numbers and lexicon words units `range` hold.
    @inline(__always)
    func anchors(_ range: Range<Int>) -> Int { prepared.units.anchors.total(global(range)) }
    @inline(__always)
    func numbers(_ range: Range<Int>) -> Int { prepared.units.anchors.numbers(global(range)) }
    @inline(__always)
    func words(_ range: Range<Int>) -> Int { prepared.units.anchors.words(global(range)) }

    /// Whether any unit of `range` is a heading.
    @inline(__always)
    func hasHeading(_ range: Range<Int>) -> Bool { holdsAny(prepared.headingSums, range) }

    /// Whether any unit of `range` is cut short.
    @inline(__always)
    func hasPartial(_ range: Range<Int>) -> Bool { holdsAny(prepared.partialSums, range) }

    /// Whether prefix counts `sums` (empty: none is set) count a unit of `range`.
    @inline(__always)
    private func holdsAny(_ sums: [Int32], _ range: Range<Int>) -> Bool {
        !sums.isEmpty && sums[range.upperBound + base] != sums[range.lowerBound + base]
    }

    /// See ``AnchorRuns/signature(_:)`` and ``AnchorRuns/run(_:)``.
    @inline(__always)
    func signature(_ range: Range<Int>) -> UInt64 { prepared.runs.signature(global(range)) }
    @inline(__always)
    func run(_ range: Range<Int>) -> UnsafeBufferPointer<Anchor> { prepared.runs.run(global(range)) }
}
