import TermAlignGlossary

/// Omission, addition, scope and framing: passage by passage, which versions have which concepts, and
/// whether a version that lacks one says it through a broader, narrower, contrasting or related concept.
struct ConceptCoverage {
    let context: ComparisonContext

    /// A concept of some versions met by another concept in others, merged over the versions involved
    /// (concept indices, the lower first; the relation is stated from `first` to `second`).
    private struct Substitution: Equatable {
        let first: Int, second: Int
    }

    /// A version that lacks a concept in a passage, and the versions that have it there (both in
    /// document order).
    private struct Lack {
        let document: Int
        let holders: [Int]
        /// Whether the lacking version's text is cut short wherever the holders say the concept (a
        /// quoted fragment, an excerpt that stops mid-sentence): the concept may lie in what it does
        /// not quote.
        var cutShort = false
    }

    func findings() -> [Finding] {
        context.passages.flatMap(findings(in:))
    }

    private func findings(in passage: ComparisonContext.Passage) -> [Finding] {
        // A passage without concepts has nothing to check, and costs no arrays.
        guard passage.occurrences.contains(where: { !$0.isEmpty }) else { return [] }
        let documents = passage.present.indices.filter { passage.present[$0] }
        guard documents.count >= 2 else { return [] }
        // Per document (all of them, absent ones empty): its concepts here, sorted and unique.
        // Arrays, not sets: a passage holds a handful, and there are thousands of passages.
        let concepts = passage.present.indices.map { document in
            Self.sortedUnique(passage.occurrences[document].map { context.conceptIndices[$0] })
        }
        let all = Self.sortedUnique(documents.flatMap { concepts[$0] })
        // The common case: every version has the same concepts here; only their framing, or how often
        // a sentence says one, can differ.
        if documents.allSatisfy({ concepts[$0].count == all.count }) {
            return framingFindings(all, concepts, documents, passage) + sentenceFindings(all, documents, passage)
        }
        // Arrays searched linearly, not dictionaries: a passage has a handful of each, and the
        // findings are sorted at the end, whatever order they come in.
        var substitutions: [(key: Substitution, kind: RelationKind, documents: [Int])] = []
        var missing: [(concept: Int, lacks: [Lack])] = []
        for concept in all {
            let having = documents.filter { concepts[$0].sortedContains(concept) }
            var lacks: [Lack] = []
            for lacking in documents where !concepts[lacking].sortedContains(concept) {
                var holders: [Int] = []
                for holder in having {
                    if let (other, kind) = substitute(for: concept, in: concepts[lacking], absentFrom: concepts[holder]) {
                        let key = Substitution(first: min(concept, other), second: max(concept, other))
                        if let known = substitutions.firstIndex(where: { $0.key == key }) {
                            substitutions[known].documents += [holder, lacking]
                        } else {
                            substitutions.append((key, concept < other ? kind : kind.inverse, [holder, lacking]))
                        }
                    } else if !onlyInUnmatchedSegments(concept, of: holder, lacking: lacking, passage) {
                        holders.append(holder)
                    }
                }
                if !holders.isEmpty {
                    lacks.append(Lack(document: lacking, holders: holders,
                                      cutShort: holders.allSatisfy { isCutShort(lacking, where: concept, of: $0, passage) }))
                }
            }
            if !lacks.isEmpty { missing.append((concept, lacks)) }
        }
        var result = substitutions.map { entry in
            substitutionFinding(entry.key, kind: entry.kind, documents: Self.sortedUnique(entry.documents), passage)
        }
        for entry in missing {
            result += missingFindings(entry.concept, entry.lacks, passage)
        }
        result += framingFindings(all, concepts, documents, passage)
        let common = all.filter { concept in documents.allSatisfy { concepts[$0].sortedContains(concept) } }
        result += sentenceFindings(common, documents, passage)
        return result
    }

