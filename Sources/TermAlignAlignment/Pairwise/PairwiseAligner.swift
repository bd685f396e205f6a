import Foundation

/// Aligns the units of two versions by banded dynamic programming over bead shapes: each bead costs
/// its prior, its length misfit (Gale–Church) and earns the anchors its two sides share. The best
/// path is read by Viterbi; each of its beads gets its posterior probability by forward–backward
/// over the same band.
///
/// The band runs from (0, 0) to (n, m) through the landmarks both versions share (``BandCentre``) and
/// is doubled while the best path touches its edge, up to ``maximumCells``: an abridged version costs
/// a little more time, and versions that do not correspond cannot take unbounded memory.
struct PairwiseAligner: Sendable {
    let a: UnitWindow
    let b: UnitWindow
    let shapes: [BeadShape]
    var model: LengthModel
    /// −ln of the evidence one shared anchor adds.
    var anchorWeight = 1.5
    /// −ln of the evidence against a bead that one unmatched number adds.
    var mismatchWeight = 0.5
    /// At most this many shared (or unmatched) anchors count per bead.
    var anchorCap = 8
    /// −ln of the evidence one shared lexicon word adds (more than another anchor: the weight that
    /// did best on the parallel sets, see docs/alignment.md).
    var wordWeight = 2.0
    /// −ln of the evidence against a bead that one lexicon word without counterpart adds: a merge
    /// that swallows a deleted sentence carries its words along unmatched.
    var unmatchedWordWeight = 0.2
    /// −ln of the evidence against a bead that each anchor of its poorer side without a counterpart
    /// adds (up to ``anchorCap`` of them). Translations share about 60 % of the smaller side's anchors
    /// (paragraphs and sentences of the news and UN sets), unrelated text about 10 %: so every anchor
    /// left unshared makes a pairing about twice less likely, and a lead, a dateline or a paragraph an
    /// excerpt does not quote stops pairing with whatever is nearest in length. Used where a version
    /// may begin or end (see ``unsharedAnchorWeightAtEdges``): between two texts that both go on, a
    /// free translation's sentences share less, and the lengths judge better (0.6 everywhere cost the
    /// perturbed sets of `SharedCorpusTests` up to a point of F1).
    var unsharedAnchorWeight = 0.0
    /// The weight ``unsharedAnchorWeight`` takes where gaps are allowed.
    static let unsharedAnchorWeightAtEdges = 0.3
    /// What a 2–1 or 1–2 bead costs per joined unit with ``wordsOfAnUnsupportedUnit`` lexicon words or
    /// more and no anchor shared with the other side.
    var unsupportedMergeWeight = 2.5
    /// How many lexicon words make a joined unit that shares nothing count against its merge (a unit
    /// with fewer says too little to tell).
    var wordsOfAnUnsupportedUnit = 2
    /// What a 2–2 bead costs when its anchors pair off as two 1–1 beads.
    var splitWeight = 4.0
    /// Whether 2–1, 1–2 and 2–2 beads are checked unit by unit against their anchors and lexicon
    /// words without counterpart count against a bead (sentences: a dropped sentence or two 1–1
    /// beads hide in such beads). Paragraphs skip both: each check costs more merges of long anchor
    /// lists per cell, a paragraph's lost sentence is the sentence level's to find, and without the
    /// count of unmatched words a comparison may stop at ``anchorCap`` shared words.
    var checksJoinedUnits = true
    /// The most a bead's length misfit may cost. Paragraphs use a cap: a paragraph that lost a sentence
    /// misfits badly, yet is still the counterpart, and the sentence level sorts it out.
    var lengthCostCap = Double.infinity {
        didSet { cappedMisfit = LengthModel.misfit(costing: lengthCostCap) }
    }
    /// The misfit from which a bead's length costs the whole cap: its tail cost is not looked up.
    private var cappedMisfit = Double.infinity
    /// What each unit of a stretch costs that one version has before the other's text begins (a lead,
    /// a dateline, the paragraphs an excerpt starts after): the path may start at any cell, paying
    /// this for every unit it leaves out of both sides before it (see `PairwiseAligner+Gaps.swift`).
    /// Infinity: both versions begin together.
    var leadingGapCost = Double.infinity
    /// The same after the other's text ends (the rest of a text an excerpt stops short of).
    var trailingGapCost = Double.infinity
    /// Both gap costs at once.
    var gapCost: Double {
        get { min(leadingGapCost, trailingGapCost) }
        set { (leadingGapCost, trailingGapCost) = (newValue, newValue) }
    }
    /// What leaving out a unit of side A costs, in a gap or inside, where that differs from the
    /// shapes' prior: a version much longer than the other (the text an excerpt quotes from) has
    /// most of its units left out. Nil: the prior and the gap costs.
    var sideALeftOutCost: Double?
    /// The same for side B.
    var sideBLeftOutCost: Double?
    /// What a bead costs that pairs units without one shared anchor although the side with fewer
    /// anchors has two or more: where most units of one version have no counterpart, pairing wants
    /// evidence, not only fitting lengths.
    var unsupportedPairCost = 0.0
    /// How many anchors the poorer side of a bead must hold for ``unsupportedPairCost`` to apply.
    var unsupportedPairAnchors = 2
    /// The most a one-to-one bead's length misfit may cost when one of its units is cut short (see
    /// ``UnitSequence/partial``): a quoted fragment or the last words of an excerpt is shorter than
    /// its counterpart by any amount.
    var partialLengthCostCap = 1.5
    /// What merging a heading with another paragraph costs.
    var headingMergeCost = 4.0
    /// What a bead costs in which only one side holds a heading. Sentences' headings are datelines,
    /// which cost more than leaving the dateline out (see ``MultiwayAligner/Level/headingMismatchCost``).
    var headingMismatchCost = 2.0
    /// The first half-width of the band around the centre line through the landmarks, in units of side
    /// B. Parallel versions stay within a few units of that line; the band doubles whenever the best
    /// path touches its edge (2 rather than 8 took half off the paragraph level of a 3 MB compare, with
    /// the same beads there and on the `termalign-bench align` sets).
    var initialBand = 2
    /// Sequences up to this many units (sentences of a passage) are aligned in a band of half this
    /// width around the diagonal, which holds most of their matrix; longer ones get the line through
    /// the landmarks and ``initialBand``.
    var wholeBandLimit = 16
    /// The most cells × shapes the band may hold (4 bytes each in the cost tables): a bound on
    /// time and memory when versions do not correspond.
    var maximumCells = 6_000_000
    /// Where the model-independent part of the costs is kept between passes over the same two
    /// sequences (the estimation pass and the final pass); nil: computed every time.
    var fixedCosts: FixedCostCache?
    /// Whether one unit against one (most passages' sentences) is solved directly rather than by the
    /// band's tables; off only to test that both give the same beads.
    var solvesOneToOneDirectly = true

