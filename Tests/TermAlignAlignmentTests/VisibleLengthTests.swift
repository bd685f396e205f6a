import Testing
import TermAlignText
@testable import TermAlignAlignment

/// A unit's length counts its characters other than ASCII whitespace, eight bytes at a time.
struct VisibleLengthTests {
    private func counted(_ bytes: ArraySlice<UInt8>) -> Int {
        bytes.filter { $0 & 0xC0 != 0x80 && $0 != 0x20 && !(0x09...0x0D).contains($0) }.count
    }

    @Test func randomBytesCountAsOneByOne() {
        var random = SplitMix64(seed: 11)
        // Whitespace, its neighbours (0x08, 0x0E, 0x1F, 0x21), continuation bytes and their
        // neighbours, lead bytes, and letters.
        let pool: [UInt8] = [0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x08, 0x0E, 0x1F, 0x21, 0x00, 0x7F, 0x80, 0xBF,
                             0xC0, 0xD0, 0xE4, 0xFF, 0x61, 0x89, 0x8D, 0xA0, 0xA9]
        for _ in 0..<3000 {
            let bytes = (0..<Int.random(in: 0...50, using: &random)).map { _ in pool.randomElement(using: &random)! }
            let start = Int.random(in: 0...bytes.count, using: &random)
            let end = Int.random(in: start...bytes.count, using: &random)
            let length = bytes.withUnsafeBufferPointer { VisibleLength.count($0, start..<end) }
            #expect(length == counted(bytes[start..<end]), "\(bytes) \(start)..<\(end)")
        }
    }

    @Test func textCountsItsCharacters() {
        let text = Array("Стороны\tзаявляют:\r\n 中俄 «партнёрство»  — and NATO. ".utf8)
        let length = text.withUnsafeBufferPointer { VisibleLength.count($0, 0..<$0.count) }
        #expect(length == "Стороны\tзаявляют:\r\n 中俄 «партнёрство»  — and NATO. ".unicodeScalars.filter { !" \t\r\n".unicodeScalars.contains($0) }.count)
    }
}
