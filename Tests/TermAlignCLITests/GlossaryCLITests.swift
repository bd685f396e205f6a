import Foundation
import Testing

/// `termalign glossary …` as a user runs it: exit codes, formats, files.
@Suite("termalign glossary")
struct GlossaryCLITests {
    static let root = CLI.root
    static let shipped = root.appendingPathComponent("glossaries/china-russia-joint-statements.yaml").path
    static let defects = root.appendingPathComponent("Tests/TermAlignGlossaryTests/Fixtures/lint-defects.yaml").path

    @Test func lintExitsZeroOnTheShippedGlossary() throws {
        let result = try CLI.run(["glossary", "lint", Self.shipped])
        #expect(result.status == 0, "\(result.text)\(result.error)")
        #expect(result.text.contains("0 errors, 0 warnings"))
    }

    @Test func lintExitsOneWithFindingsAsJSON() throws {
        let result = try CLI.run(["glossary", "lint", "--format", "json", Self.defects])
        #expect(result.status == 1)
        let findings = try #require(result.json()["findings"] as? [[String: Any]])
        #expect(findings.count == 12)
        #expect(findings.contains { $0["rule"] as? String == "empty-key" && $0["line"] as? Int == 82 })
    }

    @Test func unreadableGlossaryExitsTwoNamingThePlace() throws {
        let result = try CLI.run(["glossary", "lint", "--from", "yaml", "-"], input: Array("concepts:\n  - id: a\n    bad: 1\n".utf8))
        #expect(result.status == 2)
        #expect(result.error.contains("<stdin>:3:5: unknown key \"bad\""))
        let missing = try CLI.run(["glossary", "stats", "/nonexistent/glossary.yaml"])
        #expect(missing.status == 2)
        #expect(missing.error.contains("/nonexistent/glossary.yaml"))
    }

    @Test func statsJSONCountsConceptsAndTermsPerLanguage() throws {
        let result = try CLI.run(["glossary", "stats", "--format", "json", Self.shipped])
        #expect(result.status == 0)
        let json = try result.json()
        #expect((json["concepts"] as? Int ?? 0) >= 80)
        let terms = try #require(json["terms"] as? [String: Int])
        #expect(Set(terms.keys) == ["ru", "zh", "en"])
        #expect(terms.values.allSatisfy { $0 >= 80 })
    }

    @Test func convertRoundTripsThroughFilesAndReportsWhatCSVOmits() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("termalign-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let tbx = directory.appendingPathComponent("g.tbx").path
        #expect(try CLI.run(["glossary", "convert", Self.shipped, "--to", "tbx", "--output", tbx]).status == 0)
        let back = try CLI.run(["glossary", "convert", tbx, "--to", "yaml"])
        #expect(back.status == 0)
        let again = try CLI.run(["glossary", "convert", "--from", "yaml", "-", "--to", "tbx"], input: Array(back.output))
        #expect(again.output == (try Data(contentsOf: URL(fileURLWithPath: tbx))))
        let csv = try CLI.run(["glossary", "convert", Self.shipped, "--to", "csv"])
        #expect(csv.status == 0)
        #expect(csv.text.hasPrefix("concept,language,term,status,note"))
        #expect(csv.error.contains("cannot hold the glossary's title, summary and sources"))
    }

    @Test func showPrintsInverseRelations() throws {
        let result = try CLI.run(["glossary", "show", Self.shipped, "war"])
        #expect(result.status == 0)
        #expect(result.text.contains("en   war  [preferred; framing: descriptive]"))
        #expect(result.text.contains("contrast: ← special-military-operation"))
        #expect(try CLI.run(["glossary", "show", Self.shipped, "no-such-concept"]).status == 2)
    }
}
