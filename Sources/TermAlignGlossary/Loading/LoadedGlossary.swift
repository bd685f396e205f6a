/// A glossary as read from a file, with what the reader skipped and where each concept and term was.
public struct LoadedGlossary: Sendable {
    /// The glossary.
    public var glossary: Glossary
    /// The format it was read from.
    public var format: GlossaryFormat
    /// Content the reader did not take into the model, each with where it first occurred.
    public var warnings: [GlossaryWarning]
    /// Where each concept and term is in the file.
    public var sourceMap: GlossarySourceMap
}

/// Something a reader skipped or changed, reported instead of silently lost.
public struct GlossaryWarning: Hashable, Sendable, CustomStringConvertible {
    /// Where it (first) occurred.
    public var location: SourceLocation?
    /// What was skipped and how often.
    public var message: String

    /// Creates a warning.
    ///
    /// - Parameters:
    ///   - location: Where.
    ///   - message: What.
    public init(location: SourceLocation?, message: String) {
        self.location = location
        self.message = message
    }

    /// "file:line:column: warning: message".
    public var description: String {
        "\(location.map(String.init(describing:)) ?? "glossary"): warning: \(message)"
    }
}

/// The file locations of a glossary's concepts and terms, by position in the model.
public struct GlossarySourceMap: Hashable, Sendable {
    /// Per concept (same order as ``Glossary/concepts``), its location.
    public var concepts: [SourceLocation?] = []
    /// Per concept, the locations of its terms in section order then term order.
    public var terms: [[SourceLocation?]] = []

    /// Creates an empty map.
    public init() {}

    /// The location of a concept.
    ///
    /// - Parameter index: The concept's index in ``Glossary/concepts``.
    public func location(ofConcept index: Int) -> SourceLocation? {
        index < concepts.count ? concepts[index] : nil
    }

    /// The location of a term.
    ///
    /// - Parameters:
    ///   - concept: The concept's index.
    ///   - section: The section's index in the concept.
    ///   - term: The term's index in the section.
    ///   - glossary: The glossary the map belongs to.
    public func location(ofTerm term: Int, section: Int, concept: Int, in glossary: Glossary) -> SourceLocation? {
        guard concept < terms.count else { return nil }
        let flat = glossary.concepts[concept].sections.prefix(section).reduce(0) { $0 + $1.terms.count } + term
        return flat < terms[concept].count ? terms[concept][flat] : location(ofConcept: concept)
    }
}

/// Collects skipped content by kind, so that a file with a million skipped elements yields one
/// warning per kind with a count and the first place.
struct SkipLog {
    private var order: [String] = []
    private var entries: [String: (count: Int, first: SourceLocation?)] = [:]

    mutating func record(_ what: String, at location: @autoclosure () -> SourceLocation?) {
        if let entry = entries[what] {
            entries[what] = (entry.count + 1, entry.first)
        } else {
            order.append(what)
            entries[what] = (1, location())
        }
    }

    var warnings: [GlossaryWarning] {
        order.map { what in
            let entry = entries[what]!
            let times = entry.count == 1 ? "" : " (\(entry.count) times)"
            return GlossaryWarning(location: entry.first, message: "skipped \(what)\(times)")
        }
    }
}