    /// - Parameters:
    ///   - a, b: The two sides' units, with anchor runs spanning at least as many units as a shape
    ///     takes of either side.
    init(a: UnitWindow, b: UnitWindow, shapes: [BeadShape], model: LengthModel) {
        self.a = a
        self.b = b
        self.shapes = shapes
        self.model = model
    }

    /// The best beads, in order, covering both sides; with `posteriors` each bead's probability,
    /// otherwise 1.
    ///
    /// - Complexity: O((n + m) · w · shapes), w the final band half-width.
    func align(posteriors: Bool) -> [Bead] { alignWithinBudget(posteriors: posteriors).beads }

    /// ``align(posteriors:)``, and whether the band stopped growing at ``maximumCells`` while the best
    /// path still touched its edge: the versions part further than the aligner follows, and the beads
    /// there are the best inside the band, not necessarily the best.
    func alignWithinBudget(posteriors: Bool) -> (beads: [Bead], limited: Bool) {
        let n = a.count, m = b.count
        if n == 0 || m == 0 {
            let beads = (0..<n).map { Bead(a: $0..<$0 + 1, b: 0..<0, posterior: 1) }
                + (0..<m).map { Bead(a: n..<n, b: $0..<$0 + 1, posterior: 1) }
            return (beads, false)
        }
        // Gaps make a path start and end anywhere: the band's tables handle them.
        if n == 1 && m == 1 && fixedCosts == nil && solvesOneToOneDirectly && leadingGapCost == .infinity
            && trailingGapCost == .infinity, let beads = oneToOne(posteriors: posteriors) {
            return (beads, false)
        }
        // Short sequences fit in the first band whole; long ones get a centre through their landmarks.
        let centres = n > wholeBandLimit || m > wholeBandLimit ? BandCentre.centres(a, b) : nil
        var width = centres == nil ? wholeBandLimit / 2 : initialBand
        while true {
            let band = Band(n: n, m: m, halfWidth: width, centres: centres)
            let costs = costTable(band)
            let (path, touchesEdge) = viterbi(band, costs)
            // The wider band is only built to be counted when the path asks for it.
            if !touchesEdge || band.isFull
                || Band(n: n, m: m, halfWidth: width * 2, centres: centres).cellCount * shapes.count > maximumCells {
                return (posteriors ? withPosteriors(path, band, costs) : path, touchesEdge && !band.isFull)
            }
            width *= 2
        }
    }