    /// Concepts every version of a passage has, but that one version says in a sentence where
    /// another, aligned sentence by sentence, does not: an addition inside a sentence, which the
    /// passage as a whole hides. Only where the versions pair one sentence with one and the aligner
    /// is sure of it, where the poorer version says the concept fewer times in the passage, and not
    /// in the sentences on either side (a translation may move a word to the next sentence).
    private func sentenceFindings(_ concepts: [Int], _ documents: [Int], _ passage: ComparisonContext.Passage) -> [Finding] {
        let segments = context.alignment.segments
        guard passage.segments.count >= 2 else { return [] }
        var result: [Finding] = []
        for concept in concepts {
            // Per document: the segments where it says the concept.
            let places = documents.map { document in
                passage.occurrences[document].filter { context.conceptIndices[$0] == concept }.map { context.occurrences[$0].segment }
            }
            guard Set(places.map(\.count)).count > 1 else { continue }
            for (richer, rich) in places.enumerated() {
                for (poorer, poor) in places.enumerated() where poor.count < rich.count {
                    let (holder, lacking) = (documents[richer], documents[poorer])
                    for segment in Self.unpaired(rich, poor) {
                        let found = segments[segment]
                        guard found.confidence >= NumberCheck.confidentSegment, found.units[holder]?.count == 1,
                              found.units[lacking]?.count == 1, context.isCutShort(lacking, in: segment) == false else { continue }
                        let evidence = passage.occurrences[holder]
                            .filter { context.conceptIndices[$0] == concept && context.occurrences[$0].segment == segment }
                            .map(context.evidence)
                        result.append(sentenceFinding(concept, holder: holder, lacking: lacking, segment: segment, evidence))
                    }
                }
            }
        }
        return result
    }

    /// The segments of `rich` left when each of `poor` takes the same segment or, failing that, a
    /// neighbouring one (a translation may move a word to the next sentence), each at most once.
    private static func unpaired(_ rich: [Int], _ poor: [Int]) -> [Int] {
        var left = rich.sorted()
        var unplaced: [Int] = []
        for segment in poor.sorted() {
            if let same = left.firstIndex(of: segment) { left.remove(at: same) } else { unplaced.append(segment) }
        }
        for segment in unplaced {
            if let near = left.firstIndex(where: { abs($0 - segment) == 1 }) { left.remove(at: near) }
        }
        var seen = Set<Int>()
        return left.filter { seen.insert($0).inserted }
    }

    private func sentenceFinding(_ concept: Int, holder: Int, lacking: Int, segment: Int, _ evidence: [Evidence]) -> Finding {
        let id = context.index.glossary.concepts[concept].id
        var message = MessageText(capacity: 160)
        message.append(context.ids[holder])
        message.append(" ")
        say(concept, evidence, CollectionOfOne(holder), to: &message)
        message.append(" in a sentence whose counterpart in ")
        message.append(context.ids[lacking])
        message.append(" does not, although both versions have the concept elsewhere in the passage.")
        if let note = context.explanation(concept) {
            message.append(" Glossary: ")
            message.append(note)
        }
        let omission = context.isOmission(having: [holder], lacking: [lacking])
        return Finding(kind: omission ? .omission : .addition, severity: .warning, concept: id, segment: segment,
                       documents: [holder, lacking].sorted(), evidence: evidence, message: message.string)
    }

    /// Whether `lacking`'s text is cut short (or absent) in every segment where `holder` says `concept`.
    private func isCutShort(_ lacking: Int, where concept: Int, of holder: Int, _ passage: ComparisonContext.Passage) -> Bool {
        passage.occurrences[holder].allSatisfy { position in
            context.conceptIndices[position] != concept || context.isCutShort(lacking, in: context.occurrences[position].segment) != false
        }
    }

    /// Consuming: the callers' arrays are fresh, so they are sorted in place rather than copied.
    private static func sortedUnique(_ values: consuming [Int]) -> [Int] {
        var sorted = values
        sorted.sort()
        var kept = 0
        for value in sorted where kept == 0 || sorted[kept - 1] != value {
            sorted[kept] = value
            kept += 1
        }
        sorted.removeLast(sorted.count - kept)
        return sorted
    }

    /// The best concept of `candidates` related to `concept` and absent from the other version:
    /// broader or narrower first (scope), then contrast, then related.
    private func substitute(for concept: Int, in candidates: [Int], absentFrom other: [Int]) -> (Int, RelationKind)? {
        var best: (concept: Int, kind: RelationKind, rank: Int)?
        for candidate in candidates where !other.sortedContains(candidate) {
            for kind in context.index.relationKinds(from: concept, to: candidate) {
                let rank = Self.rank(kind)
                if best.map({ rank < $0.rank || (rank == $0.rank && candidate < $0.concept) }) ?? true {
                    best = (candidate, kind, rank)
                }
            }
        }
        return best.map { ($0.concept, $0.kind) }
    }

    private static func rank(_ kind: RelationKind) -> Int {
        switch kind {
        case .broader, .narrower: return 0
        case .contrast: return 1
        case .related: return 2
        }
    }

    /// A concept that sits only in sentences the other version lacks is reported with those sentences.
    private func onlyInUnmatchedSegments(_ concept: Int, of holder: Int, lacking: Int,
                                         _ passage: ComparisonContext.Passage) -> Bool {
        passage.occurrences[holder].allSatisfy { position in
            context.conceptIndices[position] != concept
                || context.alignment.segments[context.occurrences[position].segment].ranges[lacking] == nil
        }
    }

    // MARK: - Findings

