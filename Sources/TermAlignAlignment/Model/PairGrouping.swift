/// Two units runs, one of each of two versions, that say the same thing: a bead of a pair.
public struct UnitPair: Sendable, Hashable {
    /// Units of the first version (indices into ``Alignment/units``); empty when it has none here.
    public let first: Range<Int>
    /// Units of the second version; empty when it has none here.
    public let second: Range<Int>

    /// Creates a pair of unit runs.
    public init(first: Range<Int>, second: Range<Int>) {
        self.first = first
        self.second = second
    }
}

/// How two versions group their units inside a segment where they do so more finely than the
/// segment: one version renders a sentence as three and a third joins it with the next, so the
/// segment holds both sentences, while the first two versions pair sentence by sentence.
public struct PairGrouping: Sendable, Hashable {
    /// The first document (index into ``Alignment/documents``), the lower of the two.
    public let first: Int
    /// The second document, the higher of the two.
    public let second: Int
    /// The pair's beads, in order; together they hold the two versions' units of the segment.
    public let beads: [UnitPair]

    /// Creates a pair's grouping.
    public init(first: Int, second: Int, beads: [UnitPair]) {
        self.first = first
        self.second = second
        self.beads = beads
    }
}
