import Foundation
import PropertyBased
import Testing
@testable import TermAlignText

/// The matching key: what each fold does, and how the map points back at the original bytes.
struct NormalizerTests {
    let normalizer = Normalizer()

    @Test(arguments: [
        // Case folding, ё → е, and й left alone.
        ("ПРИВЕТ NATO", "привет nato"), ("Ёлка, ёж", "елка, еж"), ("ЙОД и йод", "йод и йод"),
        ("и\u{0306}од", "йод"), ("е\u{0308}ж", "еж"),
        // Stress marks go after Cyrillic letters only; Latin é is a letter of its own.
        ("ли\u{0301}ца", "лица"), ("находя\u{0301}щиеся", "находящиеся"), ("cafe\u{0301}", "café"),
        ("ли\u{0341}ца", "лица"), ("и\u{0308}\u{0341}", "и\u{0308}"),
        // Invisible characters: soft hyphen, zero-width space and joiner, word joiner, BOM.
        ("по\u{00AD}литика", "политика"), ("a\u{200B}b\u{200D}c\u{2060}d", "abcd"), ("\u{FEFF}текст", "текст"),
        // Quotes and dashes.
        ("«мир»", "\"мир\""), ("„мир“", "\"мир\""), ("“peace”", "\"peace\""), ("「和平」『和平』", "\"和平\"\"和平\""),
        ("country’s", "country's"), ("военно–политический", "военно-политический"),
        ("Россия — Китай", "россия - китай"), ("−5", "-5"),
        // Whitespace: runs collapse, blank lines stay paragraph breaks, edges go, and so does a line
        // wrapped between Chinese characters.
        ("a  \t b", "a b"), ("a\nb", "a b"), ("a\r\nb", "a b"), ("a\n\nb", "a\n\nb"), ("a\r\n\r\nb", "a\n\nb"),
        ("a\n \n b", "a\n\nb"), ("a\u{2029}b", "a\n\nb"), ("  lead", "lead"), ("trail \n", "trail"),
        ("中 国", "中国"), ("中\r\n国", "中国"), ("中\n\n国", "中\n\n国"), ("国家 full", "国家 full"),
        ("a\u{00A0}b", "a b"), ("a\u{3000}b", "a b"), ("a \u{200B} b", "a b"),
        // Spacing marks that NFKC expands into a space and a combining mark follow the whitespace
        // rules too (found by fuzzing: the key of the key lost a space).
        ("x \u{2017}", "x \u{0333}"), ("\u{2017}y", "\u{0333}y"), ("中 \u{2017}", "中 \u{0333}"),
        ("a\u{00A8}", "a \u{0308}"), ("a \u{00B4}\n\nb", "a \u{0301}\n\nb"),
        // Full width to half width; compatibility forms.
        ("ＡＢＣ１２３", "abc123"), ("中国，美国", "中国,美国"), ("ﬁnal", "final"), ("①", "1"), ("Straße", "strasse"),
        // Traditional to Simplified.
        ("國家發展", "国家发展"), ("習近平", "习近平"), ("關係", "关系"),
        // …including ICU's rules for characters whose simplification depends on the word.
        ("甚麼", "什么"), ("餘地", "余地"), ("茶餘飯後", "茶余饭后"), ("乾燥", "干燥"),
        ("甚\n麼", "什么"), ("甚麼\u{0301}", "什么\u{0301}"), ("餘地餘地", "余地余地"),
    ])
    func key(_ input: String, _ expected: String) {
        #expect(normalizer.key(for: input) == expected)
    }

    @Test func optionsTurnFoldsOff() {
        let plain = Normalizer(options: [.collapseWhitespace])
        #expect(plain.key(for: "Ёлка «мир» 國家") == "ёлка «мир» 國家")
        #expect(Normalizer(options: []).key(for: "a  b\n") == "a  b\n")
    }

    /// Most keys fit in the buffer lent for them; this one grows four times longer than its source.
    @Test func keysLongerThanTheirSourceAreWholeAndMapped() throws {
        let text = String(repeating: "㍿", count: 5000) + " ﷺ"
        let normalized = try normalizer.normalize(Array(text.utf8))
        #expect(normalized.keyString == String(repeating: "株式会社", count: 5000) + " " + Normalizer(options: []).key(for: "ﷺ"))
        #expect(normalized.sourceRange(forKey: 12..<24) == ByteRange(3..<6))
    }

    @Test func emptyInputHasAnEmptyKey() throws {
        let normalized = try normalizer.normalize([])
        #expect(normalized.key.isEmpty)
        #expect(normalized.chunkCount == 0)
        #expect(normalized.keyRange(forSource: ByteRange(0..<0)) == 0..<0)
    }

    // MARK: - The map back to the original

