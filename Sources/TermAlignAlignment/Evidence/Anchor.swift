/// Evidence that two passages say the same thing whatever their language: a number, a Latin or
/// Cyrillic acronym, a section numeral or a glossary concept, packed into one 32-bit integer so a
/// passage's anchors are a sorted array and two passages share what their arrays share.
///
/// 32 bits rather than 64 halve the anchor tables and runs an alignment holds. Numbers and acronyms
/// are hashed into the 29 bits of payload: two of them in two aligned passages collide once in about
/// 2²⁹ comparisons, so a false shared anchor is rarer than one per long document. The other kinds
/// (concept, lexicon word and section indices, marks, name skeletons of three letters) fit exactly.
struct Anchor: Hashable, Comparable, Sendable {
    /// What the anchor is; the kind is part of the value, so 1 as a number never meets section I.
    enum Kind: UInt32 {
        case number = 1
        case acronym = 2
        case concept = 3
        case section = 4
        case mark = 5
        case name = 6
        case word = 7
    }

    let rawValue: UInt32

    /// Where the kind sits: the top three bits, so anchors sort by kind first.
    static let kindShift: UInt32 = 29
    private static let payloadMask: UInt32 = (1 << kindShift) - 1

    init(_ kind: Kind, payload: UInt64) {
        let bits = kind == .number || kind == .acronym
            ? UInt32(truncatingIfNeeded: (payload &* 0x9E37_79B9_7F4A_7C15) >> 35)
            : UInt32(truncatingIfNeeded: payload) & Self.payloadMask
        rawValue = kind.rawValue << Self.kindShift | bits
    }

    /// A number by value: 2001, 7 and 16.5 are the same anchor in every script that wrote them.
    static func number(_ value: Double) -> Anchor {
        Anchor(.number, payload: value.bitPattern)
    }

    /// FNV-1a over bytes fed piece by piece: the key of an acronym.
    struct Hash {
        private var state: UInt64 = 0xCBF2_9CE4_8422_2325

        mutating func add<Bytes: Sequence<UInt8>>(_ bytes: Bytes) {
            for byte in bytes { state = (state ^ UInt64(byte)) &* 0x100_0000_01B3 }
        }

        var value: UInt64 { state }
    }

    var kind: Kind? { Kind(rawValue: rawValue >> Self.kindShift) }

    static func < (lhs: Anchor, rhs: Anchor) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The anchors of a sequence of passages, flattened: passage `i` owns `values[starts[i]..<starts[i + 1]]`,
/// sorted, so the anchors two runs of passages share are counted by merging.
struct AnchorTable: Sendable {
    private(set) var values: [Anchor] = []
    private(set) var starts: [Int] = [0]
    /// How many of the anchors before passage `i` are numbers, and how many are lexicon words.
    private var numberStarts: [Int] = [0]
    private var wordStarts: [Int] = [0]

    var count: Int { starts.count - 1 }

    /// Appends one passage's anchors (any order; sorted in place).
    mutating func append(_ anchors: inout [Anchor]) {
        anchors.sort()
        values.append(contentsOf: anchors)
        starts.append(values.count)
        var numbers = 0, words = 0
        for anchor in anchors {
            numbers += anchor.rawValue >> Anchor.kindShift == Anchor.Kind.number.rawValue ? 1 : 0
            words += anchor.rawValue >> Anchor.kindShift == Anchor.Kind.word.rawValue ? 1 : 0
        }
        numberStarts.append(numberStarts[numberStarts.count - 1] + numbers)
        wordStarts.append(wordStarts[wordStarts.count - 1] + words)
    }

    /// How many numbers passages `range` hold together.
    func numbers(_ range: Range<Int>) -> Int { numberStarts[range.upperBound] - numberStarts[range.lowerBound] }

    /// How many lexicon words passages `range` hold together.
    func words(_ range: Range<Int>) -> Int { wordStarts[range.upperBound] - wordStarts[range.lowerBound] }

    /// How many anchors passages `range` hold together.
    func total(_ range: Range<Int>) -> Int { starts[range.upperBound] - starts[range.lowerBound] }

