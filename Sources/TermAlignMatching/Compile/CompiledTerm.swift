import TermAlignGlossary

/// A glossary term ready for matching: its key as symbols and what deciding the match kind needs.
struct CompiledTerm: Sendable {
    /// The concept's position in the glossary.
    let concept: Int32
    /// The term's place in its concept: section, then position in the section. The glossary term is
    /// not copied here: its dozen fields, once per term, were a fifth of a large matcher's memory.
    let section: Int32, position: Int32
    /// The term's text as written in the glossary (what an `exact` match equals).
    let text: String
    /// Whether the glossary lets its words come in another order (and it has more than one).
    let isReorderable: Bool
    /// Its key: lemma-key ids (Russian, English) or character ids (Chinese; code points until
    /// ``CharacterMatcher`` numbers them).
    var symbols: [Int32]
    /// Its normalized words without dots, separated by spaces: equal for a `normalized` match.
    let normalizedWords: String
    /// For a case-sensitive term, each word as written without dots; `nil` otherwise.
    let caseSensitiveWords: [String]?
    /// Normalized punctuation the term begins and ends with (the quotation marks of
    /// «Пояс и путь»): a match takes them in when the text has them right there.
    let edges: TermEdges
}

/// Which of several terms with one key a match is reported as: one per concept, the closest kind,
/// then the first in the glossary.
struct GroupChoice {
    private(set) var best: [(concept: Int32, term: Int32, kind: MatchKind)] = []

    mutating func offer(term: Int32, concept: Int32, kind: MatchKind) {
        if let index = best.firstIndex(where: { $0.concept == concept }) {
            if kind < best[index].kind { best[index] = (concept, term, kind) }
        } else {
            best.append((concept, term, kind))
        }
    }
}

/// The key bytes of a term before its first word and after its last, without spaces.
struct TermEdges: Sendable {
    var leading: [UInt8] = []
    var trailing: [UInt8] = []
}
