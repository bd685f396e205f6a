import TermAlignText

/// A match before overlaps are resolved.
struct Candidate: Sendable {
    let range: ByteRange
    let concept: Int32
    let term: Int32
    let kind: MatchKind
    /// The words inside a discontinuous match that are not the term's.
    var inserted: [ByteRange] = []
}
