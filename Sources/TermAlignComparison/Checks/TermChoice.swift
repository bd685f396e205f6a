import TermAlignGlossary

/// How each version renders a concept: a non-preferred, deprecated or superseded term, or a term of
/// the other side's usage (`variant`), and one concept rendered by several terms across passages
/// where another version keeps one (`inconsistency`).
struct TermChoice {
    let context: ComparisonContext
    /// The occurrences of each rendering, in order of first appearance (both checks read them).
    private let renderings: [(rendering: Rendering, positions: [Int])]

    init(context: ComparisonContext) {
        self.context = context
        renderings = Self.renderings(context)
    }

    /// The usage labels the glossary knows; a side outside them is never held against a term.
    private var usageLabels: Set<String> {
        Set(context.index.glossary.concepts.lazy.flatMap(\.sections).flatMap(\.terms).flatMap(\.usage))
    }

    /// One version's use of one term of one concept.
    private struct Rendering {
        let document: Int
        let concept: Int
        let term: String
    }

    private static func renderings(_ context: ComparisonContext) -> [(rendering: Rendering, positions: [Int])] {
        // Keyed by document and concept, the terms then compared in a list: hashing the term itself
        // normalizes it for every occurrence, and a concept has one or two terms in a version.
        var slots: [Int: [Int]] = [:]
        var result: [(rendering: Rendering, positions: [Int])] = []
        for (position, located) in context.occurrences.enumerated() {
            let rendering = Rendering(document: located.document, concept: context.conceptIndices[position],
                                      term: context.termTexts[position])
            let key = rendering.concept &* context.ids.count &+ rendering.document
            if let slot = slots[key]?.first(where: { result[$0].rendering.term == rendering.term }) {
                result[slot].positions.append(position)
            } else {
                slots[key, default: []].append(result.count)
                result.append((rendering, [position]))
            }
        }
        return result
    }

    func variants() -> [Finding] {
        let labels = usageLabels
        return renderings.compactMap { variant($0.positions, labels: labels) }
    }

    private func variant(_ positions: [Int], labels: Set<String>) -> Finding? {
        let first = context.occurrences[positions[0]]
        let document = first.document
        let term = first.occurrence.term
        let concept = context.concept(of: positions[0])
        let preferred = concept.terms(in: first.occurrence.termLanguage).filter { $0.status == .preferred }
        let side = side(of: document)
        var reasons: [String] = []
        var severity = Severity.info
        switch term.status {
        case .deprecated?, .superseded?:
            reasons.append("a \(term.status!.rawValue) term")
            severity = .warning
        case .admitted? where !preferred.isEmpty:
            reasons.append("an admitted, not the preferred term")
        default:
            break
        }
        if let side, labels.contains(side), !term.usage.isEmpty, !term.usage.contains(side) {
            reasons.append("a term of \(term.usage.joined(separator: " and "))'s usage in the \(side) version")
        }
        guard !reasons.isEmpty else { return nil }
        var message = "\(context.ids[document]) renders \(concept.id) as \(ComparisonContext.quote(term.text))"
            + (positions.count > 1 ? " (\(positions.count)×)" : "") + ": " + reasons.joined(separator: "; ")
        let alternatives = preferred.filter { $0.text != term.text }.map { ComparisonContext.quote($0.text) }
        if !alternatives.isEmpty { message += "; preferred: " + alternatives.joined(separator: ", ") }
        message += "."
        if let note = term.notes.first?.onOneLine ?? context.explanation(first.occurrence.conceptIndex) { message += " Glossary: " + note }
        return Finding(kind: .variant, severity: severity, concept: concept.id, segment: first.segment,
                       documents: [document], evidence: positions.map(context.evidence), message: message)
    }

    private func side(of document: Int) -> String? {
        let id = context.documents[document].id
        return context.options.sides[id] ?? context.options.defaultSides[context.documents[document].language.rawValue]
    }

    // MARK: - Inconsistency

    func inconsistencies() -> [Finding] {
        // concept → document → its renderings, in order of first appearance.
        var usage: [Int: [Int: [(term: String, positions: [Int])]]] = [:]
        for (rendering, positions) in renderings {
            usage[rendering.concept, default: [:]][rendering.document, default: []].append((rendering.term, positions))
        }
        var result: [Finding] = []
        for concept in usage.keys.sorted() {
            let byDocument = usage[concept]!
            let steady = byDocument.keys.sorted().filter { byDocument[$0]!.count == 1 && byDocument[$0]![0].positions.count >= 2 }
            guard !steady.isEmpty else { continue }
            for document in byDocument.keys.sorted() {
                let terms = byDocument[document]!
                guard terms.count >= 2 else { continue }
                // Two terms side by side in one sentence are a pair, not a wavering rendering.
                let segments = Set(terms.flatMap(\.positions).map { context.occurrences[$0].segment })
                guard segments.count >= 2 else { continue }
                result.append(inconsistency(concept, document, terms, steady: steady.map { ($0, byDocument[$0]![0]) }))
            }
        }
        return result
    }

    private func inconsistency(_ conceptIndex: Int, _ document: Int, _ terms: [(term: String, positions: [Int])],
                               steady: [(document: Int, usage: (term: String, positions: [Int]))]) -> Finding {
        let concept = context.index.glossary.concepts[conceptIndex]
        let segments = context.alignment.segments
        let described = terms.map { term in
            let places = term.positions.map { segments[context.occurrences[$0].segment].id }
            return "\(ComparisonContext.quote(term.term)) (\(places.joined(separator: ", ")))"
        }
        let kept = steady.map { "\(context.ids[$0.document]) keeps \(ComparisonContext.quote($0.usage.term)) (\($0.usage.positions.count)×)" }
        var message = "\(context.ids[document]) renders \(concept.id) as " + described.joined(separator: " and ")
            + ", where " + kept.joined(separator: "; ") + "."
        if let note = context.explanation(conceptIndex) { message += " Glossary: " + note }
        let positions = terms.flatMap(\.positions).sorted()
        // Where it first departs from the term it started with.
        let departure = terms.dropFirst().map { context.occurrences[$0.positions[0]].segment }.min()!
        let evidence = positions.map(context.evidence) + steady.flatMap { $0.usage.positions.map(context.evidence) }
        return Finding(kind: .inconsistency, severity: .warning, concept: concept.id, segment: departure,
                       documents: ([document] + steady.map(\.document)).sorted(),
                       evidence: evidence.sorted { ($0.document, $0.range.lowerBound) < ($1.document, $1.range.lowerBound) },
                       message: message)
    }
}
