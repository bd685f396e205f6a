/// One concept: what the terms of all its language sections designate.
public struct Concept: Hashable, Sendable, Identifiable {
    /// The stable id other concepts and reports refer to ("special-military-operation").
    public var id: String
    /// The subject field ("armed conflict", "consular affairs").
    public var subjectField: String?
    /// A language-neutral definition.
    public var definition: String?
    /// Definitions written for one language (TBX `langSec/descrip[@type=definition]`), by language tag.
    public var definitions: [String: String]
    /// Notes on the concept: where renderings differ in scope or connotation, and why.
    public var notes: [String]
    /// Where the concept and its renderings are attested.
    public var sources: [String]
    /// How the concept relates to others.
    public var relations: ConceptRelations
    /// Matching hint: report this concept even where it lies inside a longer glossary term (by default
    /// a nested concept is part of the longer term, not an occurrence of its own).
    public var independent: Bool
    /// One section per language, in file order.
    public var sections: [LanguageSection]

    /// Creates a concept.
    ///
    /// - Parameters:
    ///   - id: The stable id.
    ///   - subjectField: The subject field.
    ///   - definition: A language-neutral definition.
    ///   - definitions: Per-language definitions by language tag.
    ///   - notes: Notes.
    ///   - sources: Sources.
    ///   - relations: Relations to other concepts.
    ///   - independent: Whether the concept is reported when nested in a longer term.
    ///   - sections: The language sections.
    public init(id: String, subjectField: String? = nil, definition: String? = nil,
                definitions: [String: String] = [:], notes: [String] = [], sources: [String] = [],
                relations: ConceptRelations = ConceptRelations(), independent: Bool = false,
                sections: [LanguageSection] = []) {
        self.id = id
        self.subjectField = subjectField
        self.definition = definition
        self.definitions = definitions
        self.notes = notes
        self.sources = sources
        self.relations = relations
        self.independent = independent
        self.sections = sections
    }

    /// The terms for a language tag ("ru"), or none.
    ///
    /// - Parameter language: A language tag as written in the glossary.
    public func terms(in language: String) -> [Term] {
        sections.first { $0.language == language }?.terms ?? []
    }

    /// The number of terms in all languages.
    public var termCount: Int { sections.reduce(0) { $0 + $1.terms.count } }
}

/// The terms of one concept in one language.
public struct LanguageSection: Hashable, Sendable {
    /// The BCP 47 language tag as written in the glossary ("ru", "zh", "zh-Hans", "en-GB").
    public var language: String
    /// The terms, preferred first by convention (the file's order is kept).
    public var terms: [Term]

    /// Creates a section.
    ///
    /// - Parameters:
    ///   - language: The language tag.
    ///   - terms: The terms.
    public init(language: String, terms: [Term]) {
        self.language = language
        self.terms = terms
    }
}
