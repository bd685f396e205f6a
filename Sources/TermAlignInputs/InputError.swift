import TermAlignGlossary

/// Why a file could not be read as a language version: each error names the file, the place in it
/// where there is one, and what to do.
public struct InputError: LocatedError, Hashable, Sendable {
    /// What went wrong.
    public enum Kind: String, Hashable, Sendable {
        /// The markup breaks the rules of its format (XML syntax, a ZIP archive's structure).
        case malformed
        /// The file is well-formed but not what its format should hold (a .docx without a document,
        /// an XLIFF file without units).
        case structure
        /// The file asks for more than TermAlign reads safely: a member of an archive larger than the
        /// limit or compressed beyond a plausible ratio (a "zip bomb"), an external entity.
        case unsafe
        /// A program the format needs is not installed (`pdftotext` for PDF).
        case missingTool
        /// The file holds no text to compare.
        case empty
    }

    /// What went wrong.
    public let kind: Kind
    /// The file (path or name).
    public let file: String
    /// Where, when the error concerns one place (for an archive, in the member named in the message).
    public let location: SourceLocation?
    /// What went wrong and what to do.
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

    /// An error of the XML scanner, in the words of reading an input.
    init(_ error: GlossaryError, file: String, part: String?) {
        let kind: Kind = error.kind == .unsafe ? .unsafe : error.kind == .structure ? .structure : .malformed
        var location = error.location
        location?.file = part.map { "\(file) (\($0))" } ?? file
        self.init(kind, file: file, location: location, message: error.message)
    }
}
