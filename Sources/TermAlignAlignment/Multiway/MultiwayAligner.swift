import TermAlignText

/// A segment of a multi-way alignment before it is turned into byte ranges: for each version the
/// run of units it holds (nil: none), and its confidence.
struct UnitSegment: Sendable, Equatable {
    var units: [Range<Int>?]
    var confidence: Double
    /// The paragraph-level segment this one lies in (its own index at paragraph level).
    var passage = 0
    /// Pairs that group the segment's units more finely (see ``PairGrouping``).
    var pairs: [PairGrouping] = []
}

/// Aligns N versions consistently: every version is aligned to one pivot (the version with the most
/// units), and the pairwise beads are merged where all of them agree on a boundary of the pivot, so
/// no two versions can disagree about what goes together. Units that several non-pivot versions
/// have and the pivot lacks are aligned among themselves.
struct MultiwayAligner {
    /// What differs between aligning paragraphs and aligning sentences.
    struct Level: Sendable {
        let shapes: [BeadShape]
        /// See ``PairwiseAligner/lengthCostCap``.
        let lengthCostCap: Double
        /// See ``PairwiseAligner/leadingGapCost``: what each unit of a leading or trailing stretch costs
        /// where a version's text begins or ends (paragraphs: anywhere; sentences: in the passages
        /// where one of the two versions begins or ends).
        let gapCost: Double
        /// Whether each pair is aligned once per pass, so that the final pass can reuse the estimation
        /// pass's model-independent costs (paragraphs: yes; sentences are aligned passage by passage).
        let reusesCosts: Bool
        /// See ``PairwiseAligner/checksJoinedUnits``.
        let checksJoinedUnits: Bool
        /// See ``PairwiseAligner/unsharedAnchorWeight``: what each unshared anchor costs where gaps are allowed.
        var unsharedAnchorWeight = PairwiseAligner.unsharedAnchorWeightAtEdges
        /// See ``PairwiseAligner/headingMismatchCost``. A sentence that is a heading is a dateline,
        /// which the text a report quotes does not have: pairing it with a sentence costs more than
        /// leaving it out, so it pairs with a dateline or with nothing.
        var headingMismatchCost = 2.0

        /// Paragraphs: a misfit costs at most about two deletions, so a paragraph that lost or gained a
        /// sentence still pairs with its counterpart; a paragraph before the other version begins or
        /// after it ends (an abridged version, a preamble) is cheap to leave out, where otherwise a
        /// merge would absorb it.
        static let paragraph = Level(shapes: BeadShape.paragraph, lengthCostCap: 5, gapCost: 2.5, reusesCosts: true,
                                     checksJoinedUnits: false, unsharedAnchorWeight: 0.6)
        /// Sentences: Gale–Church, with merged sentences checked against their anchors; a passage where
        /// a version begins or ends may leave sentences out at that end (an excerpt that starts or stops
        /// inside a paragraph, a lead that shares its paragraph with the text).
        static let sentence = Level(shapes: BeadShape.sentence, lengthCostCap: .infinity, gapCost: 3.0,
                                    reusesCosts: false, checksJoinedUnits: true, headingMismatchCost: 8)
    }

    let level: Level
    var models: PairModels
    /// Filled with the 1–1 beads and anchors of every pivot pair.
    var evidence: PairEvidence
    var posteriors = true
    /// Fixed costs kept per pair between passes over the same sequences (paragraph level: one
    /// alignment per pair per pass); nil where each call aligns other sequences (sentence level).
    /// Indexed low · count + high.
    var fixedCosts: [FixedCostCache]?
    /// The most pairs aligned at once; nil: one per core.
    let threads: Int?
    /// Beads of a version against the pivot found another way (see `AlignmentRun+ShortVersions.swift`),
    /// used instead of aligning that pair here; by version, pivot on side A.
    var fixedBeads: [Int: [Bead]] = [:]

    init(level: Level, models: PairModels, count: Int, threads: Int? = nil) {
        self.level = level
        self.models = models
        self.threads = threads
        evidence = PairEvidence(count: count) { _, _ in ModelEstimate() }
    }

    /// Where each version's text begins and ends, for the gaps of sentences (see ``Level/gapCost``).
    struct Edges: Sendable {
        /// Per version: does its text begin (end) in the windows being aligned?
        var begins: [Bool]
        var ends: [Bool]

