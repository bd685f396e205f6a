@testable import TermAlignAlignment

// The tests build sequences unit by unit and align them whole; the library aligns windows on
// prepared versions. These say the tests' way in the library's terms.

extension AnchorTable {
    /// Appends one passage's anchors (any order).
    mutating func append(_ anchors: [Anchor]) {
        var sorted = anchors
        append(&sorted)
    }
}

extension UnitWindow {
    /// A whole sequence on its own.
    init(_ units: UnitSequence, maxSpan: Int) { self.init(PreparedUnits(units, maxSpan: maxSpan)) }
}

extension PairwiseAligner {
    /// Two whole sequences, prepared for this alignment alone.
    init(a: UnitSequence, b: UnitSequence, shapes: [BeadShape], model: LengthModel) {
        let span = BeadShape.maxSpan(shapes)
        self.init(a: UnitWindow(a, maxSpan: span), b: UnitWindow(b, maxSpan: span), shapes: shapes, model: model)
    }
}

extension MultiwayAligner {
    /// Aligns whole `sequences` (one per version; an empty one takes no part).
    mutating func align(_ sequences: [UnitSequence], pivot: Int? = nil) -> [UnitSegment] {
        align(sequences.map { UnitWindow($0, maxSpan: BeadShape.maxSpan(level.shapes)) }, pivot: pivot)
    }
}