    @Test func identityTextMapsByteForByte() throws {
        let text = "Находящиеся за рубежом лица"
        let normalized = try normalizer.normalize(Array(text.utf8))
        #expect(normalized.keyString == "находящиеся за рубежом лица")
        let key = normalized.key
        let word = Array("рубежом".utf8)
        let start = firstIndex(of: word, in: key)!
        let source = normalized.sourceRange(forKey: start..<(start + word.count))
        #expect(Array(Array(text.utf8)[source.range]) == Array("рубежом".utf8))
    }

    @Test func atomicCharactersMapToTheirWholeSource() throws {
        let text = "«ＡＢ»"
        let normalized = try normalizer.normalize(Array(text.utf8))
        #expect(normalized.keyString == "\"ab\"")
        #expect(normalized.sourceRange(ofKeyByte: 0) == ByteRange(0..<2)) // «
        #expect(normalized.sourceRange(ofKeyByte: 1) == ByteRange(2..<5)) // Ａ
        #expect(normalized.sourceRange(ofKeyByte: 2) == ByteRange(5..<8)) // Ｂ
        #expect(normalized.sourceRange(forKey: 1..<3) == ByteRange(2..<8))
        #expect(normalized.keyRange(forSource: ByteRange(5..<8)) == 2..<3)
    }

    @Test func ignorablesInsideAWordBelongToIt() throws {
        let text = "ли\u{0301}ца по\u{00AD}литика"
        let bytes = Array(text.utf8)
        let normalized = try normalizer.normalize(bytes)
        #expect(normalized.keyString == "лица политика")
        let first = normalized.sourceRange(forKey: 0..<8)
        #expect(String(decoding: bytes[first.range], as: UTF8.self) == "ли\u{0301}ца")
        let second = normalized.sourceRange(forKey: 9..<normalized.key.count)
        #expect(String(decoding: bytes[second.range], as: UTF8.self) == "по\u{00AD}литика")
    }

