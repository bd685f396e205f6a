import Foundation
import Testing
import TermAlignText

/// The bundled sample saved in the encodings people's files come in: read, said, and found the same
/// as the UTF-8 files; and the refusals when the encoding cannot be told or is wrong.
struct EncodingCLITests {
    static let sample = CLI.root.appendingPathComponent("Examples/sample").path

    static func bytes(of language: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: "\(sample)/statement.\(language).txt")))
    }

    @Test(arguments: [("ru", "windows-1251", false), ("ru", "KOI8-R", false), ("zh", "GB18030", false),
                      ("en", "UTF-16LE", true), ("ru", "UTF-16LE", false), ("ru", "UTF-16BE", false)])
    func aVersionInAnotherEncodingIsFoundAsInUTF8(_ language: String, _ encoding: String, _ byteOrderMark: Bool) throws {
        let utf8 = try Self.bytes(of: language)
        let encoded = (byteOrderMark ? [0xFF, 0xFE] : []) + (try TextEncoding.convert(utf8, from: "UTF-8", to: encoding))
        let path = try CLI.temporaryFile(encoded, suffix: ".\(language).txt")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let original = try CLI.run(["find", "\(Self.sample)/statement.\(language).txt", "--format", "tsv"])
        let read = try CLI.run(["find", path, "--format", "tsv"])
        #expect(read.status == 0, "\(read.error)")
        #expect(read.error.contains("read as \(encoding)"), "\(read.error)")
        #expect(read.text == original.text)
        #expect(!read.text.isEmpty && read.text.split(separator: "\n").count > 1)
    }

    @Test func encodingGivenOverridesAndAWrongOneIsRefused() throws {
        let encoded = try TextEncoding.convert(try Self.bytes(of: "ru"), from: "UTF-8", to: "windows-1251")
        let path = try CLI.temporaryFile(encoded, suffix: ".ru.txt")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let given = try CLI.run(["find", path, "--encoding", "windows-1251", "--format", "json"])
        #expect(given.status == 0 && given.error.contains("as given by --encoding"))
        let documents = try given.json()["documents"] as? [[String: Any]]
        #expect(documents?.first?["encoding"] as? String == "windows-1251", "the JSON says what the text was read as")
        let unknown = try CLI.run(["find", path, "--encoding", "no-such-charset"])
        #expect(unknown.status == 2 && unknown.error.contains("cannot read it as no-such-charset"))
        // Read as ASCII, the Cyrillic letters are not characters of it: refused, not a report of nothing.
        let wrong = try CLI.run(["find", "\(Self.sample)/statement.ru.txt", "--encoding", "US-ASCII"])
        #expect(wrong.status == 2 && wrong.error.contains("are not in that encoding"), "\(wrong.error)")
    }

    @Test func aUTF8FileWithAFewBadBytesStillGetsTheLossyAdvice() throws {
        let bytes = try Self.bytes(of: "en") + [0xFF] + Array("\n".utf8)
        let path = try CLI.temporaryFile(bytes, suffix: ".en.txt")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try CLI.run(["find", path])
        #expect(result.status == 2 && result.error.contains("--lossy"), "\(result.error)")
    }
}

/// Glossary files saved in another encoding (Excel saves CSV in the Windows code page).
struct GlossaryEncodingCLITests {
    @Test func aGlossaryInWindows1251IsReadWhenNamedAndRefusedWithTheLikelyOnesWhenUnsure() throws {
        let table = "Russian;English\nсуверенитет;sovereignty\nтерриториальная целостность;territorial integrity\n"
        let bytes = try TextEncoding.convert(Array(table.utf8), from: "UTF-8", to: "windows-1251")
        let path = try CLI.temporaryFile(bytes, suffix: ".csv")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let unsure = try CLI.run(["glossary", "stats", path])
        #expect(unsure.status == 2 && unsure.error.contains("windows-1251") && unsure.error.contains("--encoding NAME"),
                "\(unsure.error)")
        let named = try CLI.run(["glossary", "stats", path, "--encoding", "windows-1251"])
        #expect(named.status == 0 && named.text.hasPrefix("concepts   2"), "\(named.error)")
        let russian = CLI.root.appendingPathComponent("Examples/sample/statement.ru.txt").path
        let found = try CLI.run(["find", russian, "--glossary", path, "--glossary-encoding", "windows-1251", "--format", "tsv"])
        #expect(found.status == 0 && found.text.contains("\tсуверенитет\t"), "\(found.error)")
        let unsureInFind = try CLI.run(["find", russian, "--glossary", path])
        #expect(unsureInFind.status == 2 && unsureInFind.error.contains("--glossary-encoding NAME"))
    }
}
