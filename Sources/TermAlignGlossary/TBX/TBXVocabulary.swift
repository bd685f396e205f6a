/// The TBX names TermAlign reads and writes, in one place.
enum TBXVocabulary {
    /// The namespaces of TBX v3 (ISO 30042:2019) accepted on the `<tbx>` root.
    static let namespaces: Set<String> = ["urn:iso:std:iso:30042:ed-2", "urn:iso:std:iso:30042:ed:3.0"]
    /// The namespace written.
    static let namespace = "urn:iso:std:iso:30042:ed-2"

    /// `descrip` types that state a relation to the concept named by `target`.
    static let relationTypes: [String: RelationKind] = [
        "broaderConceptGeneric": .broader, "broaderConceptPartitive": .broader,
        "narrowerConceptGeneric": .narrower, "narrowerConceptPartitive": .narrower,
        "relatedConcept": .related, "antonymConcept": .contrast,
    ]

    /// The `descrip` type written for each relation kind.
    static func type(of kind: RelationKind) -> String {
        switch kind {
        case .broader: return "broaderConceptGeneric"
        case .narrower: return "narrowerConceptGeneric"
        case .related: return "relatedConcept"
        case .contrast: return "antonymConcept"
        }
    }

    /// TermAlign's own data category for matching hints (a private category: other tools skip it).
    static let hintsType = "x-matchingHints"
    /// The concept-level hint value.
    static let independentHint = "independent"
}
