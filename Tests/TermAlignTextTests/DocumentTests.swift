import Foundation
import Testing
@testable import TermAlignText

/// Reading input: encodings, errors that say where, and the edges (empty, BOM, binary).
struct DocumentTests {
    @Test func invalidUTF8NamesFileLineColumnAndOffset() {
        let bytes = Array("Строка\nещё ".utf8) + [0xD0] + Array(" конец".utf8)
        do {
            _ = try Document(bytes: bytes, path: "x.ru.txt")
            Issue.record("accepted ill-formed UTF-8")
        } catch {
            #expect(error == .invalidUTF8(source: "x.ru.txt", offset: 20, line: 2, column: 5, bytes: [0xD0]))
            #expect("\(error)".hasPrefix("x.ru.txt:2:5: invalid UTF-8 at byte offset 20 (0xD0)"))
        }
    }

    @Test(arguments: [
        ([0xC0, 0x80], 0), // overlong
        ([0xED, 0xA0, 0x80], 0), // a surrogate
        ([0xF4, 0x90, 0x80, 0x80], 0), // beyond U+10FFFF
        ([0x61, 0xE2, 0x82], 1), // truncated at the end
        ([0x61, 0x80], 1), // a lone continuation byte
    ] as [([UInt8], Int)])
    func everyKindOfIllFormedSequenceIsCaught(_ bytes: [UInt8], _ offset: Int) {
        do {
            _ = try Document(bytes: bytes)
            Issue.record("accepted ill-formed UTF-8 \(bytes)")
        } catch {
            guard case let .invalidUTF8(_, found, _, _, _) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(found == offset)
        }
    }

    @Test func lossyDocumentsRecordEveryReplacementAndStillAnalyze() throws {
        let bytes = Array("Мир ".utf8) + [0xFF, 0xFE] + Array(" и дружба".utf8)
        let document = try Document(bytes: bytes, policy: .lossy)
        #expect(document.replacements == [ByteRange(7..<8), ByteRange(8..<9)])
        let analyzed = try Fixtures.analyzer.analyze(document)
        #expect(analyzed.normalized.replacements == document.replacements)
        #expect(analyzed.tokens.map { analyzed.text(of: $0.range) } == ["Мир", "и", "дружба"])
    }

    @Test func emptyInputGivesAnEmptyAnalysis() throws {
        let analyzed = try Fixtures.analyzer.analyze(try Document(bytes: []))
        #expect(analyzed.document.language == .undetermined)
        #expect(analyzed.paragraphs.isEmpty && analyzed.sentences.isEmpty && analyzed.tokens.isEmpty)
        #expect(analyzed.normalized.key.isEmpty)
    }

    @Test func whitespaceOnlyInputHasNoParagraphs() throws {
        let analyzed = try Fixtures.analyzer.analyze(Document(text: " \n\t\r\n\u{3000}\n"))
        #expect(analyzed.paragraphs.isEmpty && analyzed.sentences.isEmpty && analyzed.tokens.isEmpty)
    }

    @Test func aBOMCountsInOffsetsButBelongsToNoParagraph() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Заявление.\n".utf8)
        let analyzed = try Fixtures.analyzer.analyze(try Document(bytes: bytes))
        #expect(analyzed.paragraphs.first?.range == ByteRange(3..<22))
        #expect(analyzed.tokens.first?.range == ByteRange(3..<21))
    }

    /// Read from bytes, NULs are refused (HostileInputTests); a string may hold them, and its
    /// analysis neither crashes nor takes them for words.
    @Test func binaryInputWithNULsDoesNotCrash() throws {
        var text = "текст\u{0}\u{0}\u{1}\u{2}\u{3}ещё"
        text += String(repeating: "\u{0}", count: 1000)
        let analyzed = try Fixtures.analyzer.analyze(Document(text: text))
        #expect(analyzed.tokens.map { analyzed.text(of: $0.range) } == ["текст", "ещё"])
    }

    @Test func filesAreReadAsTheyAre() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("termalign-doc-\(UInt32.random(in: 0...UInt32.max)).txt")
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Мир\r\n".utf8)
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let document = try Document.load(path: url.path)
        #expect(document.bytes == bytes && document.language == .ru && document.path == url.path)
        #expect(throws: TextError.self) { try Document.load(path: url.path + ".missing") }
        #expect(throws: TextError.self) { try Document.load(path: FileManager.default.temporaryDirectory.path) }
    }
}
