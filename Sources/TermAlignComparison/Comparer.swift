import Foundation
import TermAlignAlignment
import TermAlignGlossary
import TermAlignMatching
import TermAlignText

/// Compares the language versions of one text against a glossary: aligns them, finds the glossary's
/// concepts in each, and classifies every divergence (omission, addition, variant, scope, framing,
/// inconsistency, number mismatch, mixed script; the alternat as information).
///
/// A `Comparer` compiles its glossary once and can compare any number of document sets, from any
/// thread.
public struct Comparer: Sendable {
    /// The compiled glossary.
    public let matcher: TermMatcher
    /// How to compare.
    public let options: ComparisonOptions
    /// The names of the two sides, compiled once with the glossary's analyzer (nil if that failed:
    /// compiled again, with its error, when a comparison needs it).
    private let parties: TermMatcher?
    /// The glossary's concepts by id and its relations seen from both ends.
    private let index: GlossaryIndex

    /// Compiles a glossary for comparing.
    ///
    /// - Parameters:
    ///   - glossary: The glossary.
    ///   - options: How to compare.
    /// - Throws: ``ComparisonError/glossary(_:)`` when the analyzer's dictionaries are missing.
    /// - Complexity: O(total length of the glossary's terms).
    public init(glossary: Glossary, options: ComparisonOptions = ComparisonOptions()) throws(ComparisonError) {
        let matcher: TermMatcher
        do {
            matcher = try TermMatcher(glossary: glossary)
        } catch {
            throw .glossary(error)
        }
        self.init(matcher: matcher, options: options)
    }

    /// Uses an already compiled glossary.
    ///
    /// - Parameters:
    ///   - matcher: The compiled glossary.
    ///   - options: How to compare.
    public init(matcher: TermMatcher, options: ComparisonOptions = ComparisonOptions()) {
        self.matcher = matcher
        self.options = options
        parties = try? MatcherCache.builtIn(PartyNames.glossary, name: "party-names", analyzer: matcher.analyzer)
        index = GlossaryIndex(matcher.glossary)
    }

    /// This comparer with other options, sharing its compiled parts (nothing is compiled again).
    func with(options: ComparisonOptions) -> Comparer {
        Comparer(matcher: matcher, options: options, parties: parties, index: index)
    }

    private init(matcher: TermMatcher, options: ComparisonOptions, parties: TermMatcher?, index: GlossaryIndex) {
        self.matcher = matcher
        self.options = options
        self.parties = parties
        self.index = index
    }

    /// What the checks need of one analyzed version.
    struct CheckedVersion {
        let document: Document
        /// The list markers opening its paragraphs (1., 一、, (a)), in order.
        let markers: [ByteRange]
        /// Its paragraphs, in order.
        let paragraphs: [ByteRange]
        let confusables: [ConfusableToken]
        /// Where it names the two sides (empty unless the alternat is looked for).
        let parties: [Occurrence]
    }

    /// Compares two or more versions.
    ///
    /// - Parameter documents: The versions, each with its language and a distinct id.
    /// - Returns: The alignment, the occurrences placed in it, and the findings, sorted so that the
    ///   same inputs always give the same result.
    /// - Throws: ``ComparisonError`` for fewer than two versions, an empty, binary or undetermined
    ///   version, duplicate ids, a reference that names no version, or a side that names no version
    ///   or a usage label the glossary does not have.
    /// - Complexity: O(n) in the total length for analysis and matching; alignment is banded.
    public func compare(_ documents: [Document]) throws(ComparisonError) -> Comparison {
        try compare(documents, given: nil)
    }

    /// Compares versions that a file has already aligned (the translation units of an XLIFF or TMX
    /// file): each unit is one segment, and nothing is aligned by the aligner.
    ///
    /// - Parameters:
    ///   - documents: The versions, each with its language and a distinct id.
    ///   - units: The units, with one range or nil per version (``/TermAlignAlignment/Alignment/init(documents:given:)``).
    /// - Returns: The comparison, its segments named by the units' ids.
    /// - Throws: ``ComparisonError`` as ``compare(_:)-([Document])``, and ``ComparisonError/alignment(_:)`` with
    ///   ``/TermAlignAlignment/AlignmentError/givenUnits(_:)`` for units that do not fit the versions.
    public func compare(_ documents: [Document], units: [ParallelUnit]) throws(ComparisonError) -> Comparison {
        try compare(documents, given: units)
    }