    /// The occurrences of `concept`, and of `other` if given, in `documents`.
    private func evidence<Documents: Collection<Int>>(of concept: Int, or other: Int? = nil, in documents: Documents,
                                                      _ passage: ComparisonContext.Passage) -> [Evidence] {
        let matches = { (position: Int) in
            context.conceptIndices[position] == concept || context.conceptIndices[position] == other
        }
        // Counted first: one or two items are the rule, and growing an array by appending allocates
        // at each of the first sizes.
        var count = 0
        for document in documents {
            for position in passage.occurrences[document] where matches(position) { count += 1 }
        }
        var result: [Evidence] = []
        result.reserveCapacity(count)
        for document in documents {
            for position in passage.occurrences[document] where matches(position) {
                result.append(context.evidence(position))
            }
        }
        return result
    }

    private func firstSegment(_ evidence: [Evidence], _ passage: ComparisonContext.Passage) -> Int {
        var first: Int?
        for item in evidence {
            guard let occurrence = item.occurrence else { continue }
            first = min(first ?? .max, context.occurrences[occurrence].segment)
        }
        return first ?? passage.segments.lowerBound
    }

    private func substitutionFinding(_ key: Substitution, kind: RelationKind, documents: [Int],
                                     _ passage: ComparisonContext.Passage) -> Finding {
        let glossary = context.index.glossary
        let evidence = evidence(of: key.first, or: key.second, in: documents, passage)
        // Told from the side of the first document: its concept first.
        let leading = conceptIndex(of: evidence[0])
        let key = leading == key.first ? key : Substitution(first: key.second, second: key.first)
        let kind = leading == key.first ? kind : kind.inverse
        let (first, second) = (glossary.concepts[key.first], glossary.concepts[key.second])
        let users = { (concept: Int) in
            documents.filter { document in evidence.contains { $0.document == document && conceptIndex(of: $0) == concept } }
        }
        let (firstUsers, secondUsers) = (users(key.first), users(key.second))
        let findingKind: FindingKind
        let severity: Severity
        let relation: String
        switch kind {
        case .broader, .narrower:
            (findingKind, severity) = (.scope, .warning)
            relation = "a \(kind == .broader ? "broader" : "narrower") concept"
        case .contrast:
            (findingKind, severity) = (.framing, .warning)
            relation = "a contrasting concept"
        case .related:
            let differ = framings(in: evidence, of: firstUsers) != framings(in: evidence, of: secondUsers)
            (findingKind, severity) = (.framing, differ ? .warning : .info)
            relation = differ ? "a related concept with another framing" : "a related concept"
        }
        let note = context.explanation(key.first) ?? context.explanation(key.second)
        var message = MessageText(capacity: 192 + (note?.utf8.count ?? 0))
        context.appendNames(firstUsers, to: &message)
        message.append(" ")
        say(key.first, evidence, firstUsers, to: &message)
        message.append(" where ")
        context.appendNames(secondUsers, to: &message)
        message.append(" ")
        say(key.second, evidence, secondUsers, to: &message)
        for part in [", ", relation, " (", second.id, " for ", first.id, ")."] { message.append(part) }
        if let note {
            message.append(" Glossary: ")
            message.append(note)
        }
        return Finding(kind: findingKind, severity: severity, concept: first.id, relatedConcept: second.id,
                       segment: firstSegment(evidence, passage), documents: documents, evidence: evidence,
                       message: message.string)
    }

    private func missingFindings(_ conceptIndex: Int, _ lacks: [Lack], _ passage: ComparisonContext.Passage) -> [Finding] {
        let concept = context.index.glossary.concepts[conceptIndex].id
        let lacking = lacks.map(\.document)
        let having = Self.sortedUnique(lacks.flatMap(\.holders))
        let note = context.explanation(conceptIndex).map { " Glossary: " + $0 } ?? ""
        // Each message is written as bytes into one buffer: a bench passage has thousands of these.
        var message = MessageText(capacity: 192 + note.utf8.count)
        if context.isOmission(having: having, lacking: lacking) {
            return lacks.map { lack in
                let evidence = evidence(of: conceptIndex, in: lack.holders, passage)
                message.reset()
                context.appendNames(lack.holders, to: &message)
                message.append(" ")
                say(conceptIndex, evidence, lack.holders, to: &message)
                message.append("; the aligned passage of ")
                message.append(context.ids[lack.document])
                message.append(" has no counterpart (neither ")
                message.append(concept)
                message.append(" nor a related concept).")
                message.append(note)
                var documents = lack.holders
                documents.append(lack.document)
                documents.sort()
                if lack.cutShort { message.append(Self.cutShortNote) }
                return Finding(kind: .omission, severity: lack.cutShort ? .info : .warning, concept: concept,
                               segment: firstSegment(evidence, passage), documents: documents, evidence: evidence,
                               message: message.string)
            }
        }
        return having.map { document in
            // The versions without the concept, then (once the message has named them) all involved.
            var others: [Int] = []
            others.reserveCapacity(lacks.count + 1)
            for lack in lacks where lack.holders.contains(document) { others.append(lack.document) }
            let evidence = evidence(of: conceptIndex, in: CollectionOfOne(document), passage)
            message.reset()
            message.append(context.ids[document])
            message.append(" ")
            say(conceptIndex, evidence, CollectionOfOne(document), to: &message)
            message.append(", which the aligned passage of ")
            context.appendNames(others, to: &message)
            message.append(" does not have (neither ")
            message.append(concept)
            message.append(" nor a related concept).")
            message.append(note)
            let cutShort = lacks.allSatisfy { !$0.holders.contains(document) || $0.cutShort }
            if cutShort { message.append(Self.cutShortNote) }
            others.append(document)
            others.sort()
            return Finding(kind: .addition, severity: cutShort ? .info : .warning, concept: concept,
                           segment: firstSegment(evidence, passage), documents: others, evidence: evidence, message: message.string)
        }
    }