        /// Every window may begin and end its version: what paragraphs of whole documents are.
        static func everywhere(_ count: Int) -> Edges { Edges(begins: .init(repeating: true, count: count), ends: .init(repeating: true, count: count)) }
    }

    /// Aligns `windows` (one per version; an empty one takes no part), in the windows' numbering.
    ///
    /// - Parameters:
    ///   - pivot: The version to align the others to, if it has units here.
    ///   - edges: Where versions begin and end; nil: every window at both ends.
    mutating func align(_ windows: [UnitWindow], pivot preferred: Int? = nil, edges: Edges? = nil) -> [UnitSegment] {
        let edges = edges ?? .everywhere(windows.count)
        // Filled, not filtered: `filter` grew its array by doubling, for every passage.
        var present: [Int] = []
        present.reserveCapacity(windows.count)
        for version in windows.indices where windows[version].count > 0 { present.append(version) }
        guard let first = present.first else { return [] }
        if present.count == 1 {
            return (0..<windows[first].count).map { unit in
                UnitSegment(units: windows.indices.map { $0 == first ? unit..<unit + 1 : nil }, confidence: 1)
            }
        }
        let pivot = preferred.flatMap { present.contains($0) ? $0 : nil }
            ?? present.max { windows[$0].count < windows[$1].count || (windows[$0].count == windows[$1].count && $0 > $1) }!
        let fixed = preferred == pivot ? fixedBeads : [:]
        let others = present.filter { $0 != pivot && fixed[$0] == nil }
        // By version (nil: the pivot, or absent): an array, not a dictionary, made for every passage.
        var beads = [[Bead]?](repeating: nil, count: windows.count)
        let posteriors = self.posteriors
        if windows[pivot].count >= 64 {
            // Long sequences (paragraphs of whole documents): each pair on its own core.
            let aligners = others.map { aligner(windows, pivot, $0, edges) }
            let results = Concurrently.map(aligners.count, threads: threads) { index in
                var evidence = ModelEstimate()
                let (beads, limited) = Self.aligned(aligners[index], posteriors: posteriors, adding: &evidence)
                return (beads: beads, limited: limited, evidence: evidence)
            }
            for (result, other) in zip(results, others) {
                let (low, high) = (min(pivot, other), max(pivot, other))
                evidence[low, high].add(result.evidence)
                if result.limited { evidence[low, high].bandLimited = true }
                beads[other] = pivot == low ? result.beads : result.beads.map(\.swapped)
            }
        } else {
            // Short ones (sentences of one passage) are quicker aligned than handed to another thread,
            // and add their evidence straight to the pair's: an estimate of their own was an array
            // made and copied for every passage.
            for other in others {
                let (low, high) = (min(pivot, other), max(pivot, other))
                let (result, limited) = Self.aligned(aligner(windows, pivot, other, edges), posteriors: posteriors,
                                                     adding: &evidence[low, high])
                if limited { evidence[low, high].bandLimited = true }
                beads[other] = pivot == low ? result : result.map(\.swapped)
            }
        }
        for (other, list) in fixed where present.contains(other) {
            let (low, high) = (min(pivot, other), max(pivot, other))
            let oriented = pivot == low ? list : list.map(\.swapped)
            evidence[low, high].add(oriented, aligner(windows, pivot, other, edges))
            beads[other] = list
        }
        return merge(windows, pivot: pivot, beads: beads)
    }

    /// The beads of one pair and whether its band hit the budget; adds the evidence its beads give.
    private static func aligned(_ aligner: PairwiseAligner, posteriors: Bool,
                                adding evidence: inout ModelEstimate) -> (beads: [Bead], limited: Bool) {
        let (beads, limited) = aligner.alignWithinBudget(posteriors: posteriors)
        evidence.add(beads, aligner)
        return (beads, limited)
    }

