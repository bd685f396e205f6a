import TermAlignText

/// Stretches some versions have and another lacks altogether, each reported once. What a version
/// lacks before its shared text begins or after it ends, or as a run of whole paragraphs, is what
/// an excerpt, a news report or an abridged repost leaves out (or a title, a dateline, a lead the
/// others add): a `coverage` finding (information); a version that lacks much of the others' text
/// is summed up as an excerpt or abridged. What it lacks where it has text on both sides — a
/// sentence, two — is an `omission` or `addition` (a warning).
struct SegmentCoverage {
    let context: ComparisonContext

    /// A run of consecutive segments in which `lacking` has no text and `having` have some.
    struct Run {
        var segments: ClosedRange<Int>
        var lacking: [Int]
        var having: [Int]
        var place: Place
    }

    /// Where a run lies.
    enum Place: Equatable {
        /// Before the versions meet: the lacking version begins later, or the having ones open with
        /// text of their own (a title, a dateline, a lead) — which, the texts alone cannot tell.
        case opening
        /// After they part: the lacking version stops earlier, or the having ones go on.
        case ending
        /// Inside, as whole paragraphs of the having versions or many sentences: an abridged version's cut.
        case longCut
        /// Only titles, datelines or headings: whole paragraphs that do not end like sentences.
        case headings
        /// Inside, a sentence or a few: a divergence.
        case inText

        var isCoverage: Bool { self != .inText }
    }

    /// A version that has at least this share of the others' text is complete, whatever it lacks.
    static let completeShare = 0.85

    /// Or this many sentences: a version that lacks so much at one place is cut, not missing a sentence.
    static let sentencesOfALongCut = 4

    /// A run of `place` needs at least this many whole paragraphs of a having version to be a cut
    /// rather than an omission.
    static let paragraphsOfALongCut = 2

    /// Where each version has text, computed once for all runs.
    private struct Presence {
        /// `text[segment][document]`: letters or digits of that version in that segment.
        let text: [[Bool]]
        /// Per version, the first and the last segment where it has text beside another version's.
        let first: [Int?], last: [Int?]
        /// Per segment, the positions in `context.occurrences` of the occurrences it holds, in order.
        let occurrences: [[Int]]
    }

    func results() -> (findings: [Finding], coverage: [VersionCoverage]) {
        let segments = context.alignment.segments
        let count = context.documents.count
        // Which versions have text (letters or digits) in each segment.
        let text = segments.map { segment in
            (0..<count).map { document in segment.ranges[document].map { hasText(context.documents[document], $0) } ?? false }
        }
        let linked = text.map { row in (0..<count).map { row[$0] && row.count(where: { $0 }) >= 2 } }
        let first = (0..<count).map { document in linked.firstIndex { $0[document] } }
        let last = (0..<count).map { document in linked.lastIndex { $0[document] } }
        var runs: [Run] = []
        for lacking in 0..<count where first[lacking] != nil {
            var index = 0
            while index < segments.count {
                guard !text[index][lacking], text[index].contains(true) else {
                    index += 1
                    continue
                }
                var end = index
                while end + 1 < segments.count && !text[end + 1][lacking] && text[end + 1].contains(true) { end += 1 }
                let having = (0..<count).filter { document in (index...end).contains { text[$0][document] } }
                runs.append(Run(segments: index...end, lacking: [lacking], having: having,
                                place: place(index...end, lacking: lacking, having: having, first: first, last: last)))
                index = end + 1
            }
        }
        // One finding for the versions that lack the same stretch of the same others.
        var merged: [Run] = []
        for run in runs {
            if let same = merged.firstIndex(where: { $0.segments == run.segments && $0.having == run.having && $0.place == run.place }) {
                merged[same].lacking += run.lacking
            } else {
                merged.append(run)
            }
        }
        let coverage = summaries(text, runs: runs)
        guard !merged.isEmpty else { return ([], coverage) }
        var occurrences = [[Int]](repeating: [], count: segments.count)
        for (position, located) in context.occurrences.enumerated() { occurrences[located.segment].append(position) }
        let presence = Presence(text: text, first: first, last: last, occurrences: occurrences)
        // Lengths are read only where a passage lacks inside the text: most comparisons have none.
        let fit = merged.contains { $0.place == .inText } ? NeighbourFit(lengths: SegmentLengths(context: context, hasText: text)) : nil
        let findings = merged.map { finding($0, coverage: coverage, presence: presence, fit: fit) }
        return (findings, coverage)
    }

    // MARK: - Places

    private func place(_ run: ClosedRange<Int>, lacking: Int, having: [Int], first: [Int?], last: [Int?]) -> Place {
        let before = having.allSatisfy { first[$0].map { run.upperBound < $0 } ?? true } || run.upperBound < first[lacking]!
        if before { return .opening }
        let after = having.allSatisfy { last[$0].map { run.lowerBound > $0 } ?? true } || run.lowerBound > last[lacking]!
        if after { return .ending }
        let wholeParagraphs = having.map { paragraphs(of: $0, within: run) }.max() ?? 0
        let sentences = having.map { document in run.reduce(0) { $0 + (context.alignment.segments[$1].units[document]?.count ?? 0) } }.max() ?? 0
        if wholeParagraphs >= Self.paragraphsOfALongCut || sentences >= Self.sentencesOfALongCut { return .longCut }
        return isHeadingsOnly(run, having: having) ? .headings : .inText
    }

