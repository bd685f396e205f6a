import TermAlignAlignment
import TermAlignText

/// Why versions could not be compared. Each case names the document or option at fault.
public enum ComparisonError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The versions could not be aligned (fewer than two, an empty or binary version …).
    case alignment(AlignmentError)
    /// A version could not be read or analyzed.
    case text(TextError)
    /// A version's language is unknown, so its terms cannot be matched.
    case undeterminedLanguage(document: String)
    /// ``ComparisonOptions/reference`` names no document.
    case unknownReference(String, documents: [String])
    /// ``ComparisonOptions/sides`` names a document id that no version has.
    case unknownSideDocument(String, documents: [String])
    /// ``ComparisonOptions/sides`` gives a usage label that no term of the glossary carries, so it
    /// could not make any term a variant (most likely a misspelt label).
    case unknownSideLabel(String, labels: [String])
    /// The glossary could not be compiled.
    case glossary(TextError)
    /// Two statements compared term by term are in different languages.
    case languageMismatch(old: String, new: String)

    public var description: String {
        switch self {
        case let .alignment(error):
            return error.description
        case let .text(error):
            return error.description
        case let .undeterminedLanguage(document):
            return "\(document): the language is not known; give it (ru, zh or en) to compare this version"
        case let .unknownReference(id, documents):
            return "the reference version \(id) is not among the versions (\(documents.joined(separator: ", ")))"
        case let .unknownSideDocument(id, documents):
            return "the side is given for \(id), which is not among the versions (\(documents.joined(separator: ", ")))"
        case let .unknownSideLabel(label, labels):
            return labels.isEmpty
                ? "no term of the glossary has a usage label, so the side \(label) cannot apply"
                : "no term of the glossary has the usage label \(label) (its labels: \(labels.joined(separator: ", ")))"
        case let .glossary(error):
            return "the glossary cannot be compiled: \(error.description)"
        case let .languageMismatch(old, new):
            return "\(old) and \(new) are in different languages; diff-terms compares two statements in one language (compare aligns language versions)"
        }
    }
}
