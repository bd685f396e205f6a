/// Evidence that two passages say the same thing whatever their language: a number, a Latin or
/// Cyrillic acronym, a section numeral or a glossary concept, packed into one integer so a passage's
/// anchors are a sorted array and two passages share what their arrays share.
struct Anchor: Hashable, Comparable, Sendable {
    /// What the anchor is; the kind is part of the value, so 1 as a number never meets section I.
    enum Kind: UInt64 {
        case number = 1
        case acronym = 2
        case concept = 3
        case section = 4
        case mark = 5
        case name = 6
    }

    let rawValue: UInt64

    private static let payloadMask: UInt64 = (1 << 56) - 1

    init(_ kind: Kind, payload: UInt64) {
        rawValue = kind.rawValue << 56 | (payload & Self.payloadMask)
    }

    /// A number by value: 2001, 7 and 16.5 are the same anchor in every script that wrote them.
    static func number(_ value: Double) -> Anchor {
        let bits = value.bitPattern
        return Anchor(.number, payload: bits ^ (bits >> 56))
    }

    /// An acronym by its letters (FNV-1a of the UTF-8 bytes).
    static func acronym<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Anchor {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return Anchor(.acronym, payload: hash ^ (hash >> 56))
    }

    var kind: Kind? { Kind(rawValue: rawValue >> 56) }

    static func < (lhs: Anchor, rhs: Anchor) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The anchors of a sequence of passages, flattened: passage `i` owns `values[starts[i]..<starts[i + 1]]`,
/// sorted, so the anchors two runs of passages share are counted by merging.
struct AnchorTable: Sendable {
    private(set) var values: [Anchor] = []
    private(set) var starts: [Int] = [0]

    var count: Int { starts.count - 1 }

    /// Appends one passage's anchors (any order).
    mutating func append(_ anchors: [Anchor]) {
        values.append(contentsOf: anchors.sorted())
        starts.append(values.count)
    }

    /// The anchors of passage `index`.
    func anchors(of index: Int) -> ArraySlice<Anchor> { values[starts[index]..<starts[index + 1]] }

    /// How many anchors passages `range` hold together.
    func total(_ range: Range<Int>) -> Int { starts[range.upperBound] - starts[range.lowerBound] }

    /// The table of the passages `range`, renumbered from 0.
    func slice(_ range: Range<Int>) -> AnchorTable {
        var table = AnchorTable()
        for index in range { table.append(Array(anchors(of: index))) }
        return table
    }
}
