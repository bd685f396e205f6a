import TermAlignGlossary
import TermAlignText

/// One place where a document uses a glossary concept: the original words, where they are, and the
/// glossary term they matched.
public struct Occurrence: Sendable, Hashable {
    /// The matched term, by reference: a comparison holds tens of thousands of occurrences, and a
    /// copy of the term in each (a dozen strings and arrays) cost a fifth of its memory and a retain
    /// per field on every copy.
    private let source: TermSource
    /// The concept's position in ``/TermAlignGlossary/Glossary/concepts`` (stable for a given glossary).
    public let conceptIndex: Int
    /// The original bytes of the occurrence in ``/TermAlignText/Document/bytes``: from the first matched word to the
    /// last, with any punctuation, line breaks or (for a reordered term) other words between them.
    public let range: ByteRange
    /// The original text at ``range``.
    public let text: String
    /// How the words relate to the term.
    public let match: MatchKind
    /// For a ``MatchKind/discontinuous`` match, the words inside ``range`` that are not the term's
    /// ("and institutions of the two countries"); empty otherwise.
    public let inserted: [ByteRange]

    /// Creates an occurrence.
    ///
    /// - Parameters:
    ///   - concept: The concept id.
    ///   - conceptIndex: Its position in the glossary.
    ///   - term: The matched term.
    ///   - termLanguage: The term's language tag.
    ///   - range: The original bytes.
    ///   - text: The original text at `range`.
    ///   - match: The match kind.
    ///   - inserted: The words inside `range` that are not the term's (a discontinuous match).
    public init(concept: String, conceptIndex: Int, term: Term, termLanguage: String, range: ByteRange,
                text: String, match: MatchKind, inserted: [ByteRange] = []) {
        self.init(source: .given(GivenTerm(concept: concept, term: term, language: termLanguage)),
                  conceptIndex: conceptIndex, range: range, text: text, match: match, inserted: inserted)
    }

    /// An occurrence of a matcher's compiled term.
    init(terms: MatchedTerms, term: Int32, conceptIndex: Int, range: ByteRange, text: String, match: MatchKind,
         inserted: [ByteRange] = []) {
        self.init(source: .compiled(terms, term), conceptIndex: conceptIndex, range: range, text: text, match: match,
                  inserted: inserted)
    }

    private init(source: TermSource, conceptIndex: Int, range: ByteRange, text: String, match: MatchKind, inserted: [ByteRange]) {
        self.source = source
        self.conceptIndex = conceptIndex
        self.range = range
        self.text = text
        self.match = match
        self.inserted = inserted
    }

    /// The concept's id.
    public var concept: String {
        switch source {
        case .compiled(let terms, _): terms.concepts[conceptIndex].id
        case .given(let given): given.concept
        }
    }

    /// The glossary term that matched, with its status, usage and notes.
    public var term: Term {
        switch source {
        case .compiled(let terms, let index): terms.term(at: index)
        case .given(let given): given.term
        }
    }

    /// The language tag of the glossary section the term belongs to.
    public var termLanguage: String {
        switch source {
        case .compiled(let terms, let index): terms.section(of: index).language
        case .given(let given): given.language
        }
    }

    /// The matched term's text, read without copying the whole term (as ``term`` does).
    package var termText: String {
        switch source {
        case .compiled(let terms, let index): terms.terms[Int(index)].text
        case .given(let given): given.term.text
        }
    }

    /// The matched term's framing label, read without copying the whole term.
    package var termFraming: String? {
        switch source {
        case .compiled(let terms, let index): terms.framing(of: index)
        case .given(let given): given.term.framing
        }
    }

    /// The matched term's status, if the glossary gives one.
    public var status: TermStatus? { term.status }

    /// Equal when every property is: the same concept, term, place, text and kind of match.
    public static func == (lhs: Occurrence, rhs: Occurrence) -> Bool {
        lhs.conceptIndex == rhs.conceptIndex && lhs.range == rhs.range && lhs.match == rhs.match && lhs.text == rhs.text
            && lhs.concept == rhs.concept && lhs.termLanguage == rhs.termLanguage && lhs.term == rhs.term
    }

    /// Hashes what tells occurrences apart most cheaply (equal occurrences agree on it).
    public func hash(into hasher: inout Hasher) {
        hasher.combine(conceptIndex)
        hasher.combine(range)
        hasher.combine(text)
        hasher.combine(match)
    }
}

/// Where an occurrence's term is kept.
private enum TermSource: Sendable {
    /// One of a matcher's compiled terms, by index.
    case compiled(MatchedTerms, Int32)
    /// A term given to ``Occurrence/init(concept:conceptIndex:term:termLanguage:range:text:match:)``.
    case given(GivenTerm)
}

/// A matcher's compiled terms and its glossary's concepts, shared by every occurrence it finds.
final class MatchedTerms: Sendable {
    let terms: CompiledTerms
    let concepts: ConceptList

    init(terms: CompiledTerms, concepts: ConceptList) {
        self.terms = terms
        self.concepts = concepts
    }

    /// The glossary section that holds compiled term `index`.
    func section(of index: Int32) -> LanguageSection {
        let term = terms[Int(index)]
        return concepts[Int(terms.concept(index))].sections[Int(term.section)]
    }

    /// The framing label of the glossary term compiled as `index`, read in place.
    func framing(of index: Int32) -> String? {
        let term = terms[Int(index)]
        return concepts[Int(terms.concept(index))].sections[Int(term.section)].terms[Int(term.position)].framing
    }

    /// The glossary term compiled as `index`.
    func term(at index: Int32) -> Term {
        let term = terms[Int(index)]
        return concepts[Int(terms.concept(index))].sections[Int(term.section)].terms[Int(term.position)]
    }
}

/// The term of an occurrence made by hand.
private final class GivenTerm: Sendable {
    let concept: String
    let term: Term
    let language: String

    init(concept: String, term: Term, language: String) {
        self.concept = concept
        self.term = term
        self.language = language
    }
}