    // MARK: - Costs

    @inline(__always)
    func cost(_ shape: BeadShape, endingAt i: Int, _ j: Int) -> Double {
        fixedCost(shape, endingAt: i, j) + lengthCost(shape, endingAt: i, j)
    }

    /// What the length model adds to a bead's cost (nothing for a deletion).
    @inline(__always)
    private func lengthCost(_ shape: BeadShape, endingAt i: Int, _ j: Int) -> Double {
        guard !shape.isDeletion else { return 0 }
        let rangeA = i - shape.a..<i, rangeB = j - shape.b..<j
        let misfit = abs(model.delta(a.length(rangeA), b.length(rangeB)))
        let cost = misfit >= cappedMisfit ? lengthCostCap : min(lengthCostCap, LengthModel.tailCost(misfit))
        // Only a unit on its own: merged with others, a short unit (a dateline) would make the merge cheap.
        let partial = shape.a == 1 && shape.b == 1 && (a.hasPartial(rangeA) || b.hasPartial(rangeB))
        return partial ? min(cost, partialLengthCostCap) : cost
    }

    /// The rest of a bead's cost: its prior, headings, and the anchors its sides share or not.
    @inline(__always)
    private func fixedCost(_ shape: BeadShape, endingAt i: Int, _ j: Int) -> Double {
        let rangeA = i - shape.a..<i, rangeB = j - shape.b..<j
        // Units before the other side starts or after it ended are the gaps' (see `gapCost`).
        if shape.isDeletion { return (shape.b == 0 ? sideALeftOutCost : sideBLeftOutCost) ?? shape.cost }
        var cost = shape.cost
        let headingA = a.hasHeading(rangeA), headingB = b.hasHeading(rangeB)
        if headingA || headingB {
            if (headingA && shape.a > 1) || (headingB && shape.b > 1) { cost += headingMergeCost }
            if headingA != headingB { cost += headingMismatchCost }
        }
        // Without the count of unmatched words, nothing past the cap of shared words changes the cost.
        let (shared, unmatchedNumbers, words) = compareAnchors(rangeA, rangeB, wordLimit: checksJoinedUnits ? .max : anchorCap)
        if checksJoinedUnits && shape.a + shape.b >= 3 {
            cost += unsupportedMergeCost(shape, rangeA, rangeB)
        }
        if checksJoinedUnits && shape.a == 2 && shape.b == 2 && shared > 0 { cost += splitCost(rangeA, rangeB, shared: shared) }
        let evidence = anchorWeight * Double(min(anchorCap, shared - words)) + wordWeight * Double(min(anchorCap, words))
        cost += mismatchWeight * Double(min(anchorCap, unmatchedNumbers))
        // Words stop being counted at the cap where joined units are not checked: so many shared is
        // a pairing beyond doubt.
        if checksJoinedUnits || words < anchorCap {
            let poorer = min(a.anchors(rangeA), b.anchors(rangeB))
            cost += unsharedAnchorWeight * Double(min(anchorCap, max(0, poorer - shared)))
            if shared == 0 && poorer >= unsupportedPairAnchors { cost += unsupportedPairCost }
        }
        if checksJoinedUnits {
            let unmatchedWords = a.words(rangeA) + b.words(rangeB) - 2 * words
            cost += unmatchedWordWeight * Double(min(anchorCap, unmatchedWords))
        }
        return cost - evidence
    }

