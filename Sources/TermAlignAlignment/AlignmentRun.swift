import Foundation
import TermAlignText

/// One alignment in progress: the per-document units, the pair models, the two levels.
struct AlignmentRun {
    let texts: [AnalyzedText]
    let builders: [UnitBuilder]
    let options: AlignmentOptions
    private var warnings: [AlignmentWarning] = []
    /// Reads the CPU time for ``stageTimes`` (the benchmark's); nil: no stage is timed.
    var clock: (() -> Double)?
    /// The CPU seconds each stage took, in order, when there is a ``clock``.
    private(set) var stageTimes: [(stage: String, seconds: Double)] = []
    private var lastMark = 0.0

    init(texts: [AnalyzedText], builders: [UnitBuilder], options: AlignmentOptions) {
        self.texts = texts
        self.builders = builders
        self.options = options
    }

    private var count: Int { texts.count }
    private var ids: [String] { texts.map(\.document.id) }

    mutating func align() -> Alignment {
        lastMark = clock?() ?? 0
        var (paragraphs, sentences) = units()
        mark("units")
        let pivot = texts.indices.max { texts[$0].sentences.count < texts[$1].sentences.count
            || (texts[$0].sentences.count == texts[$1].sentences.count && $0 > $1) }!
        let fixed = sentences.map { paragraphBeadsOfShortVersions($0, pivot: pivot, models: initialModels(paragraphs, warns: false)) } ?? [:]
        let paragraphLevel = alignParagraphs(paragraphs, pivot: pivot, fixed: fixed)
        let paragraphSegments = paragraphLevel.segments
        mark("paragraphs")

        let unitRanges: [[ByteRange]]
        let numbers: [UnitNumbers]
        let segments: [UnitSegment]
        let evidence: PairEvidence
        switch options.unit {
        case .paragraph:
            numbers = paragraphs.compactMap(\.numbers)
            unitRanges = builders.map(\.paragraphRanges)
            let numbered = paragraphSegments.enumerated().map { index, segment in
                var numbered = segment
                numbered.passage = index
                return numbered
            }
            (segments, evidence) = (numbered, paragraphLevel.evidence)
        case .sentence:
            unitRanges = builders.map(\.sentenceRanges)
            // What aligning sentences needs of the paragraphs is in their segments: they go before the
            // sentences' runs are built, so that the two levels' tables are never held together.
            paragraphs = []
            // Built above for this unit; prepared once for every passage of both passes.
            let prepared = Self.prepared(sentences!, for: .sentence)
            sentences = nil
            numbers = prepared.compactMap(\.units.numbers)
            // Estimating needs a few thousand sentence pairs, not all of a long document's.
            let sample = max(1, options.estimationPassages)
            let stride = paragraphSegments.count <= sample ? 1 : (paragraphSegments.count - 1) / sample + 1
            let sentenceLevel = align(.sentence, models: paragraphLevel.models) { aligner, estimating in
                sentenceSegments(paragraphSegments, prepared, pivot, &aligner, every: estimating ? stride : 1)
            }
            segments = Self.grouped(sentenceLevel.segments, prepared, models: sentenceLevel.models)
            evidence = sentenceLevel.evidence
        }
        if options.unit == .sentence { mark("sentences") }
        let pairs = summaries(evidence)
        warn(pairs, unitRanges: unitRanges, segments: segments)
        warnLimited([paragraphLevel.evidence, evidence])
        // A segment is as trustworthy as the least related pair of versions it joins.
        let scaled = segments.map { segment in
            var result = segment
            result.confidence *= pairs.filter { segment.units[$0.documents.0] != nil && segment.units[$0.documents.1] != nil }
                .map(\.relatedness).min() ?? 1
            return result
        }
        defer { mark("segments") }
        return Alignment(documents: texts.map(\.document), unit: options.unit, units: unitRanges,
                         segments: SegmentRanges.segments(scaled, unitRanges: unitRanges, sizes: texts.map(\.document.bytes.count)),
                         pairs: pairs, warnings: warnings, numbers: numbers)
    }

