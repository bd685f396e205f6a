import TermAlignText

/// Keyword-in-context pieces, for `find` and `diff-terms`.
package enum Concordance {
    /// Up to `characters` characters each side of `range`, on one line.
    package static func context(of range: ByteRange, in document: Document, characters: Int) -> (left: String, right: String) {
        let before = document.text(in: ByteRange(lowerBound: max(0, range.lowerBound - characters * 4),
                                                 upperBound: range.lowerBound))
        let after = document.text(in: ByteRange(lowerBound: range.upperBound,
                                                upperBound: min(document.bytes.count, range.upperBound + characters * 4)))
        return (String(before.suffix(characters)).onOneLine, String(after.prefix(characters)).onOneLine)
    }
}