    /// Said of a concept the other version's text may simply not reach.
    static let cutShortNote = " The other text is cut short here (a quotation, or an excerpt that stops mid-sentence): it may lie in what is not quoted."

    /// The same concept in several versions, by terms with different framing labels.
    private func framingFindings(_ all: [Int], _ concepts: [[Int]], _ documents: [Int],
                                 _ passage: ComparisonContext.Passage) -> [Finding] {
        all.compactMap { conceptIndex in
            guard framingVaries(conceptIndex, passage) else { return nil }
            let having = documents.filter { concepts[$0].sortedContains(conceptIndex) }
            guard having.count >= 2 else { return nil }
            let evidence = evidence(of: conceptIndex, in: having, passage)
            let labels = having.map { framings(in: evidence, of: [$0]) }
            guard Set(labels).count >= 2, labels.contains(where: { $0 != [nil] }) else { return nil }
            let concept = context.index.glossary.concepts[conceptIndex]
            let described = zip(having, labels).map { document, labels in
                "\(context.ids[document]) \(labels.map { $0 ?? "no label" }.sorted().joined(separator: ", "))"
            }
            var message = "\(concept.id) is rendered with different framing labels: \(described.joined(separator: "; "))."
            if let note = context.explanation(conceptIndex) { message += " Glossary: " + note }
            return Finding(kind: .framing, severity: .warning, concept: concept.id, segment: firstSegment(evidence, passage),
                           documents: having, evidence: evidence, message: message)
        }
    }

    /// Whether the concept's occurrences in the passage carry more than one framing label (none counts
    /// as one): the usual answer is no, and it needs no sets.
    private func framingVaries(_ concept: Int, _ passage: ComparisonContext.Passage) -> Bool {
        var first: String??
        for positions in passage.occurrences {
            for position in positions where context.conceptIndices[position] == concept {
                let framing = context.framings[position]
                if let seen = first {
                    if seen != framing { return true }
                } else {
                    first = .some(framing)
                }
            }
        }
        return false
    }

    /// The glossary concept of an occurrence's evidence.
    private func conceptIndex(of evidence: Evidence) -> Int {
        context.conceptIndices[evidence.occurrence!]
    }

    /// The framing labels (nil: none) of the terms the given documents use in `evidence`.
    private func framings(in evidence: [Evidence], of documents: [Int]) -> Set<String?> {
        Set(evidence.filter { documents.contains($0.document) }.map { context.framings[$0.occurrence!] })
    }

    /// Appends "say “специальная военная операция” (special-military-operation)" to `message`.
    private func say<Documents: Collection<Int>>(_ concept: Int, _ evidence: [Evidence], _ documents: Documents,
                                                 to message: inout MessageText) {
        message.append(documents.count == 1 ? "says " : "say ")
        // The first three distinct texts, as they read on one line; only those are quoted. Most
        // evidence is one text, which needs no list.
        var quoted = 0
        var first = "", second = ""
        for item in evidence where documents.contains(item.document) && conceptIndex(of: item) == concept {
            let text = item.text.onOneLine
            if quoted >= 1 && text == first || quoted >= 2 && text == second { continue }
            message.append(quoted == 0 ? "“" : ", “")
            message.append(text)
            message.append("”")
            quoted += 1
            if quoted == 3 { break }
            if quoted == 1 { first = text } else { second = text }
        }
        message.append(" (")
        message.append(context.index.glossary.concepts[concept].id)
        message.append(")")
    }
}
