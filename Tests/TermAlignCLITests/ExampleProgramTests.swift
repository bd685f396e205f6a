import Foundation
import Testing

/// The example programs in Examples/, run as a reader of the README would run them.
@Suite("Example programs")
struct ExampleProgramTests {
    @Test func compareStatementPrintsTheSampleDivergences() throws {
        let result = try CLI.run([], program: "CompareStatement")
        #expect(result.status == 0, "\(result.error)")
        #expect(result.text.contains("] scope in "))
        #expect(result.text.contains("ru: “находящихся за рубежом лиц”"))
        #expect(result.text.contains("en: “citizens, projects and institutions abroad”"))
        #expect(result.text.contains("] framing in ") && result.text.contains("zh: “乌克兰危机”"))
    }

    @Test func compareStatementReportsAMissingFolder() throws {
        let result = try CLI.run(["/nonexistent-folder"], program: "CompareStatement")
        #expect(result.status == 2 && result.error.contains("/nonexistent-folder/statement.ru.txt"))
    }

    @Test func glossaryCheckLintsAndCounts() throws {
        let shipped = try CLI.run([], program: "GlossaryCheck")
        #expect(shipped.status == 0, "\(shipped.text)\(shipped.error)")
        #expect(shipped.text.contains("lint: 0 errors, 0 warnings"))
        #expect(shipped.text.contains("terms: en ") && shipped.text.contains("relations: broader "))
        let defects = try CLI.run([GlossaryCLITests.defects], program: "GlossaryCheck")
        #expect(defects.status == 1)
        #expect(defects.text.contains("lint-defects.yaml:") && !defects.text.contains("lint: 0 errors"))
    }

    @Test func termConcordanceShowsEveryVersion() throws {
        let result = try CLI.run(["persons-located-abroad"], program: "TermConcordance")
        #expect(result.status == 0, "\(result.error)")
        #expect(result.text.contains("  ru  ") && result.text.contains("[находящихся за рубежом лиц]"))
        #expect(result.text.contains("  en  "))
        let unknown = try CLI.run(["no-such-concept"], program: "TermConcordance")
        #expect(unknown.status == 2 && unknown.error.contains("no concept \"no-such-concept\""))
    }
}
