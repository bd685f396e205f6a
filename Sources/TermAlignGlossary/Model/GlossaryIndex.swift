/// Fast look-ups into a glossary: concepts by id, and every relation seen from both ends (a file
/// states "A narrower B" once; the index also answers "B broader A").
public struct GlossaryIndex: Sendable {
    /// The glossary indexed.
    public let glossary: Glossary
    private let positions: [String: Int]
    private let closed: [String: ConceptRelations]

    /// Indexes a glossary.
    ///
    /// - Parameter glossary: The glossary. Where two concepts share an id, the first is found (lint
    ///   reports the duplicate).
    /// - Complexity: O(concepts + relations).
    public init(_ glossary: Glossary) {
        self.glossary = glossary
        var positions: [String: Int] = [:]
        for (index, concept) in glossary.concepts.enumerated() where positions[concept.id] == nil {
            positions[concept.id] = index
        }
        self.positions = positions
        var closed: [String: ConceptRelations] = [:]
        func add(_ source: String, _ kind: RelationKind, _ target: String) {
            if !(closed[source]?[kind].contains(target) ?? false) { closed[source, default: ConceptRelations()][kind].append(target) }
        }
        for concept in glossary.concepts {
            for (kind, target) in concept.relations.all {
                add(concept.id, kind, target)
                if positions[target] != nil { add(target, kind.inverse, concept.id) }
            }
        }
        self.closed = closed
    }

    /// The concept with an id.
    ///
    /// - Parameter id: A concept id.
    /// - Complexity: O(1).
    public func concept(id: String) -> Concept? { positions[id].map { glossary.concepts[$0] } }

    /// The position of a concept in ``Glossary/concepts``.
    ///
    /// - Parameter id: A concept id.
    public func position(of id: String) -> Int? { positions[id] }

    /// A concept's relations, stated and inverse, each target once per kind.
    ///
    /// - Parameter id: A concept id.
    /// - Complexity: O(1).
    public func relations(of id: String) -> ConceptRelations { closed[id] ?? ConceptRelations() }

    /// How `source` relates to `target` (empty when it does not).
    ///
    /// - Parameters:
    ///   - source: A concept id.
    ///   - target: Another concept id.
    public func relationKinds(from source: String, to target: String) -> [RelationKind] {
        let relations = relations(of: source)
        return RelationKind.allCases.filter { relations[$0].contains(target) }
    }
}
