import TermAlignGlossary
import TermAlignText

/// One place where a document uses a glossary concept: the original words, where they are, and the
/// glossary term they matched.
public struct Occurrence: Sendable, Hashable {
    /// The concept's id.
    public let concept: String
    /// The concept's position in ``/TermAlignGlossary/Glossary/concepts`` (stable for a given glossary).
    public let conceptIndex: Int
    /// The glossary term that matched, with its status, usage and notes.
    public let term: Term
    /// The language tag of the glossary section the term belongs to.
    public let termLanguage: String
    /// The original bytes of the occurrence in ``/TermAlignText/Document/bytes``: from the first matched word to the
    /// last, with any punctuation, line breaks or (for a reordered term) other words between them.
    public let range: ByteRange
    /// The original text at ``range``.
    public let text: String
    /// How the words relate to the term.
    public let match: MatchKind

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
    public init(concept: String, conceptIndex: Int, term: Term, termLanguage: String, range: ByteRange,
                text: String, match: MatchKind) {
        self.concept = concept
        self.conceptIndex = conceptIndex
        self.term = term
        self.termLanguage = termLanguage
        self.range = range
        self.text = text
        self.match = match
    }

    /// The matched term's status, if the glossary gives one.
    public var status: TermStatus? { term.status }
}
