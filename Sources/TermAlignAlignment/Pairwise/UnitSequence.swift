/// The units (paragraphs or sentences) of one version as the aligner sees them: lengths and anchors.
struct UnitSequence: Sendable {
    /// Characters of each unit, spaces excluded.
    var lengths: [Double]
    /// The anchors of each unit.
    var anchors: AnchorTable
    /// Which units are headings: paragraphs that are headings or datelines, sentences that are
    /// datelines. A heading pairs with a heading and is not merged into the text around it.
    var headings: [Bool] = []
    /// The numbers of each unit, when they were asked for (the units an alignment is made of).
    var numbers: UnitNumbers?
    /// Which units are cut short: a sentence that does not end like one (a quoted fragment, the last
    /// words of an excerpt), or a paragraph whose last sentence is such. Their length says little
    /// about their counterpart's.
    var partial: [Bool] = []

    var count: Int { lengths.count }
}

/// A pairing of consecutive units of two versions: `a` and `b` (either may be empty, not both).
struct Bead: Sendable, Equatable {
    var a: Range<Int>
    var b: Range<Int>
    /// The probability of this bead given the two versions (forward–backward), in [0, 1].
    var posterior: Double

    /// The same bead seen from the other version.
    var swapped: Bead { Bead(a: b, b: a, posterior: posterior) }
}