    /// Whether the having versions' text in the run is whole paragraphs that do not end like
    /// sentences (a title, a heading) or datelines and timestamps, wherever they stand.
    private func isHeadingsOnly(_ run: ClosedRange<Int>, having: [Int]) -> Bool {
        having.allSatisfy { document in
            run.allSatisfy { segment in
                guard let range = context.alignment.segments[segment].ranges[document] else { return true }
                let version = context.documents[document]
                let trimmed = version.trimmed(range)
                guard !trimmed.isEmpty else { return true }
                return version.bytes.withUnsafeBufferPointer { bytes in
                    Dateline.isDateline(bytes, trimmed.range)
                        || (!SentenceEnd.isSentenceEnd(bytes, trimmed.range) && context.paragraphs[document].contains(trimmed))
                }
            }
        }
    }

    /// How many whole paragraphs of `document` lie in the segments of `run`.
    private func paragraphs(of document: Int, within run: ClosedRange<Int>) -> Int {
        let ranges = run.compactMap { context.alignment.segments[$0].ranges[document] }
        guard let lower = ranges.first?.lowerBound, let upper = ranges.last?.upperBound else { return 0 }
        return context.paragraphs[document].count { $0.lowerBound >= lower && $0.upperBound <= upper }
    }

    // MARK: - Findings

    private func finding(_ run: Run, coverage: [VersionCoverage], presence: Presence, fit: NeighbourFit?) -> Finding {
        let segments = context.alignment.segments
        var evidence: [Evidence] = []
        for document in run.having {
            let ranges = run.segments.compactMap { segment in
                segments[segment].ranges[document].map { context.documents[document].trimmed($0) }.flatMap { $0.isEmpty ? nil : $0 }
            }
            for range in [ranges.first, ranges.count > 1 ? ranges.last : nil].compactMap({ $0 }) {
                evidence.append(Evidence(document: document, range: range, text: context.documents[document].text(in: range)))
            }
        }
        let sentences = run.having.map { document in
            run.segments.reduce(0) { $0 + (segments[$1].units[document]?.count ?? 0) }
        }.max() ?? 0
        let concepts = carried(run, presence)
        let carrying = concepts.isEmpty ? "" : " It carries \(concepts.joined(separator: ", "))."
        let documents = (run.having + run.lacking).sorted()
        let lacking = context.names(run.lacking), having = context.names(run.having)
        let (singleLacking, singleHaving) = (run.lacking.count == 1, run.having.count == 1)
        let what = sentences == 1 ? "1 sentence" : "\(sentences) sentences"
        let quoted = ComparisonContext.quote(Self.excerpt(evidence[0].text))
        let span = evidence.count > 1 && evidence[1].document == evidence[0].document
            ? " to " + ComparisonContext.quote(Self.excerpt(evidence[1].text)) : ""
        var message: String
        switch run.place {
        case .opening:
            message = "\(lacking) \(singleLacking ? "has" : "have") nothing for the opening of \(having) (\(what): \(quoted)\(span)): "
                + "\(lacking) \(singleLacking ? "begins" : "begin") later, or \(having) \(singleHaving ? "opens" : "open") with text of \(singleHaving ? "its" : "their") own (a title, a dateline, a lead)."
        case .ending:
            message = "\(lacking) \(singleLacking ? "has" : "have") nothing for the end of \(having) (\(what) from \(quoted)): "
                + "\(lacking) \(singleLacking ? "stops" : "stop") earlier, or \(having) \(singleHaving ? "goes" : "go") on with text of \(singleHaving ? "its" : "their") own."
        case .headings:
            message = "\(having) \(singleHaving ? "has" : "have") a title, a dateline or a heading here that \(lacking) \(singleLacking ? "does" : "do") not: \(quoted)\(span)."
        case .longCut:
            message = "\(lacking) \(singleLacking ? "leaves" : "leave") out \(what) of \(having) here (\(quoted)\(span)): an abridged version, or passages the others added."
        case .inText:
            if context.isOmission(having: run.having, lacking: run.lacking) {
                message = "\(lacking) \(singleLacking ? "has" : "have") nothing for this passage of \(having): \(quoted)\(span)."
            } else {
                message = "\(having) \(singleHaving ? "has" : "have") a passage that \(lacking) \(singleLacking ? "does" : "do") not: \(quoted)\(span)."
            }
        }
        var confidence = run.place.isCoverage ? 1 : flankingConfidence(run, coverage: coverage, presence: presence)
        if run.place == .inText, let holder = fit?.neighbourHolding(run) {
            // The lacking version's neighbouring text has room for the passage: a merge the aligner
            // did not make is as likely as an omission.
            message += " \(context.names([holder.lacking])) may render it in the neighbouring passage, which is longer than "
                + "\(context.names([holder.having]))'s by about as much."
            confidence = min(confidence, NeighbourFit.doubtfulConfidence)
        }
        let kind: FindingKind = run.place.isCoverage ? .coverage
            : context.isOmission(having: run.having, lacking: run.lacking) ? .omission : .addition
        var finding = Finding(kind: kind, severity: run.place.isCoverage ? .info : .warning, segment: run.segments.lowerBound,
                              documents: documents, evidence: evidence, message: message + carrying, confidence: confidence)
        if run.place == .inText && !lackedAround(run, concepts: concepts, presence) { finding.uncertainBelow = Finding.uncertainPassage }
        return finding
    }

