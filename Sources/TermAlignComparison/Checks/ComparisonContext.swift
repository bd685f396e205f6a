import TermAlignAlignment
import TermAlignGlossary
import TermAlignText

/// What every check reads: the versions, the alignment grouped into passages, and the occurrences
/// indexed by passage and document. A class: every check and its closures hold it, and a copy of a
/// struct of a dozen arrays is a retain of each.
final class ComparisonContext {
    /// The segments of one aligned paragraph group, and each version's occurrences in it.
    struct Passage {
        let segments: Range<Int>
        /// Per document: does it have any text in this passage?
        let present: [Bool]
        /// Per document: indices into ``ComparisonContext/occurrences``, in text order.
        let occurrences: [[Int]]
    }

    let documents: [Document]
    /// The documents' ids, in order.
    let ids: [String]
    let alignment: Alignment
    let occurrences: [LocatedOccurrence]
    /// Per occurrence: its concept's position in the glossary, its term's text and framing label,
    /// read once (checks ask for them passage after passage; an occurrence's term is a copy of a
    /// dozen fields each time).
    let conceptIndices: [Int]
    let termTexts: [String]
    let framings: [String?]
    let index: GlossaryIndex
    let options: ComparisonOptions
    let passages: [Passage]
    /// The reference document's index, if one is named.
    let reference: Int?
    /// Per document: the list markers opening its paragraphs (1., 一、, (a)), in order.
    let markers: [[ByteRange]]
    /// Per document: its paragraphs, in order.
    let paragraphs: [[ByteRange]]
    /// Per document: its words that mix look-alike letters of different scripts.
    let confusables: [[ConfusableToken]]
    /// The explanation of every concept that occurs, put on one line once rather than per message.
    private let explanations: [Int: String?]

    /// - Parameters:
    ///   - versions: What the checks need of each analyzed version (the analyses themselves, many
    ///     times the size of the text, are let go once the versions are aligned).
    init(versions: [Comparer.CheckedVersion], alignment: Alignment, occurrences: [LocatedOccurrence], index: GlossaryIndex,
         options: ComparisonOptions, reference: Int?) {
        documents = versions.map(\.document)
        ids = documents.map(\.id)
        markers = versions.map(\.markers)
        paragraphs = versions.map(\.paragraphs)
        confusables = versions.map(\.confusables)
        self.alignment = alignment
        self.occurrences = occurrences
        self.index = index
        self.options = options
        self.reference = reference
        // One pass, each field read in place: a pass per field (and `for located in`) copied every
        // occurrence, with a retain and a release of each of its strings, four times.
        var conceptIndices: [Int] = [], termTexts: [String] = [], framings: [String?] = []
        conceptIndices.reserveCapacity(occurrences.count)
        termTexts.reserveCapacity(occurrences.count)
        framings.reserveCapacity(occurrences.count)
        var explanations: [Int: String?] = [:]
        let segments = alignment.segments
        var byPassage = [[[Int]]](repeating: [], count: (segments.last?.passage ?? -1) + 1)
        for position in occurrences.indices {
            let concept = occurrences[position].occurrence.conceptIndex
            conceptIndices.append(concept)
            termTexts.append(occurrences[position].occurrence.termText)
            framings.append(occurrences[position].occurrence.termFraming)
            if explanations[concept] == nil {
                explanations[concept] = Self.explanation(of: index.glossary.concepts[concept])
            }
            let (passage, document) = (occurrences[position].passage, occurrences[position].document)
            if byPassage[passage].isEmpty {
                byPassage[passage] = [[Int]](repeating: [], count: documents.count)
            }
            byPassage[passage][document].append(position)
        }
        self.conceptIndices = conceptIndices
        self.termTexts = termTexts
        self.framings = framings
        self.explanations = explanations
        var passages: [Passage] = []
        var start = 0
        while start < segments.count {
            var end = start + 1
            while end < segments.count && segments[end].passage == segments[start].passage { end += 1 }
            let present = documents.indices.map { document in segments[start..<end].contains { $0.ranges[document] != nil } }
            let found = byPassage[segments[start].passage]
            passages.append(Passage(segments: start..<end, present: present,
                                    occurrences: found.isEmpty ? [[Int]](repeating: [], count: documents.count) : found))
            start = end
        }
        self.passages = passages
    }