    private func compare(_ documents: [Document], given: [ParallelUnit]?) throws(ComparisonError) -> Comparison {
        for document in documents where document.language == .undetermined {
            throw .undeterminedLanguage(document: document.path ?? document.id)
        }
        var reference: Int?
        if let id = options.reference {
            guard let found = documents.firstIndex(where: { $0.id == id }) else {
                throw .unknownReference(id, documents: documents.map(\.id))
            }
            reference = found
        }
        try checkSides(documents)
        // Before the analysis, which is most of the work: a duplicate id or a blank version is found at once.
        do { try Aligner.validate(documents) } catch { throw .alignment(error) }
        let (versions, found, alignment) = try analyzeAndAlign(documents, given: given)
        let located = Self.locate(found, in: alignment)
        let context = ComparisonContext(versions: versions, alignment: alignment, occurrences: located,
                                        index: index, options: options, reference: reference)
        var findings: [Finding] = []
        let kinds = options.kindsLookedFor
        let (stretches, coverage) = SegmentCoverage(context: context).results()
        if !kinds.isDisjoint(with: [.omission, .addition, .coverage, .scope, .framing]) {
            findings += stretches
            findings += ConceptCoverage(context: context).findings()
        }
        let terms = TermChoice(context: context)
        if kinds.contains(.variant) { findings += terms.variants() }
        if kinds.contains(.inconsistency) { findings += terms.inconsistencies() }
        if kinds.contains(.numberMismatch) { findings += NumberCheck(context: context).findings() }
        if kinds.contains(.mixedScript) { findings += ScriptCheck(context: context).findings() }
        if kinds.contains(.alternat), let alternat = Alternat(context: context, mentions: versions.map(\.parties)).finding() {
            findings.append(alternat)
        }
        findings = findings.map { $0.resting(on: min($0.confidence, context.confidence(of: $0))) }
        // Named before they are filtered: what the filters keep does not change a finding's name.
        // Waived before they are filtered too: a waiver of a finding the filters leave out is not stale.
        let (kept, waived, stale) = Waiver.apply(options.waivers, to: FindingFingerprint.assign(Self.sorted(findings), documents: documents))
        return Comparison(documents: documents, glossary: matcher.glossary, skippedTerms: matcher.skippedTerms,
                          alignment: alignment, occurrences: located, findings: kept.filter(options.keeps),
                          warnings: warnings(documents, alignment), coverage: coverage,
                          waived: waived.filter { options.keeps($0.finding) }, staleWaivers: options.listsStaleWaivers ? stale : [])
    }

    /// Every side given names a version and a label the glossary uses: a misspelt id or label would
    /// otherwise change nothing, silently.
    private func checkSides(_ documents: [Document]) throws(ComparisonError) {
        guard !options.sides.isEmpty else { return }
        let labels = Set(matcher.glossary.concepts.lazy.flatMap(\.sections).flatMap(\.terms).flatMap(\.usage))
        for (id, label) in options.sides.sorted(by: { $0.key < $1.key }) {
            guard documents.contains(where: { $0.id == id }) else {
                throw .unknownSideDocument(id, documents: documents.map(\.id))
            }
            guard labels.contains(label) else { throw .unknownSideLabel(label, labels: labels.sorted()) }
        }
    }

    /// Analyzes, matches and aligns the versions. An analysis is several times the size of its text,
    /// so what is kept of it shrinks as the work goes on: words and keys go once a version is
    /// matched, sentences once the versions are aligned; the checks get markers and look-alikes.
    private func analyzeAndAlign(_ documents: [Document], given: [ParallelUnit]?) throws(ComparisonError)
        -> ([CheckedVersion], [[Occurrence]], Alignment) {
        var parties = options.kindsLookedFor.contains(.alternat) ? self.parties : nil
        if options.kindsLookedFor.contains(.alternat) && parties == nil {
            do throws(TextError) {
                parties = try TermMatcher(glossary: PartyNames.glossary, analyzer: matcher.analyzer)
            } catch {
                throw .glossary(error)
            }
        }
        let analyzed = try analyze(documents, parties: parties)
        let alignment: Alignment
        do {
            if let given {
                alignment = try Alignment(documents: documents, given: given)
            } else {
                alignment = try Aligner(matcher: matcher, options: AlignmentOptions(unit: options.unit, threads: options.threads))
                    .align(analyzed.map(\.text), occurrences: analyzed.map(\.occurrences))
            }
        } catch {
            throw .alignment(error)
        }
        let versions = analyzed.map { version in
            CheckedVersion(document: version.text.document, markers: version.text.paragraphs.compactMap(\.marker),
                           paragraphs: version.text.paragraphs.map(\.range),
                           confusables: version.text.confusables, parties: version.parties)
        }
        return (versions, analyzed.map(\.occurrences), alignment)
    }

    /// What a comparison analyzes of a version in `language`: what matching needs, and the sentences
    /// and look-alike words of every version.
    package static func components(for language: Language) -> TextAnalyzer.Components {
        TermMatcher.analysis(for: language).union([.sentences, .confusables])
    }

    /// One version analyzed and matched: its analysis without words (`AnalyzedText.withoutWords`),
    /// the glossary's occurrences and where it names the sides.
    private struct AnalyzedVersion: Sendable {
        let text: AnalyzedText
        let occurrences: [Occurrence]
        let parties: [Occurrence]
    }