    /// Aligns one level; when the model is estimated, a first Viterbi-only pass re-estimates each
    /// pair's length model from its 1–1 beads before the pass that counts (`run`'s second argument
    /// tells which pass it is).
    private func align(_ level: MultiwayAligner.Level, models initial: PairModels,
                       _ run: (inout MultiwayAligner, Bool) -> [UnitSegment])
        -> (segments: [UnitSegment], models: PairModels, evidence: PairEvidence) {
        var models = initial
        let fixedCosts = level.reusesCosts ? (0..<count * count).map { _ in FixedCostCache() } : nil
        if options.estimatesLengthModel {
            var first = MultiwayAligner(level: level, models: models, count: count, threads: options.threads)
            first.posteriors = false
            first.fixedCosts = fixedCosts
            _ = run(&first, true)
            models = reestimated(models, from: first.evidence)
        }
        var aligner = MultiwayAligner(level: level, models: models, count: count, threads: options.threads)
        aligner.fixedCosts = fixedCosts
        let segments = run(&aligner, false)
        return (segments, models, aligner.evidence)
    }

    /// Each version's paragraph units and, when the alignment is made of sentences, its sentence
    /// units: sentences first, so that paragraphs take their anchors from them. Each version on its
    /// own core.
    private func units() -> (paragraphs: [UnitSequence], sentences: [UnitSequence]?) {
        let builders = self.builders, unit = options.unit
        let levels = Concurrently.map(builders.count, threads: options.threads) { index -> (paragraphs: UnitSequence, sentences: UnitSequence?) in
            let builder = builders[index]
            // The units the alignment is made of keep their numbers, for a comparison to check.
            var sentences: UnitSequence?
            if unit == .sentence {
                // A dateline is the sentences' heading (see `Level.headingMismatchCost`), is never cut
                // short, and its date and place speak for no sentence.
                let datelines = builder.datelineSentences()
                let hasDatelines = datelines.contains(true)
                sentences = builder.units(builder.sentenceRanges, markers: builder.sentenceMarkers(), collectsNumbers: true,
                                          silenced: hasDatelines ? datelines : [])
                sentences?.partial = builder.partialSentences(datelines: datelines)
                if hasDatelines { sentences?.headings = datelines }
            }
            return (builder.paragraphUnits(from: sentences, collectsNumbers: unit == .paragraph), sentences)
        }
        return (levels.map(\.paragraphs), unit == .sentence ? levels.map { $0.sentences! } : nil)
    }

    /// The paragraph level; its prepared runs live only as long as it does.
    /// - Parameter fixed: The beads of short versions against the pivot, found from their sentences.
    private mutating func alignParagraphs(_ paragraphs: [UnitSequence], pivot: Int, fixed: [Int: [Bead]])
        -> (segments: [UnitSegment], models: PairModels, evidence: PairEvidence) {
        let windows = Self.prepared(paragraphs, for: .paragraph).map { UnitWindow($0) }
        let initial = initialModels(paragraphs)
        let sample = max(1, options.estimationPassages)
        guard options.estimatesLengthModel && windows[pivot].count / 2 > sample else {
            return align(.paragraph, models: initial) { aligner, _ in
                aligner.fixedBeads = fixed
                return aligner.align(windows, pivot: pivot)
            }
        }
        // A long document's model is estimated on stretches of it, spread evenly, as the sentence
        // level's is: aligning all of it twice cost a quarter of the paragraph level.
        var first = MultiwayAligner(level: .paragraph, models: initial, count: count, threads: options.threads)
        first.posteriors = false
        for stretch in Self.stretches(windows, pivot: pivot, units: sample) { _ = first.align(stretch, pivot: pivot) }
        let models = reestimated(initial, from: first.evidence)
        var aligner = MultiwayAligner(level: .paragraph, models: models, count: count, threads: options.threads)
        aligner.fixedBeads = fixed
        return (aligner.align(windows, pivot: pivot), models, aligner.evidence)
    }

    /// Each version's units prepared for aligning at `level`. One after the other: a few
    /// milliseconds, and built on other threads their tables landed in other malloc arenas, which
    /// raised the peak by 3 MB.
    private static func prepared(_ sequences: [UnitSequence], for level: MultiwayAligner.Level) -> [PreparedUnits] {
        let span = BeadShape.maxSpan(level.shapes)
        return sequences.map { PreparedUnits($0, maxSpan: span) }
    }

