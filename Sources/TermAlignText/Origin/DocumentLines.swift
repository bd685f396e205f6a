/// Lines and columns of a document's byte offsets as its reader sees them: in the original markup
/// when the text was extracted from one (``Document/origin``), else in the text itself.
public struct DocumentLines: Sendable {
    private let origin: TextOrigin?
    /// Lines of the source when there is an origin, else of the text.
    private let lines: LineColumnIndex

    /// Indexes a document.
    ///
    /// - Complexity: O(n) once.
    public init(_ document: Document) {
        origin = document.origin?.mapsPositions == true ? document.origin : nil
        lines = LineColumnIndex(origin?.source ?? document.bytes)
    }

    /// The 1-based line and column of a byte offset of the document's text.
    ///
    /// - Complexity: O(log lines + ``LineColumnIndex/stride``).
    public func location(of offset: Int) -> (line: Int, column: Int) {
        guard let origin else { return lines.location(of: offset) }
        return lines.location(of: origin.sourceOffset(of: offset) ?? 0)
    }
}
