import PropertyBased
import Testing
@testable import TermAlignAlignment
import TermAlignText

/// Segments cover every byte of every document exactly once, whatever the documents are.
@Suite("Coverage invariant")
struct CoverageTests {
    static let pieces = [
        "Стороны провели переговоры. ", "双方举行会谈。", "The sides held talks. ", "\n\n", "\n", "  ", "I. ",
        "二、", "2001年7月16日", "16 июля 2001 года", "NATO ", "«Пояс и путь» ", "\u{FEFF}", "\r\n", "?", "！",
        "one two three. ", "第二十四届。", "\t", "x",
    ]

    static func document(_ picks: [Int], id: String) -> Document {
        Document(text: picks.map { pieces[$0 % pieces.count] }.joined(), id: id)
    }

    @Test("every byte of every document lies in exactly one segment, in order")
    func coverage() async {
        let aligner = Aligner()
        await propertyCheck(count: 300, input: Gen.int(in: 0...1000).array(of: 1...40).array(of: 2...3)) { picks in
            let documents = picks.enumerated().map { Self.document($1, id: "d\($0)") }
            guard let alignment = try? aligner.align(documents) else {
                // Only documents without text may be refused.
                #expect(documents.contains { $0.bytes.allSatisfy { [0x09, 0x0A, 0x0D, 0x20].contains($0) } || (try? TextAnalyzer(lemmaKeys: nil).analyze($0).sentences.isEmpty) == true })
                return
            }
            for (index, document) in documents.enumerated() {
                var next = 0
                for segment in alignment.segments {
                    guard let range = segment.ranges[index] else { continue }
                    #expect(range.lowerBound == next)
                    #expect(range.upperBound > range.lowerBound)
                    next = range.upperBound
                }
                #expect(next == document.bytes.count)
            }
            #expect(alignment.segments.allSatisfy { segment in
                segment.ranges.contains { $0 != nil } && (0...1).contains(segment.confidence)
            })
        }
    }

    /// Versions of one text, each missing other paragraphs: the shapes of gaps that only some
    /// versions share (a second, larger gap once crashed the paragraph level).
    @Test("versions that each drop other paragraphs: every byte in exactly one segment")
    func droppedParagraphs() async {
        let aligner = Aligner()
        // For each paragraph of the text, which of three versions keep it (bits; 0 counts as all).
        await propertyCheck(count: 100, input: Gen.int(in: 0...7).array(of: 4...60)) { keeps in
            let documents = (0..<3).map { version in
                let paragraphs = keeps.enumerated().filter { $0.element == 0 || $0.element & (1 << version) != 0 }.map { index, _ in
                    "Item \(index + 1) covers \(7 * index + 3) units. It holds from \(1950 + index)."
                }
                return Document(text: paragraphs.joined(separator: "\n\n"), id: "v\(version)", language: .en)
            }
            guard documents.allSatisfy({ !$0.bytes.isEmpty }), let alignment = try? aligner.align(documents) else { return }
            for (index, document) in documents.enumerated() {
                var next = 0
                for segment in alignment.segments {
                    guard let range = segment.ranges[index] else { continue }
                    #expect(range.lowerBound == next)
                    next = range.upperBound
                }
                #expect(next == document.bytes.count)
            }
        }
    }

    @Test("the same documents give the same alignment")
    func deterministic() throws {
        let documents = [Self.document(Array(0..<20), id: "a"), Self.document(Array(stride(from: 19, to: 0, by: -1)), id: "b")]
        let first = try Aligner().align(documents), second = try Aligner().align(documents)
        #expect(first.segments == second.segments)
    }

    @Test("bad input is refused with a message naming the document", arguments: [
        ("", AlignmentError.noText(document: "b")),
        (" \n\t\n", AlignmentError.noText(document: "b")),
        ("text\u{0}more", AlignmentError.text(.binaryContent(source: "b", offset: 4, line: 1, column: 5))),
    ])
    func badInput(text: String, expected: AlignmentError) {
        let documents = [Document(text: "Стороны провели переговоры.", id: "a", language: .ru),
                         Document(text: text, id: "b", language: .en)]
        #expect(throws: expected) { try Aligner().align(documents) }
        #expect(throws: AlignmentError.tooFewDocuments(count: 1)) { try Aligner().align([documents[0]]) }
    }

    @Test("a single-sentence version is aligned and flagged")
    func warnings() throws {
        let statement = StatementCorpusTests.statement
        let russian = statement.lines.map { $0[0] }.joined(separator: " ")
        let single = try Aligner().align([Document(text: russian, id: "ru", language: .ru),
                                          Document(text: "The sides held talks.", id: "en", language: .en)])
        #expect(single.warnings.contains { $0.kind == .singleUnit && $0.documents == ["en"] })
    }
}