    /// How many anchors units `rangeA` and `rangeB` share (as multisets), all of them counted.
    func sharedAnchors(_ rangeA: Range<Int>, _ rangeB: Range<Int>) -> Int { compareAnchors(rangeA, rangeB).shared }

    /// Shared anchors (`words` of them lexicon words), and numbers that only one side has:
    /// translations keep their numbers, so a number without counterpart speaks against the bead.
    ///
    /// - Parameter wordLimit: Stop counting once this many lexicon words are shared: they sort last,
    ///   so every other count is complete by then.
    func compareAnchors(_ rangeA: Range<Int>, _ rangeB: Range<Int>,
                        wordLimit: Int = .max) -> (shared: Int, unmatchedNumbers: Int, words: Int) {
        guard a.anchors(rangeA) > 0 && b.anchors(rangeB) > 0, a.signature(rangeA) & b.signature(rangeB) != 0 else {
            return (0, a.numbers(rangeA) + b.numbers(rangeB), 0)
        }
        // The hottest loop of alignment: raw values compared over unsafe buffers. (Written without
        // branches on the values, the steps compiled to more instructions and were no faster.)
        // Anchors sort by kind first, numbers lowest and lexicon words highest, and the tables know
        // how many of each a run holds: the runs are merged section by section (numbers, the middle
        // kinds, words), so no step needs to look at a kind.
        let numbersA = a.numbers(rangeA), numbersB = b.numbers(rangeB)
        let wordsA = a.words(rangeA), wordsB = b.words(rangeB)
        // The runs live in the windows' prepared units, which this aligner holds.
        return withExtendedLifetime((a.prepared, b.prepared)) { () -> (shared: Int, unmatchedNumbers: Int, words: Int) in
            let left = a.run(rangeA), right = b.run(rangeB)
            var shared = 0
            @inline(__always)
            func merge(_ i: inout Int, _ endA: Int, _ j: inout Int, _ endB: Int, limit: Int) {
                let start = shared
                while i < endA && j < endB && shared &- start < limit {
                    let x = left[i].rawValue, y = right[j].rawValue
                    shared &+= x == y ? 1 : 0
                    i &+= x <= y ? 1 : 0
                    j &+= y <= x ? 1 : 0
                }
            }
            var i = 0, j = 0
            merge(&i, numbersA, &j, numbersB, limit: .max)
            let sharedNumbers = shared
            i = numbersA
            j = numbersB
            merge(&i, left.count - wordsA, &j, right.count - wordsB, limit: .max)
            let beforeWords = shared
            i = left.count - wordsA
            j = right.count - wordsB
            merge(&i, left.count, &j, right.count, limit: wordLimit)
            return (shared, numbersA + numbersB - 2 * sharedNumbers, shared - beforeWords)
        }
    }

    /// The cost of every shape ending at every cell of the band (infinity where the bead would start
    /// outside it), computed once and read by Viterbi, forward, backward and the posteriors. Stored as
    /// `Float`: half the memory of the largest tables, and costs of a few units need no more digits;
    /// sums along paths are kept in `Double`.
    private func costTable(_ band: Band) -> [Float] {
        let cached = fixedCosts?.tables[band.halfWidth]
        var costs = cached ?? [Float](repeating: .infinity, count: band.cellCount * shapes.count)
        var fixed = cached == nil && fixedCosts != nil ? costs : []
        let keepsFixed = !fixed.isEmpty
        // Written through raw buffers: an array's every write checked that it was not shared.
        costs.withUnsafeMutableBufferPointer { costs in
            fixed.withUnsafeMutableBufferPointer { fixed in
                for i in 0...a.count {
                    for j in band.columns(i) {
                        let base = band.index(i, j)! * shapes.count
                        for (shapeIndex, shape) in shapes.enumerated()
                        where i >= shape.a && j >= shape.b && band.index(i - shape.a, j - shape.b) != nil {
                            if cached != nil {
                                costs[base + shapeIndex] += Float(lengthCost(shape, endingAt: i, j))
                            } else {
                                let part = Float(fixedCost(shape, endingAt: i, j))
                                if keepsFixed { fixed[base + shapeIndex] = part }
                                costs[base + shapeIndex] = Self.tableCost(fixed: part, length: lengthCost(shape, endingAt: i, j))
                            }
                        }
                    }
                }
            }
        }
        if keepsFixed { fixedCosts?.tables[band.halfWidth] = fixed }
        return costs
    }

