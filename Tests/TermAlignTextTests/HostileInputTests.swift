import PropertyBased
import Testing
@testable import TermAlignText

/// Inputs that occur in real life and must not hang the tool, exhaust its memory or be read as
/// something they are not: one very long line, a NUL byte, characters that expand many times.
struct HostileInputTests {
    /// Line and column of every offset, the plain way: one pass, counting as it goes.
    static func plainLocations(in bytes: [UInt8]) -> [(line: Int, column: Int)] {
        var locations: [(line: Int, column: Int)] = []
        var line = 1, column = 1
        for byte in bytes {
            locations.append((line, column))
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        locations.append((line, column))
        return locations
    }

    static let pieces = ["a", "ж", "中", "🇷🇺", "\n", "\r\n", " ", String(repeating: "Стороны ", count: 40), "\u{FFFD}"]
    static let texts = Gen.element(of: pieces).compactMap { $0 }.array(of: 0...200).map { $0.joined() }

    @Test func locationsAgreeWithCountingFromTheStartInAnyOrder() async {
        await propertyCheck(count: 200, input: Self.texts) { text in
            let bytes = Array(text.utf8)
            let index = LineColumnIndex(bytes)
            let expected = Self.plainLocations(in: bytes)
            // Every offset, last first: the index keeps no state between lookups.
            for offset in (0...bytes.count).reversed() {
                let (line, column) = index.location(of: offset)
                #expect(line == expected[offset].line && column == expected[offset].column,
                        "offset \(offset) of \(text.debugDescription)")
            }
        }
    }

    /// A 3 MB text on one line, as copied from a web page: a lookup near its end is right, and
    /// ill-formed bytes count one column each, as a lossy reading shows them.
    @Test func oneLongLine() {
        var bytes = Array(String(repeating: "Стороны заявляют, что 中国 ", count: 100_000).utf8)
        bytes += [0xFF, 0x41]
        let index = LineColumnIndex(bytes)
        let characters = bytes.count { $0 & 0xC0 != 0x80 }
        #expect(index.location(of: bytes.count - 1) == (1, characters))
        #expect(index.location(of: bytes.count) == (1, characters + 1))
        #expect(index.location(of: 0) == (1, 1) && index.location(of: -5) == (1, 1))
        #expect(index.location(of: bytes.count + 10) == (1, characters + 1))
    }

    /// The error `body` throws, or nil.
    static func thrown(_ body: () throws(TextError) -> Void) -> TextError? {
        do {
            try body()
            return nil
        } catch {
            return error
        }
    }

    @Test("a NUL byte is binary content, strict or lossy, with its line and column",
          arguments: [Document.DecodingPolicy.strict, .lossy])
    func nulByte(policy: Document.DecodingPolicy) {
        let bytes = Array("Стороны\nза\u{0}явили".utf8)
        let error = Self.thrown { () throws(TextError) in _ = try Document(bytes: bytes, path: "x.txt", language: .ru, policy: policy) }
        #expect(error == .binaryContent(source: "x.txt", offset: 19, line: 2, column: 3))
        let message = error.map { "\($0)" } ?? ""
        #expect(message.hasPrefix("x.txt:2:3: NUL byte at byte offset 19") && message.contains("save it as UTF-8"))
        let fromText = Self.thrown { () throws(TextError) in try Document(text: "ab\u{0}", id: "d", language: .en).checkIsText() }
        #expect(fromText == .binaryContent(source: "d", offset: 2, line: 1, column: 3))
    }

    /// U+FDFA is three bytes that normalize to 33 (18 letters): a text of nothing else would have a
    /// key eleven times its size. It is refused at the first character past the bound; a text with
    /// a few of them, or a glossary term that is one, is not.
    @Test func expansionIsBounded() throws {
        let ligature = "\u{FDFA}"
        let hostile = Array(String(repeating: ligature, count: 20_000).utf8)
        do {
            _ = try Normalizer().normalize(hostile, source: "x.txt")
            Issue.record("60 KB of U+FDFA normalized to a key of 660 KB")
        } catch let .expansion(source, offset, line, column, factor) {
            #expect(source == "x.txt" && line == 1 && factor == Normalizer.expansionFactor)
            let limit = hostile.count * factor + Normalizer.expansionAllowance
            // The character at which the key passed the bound: 33 key bytes per 3 source bytes.
            #expect(offset % 3 == 0 && (offset / 3 + 1) * 33 > limit && (offset / 3) * 33 <= limit)
            #expect(column == offset / 3 + 1)
        } catch {
            Issue.record("unexpected \(error)")
        }
        let prose = "Стороны \(ligature) заявляют. " + String(repeating: "Текст заявления. ", count: 10)
        #expect(try Normalizer().normalize(Array(prose.utf8)).key.count > prose.utf8.count)
        #expect(Normalizer().key(for: ligature).unicodeScalars.count == 18)
    }
}
