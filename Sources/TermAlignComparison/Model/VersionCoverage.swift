/// How much of the text the other versions have one version covers: real versions are often a
/// complete text beside an excerpt, a news report or an abridged repost, and what a version does
/// not have at all is said once here, not as a divergence at every sentence.
public struct VersionCoverage: Sendable, Hashable {
    /// What a version is next to the others.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// It has a counterpart for (almost) everything the others have.
        case complete
        /// It begins later or stops earlier than the others: a quotation, a news report, an excerpt.
        case excerpt
        /// It has the beginning and the end but leaves out runs of whole paragraphs.
        case abridged
    }

    /// The document (index into ``Comparison/documents``).
    public let document: Int
    /// Complete, an excerpt or abridged.
    public let kind: Kind
    /// The share of the other versions' text (in bytes) that lies in segments this version has text
    /// in, in [0, 1].
    public let coveredShare: Double
    /// The share of this version's own text that no other version has (a lead, a dateline, a heading
    /// of its own), in [0, 1].
    public let ownShare: Double

    /// Creates a coverage summary.
    ///
    /// - Parameters:
    ///   - document: The document index.
    ///   - kind: Complete, excerpt or abridged.
    ///   - coveredShare: The share of the others' text it covers.
    ///   - ownShare: The share of its text the others lack.
    public init(document: Int, kind: Kind, coveredShare: Double, ownShare: Double) {
        self.document = document
        self.kind = kind
        self.coveredShare = coveredShare
        self.ownShare = ownShare
    }
}
