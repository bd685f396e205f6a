import Foundation
import TermAlignTestSupport
import Testing
import TermAlignComparison
import TermAlignGlossary
import TermAlignText

/// Fingerprints name findings across runs and edits elsewhere; waivers leave the findings they name
/// out of the counts, survive an unrelated sentence added to one version, and go stale when their
/// finding is gone; filters keep what they name and do not make waivers stale.
struct ReviewTests {
    /// The bundled sample's versions, with `edit` applied to the English text.
    static func sample(editingEnglish edit: (String) -> String = { $0 }) throws -> [Document] {
        try [Language.ru, .zh, .en].map { language in
            let path = Checkout.root.appendingPathComponent("Examples/sample/statement.\(language.rawValue).txt").path
            var text = try String(contentsOfFile: path, encoding: .utf8)
            if language == .en { text = edit(text) }
            return try Document(bytes: Array(text.utf8), id: language.rawValue, path: path, language: language)
        }
    }

    /// A new paragraph in the English version before the body: every later segment's number moves.
    static func withUnrelatedParagraph(_ text: String) -> String {
        let lines = text.components(separatedBy: "\n")
        let body = lines.firstIndex { $0.count > 200 }!
        return (lines[..<body] + ["The delegations also visited an exhibition of folk crafts in the afternoon.", ""] + lines[body...])
            .joined(separator: "\n")
    }

    static func compare(_ versions: [Document], _ configure: (inout ComparisonOptions) -> Void = { _ in }) throws -> Comparison {
        var options = ComparisonOptions()
        configure(&options)
        return try Comparer(matcher: Fixtures.comparer.matcher, options: options).compare(versions)
    }

    @Test func fingerprintsAreUniqueWellFormedAndRepeatable() throws {
        let first = try Self.compare(Self.sample()), second = try Self.compare(Self.sample())
        let names = first.findings.map(\.fingerprint)
        #expect(names.count > 5 && Set(names).count == names.count)
        #expect(names.allSatisfy(Waiver.isFingerprint))
        #expect(second.findings.map(\.fingerprint) == names)
    }

    @Test func theOrderOfTheVersionsDoesNotRenameAFinding() throws {
        let given = try Self.compare(Self.sample())
        let reversed = try Self.compare(Self.sample().reversed())
        // Majorities and ties may turn with the order; a finding that stays the same keeps its name.
        let numbers = { (comparison: Comparison) in comparison.findings.filter { $0.kind == .numberMismatch || $0.kind == .mixedScript }.map(\.fingerprint) }
        #expect(!numbers(given).isEmpty && Set(numbers(given)) == Set(numbers(reversed)))
    }

    @Test func aWaiverSurvivesAnUnrelatedParagraphAndAStaleOneIsReported() throws {
        let before = try Self.compare(Self.sample())
        let framing = try #require(before.findings.first { $0.kind == .framing })
        let waivers = [Waiver(fingerprint: framing.fingerprint, reason: "each side's framing"),
                       Waiver(fingerprint: "0123456789abcdef", reason: "a finding long gone")]
        let edited = try Self.compare(Self.sample(editingEnglish: Self.withUnrelatedParagraph)) { $0.waivers = waivers }
        let waived = try #require(edited.waived.first)
        #expect(edited.waived.count == 1 && waived.finding.kind == .framing && waived.finding.concept == framing.concept)
        #expect(edited.alignment.segments[waived.finding.segment].id != before.alignment.segments[framing.segment].id,
                "the paragraph moved the finding to another segment")
        #expect(!edited.findings.contains { $0.fingerprint == framing.fingerprint })
        #expect(edited.staleWaivers.map(\.fingerprint) == ["0123456789abcdef"])
        #expect(edited.findings.count == before.findings.count - 1 + edited.findings.count { $0.kind == .addition || $0.kind == .coverage }
                - before.findings.count { $0.kind == .addition || $0.kind == .coverage },
                "the waived finding is out of the findings; only the paragraph's own findings are new")
    }

    @Test func anEditAtTheFindingRenamesIt() throws {
        let before = try Self.compare(Self.sample())
        let framing = try #require(before.findings.first { $0.kind == .framing && $0.evidence.contains { $0.document == 2 } })
        let english = try #require(framing.evidence.first { $0.document == 2 })
        // The words right before the English evidence change: the finding is not the one accepted.
        let edited = try Self.compare(Self.sample(editingEnglish: { text in
            var bytes = Array(text.utf8)
            bytes.insert(contentsOf: Array("entirely different words ".utf8), at: english.range.lowerBound)
            return String(decoding: bytes, as: UTF8.self)
        })) { $0.waivers = [Waiver(fingerprint: framing.fingerprint, reason: "accepted")] }
        #expect(edited.waived.isEmpty && edited.staleWaivers.count == 1)
    }

    @Test func filtersKeepWhatTheyNameAndLeaveWaiversFresh() throws {
        let all = try Self.compare(Self.sample())
        let concept = try #require(all.findings.first { $0.kind == .variant }?.concept)
        let variants = try Self.compare(Self.sample()) { $0.kinds = [.variant] }
        #expect(!variants.findings.isEmpty && variants.findings.allSatisfy { $0.kind == .variant })
        let aboutOne = try Self.compare(Self.sample()) { $0.concepts = [concept] }
        #expect(!aboutOne.findings.isEmpty && aboutOne.findings.allSatisfy { $0.concept == concept || $0.relatedConcept == concept })
        let severe = try Self.compare(Self.sample()) { $0.minimumSeverity = .warning }
        #expect(severe.findings.map(\.fingerprint) == all.findings.filter { $0.severity >= .warning }.map(\.fingerprint))
        // A waiver of a finding the filters leave out is neither listed nor stale.
        let info = try #require(all.findings.first { $0.severity == .info })
        let filtered = try Self.compare(Self.sample()) {
            $0.minimumSeverity = .warning
            $0.waivers = [Waiver(fingerprint: info.fingerprint, reason: "accepted")]
        }
        #expect(filtered.waived.isEmpty && filtered.staleWaivers.isEmpty)
        // The same for a kind the filters leave out, which the comparer would not even look for.
        let framing = try #require(all.findings.first { $0.kind == .framing })
        let otherKind = try Self.compare(Self.sample()) {
            $0.kinds = [.variant]
            $0.waivers = [Waiver(fingerprint: framing.fingerprint, reason: "accepted")]
        }
        #expect(otherKind.waived.isEmpty && otherKind.staleWaivers.isEmpty && otherKind.findings.allSatisfy { $0.kind == .variant })
        #expect(otherKind.findings.map(\.fingerprint) == variants.findings.map(\.fingerprint))
    }
}