    @Test func aLeadingBOMIsCountedButNotPartOfTheText() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Мир".utf8)
        let normalized = try normalizer.normalize(bytes)
        #expect(normalized.keyString == "мир")
        #expect(normalized.sourceRange(forKey: 0..<normalized.key.count) == ByteRange(3..<9))
    }

    @Test func collapsedWhitespaceMapsToTheWholeRun() throws {
        let bytes = Array("a \r\n\t b\n\nc".utf8)
        let normalized = try normalizer.normalize(bytes)
        #expect(normalized.keyString == "a b\n\nc")
        #expect(normalized.sourceRange(ofKeyByte: 1) == ByteRange(1..<6))
        #expect(normalized.sourceRange(forKey: 3..<5) == ByteRange(7..<9))
    }

    // MARK: - Ill-formed input

    @Test func invalidUTF8IsRefusedWithItsOffset() {
        let bytes: [UInt8] = Array("мир\n".utf8) + [0xFF] + Array("!".utf8)
        #expect(throws: TextError.invalidUTF8(source: "<input>", offset: 7, line: 2, column: 1, bytes: [0xFF])) {
            try normalizer.normalize(bytes)
        }
    }

    @Test func lossyModeReplacesAndRecords() throws {
        let bytes: [UInt8] = Array("a".utf8) + [0xE2, 0x82] + Array("b".utf8) + [0xC0, 0xAF]
        let normalized = try normalizer.normalize(bytes, lossy: true)
        #expect(normalized.keyString == "a\u{FFFD}b\u{FFFD}\u{FFFD}")
        #expect(normalized.replacements == [ByteRange(1..<3), ByteRange(4..<5), ByteRange(5..<6)])
        #expect(normalized.sourceRange(forKey: 1..<4) == ByteRange(1..<3))
    }

    // MARK: - Properties over random mixes

    /// Pieces that stress the normalizer: combining sequences, invisible characters, every kind of
    /// whitespace, CRLF, full width, Traditional script, emoji and ZWJ sequences, supplementary
    /// characters, multi-character foldings.
    static let fragments: [String] = [
        "Лица", "граждан", "ёлка", "Й", "\u{0301}", "и\u{0306}", "е\u{0308}", "国家", "國家", "習近平", "ＡＢＣ",
        "，", "。", "«", "»", "“", "”", "—", "–", "\u{00AD}", "\u{200B}", "\u{FEFF}", " ", "  ", "\n", "\r\n",
        "\n\n", "\t", "\u{3000}", "\u{00A0}", "NATO", "U.S.", "country’s", "😀", "👨‍👩‍👧", "ﬁ", "ß", "Ⅻ", "①",
        "a", "1", ".", "\u{2029}", "e\u{301}", "\u{0301}\u{0301}", "𠀀", "Ǆ", "İ", "ς", "ﾊﾟ", "\u{1100}\u{1161}",
        "가", "\r", "\u{0085}", "Ω", "ﬀ", "㍿", "\u{20DD}", "x\u{0327}\u{0301}", "\u{2017}", "\u{00A8}",
        "\u{309B}", "\u{FDFA}", "\u{0341}", "г", "\u{0344}",
    ]

    static let mixes = Gen.element(of: fragments).compactMap { $0 }.array(of: 0...40).map { $0.joined() }

    @Test func keysAreIdempotent() async {
        await propertyCheck(count: 300, input: Self.mixes) { text in
            let key = normalizer.key(for: text)
            #expect(normalizer.key(for: key) == key, "key of \(text.debugDescription)")
        }
    }

    /// Inputs the fuzzer found (make fuzz), kept as regression tests.
    @Test(arguments: ["fuzz-idempotence-expanded-space.bin", "fuzz-idempotence-tone-mark.bin"])
    func fuzzerFindingsStayFixed(_ name: String) throws {
        let bytes = Array(try Data(contentsOf: Fixtures.url(name)))
        let key = try normalizer.normalize(bytes, lossy: true).keyString
        #expect(normalizer.key(for: key) == key)
    }

    @Test func chunksTileKeyAndSource() async {
        await propertyCheck(count: 300, input: Self.mixes) { text in
            let bytes = Array(text.utf8)
            let normalized = try normalizer.normalize(bytes)
            var key = 0
            var source = 0
            for chunk in normalized.chunks {
                #expect(chunk.key.lowerBound == key && chunk.source.lowerBound == source)
                #expect(!chunk.source.isEmpty)
                if chunk.isIdentity { #expect(chunk.key.count == chunk.source.count) }
                key = chunk.key.upperBound
                source = chunk.source.upperBound
            }
            #expect(key == normalized.key.count && source == bytes.count)
        }
    }

    @Test func everyKeyCharacterMapsToWholeSourceCharacters() async {
        await propertyCheck(count: 300, input: Self.mixes) { text in
            let bytes = Array(text.utf8)
            let normalized = try normalizer.normalize(bytes)
            var offset = 0
            for scalar in normalized.keyString.unicodeScalars {
                let width = String(scalar).utf8.count
                let source = normalized.sourceRange(forKey: offset..<(offset + width))
                // Whole characters: the slice decodes without replacement characters.
                let slice = bytes[source.range]
                #expect(!source.isEmpty)
                #expect(String(validating: slice, as: UTF8.self) != nil, "\(text.debugDescription) at \(offset)")
                offset += width
            }
        }
    }

    /// Walking the map forward (as word segmentation does) gives what searching it gives.
    @Test func theForwardMapperAgreesWithSearch() async {
        await propertyCheck(count: 300, input: Self.mixes) { text in
            let normalized = try normalizer.normalize(Array(text.utf8))
            var mapper = NormalizedText.ForwardMapper(normalized)
            var offset = 0
            for scalar in normalized.keyString.unicodeScalars {
                let range = offset..<(offset + String(scalar).utf8.count)
                #expect(mapper.sourceRange(forKey: range) == normalized.sourceRange(forKey: range))
                offset = range.upperBound
            }
        }
    }

    /// Searching from a hint (as the Chinese scanner maps its matches) gives what a search of the whole
    /// map gives, wherever the hint was left: near, far (past the walk's budget) or out of range.
    @Test func theHintedSearchAgreesWithSearch() async {
        await propertyCheck(count: 300, input: Self.mixes) { text in
            let normalized = try normalizer.normalize(Array(text.utf8) + Array(String(repeating: "ｘ合作。", count: 40).utf8))
            var random = SplitMix64(seed: UInt64(normalized.key.count))
            var hint = 0
            for _ in 0..<40 {
                let start = random.below(normalized.key.count)
                let range = start..<(start + 1 + random.below(min(12, normalized.key.count - start)))
                if random.chance(20) { hint = random.below(normalized.chunkCount + 4) - 2 }
                #expect(normalized.sourceRange(forKey: range, near: &hint) == normalized.sourceRange(forKey: range))
            }
        }
    }

    @Test func fastPathAgreesWithTheGeneralPath() async {
        let reference = Normalizer(options: NormalizationOptions.matching.union(.reference))
        await propertyCheck(count: 300, input: Self.mixes) { text in
            let bytes = Array(text.utf8)
            let fast = try normalizer.normalize(bytes)
            let slow = try reference.normalize(bytes)
            #expect(fast.key == slow.key, "\(text.debugDescription)")
            #expect(Array(fast.chunks) == Array(slow.chunks), "\(text.debugDescription)")
        }
    }

    @Test func withoutFoldsTheKeyIsICUNFKCCasefold() async throws {
        let icuOnly = Normalizer(options: [])
        await propertyCheck(count: 300, input: Self.mixes) { text in
            let bytes = Array(text.utf8)
            let utf16 = try ICUBaseline.utf16(bytes)
            var output = [UInt16](repeating: 0, count: utf16.count * 18 + 16)
            let count = try ICUBaseline.nfkcCasefold(utf16, into: &output)
            let expected = String(decoding: output[0..<count], as: UTF16.self)
            #expect(try icuOnly.normalize(bytes).keyString == expected, "\(text.debugDescription)")
        }
    }

    private func firstIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        return (0...(haystack.count - needle.count)).first { Array(haystack[$0..<($0 + needle.count)]) == needle }
    }
}
