import Testing
import TermAlignReports
import TermAlignText

/// Nesting marks in a cell's text: outer before inner, crossing marks left out and counted, every byte
/// of the stretch written exactly once.
@Suite("Marked text")
struct MarkedTextTests {
    static func range(_ lower: Int, _ upper: Int) -> ByteRange { ByteRange(lowerBound: lower, upperBound: upper) }

    /// The events as a compact string: text as [a,b), marks as <name …>.
    static func render(_ text: MarkedText<String>) -> String {
        text.events.map { event in
            switch event {
            case .text(let range): return "[\(range.lowerBound),\(range.upperBound))"
            case .open(let name): return "<\(name)"
            case .close: return ">"
            }
        }.joined()
    }

    @Test func nestedMarksOpenOuterFirst() {
        let text = MarkedText(Self.range(0, 20), marks: [(Self.range(4, 6), "inner"), (Self.range(12, 14), "next"), (Self.range(2, 10), "outer")])
        #expect(Self.render(text) == "[0,2)<outer[2,4)<inner[4,6)>[6,10)>[10,12)<next[12,14)>[14,20)")
        #expect(text.skipped == 0)
    }

    @Test func sameRangeNestsAndAdjacentMarksDoNot() {
        let text = MarkedText(Self.range(0, 6), marks: [(Self.range(0, 3), "a"), (Self.range(0, 3), "b"), (Self.range(3, 6), "c")])
        #expect(Self.render(text) == "<a<b[0,3)>><c[3,6)>")
    }

    @Test func crossingAndOutsideMarksAreCounted() {
        let text = MarkedText(Self.range(10, 30), marks: [(Self.range(12, 20), "a"), (Self.range(15, 25), "crosses"),
                                                          (Self.range(28, 35), "leaves"), (Self.range(22, 22), "empty")])
        #expect(Self.render(text) == "[10,12)<a[12,20)>[20,30)")
        #expect(text.skipped == 2)
    }

    @Test(arguments: 0..<200)
    func everyByteIsWrittenOnce(seed: Int) {
        var generator = SplitMix64(seed: UInt64(seed))
        let length = Int(generator.next() % 64) + 1
        let marks = (0..<Int(generator.next() % 8)).map { index -> (range: ByteRange, mark: String) in
            let lower = Int(generator.next() % UInt64(length + 4))
            let upper = lower + Int(generator.next() % 12)
            return (Self.range(lower, upper), "m\(index)")
        }
        let text = MarkedText(Self.range(0, length), marks: marks)
        var cursor = 0, depth = 0, opened = 0
        for event in text.events {
            switch event {
            case .text(let range):
                #expect(range.lowerBound == cursor && !range.isEmpty)
                cursor = range.upperBound
            case .open: depth += 1; opened += 1
            case .close: depth -= 1; #expect(depth >= 0)
            }
        }
        #expect(cursor == length && depth == 0)
        #expect(opened + text.skipped == marks.count { !$0.range.isEmpty })
    }
}
