/// How an occurrence's words relate to the glossary term it matched, from closest to loosest.
public enum MatchKind: String, Sendable, Hashable, CaseIterable, Comparable {
    /// The original bytes are the term as written.
    case exact
    /// The same after normalization: case, ё/е, quotation marks, hyphen or space, full-width forms,
    /// Traditional characters, "U.S." for "US".
    case normalized
    /// The same lemmas in another grammatical form ("специальной военной операции", "partnerships").
    case inflected
    /// The term's words in order, interrupted within one clause by a coordinated word, a modifier or
    /// an adverb ("persons and institutions of the two countries located abroad" for "persons located
    /// abroad"); ``Occurrence/inserted`` gives the interrupting words.
    case discontinuous
    /// The term's words in another order or with other words among them, within a short window
    /// («лица, постоянно находящиеся за рубежом» for «находящиеся за рубежом лица»); only for terms
    /// the glossary marks `reorderable` (see ``MatchingOptions/reorderSlack``).
    case reordered

    /// Closer kinds order first.
    public static func < (lhs: MatchKind, rhs: MatchKind) -> Bool { lhs.rank < rhs.rank }

    private var rank: Int {
        switch self {
        case .exact: return 0
        case .normalized: return 1
        case .inflected: return 2
        case .discontinuous: return 3
        case .reordered: return 4
        }
    }
}
