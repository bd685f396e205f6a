/// Splits paragraphs into sentences with ICU's sentence break, corrected for abbreviations and
/// initials, never across a paragraph boundary, and never leaving a paragraph's numbering alone as
/// a sentence.
enum SentenceSegmenter {
    /// The sentences of each paragraph, in order.
    ///
    /// - Parameters:
    ///   - bytes: The document.
    ///   - paragraphs: Its paragraphs.
    ///   - iterator: An ICU sentence iterator for the document's language.
    /// - Complexity: O(n).
    static func sentences(in bytes: UnsafeBufferPointer<UInt8>, paragraphs: [Paragraph],
                          iterator: BreakIterator) throws(TextError) -> [Sentence] {
        // ICU ends a sentence at every line break. Lines wrapped inside a paragraph are not sentence
        // ends, so ICU reads a copy where they are spaces of the same byte length: offsets agree.
        var scratch = Array(bytes)
        for paragraph in paragraphs { blankLineBreaks(in: &scratch, paragraph.range.range) }
        var boundaries: [Int] = []
        try scratch.withUnsafeBufferPointer { (copy: UnsafeBufferPointer<UInt8>) throws(TextError) in
            try iterator.forEachBoundary(in: copy) { boundary, _ in boundaries.append(boundary) }
        }
        scratch = []

        var sentences: [Sentence] = []
        var next = 0 // the first boundary not yet used
        for (index, paragraph) in paragraphs.enumerated() {
            var start = paragraph.range.lowerBound
            while next < boundaries.count, boundaries[next] <= start { next += 1 }
            while next < boundaries.count, boundaries[next] < paragraph.range.upperBound {
                let boundary = boundaries[next]
                next += 1
                if Abbreviations.suppressesBreak(bytes, at: boundary, floor: paragraph.range.lowerBound) { continue }
                if let marker = paragraph.marker, UTF8Scanning.trimmed(bytes, start..<boundary).upperBound <= marker.upperBound {
                    continue // "1." or "II." alone is not a sentence
                }
                append(bytes, start..<boundary, paragraph: index, to: &sentences)
                start = boundary
            }
            append(bytes, start..<paragraph.range.upperBound, paragraph: index, to: &sentences)
        }
        return sentences
    }

    private static func append(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, paragraph: Int,
                               to sentences: inout [Sentence]) {
        let content = UTF8Scanning.trimmed(bytes, range)
        guard !content.isEmpty else { return }
        sentences.append(Sentence(range: ByteRange(content), paragraph: paragraph))
    }

    /// Replaces CR, LF, VT, NEL and LS inside `range` by as many spaces as they have bytes.
    private static func blankLineBreaks(in bytes: inout [UInt8], _ range: Range<Int>) {
        var index = range.lowerBound
        while index < range.upperBound {
            switch bytes[index] {
            case 0x0A, 0x0B, 0x0D:
                bytes[index] = 0x20
            case 0xC2 where index + 1 < range.upperBound && bytes[index + 1] == 0x85:
                bytes[index] = 0x20
                bytes[index + 1] = 0x20
            case 0xE2 where index + 2 < range.upperBound && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA8:
                bytes[index] = 0x20
                bytes[index + 1] = 0x20
                bytes[index + 2] = 0x20
            default:
                break
            }
            index += 1
        }
    }
}
