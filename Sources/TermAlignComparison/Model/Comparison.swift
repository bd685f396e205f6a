import TermAlignAlignment
import TermAlignGlossary
import TermAlignMatching
import TermAlignText

/// The whole result of comparing the language versions of one text: how they align, where the
/// glossary's concepts occur in each, and every divergence found. Reports are pure functions of it.
public struct Comparison: Sendable {
    /// The versions, in the order given.
    public let documents: [Document]
    /// The glossary compared against.
    public let glossary: Glossary
    /// Terms of the glossary that could not be matched, and why.
    public let skippedTerms: [SkippedTerm]
    /// Segments across the versions (sentence or paragraph level) and the aligner's warnings.
    public let alignment: Alignment
    /// Every glossary occurrence of every version, by document, then by position.
    public let occurrences: [LocatedOccurrence]
    /// The divergences, most severe first, then by segment, kind, concept and documents.
    public let findings: [Finding]
    /// What the reader must know about the comparison itself: versions that do not correspond,
    /// languages the glossary has no terms for.
    public let warnings: [String]
    /// For each document, in order: how much of the others' text it covers (complete, excerpt or
    /// abridged).
    public let coverage: [VersionCoverage]
    /// Findings a waiver names (``ComparisonOptions/waivers``), left out of ``findings`` and of every
    /// count, in the order of ``findings``.
    public let waived: [WaivedFinding]
    /// Waivers that name no finding of this comparison: the finding is gone, or the text around it
    /// changed. A reviser looks at them again.
    public let staleWaivers: [Waiver]

    /// Creates a comparison (normally made by ``Comparer``).
    ///
    /// - Parameters:
    ///   - documents: The versions.
    ///   - glossary: The glossary.
    ///   - skippedTerms: Unmatched glossary terms.
    ///   - alignment: The alignment.
    ///   - occurrences: The occurrences.
    ///   - findings: The findings.
    ///   - warnings: Warnings about the comparison.
    ///   - coverage: Per document, how much of the others' text it covers (empty: not known).
    ///   - waived: Findings left out by waivers.
    ///   - staleWaivers: Waivers that name no finding.
    public init(documents: [Document], glossary: Glossary, skippedTerms: [SkippedTerm], alignment: Alignment,
                occurrences: [LocatedOccurrence], findings: [Finding], warnings: [String], coverage: [VersionCoverage] = [],
                waived: [WaivedFinding] = [], staleWaivers: [Waiver] = []) {
        self.documents = documents
        self.glossary = glossary
        self.skippedTerms = skippedTerms
        self.alignment = alignment
        self.occurrences = occurrences
        self.findings = findings
        self.warnings = warnings
        self.coverage = coverage
        self.waived = waived
        self.staleWaivers = staleWaivers
    }

    /// The number of findings of each kind, in ``FindingKind`` order, kinds without findings left out.
    public var countsByKind: [(kind: FindingKind, count: Int)] {
        FindingKind.allCases.compactMap { kind in
            let count = findings.count { $0.kind == kind }
            return count > 0 ? (kind, count) : nil
        }
    }

    /// The number of findings at each severity.
    public func count(_ severity: Severity) -> Int { findings.count { $0.severity == severity } }

    /// The highest severity among the findings, or nil when there are none.
    public var highestSeverity: Severity? { findings.map(\.severity).max() }

    /// One sentence per version that is not complete next to the others ("zh is an excerpt: it has
    /// 34 % of the others' text"), for the summaries of reports; empty when every version is complete.
    public var coverageNotes: [String] {
        coverage.filter { $0.kind != .complete }.map { item in
            let percent = Int((item.coveredShare * 100).rounded())
            let what = item.kind == .excerpt ? "an excerpt" : "abridged"
            return "\(documents[item.document].id) is \(what): it has \(percent) % of the others' text; what it lacks before, after or "
                + "in whole paragraphs is one coverage finding per stretch, not an omission per sentence"
        }
    }
}
