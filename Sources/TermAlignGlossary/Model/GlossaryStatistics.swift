/// Counts that describe a glossary.
public struct GlossaryStatistics: Hashable, Sendable {
    /// Concepts.
    public let concepts: Int
    /// Terms per language tag.
    public let terms: [String: Int]
    /// Terms per status ("unspecified" for terms without one).
    public let statuses: [String: Int]
    /// Stated relations per kind.
    public let relations: [RelationKind: Int]
    /// Concepts with a term in every language of the glossary.
    public let complete: Int

    /// Counts a glossary.
    ///
    /// - Parameter glossary: The glossary.
    /// - Complexity: O(terms).
    public init(_ glossary: Glossary) {
        var terms: [String: Int] = [:]
        var statuses: [String: Int] = [:]
        var relations: [RelationKind: Int] = [:]
        let languages = glossary.languages
        var complete = 0
        for concept in glossary.concepts {
            for section in concept.sections {
                terms[section.language, default: 0] += section.terms.count
                for term in section.terms { statuses[term.status?.rawValue ?? "unspecified", default: 0] += 1 }
            }
            for kind in RelationKind.allCases { relations[kind, default: 0] += concept.relations[kind].count }
            if languages.allSatisfy({ !concept.terms(in: $0).isEmpty }) { complete += 1 }
        }
        self.concepts = glossary.concepts.count
        self.terms = terms
        self.statuses = statuses
        self.relations = relations
        self.complete = complete
    }
}
