/// Where the dynamic program's band is centred, row by row. Parallel versions follow the diagonal,
/// but an abridged or extended version leaves it by many units: the centre runs instead through the
/// anchors that each version has exactly once (a date, a figure, an acronym), in an order both agree
/// on, and straight between them.
enum BandCentre {
    /// The centre column of every row 0…n.
    ///
    /// - Complexity: O(anchors + k log k + n), k the anchors unique in both versions.
    static func centres(_ a: UnitWindow, _ b: UnitWindow) -> [Double] {
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
    static func landmarks(_ a: UnitWindow, _ b: UnitWindow) -> [(Int, Int)] {
        let (onceA, onceB) = (uniqueAnchors(a), uniqueAnchors(b))
        var pairs: [(Int, Int)] = []
        // Both lists are sorted by anchor: their common anchors are found by merging.
        var i = 0, j = 0
        while i < onceA.count && j < onceB.count {
            if onceA[i].anchor == onceB[j].anchor {
                pairs.append((onceA[i].unit + 1, onceB[j].unit + 1))
                i += 1
                j += 1
            } else if onceA[i].anchor < onceB[j].anchor {
                i += 1
            } else {
                j += 1
            }
        }
        // By row; within a row the higher column first, so a chain takes one cell per row.
        pairs.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 > $1.1 }
        return longestIncreasingChain(pairs).filter { $0.0 < a.count && $0.1 < b.count }
    }

    /// Anchors that occur in exactly one unit of the window, once, with that unit, sorted by anchor.
    /// Punctuation marks repeat too often to place anything. Counted in an open-addressing table of
    /// raw values: a long document has hundreds of thousands of anchors, too many to hash with
    /// SipHash or sort.
    private static func uniqueAnchors(_ window: UnitWindow) -> [(anchor: UInt32, unit: Int)] {
        let table = window.prepared.units.anchors
        var capacity = 16
        while capacity < 2 * window.anchors(0..<window.count) { capacity *= 2 }
        let mask = capacity - 1
        var keys = [UInt32](repeating: 0, count: capacity)
        var units = [Int32](repeating: -1, count: capacity) // -2: seen more than once
        for unit in 0..<window.count {
            let global = unit + window.base
            for anchor in table.values[table.starts[global]..<table.starts[global + 1]] where anchor.kind != .mark {
                // Raw values are never 0 (the kind sits in the top bits), so 0 marks a free slot.
                var slot = Int(truncatingIfNeeded: (UInt64(anchor.rawValue) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
                while keys[slot] != 0 && keys[slot] != anchor.rawValue { slot = (slot + 1) & mask }
                if keys[slot] == 0 {
                    keys[slot] = anchor.rawValue
                    units[slot] = Int32(unit)
                } else {
                    units[slot] = -2
                }
            }
        }
        var once: [(anchor: UInt32, unit: Int)] = []
        for slot in 0..<capacity where units[slot] >= 0 { once.append((keys[slot], Int(units[slot]))) }
        once.sort { $0.anchor < $1.anchor }
        return once
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
