#if canImport(Glibc)
import Glibc
#endif

/// Where a paragraph's sentence boundaries come from, before the corrections.
enum SentenceBreaker {
    /// ``SentenceBreakScanner``: ICU's boundaries without ICU, for well-formed UTF-8.
    case rules
    /// An ICU sentence iterator for the document's language, over a copy of the document whose
    /// paragraphs' line breaks are spaces; any bytes. `viaUTF16` when they are well-formed (ICU then
    /// reads a faster UTF-16 copy).
    case icu(BreakIterator, viaUTF16: Bool)
}

/// Splits paragraphs into sentences at UAX #29 sentence boundaries, corrected for abbreviations and
/// initials, never across a paragraph boundary, and never leaving a paragraph's numbering alone as
/// a sentence.
enum SentenceSegmenter {
    /// The sentences of each paragraph, in order.
    ///
    /// - Parameters:
    ///   - bytes: The document.
    ///   - paragraphs: Its paragraphs.
    ///   - breaker: Where the boundaries come from: ``SentenceBreaker/rules`` needs well-formed bytes.
    /// - Complexity: O(n).
    static func sentences(in bytes: UnsafeBufferPointer<UInt8>, paragraphs: [Paragraph],
                          breaker: SentenceBreaker) throws(TextError) -> [Sentence] {
        var boundaries: [Int] = []
        switch breaker {
        case .rules:
            // Each paragraph on its own: a paragraph break is a sentence boundary whatever ICU would
            // have made of a form feed between two paragraphs.
            SentenceBreakScanner.with { scanner in
                for paragraph in paragraphs {
                    scanner.forEachBoundary(in: bytes, paragraph.range.range) { boundaries.append($0) }
                }
            }
        case .icu(let iterator, let viaUTF16):
            boundaries = try icuBoundaries(in: bytes, paragraphs: paragraphs, iterator: iterator, viaUTF16: viaUTF16)
        }
        boundaries = movedBeforeOpeningQuotes(boundaries, openingQuotes(in: bytes, paragraphs: paragraphs), in: bytes)
        boundaries = added(numberOpenings(in: bytes, paragraphs: paragraphs), to: boundaries)
        boundaries = added(quotedLineOpenings(in: bytes, paragraphs: paragraphs), to: boundaries)
        // A dateline that opens a paragraph is no part of its first sentence.
        boundaries = added(paragraphs.compactMap { Dateline.openingEnd(bytes, $0.range.range) }, to: boundaries)

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

    /// ICU's boundaries over the whole document.
    private static func icuBoundaries(in bytes: UnsafeBufferPointer<UInt8>, paragraphs: [Paragraph],
                                      iterator: BreakIterator, viaUTF16: Bool) throws(TextError) -> [Int] {
        // ICU ends a sentence at every line break. Lines wrapped inside a paragraph are not sentence
        // ends, so ICU reads a copy where they are spaces of the same byte length: offsets agree.
        var scratch = Array(bytes)
        for paragraph in paragraphs { blankLineBreaks(in: &scratch, paragraph.range.range) }
        var boundaries: [Int] = []
        try scratch.withUnsafeBufferPointer { (copy: UnsafeBufferPointer<UInt8>) throws(TextError) in
            // Every line break left in the copy is a hard boundary (rule SB4), so windows that end
            // just after one give ICU's boundaries of the whole, with a bounded UTF-16 copy.
            var windowStart = 0
            while windowStart < copy.count {
                let windowEnd = BreakIterator.windowEnd(in: copy, from: windowStart, limit: copy.count, afterSpaces: false)
                try iterator.forEachBoundary(in: UnsafeBufferPointer(rebasing: copy[windowStart..<windowEnd]),
                                             viaUTF16: viaUTF16) { boundary, _ in
                    boundaries.append(windowStart + boundary)
                }
                windowStart = windowEnd
            }
        }
        return boundaries
    }

    /// Where a Chinese or Japanese sentence ends and the next opens with a quotation mark: 。"他说,
    /// 。“卡特里娜”, 。」「…」. ICU counts every quotation mark after 。！？ as closing the sentence before
    /// (it cannot tell " from its mirror, and “ 「 《 are all Close to it). A mark that opens — right
    /// after the stop, right before a letter or ideograph — begins the next sentence instead.
    private static func openingQuotes(in bytes: UnsafeBufferPointer<UInt8>, paragraphs: [Paragraph]) -> [Int] {
        // A text without the stops' lead bytes (Russian, English) is passed over by memchr at once.
        guard contains(0xE3, in: bytes) || contains(0xEF, in: bytes) else { return [] }
        var found: [Int] = []
        for paragraph in paragraphs {
            var index = paragraph.range.lowerBound
            let end = paragraph.range.upperBound
            while index + 3 < end {
                // 。 is E3 80 82, ！ and ？ EF BC 81 / 9F: every other byte is passed without decoding.
                guard bytes[index] == 0xE3 || bytes[index] == 0xEF else {
                    index += 1
                    continue
                }
                let (stop, stopLength) = UTF8Scanning.decode(bytes, at: index)
                guard stop == 0x3002 || stop == 0xFF01 || stop == 0xFF1F else {
                    index += 1
                    continue
                }
                var quote = index + stopLength
                // Past the marks that close this sentence: 。」「 opens at 「.
                while quote < end, Self.closingMarks.contains(UTF8Scanning.decode(bytes, at: quote).value) {
                    quote += UTF8Scanning.decode(bytes, at: quote).length
                }
                guard quote < end else { break }
                let (mark, markLength) = UTF8Scanning.decode(bytes, at: quote)
                if Self.openingMarks.contains(mark), quote + markLength < end {
                    let (next, _) = UTF8Scanning.decode(bytes, at: quote + markLength)
                    if let scalar = Unicode.Scalar(next), scalar.properties.isAlphabetic || scalar.properties.isIdeographic {
                        found.append(quote)
                    }
                }
                index = quote
            }
        }
        return found
    }

    /// Where a sentence opens with a number and a lowercase word: «…терапия. 31 декабря 2019 года…».
    /// ICU reads past the number to the lowercase word (rule SB8) and joins the two sentences; a full
    /// stop after a word of two or more letters that is no abbreviation ends the sentence before.
    private static func numberOpenings(in bytes: UnsafeBufferPointer<UInt8>, paragraphs: [Paragraph]) -> [Int] {
        var found: [Int] = []
        for paragraph in paragraphs {
            let start = paragraph.range.lowerBound, end = paragraph.range.upperBound
            // The stops, found by memchr, each followed by a space at `index` (start + 2 ≤ index < end − 2).
            let stops = start + 1..<max(start + 1, end - 3)
            for stop: UInt8 in [0x2E, 0x21, 0x3F] {
                forEach(stop, in: bytes, stops) { position in
                    let index = position + 1
                    guard bytes[index] == 0x20 else { return }
                    if let digit = numberOpening(bytes, space: index, start: start, end: end) { found.append(digit) }
                }
            }
        }
        return found.sorted()
    }

    /// The digit that opens a sentence after the space at `index` (after a stop), when the word
    /// before the stop is lowercase and no year or city abbreviation.
    private static func numberOpening(_ bytes: UnsafeBufferPointer<UInt8>, space index: Int, start: Int, end: Int) -> Int? {
        var digit = index + 1
        while digit < end, bytes[digit] == 0x20 { digit += 1 }
        // Abbreviations (п. 5, ст. 12) are left to the check every boundary gets below; «гг.»
        // before a number is a year, not the end of a sentence, whatever that check says.
        guard digit < end, bytes[digit] >= 0x30 && bytes[digit] <= 0x39,
              endsLowercaseWord(bytes, before: index - 1, floor: start),
              !Abbreviations.endsWithYearOrCity(bytes, before: index, floor: start) else { return nil }
        return digit
    }

    /// Where a line ends a sentence and the next line opens with a quotation mark and a letter: a news
    /// report's lead, then the words it quotes, «на заявленном пути…», on the next line. ICU reads past
    /// the mark to the lowercase letter (rule SB8) and joins the two.
    private static func quotedLineOpenings(in bytes: UnsafeBufferPointer<UInt8>, paragraphs: [Paragraph]) -> [Int] {
        var found: [Int] = []
        for paragraph in paragraphs {
            let start = paragraph.range.lowerBound, end = paragraph.range.upperBound
            forEach(0x0A, in: bytes, start..<end) { lineBreak in
                var quote = lineBreak + 1
                while quote < end, bytes[quote] == 0x20 || bytes[quote] == 0x09 { quote += 1 }
                guard quote < end, endsWithStop(bytes, before: lineBreak, floor: start) else { return }
                let (mark, length) = UTF8Scanning.decode(bytes, at: quote)
                guard Self.openingMarks.contains(mark) || mark == 0xAB || mark == 0x201E, quote + length < end,
                      let next = Unicode.Scalar(UTF8Scanning.decode(bytes, at: quote + length).value),
                      next.properties.isAlphabetic else { return }
                found.append(quote)
            }
        }
        return found
    }

    /// Whether the text before `position` (past spaces, closing quotation marks and brackets) ends
    /// with a full stop, an exclamation or question mark or an ellipsis.
    private static func endsWithStop(_ bytes: UnsafeBufferPointer<UInt8>, before position: Int, floor: Int) -> Bool {
        var cursor = position
        while cursor > floor {
            let lead = UTF8Scanning.previousStart(bytes, before: cursor, floor: floor)
            switch UTF8Scanning.decode(bytes, at: lead).value {
            case 0x20, 0x09, 0x0D, 0x22, 0x27, 0x29, 0xBB, 0x2019, 0x201D: cursor = lead
            case 0x2E, 0x21, 0x3F, 0x2026: return true // an abbreviation's stop is checked with every boundary
            default: return false
            }
        }
        return false
    }

    private static func contains(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return false }
        return memchr(base, Int32(byte), bytes.count) != nil
    }