    /// How sure the alignment is that a lacking excerpt has text on both sides of an in-text run, where
    /// that rests on its first or last text paired with the others: a lead or a quoted fragment paired
    /// with the wrong sentence makes what lies between look like an omission. In a complete version the
    /// run's own segments say how sure the alignment is.
    private func flankingConfidence(_ run: Run, coverage: [VersionCoverage], presence: Presence) -> Double {
        let segments = context.alignment.segments
        var least = 1.0
        for document in run.lacking where coverage[document].kind != .complete {
            let has = { (index: Int) in presence.text[index][document] }
            // The nearest text before the run counts when nothing of this version is paired earlier.
            if let before = (0..<run.segments.lowerBound).last(where: has), (presence.first[document] ?? before) >= before {
                least = min(least, segments[before].confidence)
            }
            if let after = (run.segments.upperBound + 1..<segments.count).first(where: has), (presence.last[document] ?? after) <= after {
                least = min(least, segments[after].confidence)
            }
        }
        return least
    }

    /// Whether the lacking versions have none of `concepts` in the segments next to the run either:
    /// the passage's concepts are missing, not rendered in a neighbouring sentence.
    private func lackedAround(_ run: Run, concepts: [String], _ presence: Presence) -> Bool {
        guard !concepts.isEmpty else { return false }
        let around = [run.segments.lowerBound - 1, run.segments.upperBound + 1].filter(presence.occurrences.indices.contains)
        return !around.contains { segment in
            presence.occurrences[segment].contains { position in
                let located = context.occurrences[position]
                return run.lacking.contains(located.document) && concepts.contains(located.occurrence.concept)
            }
        }
    }

    /// The concepts the having versions' text in a run holds, in order of appearance.
    private func carried(_ run: Run, _ presence: Presence) -> [String] {
        var concepts: [String] = []
        // In order of appearance: positions in `context.occurrences` run by document, then offset.
        for position in run.segments.flatMap({ presence.occurrences[$0] }).sorted() {
            let located = context.occurrences[position]
            if run.having.contains(located.document) && !concepts.contains(located.occurrence.concept) {
                concepts.append(located.occurrence.concept)
            }
        }
        return concepts
    }

    // MARK: - Versions

    private func summaries(_ text: [[Bool]], runs: [Run]) -> [VersionCoverage] {
        let segments = context.alignment.segments
        let count = context.documents.count
        var covered = [Int](repeating: 0, count: count), others = [Int](repeating: 0, count: count)
        var own = [Int](repeating: 0, count: count), total = [Int](repeating: 0, count: count)
        for (index, segment) in segments.enumerated() {
            let sizes = (0..<count).map { document in text[index][document] ? segment.ranges[document]!.count : 0 }
            let holders = sizes.count { $0 > 0 }
            for document in 0..<count {
                total[document] += sizes[document]
                if holders == 1 && sizes[document] > 0 { own[document] += sizes[document] }
                let rest = sizes.reduce(0, +) - sizes[document]
                others[document] += rest
                if sizes[document] > 0 { covered[document] += rest }
            }
        }
        let units = context.alignment.units.map(\.count)
        return (0..<count).map { document in
            // What a longer version lacks of a shorter one is the shorter one's own text (a lead).
            let places = runs.filter { run in run.lacking.contains(document) && run.having.contains { units[$0] > units[document] } }.map(\.place)
            let share = others[document] == 0 ? 1 : Double(covered[document]) / Double(others[document])
            // A title or a lead the others add does not make a version an excerpt: only lacking much does.
            let kind: VersionCoverage.Kind = share >= Self.completeShare ? .complete
                : places.contains(.opening) || places.contains(.ending) ? .excerpt
                : places.contains(.longCut) ? .abridged : .complete
            return VersionCoverage(document: document, kind: kind, coveredShare: share,
                                   ownShare: total[document] == 0 ? 0 : Double(own[document]) / Double(total[document]))
        }
    }

    private func hasText(_ document: Document, _ range: ByteRange) -> Bool {
        document.text(in: range).contains { $0.isLetter || $0.isNumber }
    }

    /// The first 80 characters, cut at a word where possible.
    static func excerpt(_ text: String) -> String {
        guard text.count > 80 else { return text }
        let cut = text.prefix(80)
        let word = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return String(word) + " …"
    }
}