    /// A cost as the table holds it: the parts rounded each on their own, as the cached path rounds
    /// them, so that both passes (and ``oneToOne(posteriors:)``) see the same costs.
    @inline(__always)
    private static func tableCost(fixed: Float, length: Double) -> Float { fixed + Float(length) }

    // MARK: - One unit against one

    /// The beads of one unit against one: either a 1–1 bead or the unit of each side left out. What
    /// Viterbi and forward–backward give over the 2 × 2 band, in the same arithmetic and order, but
    /// without building it; nil when the shapes lack 1–1 or a deletion.
    private func oneToOne(posteriors: Bool) -> [Bead]? {
        guard let both = shapes.firstIndex(where: { $0.a == 1 && $0.b == 1 }),
              let onlyA = shapes.firstIndex(where: { $0.a == 1 && $0.b == 0 }),
              let onlyB = shapes.firstIndex(where: { $0.a == 0 && $0.b == 1 }) else { return nil }
        let cost = { (shape: Int) in
            Double(Self.tableCost(fixed: Float(fixedCost(shapes[shape], endingAt: 1, 1)), length: lengthCost(shapes[shape], endingAt: 1, 1)))
        }
        // A deletion costs the same ending at (1, 1) as at (1, 0) or (0, 1).
        let (pair, dropA, dropB) = (cost(both), cost(onlyA), cost(onlyB))
        // Viterbi at (1, 1) takes the first cheapest shape in their order, from (0, 0), (0, 1) or (1, 0).
        let totals = [(both, 0 + pair), (onlyA, dropB + dropA), (onlyB, dropA + dropB)].sorted { $0.0 < $1.0 }
        var best = (shape: -1, total: Double.infinity)
        for (shape, total) in totals where total < best.total { best = (shape, total) }
        var path: [Bead]
        switch best.shape {
        case both: path = [Bead(a: 0..<1, b: 0..<1, posterior: 1)]
        case onlyA: path = [Bead(a: 0..<0, b: 0..<1, posterior: 1), Bead(a: 0..<1, b: 1..<1, posterior: 1)]
        default: path = [Bead(a: 0..<1, b: 0..<0, posterior: 1), Bead(a: 1..<1, b: 0..<1, posterior: 1)]
        }
        guard posteriors else { return path }
        // Forward to (1, 1) over the shapes in their order; backward from it.
        let (forwardB, forwardA) = (0 - dropB, 0 - dropA)  // forward at (0, 1) and (1, 0)
        let terms = totals.map { shape, _ in
            shape == both ? 0 - pair : shape == onlyA ? forwardB - dropA : forwardA - dropB
        }
        let total = terms.withUnsafeBufferPointer { Self.logSumExp($0, $0.count) }
        let (backwardB, backwardA) = (0 - dropA, 0 - dropB)  // backward at (0, 1) and (1, 0)
        for index in path.indices {
            let bead = path[index]
            let score: Double
            if bead.a.count == 1 && bead.b.count == 1 {
                score = 0 - pair + 0 - total
            } else if bead.a.isEmpty {
                // B's unit left out: from (0, 0) to (0, 1), or after A's, from (1, 0) to (1, 1).
                score = bead.a.lowerBound == 0 ? 0 - dropB + backwardB - total : forwardA - dropB + 0 - total
            } else {
                // A's unit left out: from (0, 0) to (1, 0), or after B's, from (0, 1) to (1, 1).
                score = bead.b.lowerBound == 0 ? 0 - dropA + backwardA - total : forwardB - dropA + 0 - total
            }
            path[index].posterior = min(1, max(0, exp(score)))
        }
        return path
    }

    // MARK: - Viterbi

