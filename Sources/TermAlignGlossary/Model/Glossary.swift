/// A concept-oriented termbase: which Russian, Chinese and English terms designate one concept, which
/// rendering is preferred, whose usage a rendering reflects, and how concepts relate.
///
/// The shape follows ISO 30042 (TBX): a glossary holds concepts, a concept holds one section per
/// language, a section holds terms. Concepts keep the order of their file, so writing a glossary back
/// reproduces it.
public struct Glossary: Hashable, Sendable {
    /// The glossary's title (TBX `titleStmt/title`).
    public var title: String?
    /// What the glossary covers (TBX `notesStmt/note`).
    public var summary: String?
    /// Where its content comes from (TBX `sourceDesc/p`), one entry per source.
    public var sources: [String]
    /// The concepts, in file order.
    public var concepts: ConceptList

    /// Creates a glossary.
    ///
    /// - Parameters:
    ///   - title: The title.
    ///   - summary: What it covers.
    ///   - sources: Where its content comes from.
    ///   - concepts: The concepts.
    public init(title: String? = nil, summary: String? = nil, sources: [String] = [], concepts: [Concept] = []) {
        self.title = title
        self.summary = summary
        self.sources = sources
        self.concepts = ConceptList(concepts)
    }

    /// A glossary whose concepts are kept as a list (read back from an archive, say).
    package init(title: String?, summary: String?, sources: [String], conceptList: ConceptList) {
        self.title = title
        self.summary = summary
        self.sources = sources
        concepts = conceptList
    }

    /// The language tags used by any concept, sorted.
    ///
    /// - Complexity: O(number of language sections).
    public var languages: [String] {
        Set(concepts.lazy.flatMap { $0.sections.map(\.language) }).sorted()
    }

    /// The number of terms in all concepts and languages.
    public var termCount: Int { concepts.reduce(0) { $0 + $1.termCount } }
}
