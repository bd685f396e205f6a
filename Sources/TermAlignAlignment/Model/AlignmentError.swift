import TermAlignText

/// Why documents cannot be aligned.
public enum AlignmentError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Alignment needs at least two versions.
    case tooFewDocuments(count: Int)
    /// A version holds no text (empty, or only whitespace).
    case noText(document: String)
    /// Two versions have the same id.
    case duplicateIdentifier(String)
    /// The text layer refused a version (a NUL byte: binary data) or failed (ICU).
    case text(TextError)
    /// The units an aligned file states do not tile its versions.
    case givenUnits(String)

    /// A message naming the document and what is wrong.
    public var description: String {
        switch self {
        case let .tooFewDocuments(count):
            return "alignment needs at least two versions, got \(count)"
        case let .noText(document):
            return "\(document): no text to align (the version is empty or only whitespace)"
        case let .duplicateIdentifier(id):
            return "two versions have the id \(id)"
        case let .text(error):
            return error.description
        case let .givenUnits(problem):
            return "the file's aligned units cannot be used: \(problem)"
        }
    }
}
