import Testing
@testable import TermAlignAlignment

/// Numbers and months written as words, in whole forms and by stem with their endings.
@Suite("Number words")
struct NumberWordTests {
    private func numbers(_ text: String) -> [(Double, NumberMention.Writing)] {
        Array(text.utf8).withUnsafeBufferPointer { EvidenceScanner.numbers(in: $0, 0..<$0.count) }.map { ($0.value, $0.written) }
    }

    @Test func russianNumeralsAndMonthsAreReadInAnyCase() {
        let found = numbers("Двадцати пяти странам, сорока делегациям, пятидесяти экспертам и ста гостям; 16 мая, "
                            + "3 августа и в сентябре; двенадцатью, восемнадцати. Новые страны, майский, август2.")
        // A month before a number comes after it ("в сентябре; двенадцатью": 12, then 9).
        #expect(found.map(\.0) == [20, 5, 40, 50, 100, 16, 5, 3, 8, 12, 9, 18])
        #expect(found.map(\.1) == [.word, .word, .word, .word, .word, .digits, .month, .digits, .month, .word, .month, .word])
    }

    @Test func englishNumeralsAndMonthsAreReadAsWholeWords() {
        let found = numbers("Twenty states, forty delegations; July 16 and Sept 3; a dozen. Twentieth, Julyish.")
        #expect(found.map(\.0) == [20, 40, 16, 7, 3, 9, 12])
    }
}
