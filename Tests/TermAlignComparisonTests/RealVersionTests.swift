import Foundation
import Testing
@testable import TermAlignComparison
import TermAlignText

/// Versions as they really come (`REAL-VERSIONS.md` of the shared folder): a news report quoting part
/// of a statement after its own lead, an abridged repost, a quoted fragment, a version that drops one
/// sentence. Built from one hand-written six-paragraph statement in three languages.
@Suite("Real versions")
struct RealVersionTests {
    /// The statement's paragraphs in one language, each a list of sentences.
    static func paragraphs(_ language: Language) throws -> [[String]] {
        let text = try String(contentsOf: Fixtures.directory.appendingPathComponent("statement/\(language.rawValue).txt"), encoding: .utf8)
        return text.components(separatedBy: "\n\n").map { paragraph in
            var sentences: [String] = []
            var current = ""
            for character in paragraph.trimmingCharacters(in: .whitespacesAndNewlines) {
                current.append(character)
                if ".。：:".contains(character) {
                    sentences.append(current.trimmingCharacters(in: .whitespaces))
                    current = ""
                }
            }
            if !current.trimmingCharacters(in: .whitespaces).isEmpty { sentences.append(current.trimmingCharacters(in: .whitespaces)) }
            return sentences
        }
    }

    static func text(_ paragraphs: [[String]], _ language: Language) -> String {
        paragraphs.map { $0.joined(separator: language == .zh ? "" : " ") }.joined(separator: "\n\n")
    }

    static func compare(_ texts: [(Language, String)]) throws -> Comparison {
        try Fixtures.comparer.compare(texts.map { Document(text: $0.1, id: $0.0.rawValue, language: $0.0) })
    }

    @Test func theFaithfulStatementDivergesNowhere() throws {
        let comparison = try Self.compare([Language.en, .ru, .zh].map { ($0, Self.text(try Self.paragraphs($0), $0)) })
        #expect(comparison.divergences.isEmpty, "\(comparison.divergences.map(\.message))")
        #expect(comparison.coverage.map(\.kind) == [.complete, .complete, .complete])
    }

    /// A news report: a dateline and a lead of its own, then paragraphs 2 and 3 of the statement, the
    /// last sentence cut off mid-way.
    @Test func aNewsReportIsAnExcerptNotADivergence() throws {
        let russian = try Self.paragraphs(.ru)
        var quoted = Array(russian[1...2])
        quoted[1] = [quoted[1][0], "Они договорились провести следующую встречу в"]
        let report = "МОСКВА, 21 марта. /ТАСС/.\nЛидеры двух стран подписали совместное заявление по итогам переговоров в Кремле.\n\n"
            + Self.text(quoted, .ru)
        let comparison = try Self.compare([(.en, Self.text(try Self.paragraphs(.en), .en)), (.ru, report)])
        #expect(comparison.divergences.isEmpty, "\(comparison.divergences.map(\.message))")
        let coverage = comparison.findings(.coverage)
        #expect(coverage.count >= 2, "the opening and the end: \(coverage.map(\.message))")
        #expect(coverage.allSatisfy { $0.severity == .info })
        #expect(comparison.coverage[1].kind == .excerpt && comparison.coverage[0].kind == .complete)
        #expect(comparison.coverageNotes.first?.hasPrefix("ru is an excerpt") == true)
        // The quoted sentences are paired with theirs.
        let nato = comparison.alignment.segments.first { segment in
            segment.ranges[1].map { comparison.documents[1].text(in: $0).contains("НАТО") } == true
        }
        #expect(nato.flatMap { $0.ranges[0] }.map { comparison.documents[0].text(in: $0).contains("NATO") } == true)
    }

