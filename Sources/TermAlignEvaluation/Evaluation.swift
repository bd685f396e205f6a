import TermAlignAlignment
import TermAlignComparison
import TermAlignText

/// Runs a comparer over constructed sets and scores every case.
package struct Evaluation: Sendable {
    package let comparer: Comparer

    package init(comparer: Comparer) { self.comparer = comparer }

    /// The result of one set: its score, or the error comparing it threw.
    package struct SetResult: Sendable {
        package let set: ConstructedSet
        package let score: Score
        package let failure: String?
    }

    /// Compares every set (on all cores) and scores it; results in the order of `sets`.
    package func run(_ sets: [ConstructedSet], threads: Int? = nil) -> [SetResult] {
        let comparer = self.comparer
        return Concurrently.map(sets.count, threads: threads) { index -> SetResult in
            let set = sets[index]
            do {
                let comparison = try comparer.compare(set.documents)
                let clean = try comparer.compare(set.cleanDocuments)
                return SetResult(set: set, score: Scoring.score(comparison, of: set, clean: clean), failure: nil)
            } catch {
                return SetResult(set: set, score: Score(), failure: "\(error)")
            }
        }
    }

    /// The sentence links of every set aligned without any glossary (lengths, numbers, names and the
    /// built-in lexicon only), scored as ``run(_:threads:)`` scores them: what the glossary's concepts
    /// add as anchors is the difference.
    package static func linksWithoutGlossary(_ sets: [ConstructedSet], threads: Int? = nil) -> Score {
        Concurrently.map(sets.count, threads: threads) { index -> Score in
            guard let alignment = try? Aligner().align(sets[index].documents) else { return Score() }
            return Scoring.links(alignment, of: sets[index])
        }.reduce(Score(), +)
    }

    /// Scores by case, in ``EvaluationCase`` order, and over all sets.
    package static func byCase(_ results: [SetResult]) -> (cases: [(EvaluationCase, Score)], total: Score) {
        let cases = EvaluationCase.allCases.compactMap { evaluationCase -> (EvaluationCase, Score)? in
            let scores = results.filter { $0.set.evaluationCase == evaluationCase }.map(\.score)
            return scores.isEmpty ? nil : (evaluationCase, scores.reduce(Score(), +))
        }
        return (cases, results.map(\.score).reduce(Score(), +))
    }

    /// A Markdown table of the scores by case.
    package static func table(_ results: [SetResult]) -> String {
        let (cases, total) = byCase(results)
        func percent(_ value: Double?) -> String { value.map { DecimalFormat.fixed($0 * 100, places: 1) } ?? "–" }
        var lines = ["| case | sets | link P | link R | link F1 | net of the source | warnings+ | true | of the source | precision | net precision | in-text omissions found (warning / any) | outside warnings | errors (false) |",
                     "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
        for (evaluationCase, score) in cases + [(nil as EvaluationCase?, total)].map({ ($0.0, $0.1) }) as [(EvaluationCase?, Score)] {
            let name = evaluationCase?.summary ?? "**all**"
            lines.append("| \(name) | \(score.sets) | \(percent(score.linkPrecision)) | \(percent(score.linkRecall)) | "
                         + "\(percent(score.linkF1)) | \(percent(score.netLinkF1)) | \(score.findingsReported) | \(score.findingsTrue) | \(score.findingsOfTheSource) | "
                         + "\(percent(score.findingPrecision)) | \(percent(score.netFindingPrecision)) | "
                         + "\(score.divergencesFound) / \(score.divergencesReported) of \(score.divergences) | \(score.outsideWarnings) | \(score.errors) (\(score.falseErrors)) |")
        }
        lines.append("")
        lines.append("Link precision by the confidence of the segment (all cases):")
        lines.append("")
        lines.append("| confidence | links | correct |")
        lines.append("|---|---:|---:|")
        for (bucket, name) in ["< 0.2", "0.2–0.5", "0.5–0.8", "≥ 0.8"].enumerated() {
            let predicted = total.bucketPredicted[bucket]
            let correct = predicted == 0 ? nil : Double(total.bucketCorrect[bucket]) / Double(predicted)
            lines.append("| \(name) | \(predicted) | \(percent(correct)) |")
        }
        let failures = results.filter { $0.failure != nil }
        if !failures.isEmpty {
            lines.append("")
            lines.append("Sets that could not be compared: " + failures.map { "\($0.set.name) (\($0.failure!))" }.joined(separator: "; "))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Fixed-point numbers for the tables, without Foundation's formatters.
enum DecimalFormat {
    static func fixed(_ value: Double, places: Int) -> String {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (value * scale).rounded()
        let whole = Int(scaled / scale)
        let fraction = Int(abs(scaled) - abs(Double(whole)) * scale)
        guard places > 0 else { return "\(whole)" }
        let digits = String(fraction)
        return "\(whole).\(String(repeating: "0", count: places - digits.count))\(digits)"
    }
}
