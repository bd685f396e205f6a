import TermAlignText

/// A stretch of text with marks nested in it (terms, and the findings' other evidence), as the
/// sequence of events that writes it: text, open a mark, close the innermost mark.
///
/// Marks either nest or are disjoint in HTML; the term matcher's occurrences always are (a concept
/// inside a longer term is nested in it). A mark that would cross another, or lies outside the
/// stretch, is left out of the events and counted in ``skipped``, so a report can say so.
package struct MarkedText<Mark> {
    package enum Event {
        case text(ByteRange)
        case open(Mark)
        case close
    }

    package private(set) var events: [Event] = []
    /// Marks that could not be nested (they cross another mark or leave the stretch).
    package private(set) var skipped = 0

    /// - Parameters:
    ///   - range: The stretch of text.
    ///   - marks: The marks with their ranges, in any order; empty ranges are ignored.
    /// - Complexity: O(m log m) for m marks, plus the events.
    package init(_ range: ByteRange, marks: [(range: ByteRange, mark: Mark)]) {
        // Outer marks before the marks they contain: by start, then longest first.
        let ordered = marks.indices.sorted { lhs, rhs in
            let (left, right) = (marks[lhs].range, marks[rhs].range)
            if left.lowerBound != right.lowerBound { return left.lowerBound < right.lowerBound }
            if left.upperBound != right.upperBound { return left.upperBound > right.upperBound }
            return lhs < rhs
        }
        var cursor = range.lowerBound
        var open: [Int] = []  // end offsets of the open marks, innermost last
        for index in ordered {
            let mark = marks[index]
            guard !mark.range.isEmpty else { continue }
            guard mark.range.lowerBound >= range.lowerBound, mark.range.upperBound <= range.upperBound else {
                skipped += 1
                continue
            }
            while let end = open.last, end <= mark.range.lowerBound {
                emitText(from: &cursor, to: end)
                events.append(.close)
                open.removeLast()
            }
            if let end = open.last, mark.range.upperBound > end {
                skipped += 1
                continue
            }
            emitText(from: &cursor, to: mark.range.lowerBound)
            events.append(.open(mark.mark))
            open.append(mark.range.upperBound)
        }
        while let end = open.popLast() {
            emitText(from: &cursor, to: end)
            events.append(.close)
        }
        emitText(from: &cursor, to: range.upperBound)
    }

    private mutating func emitText(from cursor: inout Int, to end: Int) {
        guard end > cursor else { return }
        events.append(.text(ByteRange(lowerBound: cursor, upperBound: end)))
        cursor = end
    }
}