    /// The segment that holds byte `offset` of a document (segments tile every document).
    func segment(at offset: Int, in document: Int) -> Int {
        alignment.segmentIndex(containing: offset, in: document) ?? 0
    }

    /// Whether a document's text in a segment is cut short: it does not end like a sentence, and it
    /// is the last text of the document (an excerpt that stops mid-sentence), part of a paragraph, a
    /// quotation, or begins in lower case (a quoted fragment). A title or a dateline is a whole
    /// paragraph of its own, and is not. Nil when the document has no text there.
    func isCutShort(_ document: Int, in segment: Int) -> Bool? {
        guard let range = alignment.segments[segment].ranges[document] else { return nil }
        let trimmed = documents[document].trimmed(range)
        guard !trimmed.isEmpty else { return nil }
        let text = documents[document].text(in: trimmed)
        let endsLikeASentence = documents[document].bytes.withUnsafeBufferPointer { SentenceEnd.isSentenceEnd($0, trimmed.range) }
        guard !endsLikeASentence else { return false }
        let isLast = documents[document].trimmed(ByteRange(lowerBound: trimmed.upperBound, upperBound: documents[document].bytes.count)).isEmpty
        let scalars = text.unicodeScalars
        let quoted = scalars.first.map(Self.openingQuotes.contains) == true && scalars.last.map(Self.closingQuotes.contains) == true
        let lowercase = scalars.first { $0.properties.isAlphabetic }.map { $0.properties.isLowercase } ?? false
        return isLast || quoted || lowercase || !paragraphs[document].contains(trimmed)
    }

    private static let openingQuotes: Set<Unicode.Scalar> = ["\"", "'", "«", "“", "‘", "「", "『", "„"]
    private static let closingQuotes: Set<Unicode.Scalar> = ["\"", "'", "»", "”", "’", "」", "』", "“"]

    /// How sure the alignment is of what a finding compares: the least confident segment that holds
    /// its evidence (or its own segment). A stretch one version lacks altogether is not a comparison
    /// of aligned text, and is as sure as the alignment's decision to leave it out.
    func confidence(of finding: Finding) -> Double {
        let segments = finding.evidence.isEmpty ? [finding.segment]
            : finding.evidence.map { segment(at: $0.range.lowerBound, in: $0.document) }
        return segments.map { alignment.segments[$0].confidence }.min() ?? 1
    }

    func names(_ documents: [Int]) -> String {
        var text = MessageText(capacity: 32)
        appendNames(documents, to: &text)
        return text.string
    }

    /// Appends ``names(_:)`` to `text`.
    func appendNames(_ documents: [Int], to text: inout MessageText) {
        for (position, document) in documents.enumerated() {
            if position > 0 { text.append(", ") }
            text.append(ids[document])
        }
    }

    /// The concept of an occurrence (by glossary position).
    func concept(of occurrence: Int) -> Concept { index.glossary.concepts[occurrences[occurrence].occurrence.conceptIndex] }

    func evidence(_ occurrence: Int) -> Evidence {
        let located = occurrences[occurrence]
        return Evidence(document: located.document, range: located.occurrence.range, text: located.occurrence.text,
                        occurrence: occurrence)
    }

    /// A concept's first note, or its definition, on one line: what a message quotes.
    ///
    /// - Parameter concept: The concept's position in the glossary.
    func explanation(_ concept: Int) -> String? {
        if let known = explanations[concept] { return known }
        return Self.explanation(of: index.glossary.concepts[concept])
    }

    private static func explanation(of concept: Concept) -> String? {
        (concept.notes.first ?? concept.definition)?.onOneLine
    }

    /// Whether the versions are weighed against one original, and which wins a disagreement.
    ///
    /// - Returns: True when the concept or passage that `having` have and `lacking` lack counts as
    ///   missing from `lacking` (an omission); false when it counts as added to `having`.
    func isOmission(having: [Int], lacking: [Int]) -> Bool {
        if let reference, having.contains(reference) || lacking.contains(reference) { return having.contains(reference) }
        if having.count != lacking.count { return having.count > lacking.count }
        return having.min()! < lacking.min()!
    }

    static func quote(_ text: String) -> String { quote(oneLine: text.onOneLine) }

    /// A text already on one line, in quotation marks.
    static func quote(oneLine text: String) -> String { "“" + text + "”" }
}
