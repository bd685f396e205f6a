/// Where the text of a document comes from when it is not a text file read as it is: the text of an
/// HTML page, the paragraphs of a Word or OpenDocument file, the segments of an XLIFF or TMX file, the
/// text `pdftotext` gives of a PDF.
///
/// The document's ``Document/bytes`` are the extracted text, and every ``ByteRange`` points into it;
/// the origin maps an offset of that text back to a line and column of the original markup, so that a
/// reader can find each reported word where it was written (``DocumentLines`` gives line and column).
public struct TextOrigin: Sendable {
    /// One point where text and source correspond: from it on, bytes of the text copy bytes of the
    /// source one for one, up to the next anchor.
    package struct Anchor: Sendable, Hashable {
        package let text: Int
        package let source: Int

        package init(text: Int, source: Int) {
            self.text = text
            self.source = source
        }
    }

    /// The kind of file the text was extracted from.
    public let format: InputFormat
    /// The member of an archive that line and column refer to ("word/document.xml"); nil for the file
    /// itself.
    public let part: String?
    /// Anchors in increasing order of text offset.
    private let anchors: [Anchor]
    /// The source as UTF-8 (decoded first when the file was in another encoding), which line and
    /// column count in; nil when no position of the source can be given (a PDF).
    package let source: [UInt8]?

    /// Creates an origin.
    ///
    /// - Parameters:
    ///   - format: The kind of file.
    ///   - part: The archive member positions refer to, if any.
    ///   - source: The source as UTF-8, or nil when positions cannot be mapped.
    ///   - anchors: Correspondences in increasing order of text offset.
    package init(format: InputFormat, part: String? = nil, source: [UInt8]?, anchors: [Anchor]) {
        self.format = format
        self.part = part
        self.anchors = anchors
        self.source = source
    }

    /// Whether positions in the original can be given.
    public var mapsPositions: Bool { source != nil && !anchors.isEmpty }

    /// The byte offset in the source (as UTF-8) of the text's byte `offset`, or nil when unknown.
    ///
    /// - Complexity: O(log anchors).
    public func sourceOffset(of offset: Int) -> Int? {
        guard source != nil else { return nil }
        var low = 0, high = anchors.count - 1, found = -1
        while low <= high {
            let middle = (low + high) / 2
            if anchors[middle].text <= offset { found = middle; low = middle + 1 } else { high = middle - 1 }
        }
        guard found >= 0 else { return nil }
        let anchor = anchors[found]
        let next = found + 1 < anchors.count ? anchors[found + 1].source : Int.max
        return min(anchor.source + (offset - anchor.text), max(anchor.source, next))
    }
}
