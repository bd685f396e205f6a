/// One defect lint found in a glossary.
public struct LintFinding: Hashable, Sendable, CustomStringConvertible {
    /// How serious a finding is.
    public enum Severity: String, Hashable, Sendable, Comparable {
        /// Worth a look; matching still works.
        case warning
        /// Breaks matching or the model (a relation to nowhere, a term that can never match).
        case error

        /// Warnings order before errors.
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .warning && rhs == .error }
    }

    /// Which check found it.
    public let rule: LintRule
    /// How serious it is.
    public let severity: Severity
    /// What is wrong, naming the concepts and terms.
    public let message: String
    /// The concept concerned.
    public let concept: String?
    /// The language tag concerned, if one.
    public let language: String?
    /// Where, when the glossary was read from a file.
    public let location: SourceLocation?

    /// "file:line:column: error: message [rule]".
    public var description: String {
        "\(location.map(String.init(describing:)) ?? concept ?? "glossary"): \(severity.rawValue): \(message) [\(rule.rawValue)]"
    }
}

/// The checks of ``GlossaryLinter``.
public enum LintRule: String, Hashable, Sendable, CaseIterable {
    /// Two concepts with one id.
    case duplicateConceptID = "duplicate-concept-id"
    /// One concept lists two terms with the same key in one language (unless they are written
    /// differently and labelled with different usages, which the exact spelling tells apart).
    case duplicateTerm = "duplicate-term"
    /// Two concepts share a term key in one language: the matcher cannot tell them apart.
    case sharedTerm = "shared-term"
    /// A concept has no term in a language other concepts have.
    case missingLanguage = "missing-language"
    /// A concept without any term.
    case noTerms = "no-terms"
    /// A relation to a concept id that does not exist.
    case danglingRelation = "dangling-relation"
    /// Relations that cannot all hold (A both broader and narrower than B, a concept related to itself,
    /// a cycle of broader concepts).
    case contradictoryRelation = "contradictory-relation"
    /// Two preferred terms for one language in one concept.
    case multiplePreferred = "multiple-preferred"
    /// A term whose matching key is empty: it would match nothing (or, worse, everything).
    case emptyKey = "empty-key"
    /// A term mixing scripts with look-alike letters (a Latin "A" in Cyrillic "NАTO").
    case mixedScript = "mixed-script"

    /// How serious the rule's findings are.
    public var severity: LintFinding.Severity {
        switch self {
        case .duplicateConceptID, .danglingRelation, .contradictoryRelation, .multiplePreferred, .emptyKey: return .error
        case .duplicateTerm, .sharedTerm, .missingLanguage, .noTerms, .mixedScript: return .warning
        }
    }
}