    /// Four stretches of `units` / 4 pivot units, spread evenly over it, each with what the band's
    /// centre line places against it in the other versions.
    private static func stretches(_ windows: [UnitWindow], pivot: Int, units: Int) -> [[UnitWindow]] {
        let count = 4, length = max(1, units / count), total = windows[pivot].count
        // Each version's column on the centre line at every pivot row.
        let centres = windows.indices.map { version in
            version == pivot ? nil : BandCentre.centres(windows[pivot], windows[version])
        }
        return (0..<count).map { index in
            let start = index * (total - length) / (count - 1)
            let rows = start..<start + length
            return windows.indices.map { version in
                guard let line = centres[version] else { return windows[pivot].subwindow(rows) }
                let size = windows[version].count
                let from = min(size, max(0, Int(line[rows.lowerBound].rounded(.down))))
                let to = min(size, max(from, Int(line[rows.upperBound].rounded(.up))))
                return windows[version].subwindow(from..<to)
            }
        }
    }

    private mutating func mark(_ stage: String) {
        guard let clock else { return }
        let now = clock()
        stageTimes.append((stage, now - lastMark))
        lastMark = now
    }

    // MARK: - Sentences inside aligned paragraphs

    /// The sentence segments of every `every`-th paragraph segment.
    private func sentenceSegments(_ paragraphSegments: [UnitSegment], _ sentences: [PreparedUnits], _ pivot: Int,
                                  _ aligner: inout MultiwayAligner, every: Int) -> [UnitSegment] {
        var result: [UnitSegment] = []
        var windows = sentences.map(UnitWindow.empty)
        // The passages where each version's text begins and ends.
        let present = texts.indices.map { document in
            paragraphSegments.indices.filter { !(paragraphSegments[$0].units[document]?.isEmpty ?? true) }
        }
        for (passage, paragraphSegment) in paragraphSegments.enumerated() where passage % every == 0 {
            let edges = MultiwayAligner.Edges(begins: present.map { $0.first == passage }, ends: present.map { $0.last == passage })
            for document in texts.indices {
                guard let paragraphs = paragraphSegment.units[document], !paragraphs.isEmpty else {
                    windows[document] = .empty(sentences[document])
                    continue
                }
                let byParagraph = builders[document].sentencesByParagraph
                let range = byParagraph[paragraphs.lowerBound].lowerBound..<byParagraph[paragraphs.upperBound - 1].upperBound
                windows[document] = UnitWindow(sentences[document], units: range)
            }
            for segment in aligner.align(windows, pivot: pivot, edges: edges) {
                var shifted = segment
                for document in texts.indices {
                    guard let units = segment.units[document] else { continue }
                    let offset = windows[document].base
                    shifted.units[document] = units.lowerBound + offset..<units.upperBound + offset
                }
                shifted.confidence = min(segment.confidence, paragraphSegment.confidence)
                shifted.passage = passage
                result.append(shifted)
            }
        }
        return result
    }

    // MARK: - Models

    /// Each pair's starting model: the ratio of the documents' total lengths, unless it is far from
    /// what the languages make likely (an abridged version), then the typical ratio.
    private mutating func initialModels(_ paragraphs: [UnitSequence], warns: Bool = true) -> PairModels {
        let totals = paragraphs.map { $0.lengths.reduce(0, +) }
        var sizeWarnings: [AlignmentWarning] = []
        let models = PairModels(count: count) { low, high in
            let typical = LengthModel.typicalRatio(from: texts[low].document.language.rawValue,
                                                   to: texts[high].document.language.rawValue)
            let observed = totals[high] / max(1, totals[low])
            let factor = observed / typical
            guard factor < 1.6 && factor > 1 / 1.6 else {
                let (longer, shorter) = factor > 1 ? (high, low) : (low, high)
                sizeWarnings.append(AlignmentWarning(kind: .sizeMismatch, documents: [ids[low], ids[high]], message:
                    "\(ids[longer]) is \(Self.format(max(factor, 1 / factor)))× as long as a translation of \(ids[shorter]) usually is; one version may be abridged, extended or a different text"))
                return LengthModel(ratio: typical, variance: LengthModel.typicalVariance)
            }
            return LengthModel(ratio: observed, variance: LengthModel.typicalVariance)
        }
        if warns { warnings += sizeWarnings }
        return models
    }

