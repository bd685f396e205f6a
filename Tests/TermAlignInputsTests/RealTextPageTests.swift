import Foundation
import Testing
import TermAlign
import TermAlignTestSupport

/// The real excerpts of `../shared/corpus` put in three page layouts (semantic, table, block): the
/// page gives the excerpt's text, and the glossary's concepts are found in it as in the text file.
struct RealTextPageTests {
    static let documents = ["2022-02-04-joint-statement.en.txt", "2022-02-04-joint-statement.zh.txt",
                            "2022-02-04-joint-statement-un-annex.zh.txt", "2022-02-25-xi-putin-call-prc-readout.en.txt",
                            "2022-02-25-xi-putin-call-prc-readout.zh.txt"]

    /// The text with its white space as a page shows it: runs of spaces and tabs as one space, each
    /// line trimmed, paragraphs separated by one blank line, the first line (the title) a paragraph.
    static func shown(_ text: String) -> String {
        let titled = text.trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(
            of: "\n", with: "\n\n", options: [], range: text.trimmingCharacters(in: .whitespacesAndNewlines).range(of: "\n"))
        return SampleFormats.paragraphs(titled).map { paragraph in
            paragraph.components(separatedBy: "\n").map { line in
                line.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
            }.filter { !$0.isEmpty }.joined(separator: "\n")
        }.filter { !$0.isEmpty }.joined(separator: "\n\n")
    }

    @Test(.enabled(if: Checkout.shared != nil, "../shared is absent: real-text tests skipped"), arguments: documents)
    func aRealExcerptInAnyLayoutGivesItsTextAndConcepts(_ name: String) throws {
        let text = Self.shown(try Checkout.sharedDocument(name))
        let language = Language(rawValue: String(name.split(separator: ".").dropLast().last!))!
        let plain = try Document(text: text, id: "t", language: language)
        let expected = try SampleVersions.comparer.matcher.occurrences(in: plain).map { "\($0.conceptIndex) \($0.text)" }
        #expect(expected.count > 3)
        let layouts = [SampleFormats.html(text), HTMLInputTests.tableLayoutPage(text), HTMLInputTests.blockLayoutPage(text)]
        for (layout, page) in layouts.enumerated() {
            let (extracted, origin) = try InputReader.text(of: Array(page.utf8), format: .html, file: "\(name).html")
            #expect(String(decoding: extracted, as: UTF8.self) == text, "layout \(layout)")
            let document = try Document(bytes: extracted, id: "h", language: language).with(origin: origin)
            let found = try SampleVersions.comparer.matcher.occurrences(in: document).map { "\($0.conceptIndex) \($0.text)" }
            #expect(found == expected, "layout \(layout)")
        }
    }
}