    /// The aligner of `pivot` and `other`, always with the lower index as side A so that models and
    /// evidence stay in one orientation.
    private func aligner(_ windows: [UnitWindow], _ pivot: Int, _ other: Int, _ edges: Edges) -> PairwiseAligner {
        let (low, high) = (min(pivot, other), max(pivot, other))
        var aligner = PairwiseAligner(a: windows[low], b: windows[high], shapes: level.shapes, model: models[low, high])
        aligner.lengthCostCap = level.lengthCostCap
        aligner.leadingGapCost = edges.begins[low] || edges.begins[high] ? level.gapCost : .infinity
        aligner.trailingGapCost = edges.ends[low] || edges.ends[high] ? level.gapCost : .infinity
        if aligner.leadingGapCost < .infinity || aligner.trailingGapCost < .infinity {
            aligner.unsharedAnchorWeight = level.unsharedAnchorWeight
        }
        aligner.checksJoinedUnits = level.checksJoinedUnits
        aligner.headingMismatchCost = level.headingMismatchCost
        aligner.fixedCosts = fixedCosts?[low * windows.count + high]
        return aligner
    }

    // MARK: - Merging pairwise beads

    /// - Parameter beads: For each version aligned to the pivot, its beads (pivot on side A).
    private mutating func merge(_ windows: [UnitWindow], pivot: Int, beads: [[Bead]?]) -> [UnitSegment] {
        let pivotCount = windows[pivot].count
        // A pivot position is a boundary of the merged alignment when every version's beads start there.
        var agreeing = [Int](repeating: 0, count: pivotCount + 1)
        var aligned = 0
        for case let list? in beads {
            aligned += 1
            // Beads that take pivot units start at distinct, increasing positions.
            for bead in list where !bead.a.isEmpty { agreeing[bead.a.lowerBound] += 1 }
        }
        var cuts: [Int] = []
        cuts.reserveCapacity(pivotCount + 1)
        for position in 0..<pivotCount where agreeing[position] == aligned { cuts.append(position) }
        cuts.append(pivotCount)

        var components: [UnitSegment] = cuts.dropLast().indices.map { index in
            var units = [Range<Int>?](repeating: nil, count: windows.count)
            units[pivot] = cuts[index]..<cuts[index + 1]
            return UnitSegment(units: units, confidence: 1)
        }
        // Units of other versions that the pivot lacks, by the cut they stand at.
        var gaps: [Int: [Int: (units: Range<Int>, confidence: Double)]] = [:]
        for (other, list) in beads.enumerated() {
            guard let list else { continue }
            for bead in list {
                let position = bead.a.lowerBound
                let cut = Self.lastIndex(in: cuts, notAbove: position)
                if bead.a.isEmpty && cuts[cut] == position {
                    let existing = gaps[position, default: [:]][other]
                    let units = existing.map { $0.units.lowerBound..<bead.b.upperBound } ?? bead.b
                    gaps[position, default: [:]][other] = (units, min(existing?.confidence ?? 1, bead.posterior))
                    continue
                }
                components[cut].confidence = min(components[cut].confidence, bead.posterior)
                if !bead.b.isEmpty {
                    let units = components[cut].units[other]
                    components[cut].units[other] = units.map { $0.lowerBound..<bead.b.upperBound } ?? bead.b
                }
            }
        }
        var result: [UnitSegment] = []
        for (index, cut) in cuts.enumerated() {
            if let gap = gaps[cut] { result += fill(gap, windows) }
            if index < components.count { result.append(components[index]) }
        }
        return result
    }

    /// The index of the last element of sorted `values` that is ≤ `value` (values[0] ≤ value).
    private static func lastIndex(in values: [Int], notAbove value: Int) -> Int {
        var low = 0, high = values.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if values[middle] <= value { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// The segments of units only non-pivot versions have at one place: aligned among those
    /// versions when there are several, one segment per unit otherwise.
    private mutating func fill(_ gap: [Int: (units: Range<Int>, confidence: Double)], _ windows: [UnitWindow]) -> [UnitSegment] {
        let floor = gap.values.map(\.confidence).min() ?? 1
        var slices = windows.map { UnitWindow.empty($0.prepared) }
        for (version, entry) in gap { slices[version] = windows[version].subwindow(entry.units) }
        // The kept costs belong to the whole sequences: a gap's slices are other sequences, and each
        // gap another (a second gap read the first one's table, out of its bounds).
        let kept = fixedCosts
        fixedCosts = nil
        defer { fixedCosts = kept }
        return align(slices).map { segment in
            var shifted = segment
            for (version, entry) in gap {
                shifted.units[version] = segment.units[version].map {
                    $0.lowerBound + entry.units.lowerBound..<$0.upperBound + entry.units.lowerBound
                }
            }
            shifted.confidence = min(segment.confidence, floor)
            return shifted
        }
    }
}
