import TermAlignAlignment

/// How ``Comparer`` compares versions.
public struct ComparisonOptions: Sendable, Hashable {
    /// Compare sentence by sentence (default) or paragraph by paragraph. Concepts are looked for in the
    /// whole aligned paragraph group either way, so a freer sentence split is not an omission.
    public var unit: AlignmentUnit
    /// The id of the original version, against which the others' omissions and additions are judged.
    /// Nil (default): versions are equally authentic, as in joint statements; a concept that most
    /// versions of a passage have is missing from the others (on a tie, the first document decides).
    public var reference: String?
    /// For each document id, the usage label of the side whose text it is ("russia", "china"), which
    /// makes a term the glossary ties to the other side's usage a `variant`. Documents not listed take
    /// their language's default from ``defaultSides``.
    public var sides: [String: String]
    /// Usage labels by language, used where ``sides`` is silent.
    public var defaultSides: [String: String]
    /// The kinds of finding to report; all by default.
    public var kinds: Set<FindingKind>
    /// Findings below this severity are left out.
    public var minimumSeverity: Severity
    /// When set, only findings about these concepts (as their ``Finding/concept`` or
    /// ``Finding/relatedConcept``) are reported; findings about no concept are left out.
    public var concepts: Set<String>?
    /// Findings the reviser has accepted, by fingerprint: left out of the findings and listed in
    /// ``Comparison/waived``; those that name no finding are ``Comparison/staleWaivers``.
    public var waivers: [Waiver]
    /// Whether ``Comparison/staleWaivers`` lists the waivers that name no finding (default). A job
    /// that compares many sets with one waiver file turns it off and judges staleness over all of
    /// them, from each comparison's ``Comparison/waived``.
    public var listsStaleWaivers = true
    /// The most threads a comparison runs on at once; nil (default): one per core. 1 keeps it all on
    /// the calling thread, which costs the least CPU time per comparison: for jobs that run many
    /// comparisons side by side. The result is the same either way.
    public var threads: Int?

    /// Creates options.
    ///
    /// - Parameters:
    ///   - unit: Sentence or paragraph segments.
    ///   - reference: The original version's id, or nil.
    ///   - sides: Usage labels by document id.
    ///   - defaultSides: Usage labels by language code (ru → russia, zh → china by default).
    ///   - kinds: The finding kinds to report.
    ///   - minimumSeverity: The lowest severity reported.
    ///   - concepts: The concepts whose findings are reported; nil (default): all findings.
    ///   - waivers: Accepted findings, by fingerprint.
    ///   - threads: The most threads at once; nil (default): one per core.
    public init(unit: AlignmentUnit = .sentence, reference: String? = nil, sides: [String: String] = [:],
                defaultSides: [String: String] = ["ru": "russia", "zh": "china"],
                kinds: Set<FindingKind> = Set(FindingKind.allCases), minimumSeverity: Severity = .info,
                concepts: Set<String>? = nil, waivers: [Waiver] = [], threads: Int? = nil) {
        self.unit = unit
        self.reference = reference
        self.sides = sides
        self.defaultSides = defaultSides
        self.kinds = kinds
        self.minimumSeverity = minimumSeverity
        self.concepts = concepts
        self.waivers = waivers
        self.threads = threads
    }

    /// Whether a finding passes the filters: its kind, its severity and its concepts.
    ///
    /// - Parameter finding: A finding.
    /// - Returns: Whether it is reported.
    public func keeps(_ finding: Finding) -> Bool {
        guard kinds.contains(finding.kind), finding.severity >= minimumSeverity else { return false }
        guard let concepts else { return true }
        return [finding.concept, finding.relatedConcept].contains { $0.map(concepts.contains) ?? false }
    }

    /// The kinds the comparer looks for: those reported, or every kind when there are waivers — a
    /// waiver of a kind the filters leave out must find its finding, or it would be reported stale.
    var kindsLookedFor: Set<FindingKind> { waivers.isEmpty ? kinds : Set(FindingKind.allCases) }
}
