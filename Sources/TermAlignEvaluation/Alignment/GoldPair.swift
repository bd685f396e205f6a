import TermAlignAlignment
import TermAlignText

/// Two versions built from parallel sentences, with the true alignment: what the accuracy tests and
/// the alignment benchmark measure against.
package struct GoldPair: Sendable {
    /// The two documents.
    package var documents: [Document]
    /// Each document's gold sentences, as byte ranges (trimmed).
    package var sentences: [[ByteRange]]
    /// The true beads, in gold-sentence indices of document 0 (`first`) and document 1 (`second`).
    package var beads: [UnitPair]

    /// Counts of a strict comparison: a predicted bead counts only if it equals a gold bead exactly.
    package struct Score: Sendable {
        package var correct = 0
        package var predicted = 0
        package var gold = 0
        /// Gold deletions (1–0, 0–1) that came out as exactly that deletion.
        package var deletionsFound = 0
        package var deletions = 0

        package init() {}

        package var precision: Double { predicted == 0 ? 0 : Double(correct) / Double(predicted) }
        package var recall: Double { gold == 0 ? 0 : Double(correct) / Double(gold) }
        package var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

        package static func + (lhs: Score, rhs: Score) -> Score {
            var sum = lhs
            sum.correct += rhs.correct
            sum.predicted += rhs.predicted
            sum.gold += rhs.gold
            sum.deletionsFound += rhs.deletionsFound
            sum.deletions += rhs.deletions
            return sum
        }
    }

    /// Scores predicted beads given in gold-sentence indices.
    package func score(_ predicted: [UnitPair]) -> Score {
        let truth = Set(beads)
        let found = Set(predicted)
        var score = Score()
        score.correct = found.intersection(truth).count
        score.predicted = found.count
        score.gold = truth.count
        let deletions = truth.filter { $0.first.isEmpty || $0.second.isEmpty }
        score.deletions = deletions.count
        score.deletionsFound = deletions.intersection(found).count
        return score
    }

    /// An alignment's segments as beads of gold sentences: gold sentences that overlap one segment
    /// (in either document) belong to one bead, so a sentence the segmenter split in two counts once
    /// when both halves went to the right place, and two gold sentences the segmenter joined form one
    /// bead (a strict miss).
    package func beads(of segments: [(ByteRange?, ByteRange?)]) -> [UnitPair] {
        // Union–find over gold sentences of both documents; segment k links what it overlaps.
        let countA = sentences[0].count
        var parent = Array(0..<(countA + sentences[1].count))
        func root(_ node: Int) -> Int {
            var node = node
            while parent[node] != node {
                parent[node] = parent[parent[node]]
                node = parent[node]
            }
            return node
        }
        var members: [Int] = []
        for segment in segments {
            members.removeAll(keepingCapacity: true)
            if let range = segment.0 { members += overlapping(range, sentences[0]) }
            if let range = segment.1 { members += overlapping(range, sentences[1]).map { $0 + countA } }
            for member in members.dropFirst() { parent[root(member)] = root(members[0]) }
        }
        var groups: [Int: (a: [Int], b: [Int])] = [:]
        for node in parent.indices {
            let key = root(node)
            if node < countA { groups[key, default: ([], [])].a.append(node) } else {
                groups[key, default: ([], [])].b.append(node - countA)
            }
        }
        // An empty side is 0..<0: it carries no position in a strict comparison.
        return groups.values.map { group in
            UnitPair(first: (group.a.min() ?? 0)..<((group.a.max() ?? -1) + 1), second: (group.b.min() ?? 0)..<((group.b.max() ?? -1) + 1))
        }
    }

    private func overlapping(_ range: ByteRange, _ gold: [ByteRange]) -> [Int] {
        // Gold sentences are sorted: binary search for the first that ends after the range starts.
        var low = 0, high = gold.count
        while low < high {
            let middle = (low + high) / 2
            if gold[middle].upperBound <= range.lowerBound { low = middle + 1 } else { high = middle }
        }
        var result: [Int] = []
        while low < gold.count && gold[low].lowerBound < range.upperBound {
            result.append(low)
            low += 1
        }
        return result
    }
}
