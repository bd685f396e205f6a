import TermAlignMatching

/// A glossary occurrence in one version, placed in the alignment.
public struct LocatedOccurrence: Sendable, Hashable {
    /// The document (index into ``Comparison/documents``).
    public let document: Int
    /// The segment that holds it (index into the alignment's segments).
    public let segment: Int
    /// The passage (aligned paragraph group) that holds it.
    public let passage: Int
    /// The occurrence itself: concept, term, bytes, match kind.
    public let occurrence: Occurrence

    /// Creates a located occurrence.
    ///
    /// - Parameters:
    ///   - document: The document index.
    ///   - segment: The segment index.
    ///   - passage: The passage index.
    ///   - occurrence: The occurrence.
    public init(document: Int, segment: Int, passage: Int, occurrence: Occurrence) {
        self.document = document
        self.segment = segment
        self.passage = passage
        self.occurrence = occurrence
    }
}
