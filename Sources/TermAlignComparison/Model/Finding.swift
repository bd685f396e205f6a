import TermAlignText

/// One divergence between versions (or inside one version) that a reviser should look at, with the
/// words of each original that show it.
public struct Finding: Sendable, Hashable {
    /// What kind of divergence.
    public let kind: FindingKind
    /// How much it matters.
    public let severity: Severity
    /// The glossary concept concerned, if any (a missing passage or a mixed-script word has none).
    public let concept: String?
    /// The concept the other version uses instead (scope, framing), if any.
    public let relatedConcept: String?
    /// The index of the segment (in ``Comparison/alignment``) where it is seen first.
    public let segment: Int
    /// The documents involved (indices into ``Comparison/documents``), in document order.
    public let documents: [Int]
    /// The words that show it, in document order.
    public let evidence: [Evidence]
    /// A sentence for a person: what differs, and the glossary's note that explains it.
    public let message: String
    /// How sure the alignment is of the segments the finding rests on (the least sure of them), in
    /// [0, 1]. Below ``Finding/uncertainAlignment`` (``Finding/uncertainPassage`` for a passage one
    /// version lacks) a finding is one severity lower than its kind would make it, and its message
    /// says so.
    public let confidence: Double
    /// What names this finding from one run to the next: 16 hexadecimal digits from its kind,
    /// concepts, versions, evidence words and the letters around them (never its segment number),
    /// with "-2", "-3" … for findings that would share one. Edits elsewhere in the versions leave it
    /// as it is, which is what a waiver names. Empty for a finding made by hand.
    public internal(set) var fingerprint = ""

    /// The confidence below which a finding is taken down a severity: the segments it compares may
    /// not say the same thing at all.
    public static let uncertainAlignment = 0.5

    /// The confidence below which a passage that a version lacks is taken down a severity, unless
    /// glossary concepts it carries are missing around it too. Whether a sentence has no counterpart
    /// at all is the alignment's least certain call: a sentence rendered inside its neighbour, with
    /// few words that tie them, looks the same. On real versions about half of such findings between
    /// 0.5 and 0.9 are true, and 19 of 20 above (see docs/evaluation.md).
    public static let uncertainPassage = 0.8

    /// The confidence below which this finding is taken down a severity: ``uncertainAlignment``, or
    /// ``uncertainPassage`` for a passage whose absence nothing but the alignment shows.
    var uncertainBelow = Finding.uncertainAlignment

    /// Creates a finding.
    ///
    /// - Parameters:
    ///   - kind: The kind.
    ///   - severity: The severity.
    ///   - concept: The concept, if any.
    ///   - relatedConcept: The other concept, if any.
    ///   - segment: Where it is seen first.
    ///   - documents: The documents involved.
    ///   - evidence: The words that show it.
    ///   - message: The explanation.
    ///   - confidence: How sure the alignment is of the segments it rests on.
    public init(kind: FindingKind, severity: Severity, concept: String? = nil, relatedConcept: String? = nil,
                segment: Int, documents: [Int], evidence: [Evidence], message: String, confidence: Double = 1) {
        self.kind = kind
        self.severity = severity
        self.concept = concept
        self.relatedConcept = relatedConcept
        self.segment = segment
        self.documents = documents
        self.evidence = evidence
        self.message = message
        self.confidence = confidence
    }

    /// The finding with the confidence of the alignment under it, taken down a severity (and saying
    /// so) when that is below ``uncertainBelow``.
    func resting(on confidence: Double) -> Finding {
        guard severity > .info, confidence < uncertainBelow else {
            return Finding(kind: kind, severity: severity, concept: concept, relatedConcept: relatedConcept, segment: segment,
                           documents: documents, evidence: evidence, message: message, confidence: confidence)
        }
        let lower: Severity = severity == .error ? .warning : .info
        let percent = Int((confidence * 100).rounded())
        return Finding(kind: kind, severity: lower, concept: concept, relatedConcept: relatedConcept, segment: segment,
                       documents: documents, evidence: evidence,
                       message: message + " (The alignment here is uncertain, \(percent) %: this may be no divergence at all.)",
                       confidence: confidence)
    }
}

