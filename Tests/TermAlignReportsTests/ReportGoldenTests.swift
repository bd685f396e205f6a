import Foundation
import TermAlignTestSupport
import Testing
import TermAlignComparison
import TermAlignGlossary
import TermAlignReports
import TermAlignText

/// The reports of the bundled sample, byte for byte. After an intended change, regenerate with
/// `TERMALIGN_UPDATE_GOLDEN=1 swift test --filter ReportGoldenTests` and read the diff.
@Suite("Report golden files")
struct ReportGoldenTests {
    static var root: URL { Checkout.root }

    static let comparison: Comparison = {
        let documents = [Language.ru, .zh, .en].map { language in
            let path = "Examples/sample/statement.\(language.rawValue).txt"
            let bytes = try! Data(contentsOf: root.appendingPathComponent(path))
            return try! Document(bytes: Array(bytes), id: language.rawValue, path: path, language: language)
        }
        return try! Comparer(glossary: ShippedGlossary.load().glossary).compare(documents)
    }()

    static let report = ComparisonReport(comparison: comparison, glossaryName: ShippedGlossary.fileName)

    @Test(arguments: [("sample.compare.json", ComparisonReport.Format.json), ("sample.compare.md", .markdown),
                      ("sample.compare.txt", .text), ("sample.compare.html", .html)])
    func matchesGolden(file: String, format: ComparisonReport.Format) throws {
        let rendered = Self.report.render(format)
        if ProcessInfo.processInfo.environment["TERMALIGN_UPDATE_GOLDEN"] != nil {
            let url = Self.root.appendingPathComponent("Tests/TermAlignReportsTests/Golden/\(file)")
            try rendered.write(to: url, atomically: true, encoding: .utf8)
        }
        let golden = try String(contentsOf: Bundle.module.resourceURL!.appendingPathComponent("Golden/\(file)"), encoding: .utf8)
        #expect(rendered == golden, "\(file) differs from its golden copy; see the type's doc comment")
    }

    @Test func jsonIsValidAndCountsAgree() throws {
        let data = Data(Self.report.render(.json).utf8)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let findings = try #require(json["findings"] as? [[String: Any]])
        #expect(findings.count == Self.comparison.findings.count)
        let summary = try #require(json["summary"] as? [String: Any])
        #expect(summary["findings"] as? Int == findings.count)
        // Every evidence range slices the original to its text.
        let files = Dictionary(uniqueKeysWithValues: Self.comparison.documents.map { ($0.id, $0.bytes) })
        for finding in findings {
            for evidence in finding["evidence"] as? [[String: Any]] ?? [] {
                let range = try #require(evidence["utf8Range"] as? [Int])
                let bytes = try #require(files[evidence["document"] as? String ?? ""])
                #expect(String(decoding: bytes[range[0]..<range[1]], as: UTF8.self) == evidence["text"] as? String)
            }
        }
    }

    @Test func colourOnlyWhenAsked() {
        #expect(!Self.report.render(.text).contains("\u{1B}["))
        var coloured = Self.report
        coloured.colors = true
        #expect(coloured.render(.text).contains("\u{1B}[31m"))
    }
}
