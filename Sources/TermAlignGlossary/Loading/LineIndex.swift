import TermAlignText

/// Turns byte offsets into lines and columns, for locations asked for in increasing order (the
/// common case while reading a file): each byte is scanned once in all.
package struct LineIndex {
    private let bytes: [UInt8]
    package let file: String
    private var scanned = 0
    private var line = 1
    private var lineStart = 0

    package init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
    }

    /// The location of `offset`. Offsets before the last one asked for rescan from the start.
    package mutating func location(of offset: Int) -> SourceLocation {
        let offset = min(max(offset, 0), bytes.count)
        if offset < scanned { (scanned, line, lineStart) = (0, 1, 0) }
        bytes.withUnsafeBufferPointer { buffer in
            var index = scanned
            while index < offset {
                if buffer[index] == UInt8(ascii: "\n") {
                    line += 1
                    lineStart = index + 1
                }
                index += 1
            }
        }
        scanned = offset
        var column = 1
        for index in lineStart..<offset where bytes[index] & 0xC0 != 0x80 { column += 1 }
        return SourceLocation(file: file, line: line, column: column, offset: offset)
    }

    /// An error of `kind` at `offset`.
    mutating func error(_ kind: GlossaryError.Kind, at offset: Int, _ message: String) -> GlossaryError {
        GlossaryError(kind, file: file, location: location(of: offset), message: message)
    }
}
