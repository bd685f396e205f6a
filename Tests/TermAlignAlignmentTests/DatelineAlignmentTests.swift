import Testing
@testable import TermAlignAlignment
import TermAlignText

/// A news report's dateline pairs with nothing in the full text it quotes: it is neither merged into
/// the first quoted sentence nor paired with the full text's title.
@Suite("Datelines")
struct DatelineAlignmentTests {
    static let statement = StatementCorpusTests.statement

    /// The full text of one language: a paragraph per line of the fixture.
    static func full(_ language: Int) -> String {
        statement.lines.map { $0[language] }.joined(separator: "\n\n")
    }

    @Test("a dateline on its own line or before the first sentence stands in a segment alone", arguments: [
        (2, "MOSCOW, March 21 (Xinhua) -- ", 0),
        (0, "МОСКВА, 21 марта. /ТАСС/.\n", 1),
        (1, "新华社莫斯科3月21日电 ", 2),
    ])
    func reportDateline(_ reportLanguage: Int, _ dateline: String, _ fullLanguage: Int) throws {
        let quoted = (3..<6).map { Self.statement.lines[$0][reportLanguage] }.joined(separator: " ")
        let report = Document(text: dateline + quoted, id: "report", language: StatementCorpusTests.languages[reportLanguage])
        let full = Document(text: Self.full(fullLanguage), id: "full", language: StatementCorpusTests.languages[fullLanguage])
        let alignment = try Aligner().align([full, report])
        let datelineEnd = dateline.utf8.count
        let holding = alignment.segments.filter { segment in
            segment.ranges[1].map { $0.lowerBound < datelineEnd && report.text(in: $0).contains(where: { !$0.isWhitespace }) } ?? false
        }
        #expect(holding.count >= 1)
        for segment in holding {
            #expect(segment.ranges[1]!.upperBound <= datelineEnd + 1, "the dateline's segment reaches into the quoted text")
            #expect(segment.ranges[0].map { full.text(in: $0).allSatisfy(\.isWhitespace) } ?? true,
                    "the dateline is paired with \(segment.ranges[0].map { full.text(in: $0) } ?? "")")
        }
    }
}