    private func reestimated(_ models: PairModels, from evidence: PairEvidence) -> PairModels {
        var result = models
        for low in 0..<count {
            for high in low + 1..<count {
                guard let estimate = evidence[low, high].model() else { continue }
                // Fitted to the documents, but never so loose that lengths stop mattering. The first pass
                // kept the 1–1 beads that fit best, so their spread understates the true one: ×1.5
                // (chosen on the `termalign-bench align` sets and the own statement corpus, where it helped both).
                result[low, high] = LengthModel(ratio: estimate.ratio,
                                                variance: min(max(estimate.variance * 1.5, 1), 4 * LengthModel.typicalVariance))
            }
        }
        return result
    }

    // MARK: - Diagnostics

    private func summaries(_ evidence: PairEvidence) -> [PairSummary] {
        var pairs: [PairSummary] = []
        for low in 0..<count {
            for high in low + 1..<count {
                let estimate = evidence[low, high]
                guard estimate.units > 0 else { continue }
                let model = estimate.model()
                pairs.append(PairSummary(documents: (low, high), lengthRatio: model?.ratio ?? .nan,
                                         lengthVariance: model?.variance ?? .nan,
                                         anchors: (estimate.anchorsA, estimate.anchorsB, estimate.sharedAnchors),
                                         relatedness: Relatedness.score(estimate)))
            }
        }
        return pairs
    }

    private mutating func warn(_ pairs: [PairSummary], unitRanges: [[ByteRange]], segments: [UnitSegment]) {
        let unitName = options.unit == .paragraph ? "paragraph" : "sentence"
        for (index, ranges) in unitRanges.enumerated() where ranges.count == 1 && unitRanges.contains(where: { $0.count > 1 }) {
            warnings.append(AlignmentWarning(kind: .singleUnit, documents: [ids[index]], message:
                "\(ids[index]) is a single \(unitName): it is aligned as one segment with whatever the other versions hold"))
        }
        for pair in pairs where pair.relatedness < 0.5 {
            let (low, high) = pair.documents
            var figures: [String] = []
            if !pair.lengthVariance.isNaN {
                figures.append("lengths misfit \(Self.format(pair.lengthVariance / LengthModel.typicalVariance))× as much as translations do")
            }
            if pair.anchors.first + pair.anchors.second >= 8 {
                figures.append("\(pair.anchors.shared) of \(pair.anchors.first)/\(pair.anchors.second) numbers, acronyms and concepts shared")
            }
            warnings.append(AlignmentWarning(kind: .unrelated, documents: [ids[low], ids[high]], message:
                "\(ids[low]) and \(ids[high]) do not look like versions of one text (relatedness \(Self.format(pair.relatedness)): \(figures.joined(separator: "; "))); the alignment is unreliable"))
        }
        for document in 0..<count {
            let total = unitRanges[document].count
            let unmatched = segments.filter { segment in
                segment.units[document] != nil && segment.units.enumerated().allSatisfy { $0.offset == document || $0.element == nil }
            }.reduce(0) { $0 + $1.units[document]!.count }
            if total >= 4, Double(unmatched) > 0.4 * Double(total) {
                warnings.append(AlignmentWarning(kind: .manyUnmatched, documents: [ids[document]], message:
                    "\(unmatched) of \(total) \(unitName)s of \(ids[document]) have no counterpart in any other version"))
            }
        }
    }

    /// Pairs whose alignment hit the band budget: where they part further, the alignment is approximate.
    private mutating func warnLimited(_ levels: [PairEvidence]) {
        for low in 0..<count {
            for high in low + 1..<max(low + 1, count) where levels.contains(where: { $0[low, high].bandLimited }) {
                warnings.append(AlignmentWarning(kind: .bandLimit, documents: [ids[low], ids[high]], message:
                    "\(ids[low]) and \(ids[high]) part further than the aligner follows (a long stretch of one has no counterpart "
                    + "in the other, or they are different texts); the alignment there is approximate"))
            }
        }
    }

    static func format(_ value: Double) -> String { String(format: "%.2f", value) }
}
