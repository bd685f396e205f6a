import TermAlignText

/// Turns byte offsets of a glossary file into source locations, in any order (see
/// ``LineColumnIndex``); the index is built the first time a location is asked for, so a file read
/// without one pays nothing.
package struct LineIndex {
    private let bytes: [UInt8]
    package let file: String
    private var index: LineColumnIndex?

    package init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
    }

    /// The location of `offset`.
    package mutating func location(of offset: Int) -> SourceLocation {
        if index == nil { index = LineColumnIndex(bytes) }
        let offset = min(max(offset, 0), bytes.count)
        let (line, column) = index!.location(of: offset)
        return SourceLocation(file: file, line: line, column: column, offset: offset)
    }

    /// An error of `kind` at `offset`.
    mutating func error(_ kind: GlossaryError.Kind, at offset: Int, _ message: String) -> GlossaryError {
        GlossaryError(kind, file: file, location: location(of: offset), message: message)
    }
}
