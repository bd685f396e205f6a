import TermAlignGlossary

/// Why a waiver file could not be read or written: the file and, where there is one, the place in it.
public struct WaiverError: LocatedError, Hashable, Sendable {
    /// The file.
    public let file: String
    /// Where in it, when the error concerns one place.
    public let location: SourceLocation?
    /// What went wrong and what to do.
    public let message: String

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - file: The file.
    ///   - location: Where in it.
    ///   - message: What went wrong.
    public init(file: String, location: SourceLocation? = nil, message: String) {
        self.file = file
        self.location = location
        self.message = message
    }
}
