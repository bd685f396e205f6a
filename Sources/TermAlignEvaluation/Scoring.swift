import TermAlignAlignment
import TermAlignComparison
import TermAlignText

/// Counts for one case (or all of them), added up over sets.
package struct Score: Sendable {
    /// Sentence links over the shared text: predicted links that are gold, predicted, gold.
    package var linksCorrect = 0, linksPredicted = 0, linksGold = 0
    /// The same net of the source: leaving out the gold links whose source sentences the alignment
    /// of the source's whole translations does not pair either, and the false links it makes too
    /// (a translator's reordering or loose rendering, not the construction's doing).
    package var netLinksCorrect = 0, netLinksPredicted = 0, netLinksGold = 0
    /// Findings at warning level and above that rest on a constructed divergence, and all of them.
    package var findingsTrue = 0, findingsReported = 0
    /// Those of the others that comparing the source's whole translations gives as well: divergences
    /// of the translators or the glossary's, not of the construction.
    package var findingsOfTheSource = 0
    /// Constructed in-text divergences, and those a true finding found.
    package var divergences = 0, divergencesFound = 0
    /// Constructed in-text divergences that a finding of any severity names (an uncertain one, taken
    /// down to information, included).
    package var divergencesReported = 0
    /// Omission and addition warnings about text outside the shared text (there should be none).
    package var outsideWarnings = 0
    /// Error-level findings, and those that are not true.
    package var errors = 0, falseErrors = 0
    /// Predicted links by the confidence of their segment: [0, 0.2), [0.2, 0.5), [0.5, 0.8), [0.8, 1].
    package var bucketCorrect = [0, 0, 0, 0], bucketPredicted = [0, 0, 0, 0]
    package var sets = 0

    package init() {}

    package var linkPrecision: Double { ratio(linksCorrect, linksPredicted) }
    package var linkRecall: Double { ratio(linksCorrect, linksGold) }
    package var linkF1: Double { f1(ratio(linksCorrect, linksPredicted), ratio(linksCorrect, linksGold)) }
    /// Link F1 net of the source (see ``netLinksCorrect``).
    package var netLinkF1: Double { f1(ratio(netLinksCorrect, netLinksPredicted), ratio(netLinksCorrect, netLinksGold)) }
    /// Nil when nothing was reported: precision is then not defined (and nothing false was said).
    package var findingPrecision: Double? { findingsReported == 0 ? nil : ratio(findingsTrue, findingsReported) }
    package var findingRecall: Double? { divergences == 0 ? nil : ratio(divergencesFound, divergences) }
    /// Precision leaving out the findings of the source (see ``findingsOfTheSource``).
    package var netFindingPrecision: Double? {
        findingsReported - findingsOfTheSource == 0 ? nil : ratio(findingsTrue, findingsReported - findingsOfTheSource)
    }

    private func ratio(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 1 : Double(part) / Double(whole) }
    private func f1(_ precision: Double, _ recall: Double) -> Double {
        precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }

    package static func + (lhs: Score, rhs: Score) -> Score {
        var sum = lhs
        sum.linksCorrect += rhs.linksCorrect
        sum.linksPredicted += rhs.linksPredicted
        sum.linksGold += rhs.linksGold
        sum.netLinksCorrect += rhs.netLinksCorrect
        sum.netLinksPredicted += rhs.netLinksPredicted
        sum.netLinksGold += rhs.netLinksGold
        sum.findingsTrue += rhs.findingsTrue
        sum.findingsReported += rhs.findingsReported
        sum.findingsOfTheSource += rhs.findingsOfTheSource
        sum.divergences += rhs.divergences
        sum.divergencesFound += rhs.divergencesFound
        sum.divergencesReported += rhs.divergencesReported
        sum.outsideWarnings += rhs.outsideWarnings
        sum.errors += rhs.errors
        sum.falseErrors += rhs.falseErrors
        for bucket in 0..<4 {
            sum.bucketCorrect[bucket] += rhs.bucketCorrect[bucket]
            sum.bucketPredicted[bucket] += rhs.bucketPredicted[bucket]
        }
        sum.sets += rhs.sets
        return sum
    }
}