    private func viterbi(_ band: Band, _ costs: [Float]) -> (path: [Bead], touchesEdge: Bool) {
        let n = a.count
        var best = [Double](repeating: .infinity, count: band.cellCount)
        var back = [UInt8](repeating: .max, count: band.cellCount)
        let shapeCount = shapes.count
        costs.withUnsafeBufferPointer { costs in
            best.withUnsafeMutableBufferPointer { best in
                back.withUnsafeMutableBufferPointer { back in
                    best[band.index(0, 0)!] = 0
                    for i in 0...n {
                        for j in band.columns(i) where i > 0 || j > 0 {
                            let here = band.index(i, j)!
                            // Starting here, with every earlier unit of both sides in the leading gap.
                            let start = startCost(i, j)
                            if start < best[here] {
                                best[here] = start
                                back[here] = Self.startsHere
                            }
                            for (shapeIndex, shape) in shapes.enumerated() where costs[here * shapeCount + shapeIndex] < .infinity {
                                let previous = band.index(i - shape.a, j - shape.b)!
                                let total = best[previous] + Double(costs[here * shapeCount + shapeIndex])
                                if total < best[here] {
                                    best[here] = total
                                    back[here] = UInt8(shapeIndex)
                                }
                            }
                        }
                    }
                }
            }
        }
        let (endI, endJ) = bestEnd(band, best)
        var path = trailingGap(from: endI, endJ).reversed() as [Bead]
        var touches = false
        var i = endI, j = endJ
        while i > 0 || j > 0 {
            let step = back[band.index(i, j)!]
            touches = touches || band.isAtEdge(i, j)
            if step == Self.startsHere { break }
            let shape = shapes[Int(step)]
            path.append(Bead(a: i - shape.a..<i, b: j - shape.b..<j, posterior: 1))
            i -= shape.a
            j -= shape.b
        }
        path += leadingGap(to: i, j).reversed()
        return (path.reversed(), touches)
    }

    // MARK: - Forward–backward

    private func withPosteriors(_ path: [Bead], _ band: Band, _ costs: [Float]) -> [Bead] {
        let n = a.count, m = b.count
        let shapeCount = shapes.count
        let steps = shapes.map { (a: $0.a, b: $0.b) }
        var forward = [Double](repeating: -.infinity, count: band.cellCount)
        var backward = [Double](repeating: -.infinity, count: band.cellCount)
        // Over raw buffers: these two passes visit every cell and shape of the band.
        costs.withUnsafeBufferPointer { costs in
            steps.withUnsafeBufferPointer { steps in
                withUnsafeTemporaryAllocation(of: Double.self, capacity: shapeCount + 1) { terms in
                    forward.withUnsafeMutableBufferPointer { forward in
                        forward[band.index(0, 0)!] = 0
                        for i in 0...n {
                            for j in band.columns(i) where i > 0 || j > 0 {
                                let here = band.index(i, j)!
                                var count = 0
                                let start = startCost(i, j)
                                if start < .infinity {
                                    terms[count] = -start
                                    count += 1
                                }
                                for shapeIndex in 0..<shapeCount {
                                    let cost = costs[here * shapeCount + shapeIndex]
                                    guard cost < .infinity else { continue }
                                    let step = steps[shapeIndex]
                                    let previous = forward[band.index(i - step.a, j - step.b)!]
                                    guard previous > -.infinity else { continue }
                                    terms[count] = previous - Double(cost)
                                    count += 1
                                }
                                forward[here] = Self.logSumExp(UnsafeBufferPointer(terms), count)
                            }
                        }
                    }
                    backward.withUnsafeMutableBufferPointer { backward in
                        backward[band.index(n, m)!] = 0
                        for i in stride(from: n, through: 0, by: -1) {
                            for j in band.columns(i).reversed() where i < n || j < m {
                                var count = 0
                                let end = endCost(i, j)
                                if end < .infinity {
                                    terms[count] = -end
                                    count += 1
                                }
                                for shapeIndex in 0..<shapeCount {
                                    let step = steps[shapeIndex]
                                    guard i + step.a <= n, j + step.b <= m, let next = band.index(i + step.a, j + step.b),
                                          backward[next] > -.infinity else { continue }
                                    terms[count] = backward[next] - Double(costs[next * shapeCount + shapeIndex])
                                    count += 1
                                }
                                backward[band.index(i, j)!] = Self.logSumExp(UnsafeBufferPointer(terms), count)
                            }
                        }
                    }
                }
            }
        }
        // Every path ends somewhere: at (n, m), or earlier with the rest of both sides in the trailing gap.
        let total = totalOfAllPaths(band, forward)
        let gaps = gapPosteriors(path, band, forward: forward, backward: backward, total: total)
        return path.map { bead in
            if let posterior = gaps.posterior(of: bead) {
                var result = bead
                result.posterior = posterior
                return result
            }
            let shapeIndex = shapes.firstIndex { $0.a == bead.a.count && $0.b == bead.b.count }!
            let end = band.index(bead.a.upperBound, bead.b.upperBound)!
            let score = forward[band.index(bead.a.lowerBound, bead.b.lowerBound)!] - Double(costs[end * shapes.count + shapeIndex])
                + backward[end] - total
            var result = bead
            result.posterior = min(1, max(0, exp(score)))
            return result
        }
    }

