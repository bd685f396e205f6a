import TermAlignText

/// Where the dynamic program's band is centred, row by row. Parallel versions follow the diagonal,
/// but an abridged or extended version leaves it by many units: the centre runs instead through the
/// anchors that each version has exactly once (a date, a figure, an acronym), in an order both agree
/// on, and straight between them.
enum BandCentre {
    /// The centre column of every row 0…n.
    ///
    /// - Complexity: O(anchors + k log k + n), k the anchors unique in both versions.
    static func centres(_ a: UnitSequence, _ b: UnitSequence) -> [Double] {
        let n = a.count, m = b.count
        let points = [(0.0, 0.0)] + landmarks(a, b).map { (Double($0.0), Double($0.1)) } + [(Double(n), Double(m))]
        var centres = [Double](repeating: 0, count: n + 1)
        var segment = 0
        for row in 0...n {
            let x = Double(row)
            while segment + 1 < points.count - 1 && points[segment + 1].0 <= x { segment += 1 }
            let (start, end) = (points[segment], points[segment + 1])
            centres[row] = end.0 > start.0 ? start.1 + (x - start.0) * (end.1 - start.1) / (end.0 - start.0) : end.1
        }
        return centres
    }

    /// Cells (i, j) the path surely passes: after the unit of each version that holds an anchor both
    /// versions have once, keeping the longest chain increasing in both (wrong pairings drop out).
    static func landmarks(_ a: UnitSequence, _ b: UnitSequence) -> [(Int, Int)] {
        let anchorsA = unitsOfAnchors(a.anchors), anchorsB = unitsOfAnchors(b.anchors)
        let onceA = uniqueAnchors(anchorsA), onceB = uniqueAnchors(anchorsB)
        var pairs: [(Int, Int)] = []
        for (anchor, unit) in anchorsA where onceA[anchor] == unit {
            if let unitB = onceB[anchor], unitB != repeatedAnchor { pairs.append((Int(unit) + 1, Int(unitB) + 1)) }
        }
        // By row; within a row the higher column first, so a chain takes one cell per row.
        pairs.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 > $1.1 }
        return longestIncreasingChain(pairs).filter { $0.0 < a.count && $0.1 < b.count }
    }

    /// Every anchor with its unit, in order. Punctuation marks repeat too often to place anything.
    private static func unitsOfAnchors(_ table: AnchorTable) -> [(key: UInt64, value: UInt32)] {
        var all: [(key: UInt64, value: UInt32)] = []
        all.reserveCapacity(table.values.count)
        for unit in 0..<table.count {
            for anchor in table.values[table.starts[unit]..<table.starts[unit + 1]] where anchor.kind != .mark {
                all.append((anchor.rawValue, UInt32(unit)))
            }
        }
        return all
    }

    /// What ``uniqueAnchors(_:)`` holds for an anchor met more than once.
    private static let repeatedAnchor = UInt32.max

    /// For each anchor, its unit if it occurs there once and nowhere else, ``repeatedAnchor`` if not.
    /// A long document has hundreds of thousands of anchors: too many to hash with SipHash.
    private static func uniqueAnchors(_ anchors: [(key: UInt64, value: UInt32)]) -> HashIndex {
        HashIndex(anchors, repeated: { _, _ in repeatedAnchor })
    }

    /// The longest subsequence strictly increasing in both coordinates (rows already increase).
    private static func longestIncreasingChain(_ pairs: [(Int, Int)]) -> [(Int, Int)] {
        var tails: [Int] = []  // index into pairs of the smallest tail of each chain length
        var previous = [Int](repeating: -1, count: pairs.count)
        for (index, pair) in pairs.enumerated() {
            var low = 0, high = tails.count
            while low < high {
                let middle = (low + high) / 2
                if pairs[tails[middle]].1 < pair.1 { low = middle + 1 } else { high = middle }
            }
            if low > 0 { previous[index] = tails[low - 1] }
            if low == tails.count { tails.append(index) } else { tails[low] = index }
        }
        var chain: [(Int, Int)] = []
        var cursor = tails.last ?? -1
        while cursor >= 0 {
            chain.append(pairs[cursor])
            cursor = previous[cursor]
        }
        return chain.reversed()
    }
}
