import Foundation
import Testing
import TermAlignComparison
import TermAlignText

/// The real texts of ../shared/corpus (read at test time, never copied into the project).
@Suite("Comparison on the real corpus")
struct SharedCorpusTests {
    @Test(.enabled(if: Fixtures.shared != nil, "../shared/corpus is absent: the readout is read from it"))
    func theReadoutsLegitimateAndReasonableConcernsAreAnInconsistency() throws {
        let shared = try #require(Fixtures.shared)
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

    /// A corpus file as its README says to read it: without the lines that begin with "# ".
    static func text(_ name: String, _ language: Language, in shared: URL) throws -> Document {
        let raw = try String(contentsOf: shared.appendingPathComponent("corpus/\(name).\(language.rawValue).txt"), encoding: .utf8)
        let lines = raw.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("# ") }
        return Document(text: lines.joined(separator: "\n"), id: language.rawValue, language: language)
    }

    static let pairs = ["2022-02-25-xi-putin-call-prc-readout", "2022-02-04-joint-statement"]

    /// Real versions from the sources people have (a repost quoting part of the readout, the
    /// Kremlin's English of a few passages beside the Xinhua text): no error a reader would call
    /// false, and what one version lacks at its ends is coverage, not an omission per sentence.
    @Test(.enabled(if: Fixtures.shared != nil, "needs ../shared/corpus"), arguments: pairs)
    func realPairsHaveNoFalseErrors(_ name: String) throws {
        let shared = try #require(Fixtures.shared)
        let comparison = try Fixtures.comparer.compare([Self.text(name, .zh, in: shared), Self.text(name, .en, in: shared)])
        #expect(comparison.findings.allSatisfy { $0.severity < .error }, "\(comparison.findings.filter { $0.severity == .error }.map(\.message))")
        #expect(!comparison.findings(.coverage).isEmpty)
        if name.contains("readout") {
            let inconsistency = comparison.findings(.inconsistency).first { $0.concept == "legitimate-security-concerns" }
            #expect(inconsistency?.severity == .warning)
            // Its only warning: the rest is information.
            #expect(comparison.divergences.count == 1, "\(comparison.divergences.map(\.message))")
        } else {
            #expect(comparison.coverage[1].kind == .excerpt, "the Kremlin English here is a few quoted passages")
        }
    }
}