    /// Calls `body` with every position of `byte` in `bytes[range]`, in order (memchr: these bytes
    /// are rare, and a loop over every byte of the text was a tenth of its analysis).
    private static func forEach(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ body: (Int) -> Void) {
        var position = range.lowerBound
        while let found = UTF8Scanning.firstIndex(of: byte, in: bytes, position..<range.upperBound) {
            body(found)
            position = found + 1
        }
    }

    /// Whether the two characters before `position` are lowercase letters.
    private static func endsLowercaseWord(_ bytes: UnsafeBufferPointer<UInt8>, before position: Int, floor: Int) -> Bool {
        var cursor = position
        for _ in 0..<2 {
            guard cursor > floor else { return false }
            var lead = cursor - 1
            while lead > floor, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
            guard let scalar = Unicode.Scalar(UTF8Scanning.decode(bytes, at: lead).value),
                  scalar.properties.isLowercase else { return false }
            cursor = lead
        }
        return true
    }

    private static func added(_ extra: [Int], to boundaries: [Int]) -> [Int] {
        guard !extra.isEmpty else { return boundaries }
        return Set(boundaries).union(extra).sorted()
    }

    /// " ' “ ‘ 「 『 《
    private static let openingMarks: Set<UInt32> = [0x22, 0x27, 0x201C, 0x2018, 0x300C, 0x300E, 0x300A]
    /// ” ’ 」 』 》 ）
    private static let closingMarks: Set<UInt32> = [0x201D, 0x2019, 0x300D, 0x300F, 0x300B, 0xFF09]

    /// The boundaries with each opening quotation mark starting its sentence: a boundary just after
    /// the mark moves before it, and where there is none, one is added.
    private static func movedBeforeOpeningQuotes(_ boundaries: [Int], _ quotes: [Int],
                                                 in bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        guard !quotes.isEmpty else { return boundaries }
        var result = Set(boundaries)
        for quote in quotes {
            result.remove(quote + UTF8Scanning.decode(bytes, at: quote).length)
            result.insert(quote)
        }
        return result.sorted()
    }

    private static func append(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, paragraph: Int,
                               to sentences: inout [Sentence]) {
        let content = UTF8Scanning.trimmed(bytes, range)
        guard !content.isEmpty else { return }
        sentences.append(Sentence(range: ByteRange(content), paragraph: paragraph))
    }

    /// Replaces CR, LF, VT, NEL and LS inside `range` by as many spaces as they have bytes.
    static func blankLineBreaks(in bytes: inout [UInt8], _ range: Range<Int>) {
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
