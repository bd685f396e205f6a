/// A glossary term the matcher cannot use, and why: it is never matched (rather than matched
/// everywhere, or silently dropped).
public struct SkippedTerm: Sendable, Hashable, CustomStringConvertible {
    /// Why a term is skipped.
    public enum Reason: String, Sendable, Hashable {
        /// It has no letters or digits after normalization ("—", "«»"): it would match everywhere.
        case emptyKey = "empty-key"
        /// Its language section's tag is not Russian, Chinese or English.
        case unsupportedLanguage = "unsupported-language"
    }

    /// The concept id.
    public let concept: String
    /// The language tag of its section.
    public let language: String
    /// The term as written.
    public let term: String
    /// Why.
    public let reason: Reason

    /// A message for people.
    public var description: String {
        switch reason {
        case .emptyKey:
            return "\(language) term \"\(term)\" of \(concept) has no letters or digits; it is never matched"
        case .unsupportedLanguage:
            return "\(language) term \"\(term)\" of \(concept) is in a language TermAlign does not analyze; it is never matched"
        }
    }
}
