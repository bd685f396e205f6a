/// Decides which candidates become occurrences: leftmost-longest across concepts; a concept nested
/// inside a longer occurrence of another concept survives only if the glossary marks it independent
/// or it lies in the words that interrupt a discontinuous one;
/// two concepts that match exactly the same words are both reported (the glossary gives both one key).
enum OverlapResolver {
    /// - Parameters:
    ///   - candidates: All matches.
    ///   - independent: Per concept, whether it is reported inside longer terms.
    /// - Returns: The surviving candidates ordered by start, then longest first, then glossary order.
    /// - Complexity: O(c log c).
    static func resolve(_ candidates: [Candidate], independent: [Bool]) -> [Candidate] {
        let sorted = candidates.sorted { lhs, rhs in
            if lhs.range.lowerBound != rhs.range.lowerBound { return lhs.range.lowerBound < rhs.range.lowerBound }
            if lhs.range.upperBound != rhs.range.upperBound { return lhs.range.upperBound > rhs.range.upperBound }
            if lhs.concept != rhs.concept { return lhs.concept < rhs.concept }
            if lhs.kind != rhs.kind { return lhs.kind < rhs.kind }
            return lhs.term < rhs.term
        }
        var winners: [Candidate] = []
        var nested: [Candidate] = []
        var end = -1
        for candidate in sorted {
            if let last = winners.last, last.range == candidate.range {
                // Same words: another concept with the same key, or a worse term of the same one.
                if !winners.reversed().prefix(while: { $0.range == candidate.range }).contains(where: { $0.concept == candidate.concept }) {
                    winners.append(candidate)
                }
                continue
            }
            if candidate.range.lowerBound >= end {
                winners.append(candidate)
                end = candidate.range.upperBound
                continue
            }
            // A term inside the words that interrupt a discontinuous one is a term of its own.
            let inGap = winners.last.map { host in host.inserted.contains { $0.contains(candidate.range) } } ?? false
            guard independent[Int(candidate.concept)] || inGap else { continue }
            // Candidates are sorted by start, so the only span that can hold this one is the last
            // winner's (shared by its ties); one that crosses it is dropped.
            if let host = winners.last, host.range.contains(candidate.range),
               !winners.reversed().prefix(while: { $0.range == host.range }).contains(where: { $0.concept == candidate.concept }) {
                nested.append(candidate)
            }
        }
        guard !nested.isEmpty else { return winners }
        // Nested concepts follow the same leftmost-longest rule among themselves.
        var kept: [Candidate] = []
        var nestedEnd = -1
        for candidate in nested {
            if let last = kept.last, last.range == candidate.range {
                if last.concept != candidate.concept { kept.append(candidate) }
                continue
            }
            if candidate.range.lowerBound >= nestedEnd {
                kept.append(candidate)
                nestedEnd = candidate.range.upperBound
            }
        }
        return (winners + kept).sorted { lhs, rhs in
            if lhs.range.lowerBound != rhs.range.lowerBound { return lhs.range.lowerBound < rhs.range.lowerBound }
            if lhs.range.upperBound != rhs.range.upperBound { return lhs.range.upperBound > rhs.range.upperBound }
            return lhs.concept < rhs.concept
        }
    }
}
