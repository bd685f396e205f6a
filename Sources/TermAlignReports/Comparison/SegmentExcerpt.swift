import TermAlignComparison
import TermAlignText

/// A segment's text cut into plain stretches and glossary terms, for reports that highlight terms.
package enum SegmentExcerpt {
    package struct Piece: Sendable, Hashable {
        package let text: String
        /// The occurrence (index into the comparison's occurrences) this piece is, if it is a term.
        package let occurrence: Int?
        package var isTerm: Bool { occurrence != nil }
    }

    /// Per document, per segment: the occurrences inside it, in text order.
    package static func occurrencesBySegment(_ comparison: Comparison) -> [[Int: [Int]]] {
        var result = [[Int: [Int]]](repeating: [:], count: comparison.documents.count)
        for (index, located) in comparison.occurrences.enumerated() {
            result[located.document][located.segment, default: []].append(index)
        }
        return result
    }

    /// The text of `range`, trimmed, split around the occurrences `marked`; at most `limit` bytes of
    /// plain text around them (cut with " … ").
    package static func pieces(of document: Document, _ range: ByteRange, marked: [Int], in comparison: Comparison,
                               limit: Int) -> [Piece] {
        pieces(of: document, range, marked: marked.map { ($0, comparison.occurrences[$0].occurrence.range) }, limit: limit)
    }

    private static func pieces(of document: Document, _ range: ByteRange, marked: [(Int, ByteRange)], limit: Int) -> [Piece] {
        let trimmed = document.trimmed(range)
        let (lower, upper) = (trimmed.lowerBound, trimmed.upperBound)
        var pieces: [Piece] = []
        var cursor = lower
        for (index, found) in marked {
            guard found.lowerBound >= cursor, found.upperBound <= upper else { continue }
            if found.lowerBound > cursor { pieces.append(Piece(text: document.text(in: ByteRange(lowerBound: cursor, upperBound: found.lowerBound)), occurrence: nil)) }
            pieces.append(Piece(text: document.text(in: found), occurrence: index))
            cursor = found.upperBound
        }
        if upper > cursor { pieces.append(Piece(text: document.text(in: ByteRange(lowerBound: cursor, upperBound: upper)), occurrence: nil)) }
        return pieces.map { piece in
            piece.isTerm || piece.text.utf8.count <= limit ? piece : Piece(text: shortened(piece.text, limit), occurrence: nil)
        }
    }

    private static func shortened(_ text: String, _ limit: Int) -> String {
        let half = max(1, limit / 8)
        return String(text.prefix(half)) + " … " + String(text.suffix(half))
    }

    /// One line, at most `limit` characters.
    package static func oneLine(_ text: String, limit: Int) -> String {
        let flat = text.onOneLine
        return flat.count > limit ? String(flat.prefix(limit)) + "…" : flat
    }
}
