/// Fast look-ups into a glossary: concepts by id, and every relation seen from both ends (a file
/// states "A narrower B" once; the index also answers "B broader A").
public struct GlossaryIndex: Sendable {
    /// The glossary indexed.
    public let glossary: Glossary
    private let positions: [String: Int]
    private let closed: [String: ConceptRelations]
    /// `closed` by position: for each concept, the positions it relates to and how, kind by kind in
    /// the order of `RelationKind.allCases` (a comparison asks for every pair of concepts that two
    /// versions differ in, and hashing their ids each time took most of that check's time).
    private let relatedPositions: [[(target: Int, kind: RelationKind)]]
    /// For each position, the position of the first concept with its id (itself but for duplicates).
    private let canonical: [Int]

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
        canonical = glossary.concepts.map { positions[$0.id]! }
        relatedPositions = glossary.concepts.map { concept in
            guard let relations = closed[concept.id] else { return [] }
            return RelationKind.allCases.flatMap { kind in
                relations[kind].compactMap { target in positions[target].map { (target: $0, kind: kind) } }
            }
        }
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

    /// How the concept at position `source` of ``Glossary/concepts`` relates to the one at `target`,
    /// in the order of ``RelationKind/allCases`` (empty when it does not); as
    /// ``relationKinds(from:to:)`` for the concepts' ids.
    ///
    /// - Complexity: O(relations of `source`), no hashing.
    package func relationKinds(from source: Int, to target: Int) -> [RelationKind] {
        var kinds: [RelationKind] = []
        let target = canonical[target]
        for relation in relatedPositions[source] where relation.target == target { kinds.append(relation.kind) }
        return kinds
    }
}
