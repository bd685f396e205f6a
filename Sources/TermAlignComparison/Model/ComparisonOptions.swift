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
    ///   - threads: The most threads at once; nil (default): one per core.
    public init(unit: AlignmentUnit = .sentence, reference: String? = nil, sides: [String: String] = [:],
                defaultSides: [String: String] = ["ru": "russia", "zh": "china"],
                kinds: Set<FindingKind> = Set(FindingKind.allCases), minimumSeverity: Severity = .info,
                threads: Int? = nil) {
        self.unit = unit
        self.reference = reference
        self.sides = sides
        self.defaultSides = defaultSides
        self.kinds = kinds
        self.minimumSeverity = minimumSeverity
        self.threads = threads
    }
}
