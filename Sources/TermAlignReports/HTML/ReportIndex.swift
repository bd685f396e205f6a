import TermAlignComparison
import TermAlignMatching
import TermAlignText

/// Look-ups the HTML report needs more than once, built in one pass over the comparison.
struct ReportIndex {
    /// Per document, per segment: the occurrences inside it, in text order.
    let occurrencesBySegment: [[Int: [Int]]]
    /// Per document, per segment: evidence of findings that is not a glossary occurrence (numbers,
    /// mixed-script words), one entry per range with the findings that cite it.
    let otherEvidence: [[Int: [(range: ByteRange, findings: [Int])]]]
    /// Per segment: its findings.
    let findingsBySegment: [Int: [Int]]
    /// Per occurrence: the findings that cite it.
    let findingsByOccurrence: [Int: [Int]]
    /// Occurrences per document.
    let occurrenceCounts: [Int]
    /// Per concept (index into the glossary) that occurs, and how many times in each document.
    let conceptCounts: [Int: [Int]]
    let palette: ConceptPalette
    /// What hovering or selecting a term shows, once per glossary term and match kind (a report has
    /// far more occurrences than distinct terms): per occurrence, an index into `descriptions`.
    private let descriptionIndex: [Int]
    private let descriptions: [String]

    init(_ comparison: Comparison) {
        let documentCount = comparison.documents.count
        occurrencesBySegment = SegmentExcerpt.occurrencesBySegment(comparison)
        var counts = [Int](repeating: 0, count: documentCount)
        var conceptCounts: [Int: [Int]] = [:]
        for located in comparison.occurrences {
            counts[located.document] += 1
            conceptCounts[located.occurrence.conceptIndex, default: [Int](repeating: 0, count: documentCount)][located.document] += 1
        }
        occurrenceCounts = counts
        self.conceptCounts = conceptCounts
        palette = ConceptPalette(comparison.occurrences.map(\.occurrence.conceptIndex))
        (descriptionIndex, descriptions) = Self.describe(comparison)

        var bySegment: [Int: [Int]] = [:]
        var byOccurrence: [Int: [Int]] = [:]
        var other = [[Int: [ByteRange: [Int]]]](repeating: [:], count: documentCount)
        for (findingIndex, finding) in comparison.findings.enumerated() {
            bySegment[finding.segment, default: []].append(findingIndex)
            for evidence in finding.evidence {
                if let occurrence = evidence.occurrence {
                    if byOccurrence[occurrence]?.last != findingIndex { byOccurrence[occurrence, default: []].append(findingIndex) }
                } else if let segment = comparison.alignment.segmentIndex(containing: evidence.range.lowerBound, in: evidence.document) {
                    var findings = other[evidence.document][segment, default: [:]][evidence.range, default: []]
                    if findings.last != findingIndex { findings.append(findingIndex) }
                    other[evidence.document][segment, default: [:]][evidence.range] = findings
                }
            }
        }
        findingsBySegment = bySegment
        findingsByOccurrence = byOccurrence
        otherEvidence = other.map { segments in
            segments.mapValues { ranges in ranges.sorted { $0.key < $1.key }.map { (range: $0.key, findings: $0.value) } }
        }
    }

    /// The concept, the glossary's term with its status and how it matched, its framing and usage, and
    /// the note, for occurrence `occurrence` of the comparison.
    func description(of occurrence: Int) -> String { descriptions[descriptionIndex[occurrence]] }

    private struct TermKey: Hashable {
        let concept: Int, language: String, text: String, match: MatchKind
    }

    private static func describe(_ comparison: Comparison) -> ([Int], [String]) {
        var known: [TermKey: Int] = [:]
        var descriptions: [String] = []
        let indices = comparison.occurrences.map { located -> Int in
            let occurrence = located.occurrence
            let key = TermKey(concept: occurrence.conceptIndex, language: occurrence.termLanguage, text: occurrence.term.text,
                              match: occurrence.match)
            if let index = known[key] { return index }
            let concept = comparison.glossary.concepts[occurrence.conceptIndex]
            var lines = ["\(concept.id): “\(occurrence.term.text)” (\(occurrence.termLanguage), "
                         + "\(occurrence.status?.rawValue ?? "no status"), \(occurrence.match.rawValue) match)"]
            if let framing = occurrence.term.framing { lines.append("Framing: \(framing)") }
            if !occurrence.term.usage.isEmpty { lines.append("Usage: " + occurrence.term.usage.joined(separator: ", ")) }
            if let note = occurrence.term.notes.first ?? concept.notes.first ?? concept.definition { lines.append(note.onOneLine) }
            descriptions.append(lines.joined(separator: "\n"))
            known[key] = descriptions.count - 1
            return descriptions.count - 1
        }
        return (indices, descriptions)
    }

    /// How a language is named in the report's headings.
    static func languageName(_ language: Language) -> String {
        switch language {
        case .ru: return "Russian"
        case .zh: return "Chinese"
        case .en: return "English"
        case .undetermined: return "undetermined language"
        }
    }

    /// The finding's anchor in the page ("f3", as in the other reports).
    static func findingID(_ index: Int) -> String { "f\(index + 1)" }
}

/// One colour per concept that occurs: hues spread by the golden angle in order of first appearance,
/// so neighbouring concepts differ; light backgrounds keep dark text readable (contrast above 7:1).
struct ConceptPalette {
    /// Per concept index: its slot (class `k<slot>`).
    let slots: [Int: Int]

    init(_ conceptsInOrder: [Int]) {
        var slots: [Int: Int] = [:]
        for concept in conceptsInOrder where slots[concept] == nil { slots[concept] = slots.count }
        self.slots = slots
    }

    /// The class that colours a concept's terms.
    func colorClass(_ concept: Int) -> String { "k\(slots[concept] ?? 0)" }

    /// CSS: one rule per slot, setting the hue the term style reads.
    var styleRules: HTMLAsset {
        var rules = ""
        for slot in 0..<slots.count {
            let hue = (Double(slot) * 137.508).truncatingRemainder(dividingBy: 360)
            rules += ".k\(slot){--hue:\(Int(hue.rounded()))}\n"
        }
        return HTMLAsset(generated: rules)
    }
}
