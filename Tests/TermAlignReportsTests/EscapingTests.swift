import Testing
import TermAlignComparison
import TermAlignGlossary
@testable import TermAlignReports
import TermAlignText

/// Text from the documents never becomes markup or breaks the JSON.
@Suite("Report escaping")
struct EscapingTests {
    static let hostile = "1. The Sides oppose NATO enlargement <script>alert(1)</script> \"><img src=x onerror=alert(2)> | *x* `y`\n\n2. The Sides respect each other’s sovereignty.\n"

    static func comparison() throws -> Comparison {
        let documents = [
            Document(text: "1. Стороны выступают против расширения НАТО.\n\n2. Стороны уважают суверенитет друг друга.\n", id: "ru", language: .ru),
            Document(text: hostile, id: "en\"<b>", language: .en),
        ]
        return try Comparer(glossary: ShippedGlossary.load().glossary).compare(documents)
    }

    @Test func markdownEscapesDocumentText() throws {
        let markdown = ComparisonReport(comparison: try Self.comparison(), glossaryName: "g").render(.markdown)
        #expect(!markdown.contains("<script>") && !markdown.contains("<img") && !markdown.contains("<b>"))
        #expect(markdown.contains("&lt;script&gt;"))
    }

    /// The Markdown escape works on bytes; the character-by-character escape it replaced is the oracle on
    /// random text of markup characters, line breaks (CR LF one character) and Cyrillic, CJK and emoji.
    @Test func markdownEscapeAgreesWithTheCharacterOracle() {
        func oracle(_ text: String) -> String {
            var result = ""
            for character in text {
                switch character {
                case "\\", "`", "*", "_", "[", "]", "|", "#", "~": result += "\\" + String(character)
                case "<": result += "&lt;"
                case ">": result += "&gt;"
                case "&": result += "&amp;"
                case "\n", "\r", "\r\n": result += " "
                default: result.append(character)
                }
            }
            return result
        }
        let pieces = ["\\", "`", "*", "_", "[", "]", "|", "#", "~", "<", ">", "&", "\n", "\r", "\r\n", "\n\r",
                      "a", " ", "Стороны", "合理", "🇨🇳", "é", "\t", "-", "!"]
        var random = SplitMix64(seed: 11)
        for _ in 0..<2_000 {
            let text = (0..<Int(random.next() % 12)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            #expect(MarkdownText.escape(text) == oracle(text), "\(Array(text.unicodeScalars))")
        }
        // Where bytes and characters differ, the byte escape is the safer: a combining mark cannot hide
        // a markup character from it.
        #expect(MarkdownText.escape("*\u{301}x*") == "\\*\u{301}x\\*")
        #expect(MarkdownText.code("a`b`") == "a'b'")
    }

    @Test func jsonStaysValid() throws {
        let json = ComparisonReport(comparison: try Self.comparison(), glossaryName: "g").render(.json)
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let documents = object?["documents"] as? [[String: Any]]
        #expect(documents?.last?["id"] as? String == "en\"<b>")
    }
}

import Foundation

@Suite("JSON strings")
struct JSONStringTests {
    @Test("runs of plain text pass through whole; quotes, backslashes and controls are escaped; ill-formed bytes become U+FFFD", arguments: [
        (Array("plain ASCII".utf8), #""plain ASCII""#),
        (Array("say \"no\" \\ then\ttab\nline\r".utf8), #""say \"no\" \\ then\ttab\nline\r""#),
        ([0x01, 0x41, 0x7F, 0x1F], #""\u0001A\u007F\u001F""#),
        (Array("Стороны 合理 🇨🇳".utf8), "\"Стороны 合理 🇨🇳\""),
        ([0x61, 0xFF, 0x62, 0xE4, 0xB8], "\"a\u{FFFD}b\u{FFFD}\u{FFFD}\""),
        ([0xC0, 0x80, 0xED, 0xA0, 0x80], "\"\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\""),
        ([], #""""#),
    ])
    func escapes(bytes: [UInt8], expected: String) {
        let buffer = ByteSink()
        JSONWriter(out: buffer).string(bytes: bytes)
        #expect(buffer.string == expected)
    }
}
