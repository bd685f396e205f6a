import TermAlignText

/// A number as a version writes it: its value in any script (2001年7月16日, 16 июля 2001 года and
/// July 16, 2001 give 2001, 7 and 16) and where it stands.
package struct NumberMention: Sendable, Hashable {
    /// How the number is written: digits and numerals are exact; number words ("two", «обеих»)
    /// are often paraphrased away by translations.
    package enum Writing: Sendable, Hashable {
        case digits
        case numerals
        case word
        case month
        /// Digits that are part of a name or a code (COVID-19, 5G, Су-57), not a quantity.
        case code
    }

    package let value: Double
    /// Byte offsets in the scanned document.
    package let range: Range<Int>
    package let written: Writing

    /// The numbers of `range` of `document`.
    ///
    /// - Complexity: O(n) in the length of the range.
    package static func scan(_ document: Document, _ range: ByteRange) -> [NumberMention] {
        document.bytes.withUnsafeBufferPointer { EvidenceScanner.numbers(in: $0, range.range) }
    }
}

/// The numbers of each unit of a document, as the aligner read them while scanning the units for
/// anchors: a comparison takes them from here instead of reading the text once more.
package struct UnitNumbers: Sendable {
    /// Every unit's mentions, one unit after the other.
    private var mentions: [NumberMention] = []
    /// Unit `i` owns `mentions[starts[i]..<starts[i + 1]]`.
    private var starts = [0]

    /// How many units there are.
    package var unitCount: Int { starts.count - 1 }

    mutating func append(_ unit: [NumberMention]) {
        mentions += unit
        starts.append(mentions.count)
    }

    /// The mentions of units `units`, in the order they were read.
    package func mentions(of units: Range<Int>) -> ArraySlice<NumberMention> {
        mentions[starts[units.lowerBound]..<starts[units.upperBound]]
    }
}