    @Test func aSentenceDroppedInsideAParagraphIsAnOmission() throws {
        var russian = try Self.paragraphs(.ru)
        russian[1].remove(at: 1)
        let comparison = try Self.compare([(.en, Self.text(try Self.paragraphs(.en), .en)), (.ru, Self.text(russian, .ru))])
        let omission = try #require(comparison.divergences.first { $0.kind == .omission && $0.concept == nil },
                                    "\(comparison.findings.map { "\($0.confidence) \($0.message)" })")
        #expect(omission.severity == .warning)
        #expect(omission.evidence.map(\.text) == ["They call on all states to respect sovereignty and territorial integrity."])
        #expect(comparison.findings(.coverage).isEmpty)
    }

    /// Two whole paragraphs left out in the middle: an abridged version, said once.
    @Test func paragraphsLeftOutAreOneCoverageFinding() throws {
        var russian = try Self.paragraphs(.ru)
        russian.removeSubrange(2...3)
        let comparison = try Self.compare([(.en, Self.text(try Self.paragraphs(.en), .en)), (.ru, Self.text(russian, .ru))])
        #expect(comparison.divergences.isEmpty, "\(comparison.divergences.map(\.message))")
        let coverage = try #require(comparison.findings(.coverage).first)
        #expect(coverage.message.contains("leaves out 5 sentences"))
        #expect(comparison.coverage[1].kind == .abridged)
    }

    /// A news agency quoting a fragment of one sentence: the concepts of the rest of the sentence
    /// are not missing from it.
    @Test func aQuotedFragmentLacksNothingItDoesNotQuote() throws {
        let quote = "Лидеры двух стран подписали совместное заявление.\n«все государства уважать суверенитет»"
        let comparison = try Self.compare([(.en, Self.text(try Self.paragraphs(.en), .en)), (.ru, quote)])
        #expect(comparison.divergences.isEmpty, "\(comparison.divergences.map(\.message))")
        let fragment = try #require(comparison.alignment.segments.first { segment in
            segment.ranges[1].map { comparison.documents[1].text(in: $0).contains("суверенитет") } == true
        })
        #expect(fragment.ranges[0].map { comparison.documents[0].text(in: $0).contains("sovereignty") } == true)
        let territory = comparison.findings.first { $0.concept == "territorial-integrity" }
        #expect(territory == nil || territory?.severity == .info)
    }

    @Test func aConceptAddedInsideOneSentenceIsSeen() throws {
        var english = try Self.paragraphs(.en)
        // The third sentence now speaks of sovereignty too, which the Russian one does not.
        english[1][2] = "The sides note that trade, a matter of sovereignty, reached 190 billion dollars in 2023."
        let comparison = try Self.compare([(.en, Self.text(english, .en)), (.ru, Self.text(try Self.paragraphs(.ru), .ru))])
        let added = comparison.divergences.filter { $0.concept == "sovereignty" }
        #expect(added.count == 1, "\(comparison.divergences.map(\.message))")
        #expect(added.first?.evidence.first?.text == "sovereignty" && added.first?.message.contains("counterpart") == true)
    }

    // MARK: - Numbers

    @Test("numbers in names, codes, titles and decades are not disputed", arguments: [
        ("Experts discussed COVID-19, the G20 and 5G networks.", Language.zh, "专家们讨论了新冠肺炎疫情、二十国集团和第五代移动通信网络。"),
        ("They attended the XXIV Olympic Winter Games.", .zh, "他们出席了第二十四届冬季奥运会。"),
        ("The building went up in the 1930s.", .ru, "Здание построили в 30-е годы."),
        ("Trade reached 5.69 million tonnes.", .zh, "贸易量达到569万吨。"),
    ])
    func numbersThatAgree(english: String, language: Language, other: String) throws {
        let comparison = try Self.compare([(.en, english), (language, other)])
        #expect(comparison.findings(.numberMismatch).allSatisfy { $0.severity == .info }, "\(comparison.findings.map(\.message))")
    }

    @Test func differentNumbersInOneSentenceAreAnError() throws {
        let comparison = try Self.compare([(.en, "Trade reached 190 billion dollars in 2023."),
                                           (.ru, "Товарооборот в 2023 году достиг 185 миллиардов долларов.")])
        let mismatch = try #require(comparison.findings(.numberMismatch).first)
        #expect(mismatch.severity == .error && mismatch.evidence.map(\.text) == ["190 billion", "185 миллиардов"])
    }

    @Test func aNumberOnlyOneVersionGivesIsInformation() throws {
        let comparison = try Self.compare([(.en, "The agreement was signed in 2001 in Moscow."),
                                           (.ru, "Соглашение было подписано в Москве.")])
        let mismatch = try #require(comparison.findings(.numberMismatch).first)
        #expect(mismatch.severity == .info && mismatch.message.contains("does not give"))
    }

    // MARK: - Order, confidence, the alternat

    @Test func theActorNamedFirstDecidesTheAlternat() throws {
        let comparison = try Self.compare([(.en, "President Xi Jinping and Russian President Vladimir Putin held talks."),
                                           (.ru, "Президент России Владимир Путин и Председатель КНР Си Цзиньпин провели переговоры.")])
        let alternat = try #require(comparison.findings(.alternat).first)
        #expect(alternat.message.contains("en names China first") && alternat.message.contains("ru names Russia first"))
    }

    @Test func findingsComeMostSevereFirst() throws {
        let comparison = try Fixtures.compare("numbers")
        let severities = comparison.findings.map(\.severity)
        #expect(severities == severities.sorted(by: >))
    }

    @Test func aFindingOnAnUncertainAlignmentIsTakenDownASeverity() {
        let finding = Finding(kind: .numberMismatch, severity: .error, segment: 0, documents: [0, 1], evidence: [], message: "Numbers differ.")
        let uncertain = finding.resting(on: 0.3)
        #expect(uncertain.severity == .warning && uncertain.confidence == 0.3 && uncertain.message.contains("uncertain, 30 %"))
        let sure = finding.resting(on: 0.9)
        #expect(sure.severity == .error && sure.message == "Numbers differ.")
        #expect(Finding(kind: .alternat, severity: .info, segment: 0, documents: [], evidence: [], message: "").resting(on: 0.1).severity == .info)
    }

    /// A passage that only the alignment says is missing needs a surer alignment than a concept does.
    @Test func aPassageNeedsASurerAlignmentThanAConcept() {
        var passage = Finding(kind: .omission, severity: .warning, segment: 0, documents: [0, 1], evidence: [], message: "A sentence is missing.")
        passage.uncertainBelow = Finding.uncertainPassage
        #expect(passage.resting(on: 0.7).severity == .info)
        #expect(passage.resting(on: 0.85).severity == .warning)
        let concept = Finding(kind: .omission, severity: .warning, concept: "sovereignty", segment: 0, documents: [0, 1],
                              evidence: [], message: "A concept is missing.")
        #expect(concept.resting(on: 0.7).severity == .warning)
    }

    /// A dateline of a report's own, standing in the middle of the text, is coverage, not an addition.
    @Test func aDatelineOfItsOwnIsNoAddition() throws {
        var russian = try Self.paragraphs(.ru)
        russian.insert(["МОСКВА, 21 марта. /ТАСС/."], at: 2)
        let comparison = try Self.compare([(.en, Self.text(try Self.paragraphs(.en), .en)), (.ru, Self.text(russian, .ru))])
        #expect(comparison.divergences.isEmpty, "\(comparison.divergences.map(\.message))")
        #expect(comparison.findings(.coverage).contains { $0.evidence.contains { $0.text.contains("ТАСС") } })
    }
}
