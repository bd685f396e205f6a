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

    /// A consumer of the library encodes a comparison with JSONEncoder and gets every top-level key
    /// the documented schema lists, with the values `compare --format json` gives.
    @Test func exportComparisonEncodesTheDocumentedFields() throws {
        let result = try CLI.run([], program: "ExportComparison")
        #expect(result.status == 0, "\(result.error)")
        let encoded = try #require(try JSONSerialization.jsonObject(with: result.output) as? [String: Any])
        let schema = try String(contentsOf: CLI.root.appendingPathComponent("docs/compare-schema.md"), encoding: .utf8)
        // The keys of the first table, before the table of finding kinds.
        let keysTable = schema.components(separatedBy: "\n## ")[0]
        let documented = keysTable.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("| `"), let end = line.dropFirst(3).firstIndex(of: "`") else { return nil }
            let key = String(line[line.index(line.startIndex, offsetBy: 3)..<end])
            return key.contains(".") || key.contains("-") ? nil : key
        }
        #expect(Set(documented).isSuperset(of: ["schemaVersion", "findings", "waived"]))
        #expect(Set(encoded.keys) == Set(documented), "encoded \(encoded.keys.sorted()), documented \(documented)")
        let sample = ["ru", "zh", "en"].map { CLI.root.appendingPathComponent("Examples/sample/statement.\($0).txt").path }
        var written = try CLI.run(["compare", "--format", "json"] + sample).json()
        var ours = encoded
        for key in ["glossary", "documents"] { written[key] = nil; ours[key] = nil } // the name and the paths differ
        #expect(NSDictionary(dictionary: ours) == NSDictionary(dictionary: written))
        let page = FileManager.default.temporaryDirectory.appendingPathComponent("export-\(UUID().uuidString).html").path
        defer { unlink(page) }
        let html = try CLI.run([CLI.root.appendingPathComponent("Examples/sample").path, page], program: "ExportComparison")
        #expect(html.status == 0, "\(html.error)")
        #expect(try String(contentsOfFile: page, encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
    }
}
