/// A place in a glossary file.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// The file path, or the name the input was given.
    public var file: String
    /// The 1-based line.
    public var line: Int
    /// The 1-based column, counted in characters.
    public var column: Int
    /// The byte offset, where the format reader knows it.
    public var offset: Int?

    /// Creates a location.
    ///
    /// - Parameters:
    ///   - file: The file.
    ///   - line: The 1-based line.
    ///   - column: The 1-based column in characters.
    ///   - offset: The byte offset.
    public init(file: String, line: Int, column: Int, offset: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.offset = offset
    }

    /// "file:line:column", the form editors and compilers use.
    public var description: String { "\(file):\(line):\(column)" }
}

/// An error that names a file and, where there is one, the place in it — what ``GlossaryError`` and
/// the inputs stage's `InputError` share — written "file:line:column: message".
public protocol LocatedError: Error, CustomStringConvertible {
    /// The file (path or name).
    var file: String { get }
    /// Where, when the error concerns one place.
    var location: SourceLocation? { get }
    /// What went wrong and, where it helps, what to do.
    var message: String { get }
}

extension LocatedError {
    /// "file:line:column: message", or "file: message" without a location.
    public var description: String {
        "\(location.map(String.init(describing:)) ?? file): \(message)"
    }
}

/// Why a glossary could not be read. Each error names the file and, where there is one, the exact
/// place in it.
public struct GlossaryError: LocatedError, Hashable, Sendable {
    /// What went wrong.
    public enum Kind: String, Hashable, Sendable {
        /// The file could not be read.
        case unreadable
        /// The bytes are not text in a supported encoding.
        case encoding
        /// The file breaks the rules of its format (XML, YAML or CSV syntax).
        case syntax
        /// The file is well-formed but not a glossary of the expected shape.
        case structure
        /// The XML asks for something TermAlign refuses for safety: an external entity, a parameter
        /// entity, or more entity expansion than the limit.
        case unsafe
    }

    /// What went wrong.
    public let kind: Kind
    /// The file (path or name).
    public let file: String
    /// Where, when the error concerns one place.
    public let location: SourceLocation?
    /// What went wrong and, where it helps, what to do.
    public let message: String

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - kind: What went wrong.
    ///   - file: The file.
    ///   - location: Where.
    ///   - message: The explanation.
    public init(_ kind: Kind, file: String, location: SourceLocation? = nil, message: String) {
        self.kind = kind
        self.file = file
        self.location = location
        self.message = message
    }
}

/// Throws a structure error at `location` unless `condition` holds.
///
/// - Parameters:
///   - condition: What must hold.
///   - location: Where the offending element or key is.
///   - message: The explanation when it does not.
func checkStructure(_ condition: Bool, at location: SourceLocation,
                    _ message: @autoclosure () -> String) throws(GlossaryError) {
    guard !condition else { return }
    throw GlossaryError(.structure, file: location.file, location: location, message: message())
}