/// What kind of divergence a ``Finding`` is.
public enum FindingKind: String, Sendable, Hashable, CaseIterable, Comparable {
    /// A concept (or a whole passage) of some versions has no counterpart in another's aligned passage.
    case omission
    /// A concept (or passage) that one version has and the others' aligned passages lack.
    case addition
    /// A stretch that one version has and another lacks altogether before its text begins, after it
    /// ends, or as a run of whole paragraphs: what an excerpt, a news report or an abridged repost
    /// leaves out. One finding per version and stretch, as information.
    case coverage
    /// The same concept, rendered by a non-preferred, deprecated or superseded term, or by a term the
    /// glossary ties to the other side's usage.
    case variant
    /// Rendered by a broader or narrower concept.
    case scope
    /// Rendered by a contrasting concept, a related concept, or a term with another framing label.
    case framing
    /// One version renders one concept by different terms in different passages where another keeps one.
    case inconsistency
    /// Numbers or dates that differ between aligned passages.
    case numberMismatch = "number-mismatch"
    /// A word mixing look-alike letters of different scripts ("NАTO" with a Cyrillic А).
    case mixedScript = "mixed-script"
    /// Each side names itself first in its own version (the diplomatic alternat): expected, not a divergence.
    case alternat

    public static func < (lhs: FindingKind, rhs: FindingKind) -> Bool { lhs.rank < rhs.rank }

    /// One sentence that says what a finding of this kind is, for a reader who has not seen one
    /// (the rules of a SARIF log, say).
    public var summary: String {
        switch self {
        case .omission: return "A concept or passage of some versions has no counterpart in another version's aligned passage."
        case .addition: return "A concept or passage that one version has and the other versions' aligned passages lack."
        case .coverage: return "A stretch that one version lacks altogether: before it begins, after it ends, or as whole paragraphs (an excerpt, an abridged repost)."
        case .variant: return "A concept rendered by a non-preferred, deprecated or superseded term, or by a term the glossary ties to the other side's usage."
        case .scope: return "A concept rendered by a broader or narrower concept."
        case .framing: return "A concept rendered by a contrasting or related concept, or by a term with another framing."
        case .inconsistency: return "One version renders a concept by different terms in different passages where another keeps one."
        case .numberMismatch: return "Numbers or dates that differ between aligned passages."
        case .mixedScript: return "A word that mixes look-alike letters of different scripts."
        case .alternat: return "Each side names itself first in its own version (the diplomatic alternat): expected, not a divergence."
        }
    }

    /// The position in ``allCases``, without building that array for every comparison of a sort.
    private var rank: Int {
        switch self {
        case .omission: return 0
        case .addition: return 1
        case .coverage: return 2
        case .variant: return 3
        case .scope: return 4
        case .framing: return 5
        case .inconsistency: return 6
        case .numberMismatch: return 7
        case .mixedScript: return 8
        case .alternat: return 9
        }
    }
}

/// How much a finding matters, from `info` (worth knowing) to `error` (the versions say different things).
public enum Severity: String, Sendable, Hashable, CaseIterable, Comparable {
    /// Worth knowing, not a divergence: a variant term, the alternat.
    case info
    /// A difference in meaning a reviser should look at: scope, framing, an omission.
    case warning
    /// The versions state different facts: numbers or dates that differ.
    case error

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

    private var rank: Int {
        switch self {
        case .info: return 0
        case .warning: return 1
        case .error: return 2
        }
    }
}

/// Words of one version that a finding rests on.
public struct Evidence: Sendable, Hashable {
    /// The document (index into ``Comparison/documents``).
    public let document: Int
    /// Where, in the document's original bytes.
    public let range: ByteRange
    /// The text at `range`.
    public let text: String
    /// The glossary occurrence, when the evidence is one (index into ``Comparison/occurrences``).
    public let occurrence: Int?

    /// Creates evidence.
    ///
    /// - Parameters:
    ///   - document: The document index.
    ///   - range: The bytes.
    ///   - text: The text at `range`.
    ///   - occurrence: The occurrence index, if any.
    public init(document: Int, range: ByteRange, text: String, occurrence: Int? = nil) {
        self.document = document
        self.range = range
        self.text = text
        self.occurrence = occurrence
    }
}
