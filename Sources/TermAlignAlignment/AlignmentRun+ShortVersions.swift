import TermAlignText

/// Versions much shorter than the pivot — a news report that quotes two paragraphs, an abridged
/// repost, a quoted fragment — are aligned to it sentence by sentence over the whole text first:
/// their few paragraphs say too little by their length to find their place among the pivot's many,
/// while their sentences' anchors do. The paragraph level then takes the pairing those sentences
/// imply for that pair instead of its own.
extension AlignmentRun {
    /// A version is short when it has at most this share of the text the pivot's length predicts.
    static let shortShare = 0.6
    /// What leaving out a sentence of the pivot costs against a short version.
    static let pivotLeftOutCost = 0.7
    /// See ``PairwiseAligner/unsupportedPairCost``.
    static let unsupportedPairCost = 4.0

    /// The versions (other than the pivot) that are short against it.
    func shortVersions(_ sentences: [UnitSequence], pivot: Int) -> [Int] {
        let total = sentences.map { $0.lengths.reduce(0, +) }
        return texts.indices.filter { version in
            guard version != pivot, sentences[version].count > 0 else { return false }
            let expected = total[pivot] * LengthModel.typicalRatio(from: texts[pivot].document.language.rawValue,
                                                                   to: texts[version].document.language.rawValue)
            return total[version] < Self.shortShare * expected
        }
    }

    /// The paragraph beads of each short version against the pivot (pivot on side A), from a
    /// sentence alignment of the two whole texts that may leave out what precedes and follows the
    /// shared text.
    func paragraphBeadsOfShortVersions(_ sentences: [UnitSequence], pivot: Int, models: PairModels) -> [Int: [Bead]] {
        let versions = shortVersions(sentences, pivot: pivot)
        guard !versions.isEmpty else { return [:] }
        let span = BeadShape.maxSpan(BeadShape.sentence)
        let pivotUnits = UnitWindow(PreparedUnits(sentences[pivot], maxSpan: span))
        var result: [Int: [Bead]] = [:]
        for version in versions {
            let other = UnitWindow(PreparedUnits(sentences[version], maxSpan: span))
            let (low, high) = (min(pivot, version), max(pivot, version))
            var aligner = PairwiseAligner(a: low == pivot ? pivotUnits : other, b: low == pivot ? other : pivotUnits,
                                          shapes: BeadShape.sentence, model: models[low, high])
            aligner.gapCost = MultiwayAligner.Level.sentence.gapCost
            // Most of the pivot's sentences have no counterpart here, wherever they stand; a short
            // version's sentence pairs only with one it shares something with.
            if low == pivot { aligner.sideALeftOutCost = Self.pivotLeftOutCost } else { aligner.sideBLeftOutCost = Self.pivotLeftOutCost }
            aligner.unsupportedPairCost = Self.unsupportedPairCost
            aligner.headingMismatchCost = MultiwayAligner.Level.sentence.headingMismatchCost
            aligner.unsupportedPairAnchors = 1
            aligner.unsharedAnchorWeight = PairwiseAligner.unsharedAnchorWeightAtEdges
            let beads = aligner.align(posteriors: true)
            let oriented = low == pivot ? beads : beads.map(\.swapped)
            result[version] = paragraphBeads(oriented, pivot: pivot, other: version)
        }
        return result
    }

    /// Sentence beads (pivot on side A) turned into paragraph beads: paragraphs whose sentences are
    /// paired go together (with the paragraphs between them), the others are left out one by one.
    private func paragraphBeads(_ beads: [Bead], pivot: Int, other: Int) -> [Bead] {
        let paragraphOfA = Self.paragraphOfSentence(builders[pivot].sentencesByParagraph)
        let paragraphOfB = Self.paragraphOfSentence(builders[other].sentencesByParagraph)
        // Groups of paired paragraphs, in order; a group that reaches back into the previous one joins it.
        var groups: [(a: Range<Int>, b: Range<Int>, posterior: Double)] = []
        for bead in beads where !bead.a.isEmpty && !bead.b.isEmpty {
            let a = paragraphOfA[bead.a.lowerBound]..<paragraphOfA[bead.a.upperBound - 1] + 1
            let b = paragraphOfB[bead.b.lowerBound]..<paragraphOfB[bead.b.upperBound - 1] + 1
            if let last = groups.last, a.lowerBound < last.a.upperBound || b.lowerBound < last.b.upperBound {
                groups[groups.count - 1] = (last.a.lowerBound..<max(last.a.upperBound, a.upperBound),
                                            last.b.lowerBound..<max(last.b.upperBound, b.upperBound),
                                            min(last.posterior, bead.posterior))
            } else {
                groups.append((a, b, bead.posterior))
            }
        }
        let countA = builders[pivot].sentencesByParagraph.count, countB = builders[other].sentencesByParagraph.count
        var result: [Bead] = []
        var (i, j) = (0, 0)
        func leaveOut(upTo a: Int, _ b: Int) {
            while i < a {
                result.append(Bead(a: i..<i + 1, b: j..<j, posterior: 1))
                i += 1
            }
            while j < b {
                result.append(Bead(a: i..<i, b: j..<j + 1, posterior: 1))
                j += 1
            }
        }
        for group in groups {
            leaveOut(upTo: group.a.lowerBound, group.b.lowerBound)
            result.append(Bead(a: group.a, b: group.b, posterior: group.posterior))
            (i, j) = (group.a.upperBound, group.b.upperBound)
        }
        leaveOut(upTo: countA, countB)
        return result
    }

    /// For each sentence, the paragraph that holds it.
    private static func paragraphOfSentence(_ byParagraph: [Range<Int>]) -> [Int] {
        var result: [Int] = []
        for (paragraph, sentences) in byParagraph.enumerated() {
            for _ in sentences { result.append(paragraph) }
        }
        return result
    }
}
