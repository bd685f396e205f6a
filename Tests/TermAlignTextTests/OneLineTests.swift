import Testing
import TermAlignText

@Suite("Text on one line")
struct OneLineTests {
    @Test("every line break and tab becomes a space; other text, however close in bytes, is kept", arguments: [
        ("a\nb", "a b"), ("a\r\nb", "a b"), ("a\tb\u{0B}c\u{0C}d\re", "a b c d e"),
        ("x\u{85}y", "x y"), ("x\u{2028}y\u{2029}z", "x y z"),
        // Bytes 0x85, 0xA8 and 0xA9 inside other characters: х (D1 85), 詩 (E8 A9 A9), ‧ (E2 80 A7), ⁨ (E2 81 A8).
        ("хорошо", "хорошо"), ("詩经", "詩经"), ("a‧b", "a‧b"), ("a\u{2068}b", "a\u{2068}b"),
        ("", ""), ("合理安全关切", "合理安全关切"),
    ])
    func oneLine(text: String, expected: String) {
        #expect(text.onOneLine == expected)
    }
}
