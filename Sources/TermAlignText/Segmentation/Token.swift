/// A word of a document, found by ICU's word break on the matching key (dictionary segmentation for
/// Chinese), with where it came from in the original and its lemma key.
public struct Token: Hashable, Sendable {
    /// What ICU's word break says the token is.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// Digits ("2001", "5.1").
        case number
        /// Letters (Latin, Cyrillic …).
        case word
        /// Japanese kana.
        case kana
        /// Chinese characters: a dictionary word, or a transliterated name with its dots (弗·弗·普京).
        case ideographic
    }

    /// The original bytes of the token.
    public let range: ByteRange
    /// Text, number, kana or ideographic.
    public let kind: Kind
    private let keyStart: UInt32
    private let keyEnd: UInt32
    // 32 bits keep a token at 24 bytes: a 100 MB Chinese text has some 20 million of them.
    private let lemmaIndex: UInt32

    /// Creates a token.
    ///
    /// - Parameters:
    ///   - range: Its original bytes.
    ///   - keyRange: Its bytes in the matching key.
    ///   - kind: Its kind.
    ///   - lemma: The index of its lemma key.
    public init(range: ByteRange, keyRange: Range<Int>, kind: Kind, lemma: Int) {
        self.range = range
        self.kind = kind
        self.keyStart = UInt32(keyRange.lowerBound)
        self.keyEnd = UInt32(keyRange.upperBound)
        self.lemmaIndex = UInt32(lemma)
    }

    /// The index of the token's lemma key in ``AnalyzedText/lemmaKeys``.
    public var lemma: Int { Int(lemmaIndex) }

    /// The token's bytes in the document's matching key (``NormalizedText/key``).
    public var keyRange: Range<Int> { Int(keyStart)..<Int(keyEnd) }
}