package enum Scoring {
    /// Scores a comparison of `set` against what was built into it; `clean` is the comparison of the
    /// source's whole translations (``ConstructedSet/clean``).
    package static func score(_ comparison: Comparison, of set: ConstructedSet, clean: Comparison? = nil) -> Score {
        var score = links(comparison.alignment, of: set, clean: clean?.alignment)
        var found = Set<Int>()
        for finding in comparison.findings where finding.severity >= .warning {
            score.findingsReported += 1
            let matched = set.divergences.indices.filter { set.divergences[$0].kind == .inText && set.divergences[$0].isShown(by: finding) }
            if !matched.isEmpty {
                score.findingsTrue += 1
                found.formUnion(matched)
            } else if let clean, isOfTheSource(finding, set: set, clean: clean) {
                score.findingsOfTheSource += 1
            }
            if finding.severity == .error {
                score.errors += 1
                if matched.isEmpty { score.falseErrors += 1 }
            }
            if finding.kind == .omission || finding.kind == .addition, matched.isEmpty, set.rests(finding, on: .outside) {
                score.outsideWarnings += 1
            }
        }
        score.divergences = set.divergences.count { $0.kind == .inText }
        score.divergencesFound = found.count
        score.divergencesReported = set.divergences.count { divergence in
            divergence.kind == .inText && comparison.findings.contains(where: divergence.isShown)
        }
        return score
    }

    /// The sentence links of an alignment of `set`'s versions against the gold, and their confidence;
    /// with `clean` (the alignment of ``ConstructedSet/cleanDocuments``), the links net of the source.
    package static func links(_ alignment: Alignment, of set: ConstructedSet, clean: Alignment? = nil) -> Score {
        var score = Score()
        score.sets = 1
        let placed = placedSentences(set.versions, alignment)
        let cleanPlaced = clean.map { placedSentences(set.clean, $0) }
        for x in set.versions.indices {
            for y in (x + 1)..<set.versions.count {
                let gold = set.goldLinks(x, y)
                let predicted = predictedLinks(placed[x], placed[y], alignment, x, y)
                score.linksGold += gold.count
                score.linksPredicted += predicted.count
                score.linksCorrect += predicted.intersection(gold).count
                if let cleanPlaced {
                    // Source sentence pairs the whole translations' alignment puts in one segment.
                    var cleanPairs = Set<SentenceLink>()
                    for link in predictedLinks(cleanPlaced[x], cleanPlaced[y], clean!, x, y) {
                        for a in set.clean[x].sources[link.a] {
                            for b in set.clean[y].sources[link.b] { cleanPairs.insert(SentenceLink(a, b)) }
                        }
                    }
                    let sourcesX = set.versions[x].sources, sourcesY = set.versions[y].sources
                    let supported = { (link: SentenceLink) in
                        sourcesX[link.a].contains { source in sourcesY[link.b].contains(source) && cleanPairs.contains(SentenceLink(source, source)) }
                    }
                    let sharedError = { (link: SentenceLink) in
                        sourcesX[link.a].contains { a in sourcesY[link.b].contains { b in cleanPairs.contains(SentenceLink(a, b)) } }
                    }
                    score.netLinksGold += gold.count(where: supported)
                    score.netLinksCorrect += predicted.intersection(gold).count(where: supported)
                    score.netLinksPredicted += predicted.count { gold.contains($0) ? supported($0) : !sharedError($0) }
                }
                for link in predicted {
                    let confidence = alignment.segments[placed[x][link.a]!.segment].confidence
                    let bucket = confidence < 0.2 ? 0 : confidence < 0.5 ? 1 : confidence < 0.8 ? 2 : 3
                    score.bucketPredicted[bucket] += 1
                    if gold.contains(link) { score.bucketCorrect[bucket] += 1 }
                }
            }
        }
        return score
    }

    /// The segment of each gold sentence of each version, and the unit that holds most of it.
    private static func placedSentences(_ versions: [VersionText], _ alignment: Alignment) -> [[(segment: Int, unit: Int?)?]] {
        versions.indices.map { version in
            versions[version].sentences.map { sentence in
                segment(of: sentence, in: alignment, document: version).map { found in
                    let units = alignment.segments[found].units[version] ?? 0..<0
                    let unit = units.max { overlap(alignment.units[version][$0], sentence) < overlap(alignment.units[version][$1], sentence) }
                    return (found, unit)
                }
            }
        }
    }

    private static func overlap(_ a: ByteRange, _ b: ByteRange) -> Int {
        max(0, min(a.upperBound, b.upperBound) - max(a.lowerBound, b.lowerBound))
    }

    /// The pairs of sentences of versions `x` and `y` that lie in one bead: in one segment, and in one
    /// bead of the pair's own grouping where it has one there.
    private static func predictedLinks(_ left: [(segment: Int, unit: Int?)?], _ right: [(segment: Int, unit: Int?)?],
                                       _ alignment: Alignment, _ x: Int, _ y: Int) -> Set<SentenceLink> {
        var predicted = Set<SentenceLink>()
        for (i, first) in left.enumerated() {
            guard let first else { continue }
            let beads = alignment.segments[first.segment].beads(x, y)
            for (j, second) in right.enumerated() where second?.segment == first.segment {
                let together = beads.map { beads in
                    guard let a = first.unit, let b = second?.unit else { return true }
                    return beads.contains { $0.first.contains(a) && $0.second.contains(b) }
                } ?? true
                if together { predicted.insert(SentenceLink(i, j)) }
            }
        }
        return predicted
    }

    /// Whether the comparison of the clean versions gives the same finding: same kind (omission and
    /// addition alike), same concepts, about the same source sentence in the same language.
    package static func isOfTheSource(_ finding: Finding, set: ConstructedSet, clean: Comparison) -> Bool {
        func places(_ finding: Finding, _ versions: [VersionText]) -> Set<String> {
            var result = Set<String>()
            for evidence in finding.evidence {
                let version = versions[evidence.document]
                for (index, range) in version.sentences.enumerated() where range.overlaps(evidence.range) {
                    for source in version.sources[index] { result.insert("\(version.language.rawValue):\(source)") }
                }
            }
            return result
        }
        func group(_ kind: FindingKind) -> String { kind == .omission || kind == .addition ? "presence" : kind.rawValue }
        let here = places(finding, set.versions)
        return clean.findings.contains { other in
            group(other.kind) == group(finding.kind) && other.concept == finding.concept
                && other.relatedConcept == finding.relatedConcept && !places(other, set.clean).isDisjoint(with: here)
        }
    }

    /// The segment that holds most of `range` of document `document`, or nil when none holds any.
    package static func segment(of range: ByteRange, in alignment: Alignment, document: Int) -> Int? {
        var best: (segment: Int, overlap: Int)?
        for (index, segment) in alignment.segments.enumerated() {
            guard let covered = segment.ranges[document] else { continue }
            let overlap = min(covered.upperBound, range.upperBound) - max(covered.lowerBound, range.lowerBound)
            if overlap > 0 && overlap > (best?.overlap ?? 0) { best = (index, overlap) }
        }
        return best?.segment
    }
}

extension ByteRange {
    package func overlaps(_ other: ByteRange) -> Bool { lowerBound < other.upperBound && other.lowerBound < upperBound }
}
