/// How one concept relates to others, each relation pointing at a concept id.
///
/// A file states a relation once, on either side; ``GlossaryIndex`` adds the inverses (broader ⇄
/// narrower, related and contrast both ways) so that every query sees them consistently.
public struct ConceptRelations: Hashable, Sendable {
    /// Concepts this one is a kind or part of ("citizens abroad" → "persons located abroad").
    public var broader: [String]
    /// Concepts that are kinds or parts of this one.
    public var narrower: [String]
    /// Associated concepts ("special military operation" → "Ukraine crisis").
    public var related: [String]
    /// Competing framings of the same situation ("special military operation" → "war").
    public var contrast: [String]

    /// Creates relations.
    ///
    /// - Parameters:
    ///   - broader: Broader concepts.
    ///   - narrower: Narrower concepts.
    ///   - related: Related concepts.
    ///   - contrast: Contrasting framings.
    public init(broader: [String] = [], narrower: [String] = [], related: [String] = [], contrast: [String] = []) {
        self.broader = broader
        self.narrower = narrower
        self.related = related
        self.contrast = contrast
    }

    /// Whether no relation is stated.
    public var isEmpty: Bool { broader.isEmpty && narrower.isEmpty && related.isEmpty && contrast.isEmpty }

    /// The targets of one kind of relation.
    ///
    /// - Parameter kind: The relation kind.
    public subscript(kind: RelationKind) -> [String] {
        get {
            switch kind {
            case .broader: return broader
            case .narrower: return narrower
            case .related: return related
            case .contrast: return contrast
            }
        }
        set {
            switch kind {
            case .broader: broader = newValue
            case .narrower: narrower = newValue
            case .related: related = newValue
            case .contrast: contrast = newValue
            }
        }
    }

    /// Every stated relation as (kind, target), kinds in ``RelationKind`` order.
    public var all: [(kind: RelationKind, target: String)] {
        RelationKind.allCases.flatMap { kind in self[kind].map { (kind, $0) } }
    }
}

/// A kind of relation between concepts.
public enum RelationKind: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// The target is broader (a superordinate concept).
    case broader
    /// The target is narrower (a subordinate concept).
    case narrower
    /// The target is associated.
    case related
    /// The target is a competing framing of the same situation.
    case contrast

    /// The relation seen from the target.
    public var inverse: RelationKind {
        switch self {
        case .broader: return .narrower
        case .narrower: return .broader
        case .related, .contrast: return self
        }
    }

    /// The name used in files and reports.
    public var description: String { rawValue }
}
