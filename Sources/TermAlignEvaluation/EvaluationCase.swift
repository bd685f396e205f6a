import TermAlignComparison
import TermAlignText

/// The shapes real versions take (`../shared/REAL-VERSIONS.md`), each built from a complete version
/// and a derived one whose relation to it is known exactly.
package enum EvaluationCase: String, Sendable, CaseIterable, Hashable {
    /// (a) A news report: a lead and a dateline, then some paragraphs of the text, the last sentence
    /// cut off mid-way.
    case excerpt
    /// (b) An abridged repost: the first paragraphs, a run of paragraphs dropped, one sentence of a
    /// later paragraph.
    case abridged
    /// (c) The whole text but one sentence inside a paragraph.
    case droppedSentence = "dropped-sentence"
    /// (d) The whole text with one sentence rendered as three.
    case splitSentence = "split-sentence"
    /// (e) A lead, then a quoted fragment of one sentence (no capital, no full stop).
    case quotedFragment = "quoted-fragment"
    /// (f) Three versions: one splits a sentence in three, another joins two sentences in one; each
    /// pair keeps its own grouping.
    case threeWay = "three-way"

    /// What the case stands for, for reports.
    package var summary: String {
        switch self {
        case .excerpt: return "excerpt with a lead and a cut last sentence"
        case .abridged: return "abridged: paragraphs dropped, one later sentence kept"
        case .droppedSentence: return "one sentence dropped inside a paragraph"
        case .splitSentence: return "one sentence split into three"
        case .quotedFragment: return "a quoted fragment of one sentence"
        case .threeWay: return "three versions, a split in one and a merge in another"
        }
    }
}

/// A place where versions truly diverge by construction: the text at `range` of `document` has no
/// counterpart in `lacking`.
package struct ConstructedDivergence: Sendable, Hashable {
    /// Whether a comparison should warn about it (a sentence lacking inside the shared text), or
    /// only say that a version covers less (before, after or a long run outside the shared text).
    package enum Kind: String, Sendable, Hashable {
        case inText = "in-text"
        case outside
    }

    package let kind: Kind
    /// The version that has the text.
    package let document: Int
    /// The version that lacks it.
    package let lacking: Int
    package let range: ByteRange

    /// Whether some of a finding's evidence lies in this divergence.
    package func isShown(by finding: Finding) -> Bool {
        finding.evidence.contains { $0.document == document && $0.range.overlaps(range) }
    }
}
