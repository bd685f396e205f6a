import Foundation
import TermAlignTestSupport
import Testing
import TermAlign

/// What a program using the library gets besides a report as a String: the report written to a file
/// handle or a stream, the same bytes, and a comparison made off its thread.
struct LibraryHandOffTests {
    static let versions: [Document] = [Language.ru, .zh, .en].map { language in
        let path = Checkout.root.appendingPathComponent("Examples/sample/statement.\(language.rawValue).txt").path
        return try! Document.load(path: path, language: language)
    }
    static let comparer = try! Comparer(glossary: ShippedGlossary.load().glossary)

    @Test(arguments: ComparisonReport.Format.allCases)
    func aReportWrittenToAHandleOrAStreamIsTheString(_ format: ComparisonReport.Format) throws {
        let report = ComparisonReport(comparison: try Self.comparer.compare(Self.versions), glossaryName: "shipped")
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("report-\(UUID().uuidString)").path
        defer { unlink(path) }
        FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try report.write(format, to: handle)
        try handle.close()
        var streamed = ""
        report.write(format, to: &streamed)
        let rendered = report.render(format)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == rendered && streamed == rendered)
    }

    @Test func aClosedPipeIsAnErrorThatNamesTheDestination() throws {
        let report = ComparisonReport(comparison: try Self.comparer.compare(Self.versions), glossaryName: "shipped")
        let pipe = Pipe()
        try pipe.fileHandleForReading.close()
        signal(SIGPIPE, SIG_IGN)
        #expect(throws: ReportWriteError.self) { try report.write(.html, to: pipe.fileHandleForWriting) }
    }

    @Test func anAsyncComparisonIsTheSame() async throws {
        let background = try await Self.comparer.comparison(of: Self.versions)
        let here = try Self.comparer.compare(Self.versions)
        #expect(background.findings == here.findings)
    }

    @Test func anEncodedComparisonIsTheJSONReport() throws {
        let comparison = try Self.comparer.compare(Self.versions)
        let encoded = try JSONSerialization.jsonObject(with: JSONEncoder().encode(comparison)) as? NSDictionary
        let report = ComparisonReport(comparison: comparison, glossaryName: comparison.glossary.title ?? "glossary").render(.json)
        let written = try JSONSerialization.jsonObject(with: Data(report.utf8)) as? NSDictionary
        #expect(encoded != nil && encoded == written)
        #expect((encoded?["findings"] as? [Any])?.count == comparison.findings.count)
    }
}
