import Testing
import TermAlignText
@testable import TermAlignGlossary

@Suite("Glossary lint")
struct LintTests {
    static let keyer = TermKeyer(analyzer: try! TextAnalyzer())

    static let findings: [LintFinding] = {
        let loaded = try! Fixtures.load("lint-defects.yaml")
        return try! GlossaryLinter(keyer: keyer).lint(loaded)
    }()

    @Test("Each planted defect is found, on the concept that carries it, with its line", arguments: [
        (LintRule.duplicateConceptID, "dup-id", 8),
        (.duplicateTerm, "duplicate-term", 15),
        (.sharedTerm, "shared-term", 22),
        (.missingLanguage, "missing-language", 23),
        (.noTerms, "no-terms", 27),
        (.danglingRelation, "dangling", 29),
        (.contradictoryRelation, "mutual-a", 35),
        (.contradictoryRelation, "self-related", 47),
        (.contradictoryRelation, "cycle-1", 53),
        (.multiplePreferred, "two-preferred", 71),
        (.emptyKey, "empty-key", 82),
        (.mixedScript, "mixed-script", 89),
    ])
    func findsPlantedDefect(rule: LintRule, concept: String, line: Int) {
        let matching = Self.findings.filter { $0.rule == rule && $0.concept == concept }
        #expect(matching.count == 1, "\(rule) on \(concept): \(Self.findings)")
        #expect(matching.first?.location?.line == line)
        #expect(matching.first?.severity == rule.severity)
    }

    @Test("Nothing else is reported")
    func noOtherFindings() {
        #expect(Self.findings.count == 12, "\(Self.findings.map(\.description).joined(separator: "\n"))")
    }

    @Test("Findings read like compiler diagnostics")
    func findingDescription() throws {
        let finding = try #require(Self.findings.first { $0.rule == .mixedScript })
        #expect(finding.description.hasSuffix("mixes scripts: U+0410 (Cyrillic) [mixed-script]"))
        #expect(finding.description.contains("lint-defects.yaml:89:12: warning: "))
    }

    @Test("The shipped glossary lints clean")
    func shippedGlossaryIsClean() throws {
        let loaded = try Glossary.load(contentsOf: Fixtures.shippedYAML)
        #expect(try GlossaryLinter(keyer: Self.keyer).lint(loaded) == [])
    }
}
