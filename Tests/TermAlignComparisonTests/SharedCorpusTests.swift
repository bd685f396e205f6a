import Foundation
import Testing
import TermAlignComparison
import TermAlignText

/// The real texts of ../shared/corpus (read at test time, never copied into the project).
@Suite("Comparison on the real corpus")
struct SharedCorpusTests {
    @Test func theReadoutsLegitimateAndReasonableConcernsAreAnInconsistency() throws {
        guard let shared = Fixtures.shared else {
            print("skipped: ../shared/corpus is not present")
            return
        }
        let documents = try [Language.zh, .en].map { language in
            let path = shared.appendingPathComponent("corpus/2022-02-25-xi-putin-call-prc-readout.\(language.rawValue).txt").path
            return try Document.load(path: path, language: language).with(id: language.rawValue)
        }
        let comparison = try Fixtures.comparer.compare(documents)
        let finding = try #require(comparison.findings(.inconsistency).first { $0.concept == "legitimate-security-concerns" })
        #expect(finding.message.hasPrefix("en renders"))
        let english = Set(finding.evidence.filter { $0.document == 1 }.map(\.text))
        #expect(english == ["legitimate security concerns", "reasonable security concerns"])
        #expect(finding.evidence.contains { $0.document == 0 && $0.text == "合理安全关切" })
    }
}
