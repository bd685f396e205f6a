/// Splits a document into paragraphs: blank lines, page and paragraph separators (FF, U+2029) end
/// one; a line led by numbering starts one; a short line led by a section numeral is a heading on its
/// own. In a text written a line per paragraph (most lines that a single line break ends, end like a
/// sentence: a repost, a copy from a web page), every line break ends one; in a text wrapped at a
/// width, lines join into paragraphs until a blank line.
enum ParagraphSegmenter {
    /// The share of lines ended by a single line break that must end like a sentence for the text to
    /// be read a line per paragraph (wrapped text ends a sentence at a line's end one time in ten).
    static let lineParagraphShare = 0.6
    /// A heading line is at most this long; a longer line led by a section numeral is an item.
    static let longestHeading = 200

    /// The paragraphs of UTF-8 text, in order.
    ///
    /// - Complexity: O(n).
    static func paragraphs(in bytes: UnsafeBufferPointer<UInt8>) -> [Paragraph] {
        var builder = Builder()
        builder.linesAreParagraphs = linesAreParagraphs(bytes)
        var lineStart = 0
        var index = 0
        while index <= bytes.count {
            guard index < bytes.count else {
                builder.addLine(bytes, lineStart..<index)
                break
            }
            index = nextBreakCandidate(bytes, from: index)
            guard index < bytes.count else { continue }
            let (value, length) = UTF8Scanning.decode(bytes, at: index)
            switch value {
            case 0x0A, 0x0B, 0x85, 0x2028:
                builder.addLine(bytes, lineStart..<index)
            case 0x0D:
                builder.addLine(bytes, lineStart..<index)
                if index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
            case 0x0C, 0x2029:
                builder.addLine(bytes, lineStart..<index)
                builder.close()
            default:
                index += length
                continue
            }
            index += length
            lineStart = index
        }
        builder.close()
        return builder.paragraphs
    }

    /// Whether the text is written a line per paragraph: of its lines that a single line break ends
    /// (the next line has text), at least ``lineParagraphShare`` end like a sentence.
    static func linesAreParagraphs(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var lines: [Range<Int>] = []
        var start = 0, index = 0
        while true {
            index = nextBreakCandidate(bytes, from: index)
            guard index < bytes.count else {
                lines.append(start..<bytes.count)
                break
            }
            let (value, length) = UTF8Scanning.decode(bytes, at: index)
            guard value == 0x0A || value == 0x0D || value == 0x85 || value == 0x2028 else {
                index += length
                continue
            }
            lines.append(start..<index)
            index += value == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : length
            start = index
        }
        var ended = 0, likeSentences = 0
        for (line, next) in zip(lines, lines.dropFirst()) {
            let content = UTF8Scanning.trimmed(bytes, line)
            guard !content.isEmpty, !UTF8Scanning.trimmed(bytes, next).isEmpty else { continue }
            ended += 1
            if SentenceEnd.isSentenceEnd(bytes, content) { likeSentences += 1 }
        }
        return ended > 0 && Double(likeSentences) >= lineParagraphShare * Double(ended)
    }

    /// The first byte at or after `start` that can begin a line or paragraph break — CR LF VT FF,
    /// NEL as C2 85, LS and PS as E2 80 A8/A9 — or the end. Eight bytes at a time: most text has
    /// none of them.
    static func nextBreakCandidate(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        if let base = UnsafeRawPointer(bytes.baseAddress) {
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            while index + 8 <= bytes.count {
                let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                // Some byte below 0x0E, or equal to C2 or E2 (zero after the XOR).
                let below = (word &- ones &* 0x0E) & ~word & highs
                let c2 = word ^ (ones &* 0xC2), e2 = word ^ (ones &* 0xE2)
                let equal = ((c2 &- ones) & ~c2 | (e2 &- ones) & ~e2) & highs
                if below | equal != 0 { break }
                index += 8
            }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte <= 0x0D || byte == 0xC2 || byte == 0xE2 { return index }
            index += 1
        }
        return index
    }

    private struct Builder {
        var paragraphs: [Paragraph] = []
        var start: Int?
        var end = 0
        var kind = Paragraph.Kind.text
        var marker: ByteRange?
        /// Whether every line is a paragraph of its own (see ``linesAreParagraphs(_:)``).
        var linesAreParagraphs = false

        mutating func addLine(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) {
            let content = UTF8Scanning.trimmed(bytes, line)
            guard !content.isEmpty else {
                close()
                return
            }
            if let found = ListMarker.parse(bytes, line: content) {
                close()
                let markerRange = ByteRange(lowerBound: content.lowerBound, upperBound: found.end)
                if found.level == .section, isHeading(bytes, content, after: found.end) {
                    paragraphs.append(Paragraph(range: ByteRange(content), kind: .heading, marker: markerRange))
                    return
                }
                start = content.lowerBound
                end = content.upperBound
                kind = .item
                marker = markerRange
                return
            }
            if start == nil {
                start = content.lowerBound
                kind = .text
                marker = nil
            }
            end = content.upperBound
            if linesAreParagraphs { close() }
        }

        mutating func close() {
            guard let start else { return }
            paragraphs.append(Paragraph(range: ByteRange(lowerBound: start, upperBound: end), kind: kind,
                                        marker: marker))
            self.start = nil
        }

        /// A section line is a heading when the numeral stands alone, or the title after it is short
        /// and does not end like a sentence or a clause.
        private func isHeading(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, after markerEnd: Int) -> Bool {
            let title = UTF8Scanning.trimmed(bytes, markerEnd..<line.upperBound)
            if title.isEmpty { return true }
            guard title.count <= ParagraphSegmenter.longestHeading else { return false }
            let last = UTF8Scanning.decode(bytes, at: UTF8Scanning.previousStart(bytes, before: title.upperBound,
                                                                                 floor: title.lowerBound)).value
            let clauseEnds: Set<UInt32> = [0x2E, 0x21, 0x3F, 0x3B, 0x3A, 0x2C, 0x3002, 0xFF01, 0xFF1F, 0xFF1B,
                                           0xFF1A, 0xFF0C, 0x3001]
            return !clauseEnds.contains(last)
        }
    }
}
