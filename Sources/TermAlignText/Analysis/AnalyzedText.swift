/// A document analyzed once for everything downstream: its matching key with the map back to the
/// original, its paragraphs, sentences and words with lemma keys, and its script checks.
public struct AnalyzedText: Sendable {
    /// The document, unchanged.
    public let document: Document
    /// The matching key and its map to ``Document/bytes``.
    public let normalized: NormalizedText
    /// Paragraphs in order (empty unless ``TextAnalyzer/Components/paragraphs`` was asked for).
    public let paragraphs: [Paragraph]
    /// Sentences in order (empty unless ``TextAnalyzer/Components/sentences`` was asked for).
    public let sentences: [Sentence]
    /// Words in order (empty unless ``TextAnalyzer/Components/words`` was asked for).
    public let tokens: [Token]
    /// The distinct lemma keys of the document; ``Token/lemma`` indexes this array.
    public let lemmaKeys: [String]
    /// Letters by script over the whole document.
    public let scripts: ScriptProfile
    /// Words that mix look-alike scripts ("Сrimea" with a Cyrillic С).
    public let confusables: [ConfusableToken]

    /// The original text at `range` (a token's, a sentence's …).
    ///
    /// - Parameter range: A range of ``Document/bytes``.
    public func text(of range: ByteRange) -> String { document.text(in: range) }

    /// A token's normalized form: its slice of the matching key.
    ///
    /// - Parameter token: One of ``tokens``.
    public func normalizedText(of token: Token) -> String {
        String(decoding: normalized.key[token.keyRange], as: UTF8.self)
    }

    /// A token's lemma key.
    ///
    /// - Parameter token: One of ``tokens``.
    public func lemmaKey(of token: Token) -> String { lemmaKeys[token.lemma] }

    /// The index of the token whose range ends at byte `offset`, if one does (tokens are in order).
    ///
    /// - Complexity: O(log n) in the number of tokens.
    package func tokenIndex(endingAt offset: Int) -> Int? {
        var low = 0, high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle].range.upperBound < offset { low = middle + 1 } else { high = middle }
        }
        return low < tokens.count && tokens[low].range.upperBound == offset ? low : nil
    }

    /// The letters by script of a stretch of the original (a sentence, a paragraph).
    ///
    /// - Parameter range: A range of ``Document/bytes``.
    /// - Complexity: O(range.count).
    public func scripts(of range: ByteRange) -> ScriptProfile {
        ScriptProfile(utf8: document.bytes[range.range])
    }
}

extension AnalyzedText {
    /// The same analysis without its matching key and words: paragraphs, sentences, scripts and
    /// look-alike words, which is all that aligning and the comparison's checks read. A long
    /// comparison keeps this while it aligns, where the key and the words (several times the size of
    /// the text) would only take up memory.
    package var withoutWords: AnalyzedText {
        let empty = NormalizedText(key: [], sourceLength: document.bytes.count, replacements: normalized.replacements,
                                   chunkKeyStarts: [0, 0], chunkSourceStarts: [0, UInt32(document.bytes.count)],
                                   chunkIsAtomic: [true])
        return AnalyzedText(document: document, normalized: empty, paragraphs: paragraphs, sentences: sentences,
                            tokens: [], lemmaKeys: [], scripts: scripts, confusables: confusables)
    }
}
