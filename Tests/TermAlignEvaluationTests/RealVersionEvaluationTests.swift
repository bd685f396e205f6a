import Foundation
import TermAlignTestSupport
import Testing
import TermAlignComparison
import TermAlignEvaluation
import TermAlignGlossary

/// `../shared/parallel` beside the checkout, when present.
enum SharedFolder {
    static var parallel: URL? { Checkout.shared?.appendingPathComponent("parallel") }
}

/// The evaluation of `docs/evaluation.md` on a sample (15 news and 15 UN documents, every case), with
/// the levels it reaches as floors: a change that makes comparing real versions worse fails here.
/// The full run is `make evaluate`.
@Suite("Evaluation on real parallel text", .enabled(if: SharedFolder.parallel != nil, "needs ../shared/parallel"))
struct RealVersionEvaluationTests {
    static let evaluation = Evaluation(comparer: try! Comparer(glossary: ShippedGlossary.load().glossary))

    static let results: [Evaluation.SetResult] = {
        let sources = SourceDocuments.load(from: SharedFolder.parallel!)
        return evaluation.run(SetBuilder(sources: sources).sets(limit: 15))
    }()

    @Test func everyCaseIsBuiltAndCompared() {
        let (cases, _) = Evaluation.byCase(Self.results)
        #expect(cases.map(\.0) == EvaluationCase.allCases)
        #expect(Self.results.allSatisfy { $0.failure == nil })
    }

    @Test func sentenceLinksOverTheSharedText() {
        let (cases, total) = Evaluation.byCase(Self.results)
        #expect(total.linkF1 >= 0.96, "\(total.linkF1)")
        #expect(total.netLinkF1 >= 0.97, "\(total.netLinkF1)")
        for (evaluationCase, score) in cases where evaluationCase != .quotedFragment {
            #expect(score.linkF1 >= 0.9, "\(evaluationCase): \(score.linkF1)")
        }
    }

    @Test func whatAVersionLacksOutsideTheSharedTextIsNoWarning() {
        let (cases, _) = Evaluation.byCase(Self.results)
        for (evaluationCase, score) in cases where [.excerpt, .abridged, .quotedFragment].contains(evaluationCase) {
            #expect(Double(score.outsideWarnings) <= 0.1 * Double(score.sets), "\(evaluationCase): \(score.outsideWarnings) in \(score.sets) sets")
        }
    }

    @Test func constructedOmissionsAreFoundAndFewWarningsAreFalse() throws {
        let (cases, total) = Evaluation.byCase(Self.results)
        let dropped = try #require(cases.first { $0.0 == .droppedSentence }?.1)
        // Warnings for the sure ones; every one reported, the uncertain ones as information.
        #expect(Double(dropped.divergencesFound) >= 0.7 * Double(dropped.divergences))
        #expect(Double(dropped.divergencesReported) >= 0.9 * Double(dropped.divergences))
        #expect((total.netFindingPrecision ?? 0) >= 0.8, "\(total.netFindingPrecision ?? 0)")
    }

    /// A glossary may only help: its concepts as anchors never make the alignment worse.
    @Test func theGlossaryOnlyHelps() {
        let sources = SourceDocuments.load(from: SharedFolder.parallel!)
        let sets = SetBuilder(sources: sources).sets(limit: 15)
        let (_, total) = Evaluation.byCase(Self.results)
        let plain = Evaluation.linksWithoutGlossary(sets)
        #expect(total.linkF1 >= plain.linkF1, "with the glossary \(total.linkF1), without \(plain.linkF1)")
    }

    /// Segments the aligner is sure of are right far more often than those it doubts.
    @Test func confidenceIsCalibrated() {
        let (_, total) = Evaluation.byCase(Self.results)
        let precision = (0..<4).map { total.bucketPredicted[$0] == 0 ? nil : Double(total.bucketCorrect[$0]) / Double(total.bucketPredicted[$0]) }
        let sure = precision[3] ?? 0, doubtful = precision[0] ?? precision[1] ?? 0
        #expect(sure >= 0.95 && doubtful < sure - 0.2, "\(precision)")
    }
}