    /// The table of larger passages made of consecutive runs of these (paragraphs of sentences): each
    /// group holds the anchors of its passages together.
    ///
    /// - Parameter groups: Ranges of passages, in order.
    func grouped(_ groups: [Range<Int>]) -> AnchorTable {
        var table = AnchorTable()
        table.values.reserveCapacity(values.count)
        for group in groups {
            table.values.append(contentsOf: values[starts[group.lowerBound]..<starts[group.upperBound]].sorted())
            table.starts.append(table.values.count)
            table.numberStarts.append(table.numberStarts[table.numberStarts.count - 1] + numbers(group))
            table.wordStarts.append(table.wordStarts[table.wordStarts.count - 1] + words(group))
        }
        return table
    }
}

/// The anchors of every run of up to `maxSpan` consecutive passages, each run sorted, built once per
/// sequence of an alignment (the pivot's serve all its pairs) so that comparing a bead's two sides is
/// a merge of two sorted buffers.
///
/// A class over raw memory: comparing two runs is the hottest loop of alignment, and a run handed out
/// as an array slice cost a retain and a release of its array each time. `@unchecked Sendable`: the
/// memory is written in `init` only, read after, and freed in `deinit`.
final class AnchorRuns: @unchecked Sendable {
    /// For one span: the runs' anchors, flat; where run i starts (`starts[i]` to `starts[i + 1]`); and
    /// each run's signature, one bit per anchor value (of 64), so that two runs without a common bit
    /// share no anchor and need no merge.
    private struct Span {
        let values: UnsafeMutableBufferPointer<Anchor>
        let starts: UnsafeMutableBufferPointer<Int>
        let signatures: UnsafeMutableBufferPointer<UInt64>
    }

    /// For span s, index s − 1.
    private let spans: UnsafeMutableBufferPointer<Span>

    init(_ table: AnchorTable, maxSpan: Int) {
        // No run is longer than the table (a passage of one sentence has runs of one only).
        let spanCount = max(1, min(maxSpan, table.count))
        spans = .allocate(capacity: spanCount)
        let single = Span(values: Self.copy(table.values), starts: Self.copy(table.starts),
                          signatures: .allocate(capacity: table.count))
        spans.baseAddress!.initialize(to: single)
        for span in stride(from: 2, through: spanCount, by: 1) {
            // A run of `span` passages is the run of `span − 1` before it merged with its last
            // passage: both are sorted, so no run is sorted anew. Merged straight into its memory.
            let shorter = spans[span - 2]
            let runs = table.count - span + 1
            var total = 0
            for first in 0..<runs {
                total += shorter.starts[first + 1] - shorter.starts[first]
                    + table.starts[first + span] - table.starts[first + span - 1]
            }
            let next = Span(values: .allocate(capacity: total), starts: .allocate(capacity: runs + 1),
                            signatures: .allocate(capacity: runs))
            var written = 0
            next.starts[0] = 0
            for first in 0..<runs {
                written = Self.merge(UnsafeBufferPointer(rebasing: shorter.values[shorter.starts[first]..<shorter.starts[first + 1]]),
                                     single.values, table.starts[first + span - 1]..<table.starts[first + span],
                                     into: next.values, at: written)
                next.starts[first + 1] = written
            }
            (spans.baseAddress! + span - 1).initialize(to: next)
        }
        for span in spans {
            for run in 0..<span.signatures.count {
                var signature: UInt64 = 0
                for anchor in span.values[span.starts[run]..<span.starts[run + 1]] { signature |= Self.bit(anchor) }
                span.signatures[run] = signature
            }
        }
    }

    deinit {
        for span in spans {
            span.values.deallocate()
            span.starts.deallocate()
            span.signatures.deallocate()
        }
        spans.deallocate()
    }

    private static func copy<Element>(_ array: [Element]) -> UnsafeMutableBufferPointer<Element> {
        let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: array.count)
        _ = buffer.initialize(from: array)
        return buffer
    }

    /// Merges sorted `left` with sorted `values[right]` into `flat` from `start`; returns where it ended.
    private static func merge(_ left: UnsafeBufferPointer<Anchor>, _ values: UnsafeMutableBufferPointer<Anchor>,
                              _ right: Range<Int>, into flat: UnsafeMutableBufferPointer<Anchor>, at start: Int) -> Int {
        var i = 0, j = right.lowerBound, out = start
        while i < left.count && j < right.upperBound {
            if values[j] < left[i] {
                flat[out] = values[j]
                j += 1
            } else {
                flat[out] = left[i]
                i += 1
            }
            out += 1
        }
        while i < left.count {
            flat[out] = left[i]
            i += 1
            out += 1
        }
        while j < right.upperBound {
            flat[out] = values[j]
            j += 1
            out += 1
        }
        return out
    }

    @inline(__always)
    private static func bit(_ anchor: Anchor) -> UInt64 {
        // The multiplier spreads consecutive numbers and hashes alike over the 64 bits.
        1 << ((UInt64(anchor.rawValue) &* 0x9E37_79B9_7F4A_7C15) >> 58)
    }

    /// The signature of passages `range` (at most `maxSpan` of them).
    @inline(__always)
    func signature(_ range: Range<Int>) -> UInt64 { spans[range.count - 1].signatures[range.lowerBound] }

    /// The sorted anchors of passages `range` (at most `maxSpan` of them), valid while these runs are.
    @inline(__always)
    func run(_ range: Range<Int>) -> UnsafeBufferPointer<Anchor> {
        let span = spans[range.count - 1]
        let start = span.starts[range.lowerBound]
        return UnsafeBufferPointer(rebasing: span.values[start..<span.starts[range.lowerBound + 1]])
    }
}
