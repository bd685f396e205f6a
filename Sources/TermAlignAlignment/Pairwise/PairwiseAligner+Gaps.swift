import Foundation

/// Leading and trailing gaps: the stretches one version has before the other's text begins or after
/// it ends. A path may start at any cell (i, j), leaving the first i units of side A and the first j
/// of side B out, and end at any cell, leaving the rest out; each unit left out costs
/// ``leadingGapCost`` or ``trailingGapCost``. This is local alignment (as Smith and Waterman's, over
/// beads): a news report's lead and dateline and the paragraphs of a text that an excerpt does not
/// quote are left out instead of being paired with whatever lies nearest.
extension PairwiseAligner {
    /// The back-pointer of a cell where the best path starts.
    static let startsHere = UInt8.max - 1

    /// What it costs to start at (i, j): every unit before it left out.
    @inline(__always)
    func startCost(_ i: Int, _ j: Int) -> Double {
        if i == 0 && j == 0 { return 0 }
        guard leadingGapCost < .infinity else { return .infinity }
        return (sideALeftOutCost ?? leadingGapCost) * Double(i) + (sideBLeftOutCost ?? leadingGapCost) * Double(j)
    }

    /// What it costs to end at (i, j): every unit after it left out.
    @inline(__always)
    func endCost(_ i: Int, _ j: Int) -> Double {
        if i == a.count && j == b.count { return 0 }
        guard trailingGapCost < .infinity else { return .infinity }
        return (sideALeftOutCost ?? trailingGapCost) * Double(a.count - i) + (sideBLeftOutCost ?? trailingGapCost) * Double(b.count - j)
    }

    /// The cell where the cheapest path ends: (n, m) unless leaving the rest out is cheaper.
    func bestEnd(_ band: Band, _ best: [Double]) -> (Int, Int) {
        let n = a.count, m = b.count
        var end = (n, m)
        guard trailingGapCost < .infinity else { return end }
        var lowest = best[band.index(n, m)!]
        for i in 0...n {
            for j in band.columns(i) {
                let total = best[band.index(i, j)!] + endCost(i, j)
                if total < lowest {
                    lowest = total
                    end = (i, j)
                }
            }
        }
        return end
    }

    /// The beads of a leading gap up to (i, j): side A's units first, then side B's.
    func leadingGap(to i: Int, _ j: Int) -> [Bead] {
        (0..<i).map { Bead(a: $0..<$0 + 1, b: 0..<0, posterior: 1) } + (0..<j).map { Bead(a: i..<i, b: $0..<$0 + 1, posterior: 1) }
    }

    /// The beads of a trailing gap from (i, j): side A's units first, then side B's.
    func trailingGap(from i: Int, _ j: Int) -> [Bead] {
        let n = a.count
        return (i..<n).map { Bead(a: $0..<$0 + 1, b: j..<j, posterior: 1) }
            + (j..<b.count).map { Bead(a: n..<n, b: $0..<$0 + 1, posterior: 1) }
    }

    /// The log-probability mass of every path, wherever it starts and ends.
    func totalOfAllPaths(_ band: Band, _ forward: [Double]) -> Double {
        guard trailingGapCost < .infinity else { return forward[band.index(a.count, b.count)!] }
        var terms: [Double] = []
        for i in 0...a.count {
            for j in band.columns(i) {
                let term = forward[band.index(i, j)!] - endCost(i, j)
                if term > -.infinity { terms.append(term) }
            }
        }
        let maximum = terms.max() ?? -.infinity
        guard maximum > -.infinity else { return -.infinity }
        return maximum + log(terms.reduce(0) { $0 + exp($1 - maximum) })
    }

    /// How sure the aligner is that each unit it left out at an edge lies outside the other version's
    /// text: the probability, over all paths, that the path starts after it (or ends before it).
    struct GapPosteriors {
        /// Per unit of side A (B): the probability that it lies in the leading (trailing) gap.
        var leadingA: [Double] = [], leadingB: [Double] = []
        var trailingA: [Double] = [], trailingB: [Double] = []
        /// Where the best path starts and ends.
        var start = (0, 0), end = (0, 0)

        /// The posterior of a bead of the best path's gaps, or nil for any other bead.
        func posterior(of bead: Bead) -> Double? {
            guard !leadingA.isEmpty || !leadingB.isEmpty || !trailingA.isEmpty || !trailingB.isEmpty else { return nil }
            guard bead.a.isEmpty || bead.b.isEmpty else { return nil }
            if bead.a.upperBound <= start.0 && bead.b.upperBound <= start.1 {
                return bead.b.isEmpty ? leadingA[bead.a.lowerBound] : leadingB[bead.b.lowerBound]
            }
            if bead.a.lowerBound >= end.0 && bead.b.lowerBound >= end.1 {
                return bead.b.isEmpty ? trailingA[bead.a.lowerBound] : trailingB[bead.b.lowerBound]
            }
            return nil
        }
    }

    func gapPosteriors(_ path: [Bead], _ band: Band, forward: [Double], backward: [Double], total: Double) -> GapPosteriors {
        guard leadingGapCost < .infinity || trailingGapCost < .infinity else { return GapPosteriors() }
        let n = a.count, m = b.count
        var result = GapPosteriors()
        // Where the best path starts and ends: the first and last bead that pairs units.
        let pairs = path.filter { !$0.a.isEmpty && !$0.b.isEmpty }
        result.start = pairs.first.map { ($0.a.lowerBound, $0.b.lowerBound) } ?? (n, m)
        result.end = pairs.last.map { ($0.a.upperBound, $0.b.upperBound) } ?? (n, m)
        // Probability of starting (ending) in each row and each column.
        var startsInRow = [Double](repeating: 0, count: n + 1), startsInColumn = [Double](repeating: 0, count: m + 1)
        var endsInRow = [Double](repeating: 0, count: n + 1), endsInColumn = [Double](repeating: 0, count: m + 1)
        for i in 0...n {
            for j in band.columns(i) {
                let here = band.index(i, j)!
                let starts = exp(backward[here] - startCost(i, j) - total)
                let ends = exp(forward[here] - endCost(i, j) - total)
                startsInRow[i] += starts
                startsInColumn[j] += starts
                endsInRow[i] += ends
                endsInColumn[j] += ends
            }
        }
        // Unit k lies in the leading gap when the path starts after it, in the trailing gap when it
        // ends at or before it.
        func suffixSums(_ values: [Double]) -> [Double] {
            var sums = [Double](repeating: 0, count: values.count + 1)
            for index in stride(from: values.count - 1, through: 0, by: -1) { sums[index] = sums[index + 1] + values[index] }
            return sums
        }
        func prefixSums(_ values: [Double]) -> [Double] {
            var sums = [Double](repeating: 0, count: values.count + 1)
            for index in values.indices { sums[index + 1] = sums[index] + values[index] }
            return sums
        }
        let (afterRow, afterColumn) = (suffixSums(startsInRow), suffixSums(startsInColumn))
        let (upToRow, upToColumn) = (prefixSums(endsInRow), prefixSums(endsInColumn))
        result.leadingA = (0..<n).map { min(1, afterRow[$0 + 1]) }
        result.leadingB = (0..<m).map { min(1, afterColumn[$0 + 1]) }
        result.trailingA = (0..<n).map { min(1, upToRow[$0 + 1]) }
        result.trailingB = (0..<m).map { min(1, upToColumn[$0 + 1]) }
        return result
    }
}
