import ArgumentParser
import Foundation
import TermAlign
import TermAlignEvaluation

/// `termalign-eval`: the evaluation of comparing real versions (docs/evaluation.md): sets built from
/// the real sentences of `../shared/parallel`, scored against what was built into them.
@main
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "termalign-eval",
        abstract: "Score alignment and findings on versions built from real parallel text, case by case."
    )

    @Option(help: "The folder of the parallel test sets.")
    var parallel = "../shared/parallel"

    @Option(help: "At most this many news and this many UN documents (default: all).")
    var limit: Int?

    @Flag(help: "Evaluate on the held-out FLORES-200 documents instead (no parameter was chosen on them).")
    var heldOut = false

    @Option(help: "Only this case (excerpt, abridged, dropped-sentence, split-sentence, quoted-fragment, three-way).")
    var only: String?

    @Flag(help: "List every set with its scores.")
    var verbose = false

    @Option(help: "Print the versions, segments and findings of the sets whose name contains this text.")
    var show: String?

    @Option(help: "Write the versions of the sets --show names into this folder (NAME.N.LANG.txt).")
    var dump: String?

    @Flag(help: "Print the findings at warning level and above that are neither constructed nor the source's own.")
    var unexplained = false

    @Flag(help: "Explain every constructed in-text divergence no warning found.")
    var missed = false

    @Flag(help: "Print the omission and addition warnings about text outside the shared text.")
    var outside = false

    @Flag(help: "Count the findings at warning level and above that rest on no constructed divergence, by kind.")
    var falseKinds = false

    func run() throws {
        let directory = URL(fileURLWithPath: parallel)
        let sources = heldOut ? SourceDocuments.heldOut(from: directory) : SourceDocuments.load(from: directory)
        guard !sources.isEmpty else { throw ValidationError("no parallel test sets in \(parallel)") }
        let cases = try only.map { name in
            guard let evaluationCase = EvaluationCase(rawValue: name) else { throw ValidationError("no case \(name)") }
            return [evaluationCase]
        } ?? EvaluationCase.allCases
        let sets = SetBuilder(sources: sources).sets(cases, limit: limit)
        let comparer = try Comparer(glossary: try ShippedGlossary.load().glossary)
        let results = Evaluation(comparer: comparer).run(sets)
        if verbose {
            for result in results {
                let score = result.score
                print("\(result.set.name): links \(score.linksCorrect)/\(score.linksPredicted)/\(score.linksGold), "
                      + "findings \(score.findingsTrue)/\(score.findingsReported), divergences \(score.divergencesFound)/\(score.divergences)"
                      + (result.failure.map { " FAILED \($0)" } ?? ""))
            }
        }
        if let show {
            for set in sets where set.name.contains(show) {
                try Self.show(set, comparer)
                if let dump {
                    for (index, document) in set.documents.enumerated() {
                        let name = set.name.replacingOccurrences(of: " ", with: "_").replacingOccurrences(of: "/", with: "-")
                        try Data(document.bytes).write(to: URL(fileURLWithPath: "\(dump)/\(name).\(index).\(document.language.rawValue).txt"))
                    }
                }
            }
        }
        if missed {
            for set in sets {
                let comparison = try comparer.compare(set.documents)
                for divergence in set.divergences where divergence.kind == .inText {
                    guard !comparison.findings.contains(where: { $0.severity >= .warning && divergence.isShown(by: $0) }) else { continue }
                    let info = comparison.findings.first(where: divergence.isShown)
                    let segment = Scoring.segment(of: divergence.range, in: comparison.alignment, document: divergence.document)
                    let found = segment.map { comparison.alignment.segments[$0] }
                    let units = comparison.alignment.units[divergence.document]
                    let whole = units.contains { $0.lowerBound <= divergence.range.lowerBound + 2 && $0.upperBound >= divergence.range.upperBound - 2 && $0.count <= divergence.range.count + 6 }
                    print("MISSED \(set.name): unit of its own \(whole), segment shape \(found.map { "\($0.shape)" } ?? "-") conf \(found.map { String(format: "%.2f", $0.confidence) } ?? "-"), info: \(info.map { "\($0.kind.rawValue)/\($0.severity.rawValue)" } ?? "none")")
                }
            }
        }
        if unexplained {
            for set in sets {
                let comparison = try comparer.compare(set.documents)
                let clean = try comparer.compare(set.cleanDocuments)
                for finding in comparison.findings where finding.severity >= .warning {
                    guard !set.rests(finding, on: .inText), !Scoring.isOfTheSource(finding, set: set, clean: clean) else { continue }
                    print("UNEXPLAINED \(set.name) [\(finding.severity.rawValue)] \(finding.kind.rawValue) \(String(format: "%.2f", finding.confidence)): \(finding.message.prefix(220))")
                }
            }
        }
        if outside {
            for set in sets {
                let comparison = try comparer.compare(set.documents)
                for finding in comparison.findings where finding.severity >= .warning && [.omission, .addition].contains(finding.kind) {
                    guard set.rests(finding, on: .outside) else { continue }
                    print("OUTSIDE \(set.name) [\(finding.severity.rawValue)] \(finding.kind.rawValue) \(String(format: "%.2f", finding.confidence)): \(finding.message.prefix(260))")
                }
            }
        }
        if falseKinds {
            var counts: [String: Int] = [:]
            for set in sets {
                let comparison = try comparer.compare(set.documents)
                for finding in comparison.findings where finding.severity >= .warning {
                    if !set.rests(finding, on: .inText) { counts["\(set.evaluationCase.rawValue) \(finding.kind.rawValue) \(finding.severity.rawValue)", default: 0] += 1 }
                }
            }
            for (key, count) in counts.sorted(by: { $0.key < $1.key }) { print("\(count)\t\(key)") }
        }
        print(Evaluation.table(results), terminator: "")
        let (_, total) = Evaluation.byCase(results)
        let plain = Evaluation.linksWithoutGlossary(sets)
        print("\nSentence-link F1 with the glossary's concepts as anchors: \(String(format: "%.3f", total.linkF1)); "
              + "without the glossary: \(String(format: "%.3f", plain.linkF1)).")
    }

    /// The versions, the segments and the findings of one set, for a person to judge.
    static func show(_ set: ConstructedSet, _ comparer: Comparer) throws {
        print("=== \(set.name)")
        for document in set.documents { print("--- \(document.id)\n\(document.text(in: document.wholeRange))") }
        let comparison = try comparer.compare(set.documents)
        print("--- segments")
        for segment in comparison.alignment.segments {
            let texts = segment.ranges.enumerated().map { document, range in
                range.map { String(comparison.documents[document].text(in: $0).prefix(60)).replacingOccurrences(of: "\n", with: "⏎") } ?? "—"
            }
            print("\(segment.id) \(segment.shape) \(String(format: "%.2f", segment.confidence)) | " + texts.joined(separator: " | "))
        }
        print("--- link errors")
        for x in set.versions.indices {
            for y in (x + 1)..<set.versions.count {
                let gold = set.goldLinks(x, y)
                let placed = [x, y].map { version in
                    set.versions[version].sentences.map { Scoring.segment(of: $0, in: comparison.alignment, document: version) }
                }
                func text(_ version: Int, _ sentence: Int) -> String {
                    String(set.documents[version].text(in: set.versions[version].sentences[sentence]).prefix(50))
                }
                for (i, left) in placed[0].enumerated() {
                    for (j, right) in placed[1].enumerated() {
                        let predicted = left != nil && left == right
                        let isGold = gold.contains(SentenceLink(i, j))
                        if predicted != isGold {
                            print("\(predicted ? "FALSE" : "MISSED") \(x):\(i) ~ \(y):\(j)  \(text(x, i)) | \(text(y, j))")
                        }
                    }
                }
            }
        }
        print("--- findings")
        for finding in comparison.findings {
            print("[\(finding.severity.rawValue)] \(finding.kind.rawValue) \(comparison.alignment.segments[finding.segment].id): \(finding.message.prefix(200))")
        }
    }
}