    @inline(__always)
    private static func logSumExp(_ terms: UnsafeBufferPointer<Double>, _ count: Int) -> Double {
        guard count > 0 else { return -.infinity }
        var maximum = -Double.infinity, largest = 0
        for index in 0..<count where terms[index] > maximum { (maximum, largest) = (terms[index], index) }
        guard maximum > -.infinity else { return -.infinity }
        // exp(0) is exactly 1: the largest term's exponential is not computed, and the sum is the same
        // to the last bit (same terms, same order).
        var sum = 0.0
        for index in 0..<count { sum += index == largest ? 1 : exp(terms[index] - maximum) }
        return maximum + log(sum)
    }
}

/// The model-independent costs of one pair of sequences, by band half-width: the estimation pass
/// fills it, the final pass adds only the re-estimated length costs. A class so that the two passes'
/// aligners share it.
///
/// `@unchecked Sendable`: each pair of sequences has its own cache, and the two passes over a pair run
/// one after the other, so no two threads ever use one cache at the same time.
final class FixedCostCache: @unchecked Sendable {
    var tables: [Int: [Float]] = [:]
}

/// The cells of the dynamic program kept in memory: for row i, the columns within `halfWidth` of
/// its centre (the diagonal i·m/n, or a ``BandCentre`` line).
struct Band {
    let n: Int
    let m: Int
    let halfWidth: Int
    private let low: [Int]
    private let high: [Int]
    private let offsets: [Int]
    let cellCount: Int

    /// - Parameters:
    ///   - centres: The centre column of each row; the diagonal i·m/n when nil.
    init(n: Int, m: Int, halfWidth: Int, centres: [Double]? = nil) {
        self.n = n
        self.m = m
        self.halfWidth = halfWidth
        var low: [Int] = [], high: [Int] = [], offsets: [Int] = []
        low.reserveCapacity(n + 1)
        high.reserveCapacity(n + 1)
        offsets.reserveCapacity(n + 1)
        var total = 0
        for i in 0...n {
            let center = centres?[i] ?? Double(i) * Double(m) / Double(n)
            var lo = max(0, Int((center - Double(halfWidth)).rounded(.down)))
            let hi = min(m, Int((center + Double(halfWidth)).rounded(.up)))
            // Keep rows overlapping so every shape has a predecessor inside the band.
            if let previous = low.last { lo = max(0, min(lo, previous + 1)) }
            low.append(lo)
            high.append(hi)
            offsets.append(total - lo)
            total += hi - lo + 1
        }
        self.low = low
        self.high = high
        self.offsets = offsets
        cellCount = total
    }

    var isFull: Bool { low.allSatisfy { $0 == 0 } && high.allSatisfy { $0 == m } }

    @inline(__always)
    func columns(_ i: Int) -> ClosedRange<Int> { low[i]...high[i] }

    @inline(__always)
    func index(_ i: Int, _ j: Int) -> Int? {
        guard j >= low[i] && j <= high[i] else { return nil }
        return offsets[i] + j
    }

    /// A cell next to a side of the band that is not the matrix's own border.
    func isAtEdge(_ i: Int, _ j: Int) -> Bool {
        (low[i] > 0 && j <= low[i] + 1) || (high[i] < m && j >= high[i] - 1)
    }
}