    /// Analyzes and matches the versions, two at a time on separate cores; each keeps of its analysis
    /// only what aligning reads, so that the words and keys of all versions are never held at once.
    private func analyze(_ documents: [Document], parties: TermMatcher?) throws(ComparisonError) -> [AnalyzedVersion] {
        let results = Concurrently.map(documents.count, threads: options.threads) { index -> Result<AnalyzedVersion, TextError> in
            let document = documents[index]
            do throws(TextError) {
                let text = try matcher.analyzer.analyze(document, components: Self.components(for: document.language))
                return .success(AnalyzedVersion(text: text.withoutWords, occurrences: matcher.occurrences(in: text),
                                                parties: parties?.occurrences(in: text) ?? []))
            } catch {
                return .failure(error)
            }
        }
        var versions: [AnalyzedVersion] = []
        for result in results {
            switch result {
            case let .success(version): versions.append(version)
            case let .failure(error): throw .text(error)
            }
        }
        return versions
    }

    /// Places each occurrence in the segment and passage that holds its first byte. A version's
    /// occurrences come in text order, so its segments are walked forward, not searched for each.
    static func locate(_ occurrences: [[Occurrence]], in alignment: Alignment) -> [LocatedOccurrence] {
        let segments = alignment.segments
        return occurrences.enumerated().flatMap { document, found in
            var segment = 0
            return found.map { occurrence in
                let offset = occurrence.range.lowerBound
                while segment < segments.count
                        && (segments[segment].ranges[document].map { $0.upperBound <= offset } ?? true) {
                    segment += 1
                }
                // Segments tile every document, so the walk stops inside one; out of order, search.
                if segment == segments.count || !segments[segment].ranges[document]!.range.contains(offset) {
                    segment = alignment.segmentIndex(containing: offset, in: document)!
                }
                return LocatedOccurrence(document: document, segment: segment,
                                         passage: segments[segment].passage, occurrence: occurrence)
            }
        }
    }

    /// The findings in ``order(_:_:)`` (severity, then position), sorted by integer keys first: comparing concept ids as strings
    /// for every comparison of a sort of thousands of findings took longer than finding them.
    static func sorted(_ findings: [Finding]) -> [Finding] {
        var distinct = Set<String>()
        for finding in findings {
            distinct.insert(finding.concept ?? "")
            distinct.insert(finding.relatedConcept ?? "")
        }
        let names = distinct.sorted()
        let rank = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        // The most severe first (errors lead every report), then in document order.
        let severity: (Severity) -> Int = { [.error, .warning, .info].firstIndex(of: $0)! }
        let keys = findings.map { finding in
            (severity(finding.severity), finding.segment, finding.kind, rank[finding.concept ?? ""]!, rank[finding.relatedConcept ?? ""]!)
        }
        // Indices are sorted, not findings: a finding is too large to move around on every swap.
        return findings.indices.sorted { left, right in
            if keys[left] != keys[right] { return keys[left] < keys[right] }
            return order(findings[left], findings[right])
        }.map { findings[$0] }
    }

    private func warnings(_ documents: [Document], _ alignment: Alignment) -> [String] {
        var warnings = alignment.warnings.map(\.description)
        for first in documents.indices {
            for second in first + 1..<documents.count
            where !alignment.segments.contains(where: { $0.ranges[first] != nil && $0.ranges[second] != nil }) {
                warnings.append("\(documents[first].id) and \(documents[second].id) share no aligned passage: they do not look like versions of one text, so every concept of one shows as missing from the other")
            }
        }
        let covered = Set(matcher.languages)
        for language in Set(documents.map(\.language)).sorted(by: { $0.rawValue < $1.rawValue }) where !covered.contains(language) {
            let ids = documents.filter { $0.language == language }.map(\.id).joined(separator: ", ")
            warnings.append("\(ids): the glossary has no \(language.rawValue) terms, so no concept can be found in this version; every concept of the others will show as missing from it")
        }
        return warnings
    }

    static func order(_ lhs: Finding, _ rhs: Finding) -> Bool {
        if lhs.severity != rhs.severity { return lhs.severity > rhs.severity }
        if lhs.segment != rhs.segment { return lhs.segment < rhs.segment }
        if lhs.kind != rhs.kind { return lhs.kind < rhs.kind }
        if lhs.concept != rhs.concept { return (lhs.concept ?? "") < (rhs.concept ?? "") }
        if lhs.relatedConcept != rhs.relatedConcept { return (lhs.relatedConcept ?? "") < (rhs.relatedConcept ?? "") }
        if lhs.documents != rhs.documents { return lhs.documents.lexicographicallyPrecedes(rhs.documents) }
        let left = lhs.evidence.first.map { ($0.document, $0.range.lowerBound) } ?? (-1, -1)
        let right = rhs.evidence.first.map { ($0.document, $0.range.lowerBound) } ?? (-1, -1)
        if left != right { return left < right }
        return lhs.message < rhs.message
    }
}
