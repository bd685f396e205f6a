/// Analyzes documents: normalization with its offset map, paragraphs, sentences, words with lemma
/// keys, and script checks.
///
/// An analyzer is cheap to copy and safe to share between tasks: its lemmatizers serialize their
/// own access, and its ICU iterators are pooled.
public struct TextAnalyzer: Sendable {
    /// Which parts of the analysis to compute.
    public struct Components: OptionSet, Hashable, Sendable {
        /// The component bits.
        public let rawValue: Int

        /// Creates a set of components.
        ///
        /// - Parameter rawValue: Component bits.
        public init(rawValue: Int) { self.rawValue = rawValue }

        /// Paragraphs (lines, numbering, headings).
        public static let paragraphs = Components(rawValue: 1 << 0)
        /// Sentences (needs paragraphs, which it adds).
        public static let sentences = Components(rawValue: 1 << 1)
        /// Words with their keys.
        public static let words = Components(rawValue: 1 << 2)
        /// Lemma keys of words (needs words, which it adds); without it a word's key is its
        /// normalized form.
        public static let lemmas = Components(rawValue: 1 << 3)
        /// Mixed-script look-alike words. With ``words`` every word is checked; without, only the
        /// stretches between spaces that hold letters of two of Latin, Greek and Cyrillic are split
        /// into words (no other can mix them), and the analysis lists no words: a Chinese text is
        /// then checked without its dictionary segmentation.
        public static let confusables = Components(rawValue: 1 << 4)

        /// Everything.
        public static let all: Components = [.paragraphs, .sentences, .words, .lemmas, .confusables]
    }

    /// The normalizer for matching keys.
    public let normalizer: Normalizer
    /// The lemmatizers; `nil` for an analyzer that only segments (its word keys are the normalized
    /// words, as without ``Components/lemmas``).
    public let lemmaKeys: LemmaKeys?
    private let iterators = BreakIteratorPool()

    /// Creates an analyzer.
    ///
    /// - Parameters:
    ///   - normalizer: How keys are normalized.
    ///   - lemmaKeys: The lemmatizers (open them once and share them), or `nil` when no lemma keys are
    ///     wanted: opening the Hunspell dictionaries takes a noticeable fraction of a second.
    public init(normalizer: Normalizer = Normalizer(), lemmaKeys: LemmaKeys?) {
        self.normalizer = normalizer
        self.lemmaKeys = lemmaKeys
    }

    /// What decides this analyzer's keys, for the keys of cached compiled data (a compiled glossary).
    package var configuration: String {
        "normalizer \(normalizer.options.rawValue); "
            + (lemmaKeys.map { "\($0.russian.configuration); \($0.english.configuration)" } ?? "no lemma keys")
    }

    /// Creates an analyzer with the default normalization and lemmatizers.
    ///
    /// - Parameter strategy: How Russian and English lemma keys are computed.
    /// - Throws: ``TextError/missingDictionary(language:reason:)`` when Hunspell dictionaries or
    ///   Snowball stemmers are not installed.
    public init(strategy: LemmaStrategy = .hunspellThenSnowball) throws(TextError) {
        self.init(lemmaKeys: try LemmaKeys(strategy: strategy))
    }

    /// The lemma key of a word, normalized and keyed exactly as words of a text are: what a glossary
    /// term's word must equal to match.
    ///
    /// - Parameter word: A word as written ("Лица", "COUNTRIES’").
    /// - Returns: Its lemma key, or its normalized form for an analyzer without lemmatizers.
    public func lemmaKey(for word: String) -> String {
        let normalized = normalizer.key(for: word)
        return lemmaKeys?.key(for: normalized) ?? normalized
    }

    /// Analyzes one document.
    ///
    /// - Parameters:
    ///   - document: The document.
    ///   - components: What to compute; everything by default.
    /// - Throws: ``TextError`` when ICU fails (the document itself was validated when it was made).
    /// - Complexity: O(n); each distinct word form is lemmatized once per analyzer.
    public func analyze(_ document: Document, components: Components = .all) throws(TextError) -> AnalyzedText {
        var components = components
        if components.contains(.sentences) { components.insert(.paragraphs) }
        if components.contains(.lemmas) { components.insert(.words) }

        let normalized = try normalizer.normalize(document)
        var paragraphs: [Paragraph] = []
        var sentences: [Sentence] = []
        try document.bytes.withUnsafeBufferPointer { (bytes: UnsafeBufferPointer<UInt8>) throws(TextError) in
            if components.contains(.paragraphs) { paragraphs = ParagraphSegmenter.paragraphs(in: bytes) }
            if components.contains(.sentences) {
                if document.replacements.isEmpty {
                    sentences = try SentenceSegmenter.sentences(in: bytes, paragraphs: paragraphs, breaker: .rules)
                } else {
                    // Ill-formed bytes: ICU reads them as U+FFFD wherever they are.
                    sentences = try iterators.with(.sentence, locale: document.language.locale) { iterator throws(TextError) in
                        try SentenceSegmenter.sentences(in: bytes, paragraphs: paragraphs,
                                                       breaker: .icu(iterator, viaUTF16: false))
                    }
                }
            }
        }
        let scripts = ScriptProfile(utf8: document.bytes)
        var words = WordAnalysis(lemmaKeys: lemmaKeys)
        if components.contains(.words) {
            words = try analyzeWords(document, normalized, lemmatize: components.contains(.lemmas) && lemmaKeys != nil,
                                     confusables: components.contains(.confusables), preferred: scripts.dominant)
        } else if components.contains(.confusables) {
            words.confusables = try confusables(document, normalized, preferred: scripts.dominant)
        }
        return AnalyzedText(document: document, normalized: normalized, paragraphs: paragraphs,
                            sentences: sentences, tokens: words.tokens, lemmaKeys: words.interner.keys,
                            scripts: scripts, confusables: words.confusables)
    }

    /// Analyzes several documents concurrently.
    ///
    /// - Parameters:
    ///   - documents: The documents.
    ///   - components: What to compute.
    /// - Returns: The analyses, in the order of `documents`.
    public func analyze(_ documents: [Document], components: Components = .all) async throws -> [AnalyzedText] {
        try await withThrowingTaskGroup(of: (Int, AnalyzedText).self) { group in
            for (index, document) in documents.enumerated() {
                group.addTask { (index, try self.analyze(document, components: components)) }
            }
            var results = [AnalyzedText?](repeating: nil, count: documents.count)
            for try await (index, analysis) in group { results[index] = analysis }
            return results.map { $0! }
        }
    }

    // MARK: - Words

    /// A word found but not yet finished (see ``analyzeWords``).
    private struct PendingWord {
        let keyRange: Range<Int>
        let range: ByteRange
        let kind: Token.Kind
    }

    private struct WordAnalysis {
        var tokens: [Token] = []
        var interner: LemmaInterner
        var confusables: [ConfusableToken] = []

        init(lemmaKeys: LemmaKeys?) { interner = LemmaInterner(lemmaKeys: lemmaKeys) }
    }

    private func analyzeWords(_ document: Document, _ normalized: NormalizedText, lemmatize: Bool,
                              confusables checkConfusables: Bool, preferred: Script?) throws(TextError) -> WordAnalysis {
        var result = WordAnalysis(lemmaKeys: lemmaKeys)
        var mapper = NormalizedText.ForwardMapper(normalized)
        var failure: TextError?
        try normalized.key.withUnsafeBufferPointer { (key: UnsafeBufferPointer<UInt8>) throws(TextError) in
            try document.bytes.withUnsafeBufferPointer { (bytes: UnsafeBufferPointer<UInt8>) throws(TextError) in
                try forEachWord(in: key, 0..<key.count, language: document.language, mapper: &mapper) { word in
                    let text = UnsafeBufferPointer(rebasing: key[word.keyRange])
                    let lemma = result.interner.index(of: text, kind: word.kind, lemmatize: lemmatize)
                    result.tokens.append(Token(range: word.range, keyRange: word.keyRange, kind: word.kind, lemma: lemma))
                    if checkConfusables {
                        Self.checkLookAlikes(word, key: key, bytes: bytes, preferred: preferred,
                                             into: &result.confusables, failure: &failure)
                    }
                }
            }
        }
        if let failure { throw failure }
        return result
    }

    /// The mixed-script words of a document, looked for only between spaces and line breaks (where
    /// word boundaries fall anyway) around stretches that hold two of Latin, Greek and Cyrillic.
    private func confusables(_ document: Document, _ normalized: NormalizedText,
                             preferred: Script?) throws(TextError) -> [ConfusableToken] {
        var found: [ConfusableToken] = []
        var mapper = NormalizedText.ForwardMapper(normalized)
        var failure: TextError?
        try normalized.key.withUnsafeBufferPointer { (key: UnsafeBufferPointer<UInt8>) throws(TextError) in
            try document.bytes.withUnsafeBufferPointer { (bytes: UnsafeBufferPointer<UInt8>) throws(TextError) in
                var start = 0
                while start < key.count {
                    var end = start
                    while end < key.count && key[end] != 0x20 && key[end] != 0x0A { end += 1 }
                    if ConfusableDetector.mayMixScripts(UnsafeBufferPointer(rebasing: key[start..<end])) {
                        try forEachWord(in: key, start..<end, language: document.language, mapper: &mapper) { word in
                            Self.checkLookAlikes(word, key: key, bytes: bytes, preferred: preferred, into: &found, failure: &failure)
                        }
                    }
                    start = end + 1
                }
            }
        }
        if let failure { throw failure }
        return found
    }

    /// Checks a word that may mix scripts for look-alike letters. The word loops cannot throw, so an
    /// ICU failure is kept in `failure` (and no later word is checked) for the caller to throw.
    private static func checkLookAlikes(_ word: PendingWord, key: UnsafeBufferPointer<UInt8>, bytes: UnsafeBufferPointer<UInt8>,
                                        preferred: Script?, into found: inout [ConfusableToken], failure: inout TextError?) {
        guard failure == nil, ConfusableDetector.mayMixScripts(UnsafeBufferPointer(rebasing: key[word.keyRange])) else { return }
        do throws(TextError) {
            if let token = try ConfusableDetector.check(bytes, range: word.range, preferred: preferred) { found.append(token) }
        } catch { failure = error }
    }

    /// Calls `body` with each word of `key[range]`, mapped to the source. A word is finished once the
    /// next is known not to share source bytes with it: one source character can expand into several
    /// key words (ﷺ into four), which stay one token, so that tokens never overlap in the original.
    private func forEachWord(in key: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, language: Language,
                             mapper: inout NormalizedText.ForwardMapper,
                             _ body: (PendingWord) -> Void) throws(TextError) {
        var pending: PendingWord?
        try iterators.with(.word, locale: language.locale) { iterator throws(TextError) in
            try WordSegmenter.forEachWord(in: UnsafeBufferPointer(rebasing: key[range]), iterator: iterator) { piece, kind in
                let keyRange = piece.lowerBound + range.lowerBound..<piece.upperBound + range.lowerBound
                let source = mapper.sourceRange(forKey: keyRange)
                if let word = pending, source.lowerBound < word.range.upperBound {
                    pending = PendingWord(keyRange: word.keyRange.lowerBound..<keyRange.upperBound,
                                          range: ByteRange(lowerBound: word.range.lowerBound,
                                                           upperBound: max(source.upperBound, word.range.upperBound)),
                                          kind: word.kind)
                    return
                }
                if let word = pending { body(word) }
                pending = PendingWord(keyRange: keyRange, range: source, kind: kind)
            }
        }
        if let word = pending { body(word) }
    }
}

/// Gives each distinct lemma key of a document a small index, in order of first appearance.
///
/// Lemmatizer ids are dense, so the id → index tables are flat arrays: one load per token.
struct LemmaInterner {
    let lemmaKeys: LemmaKeys?
    /// Interns normalized words as their own keys when there are no lemmatizers.
    private let identity: Lemmatizer
    private(set) var keys: [String] = []
    private var russianIndex: [Int32] = []
    private var englishIndex: [Int32] = []
    private var identityIndex: [Int32] = []

    init(lemmaKeys: LemmaKeys?) {
        self.lemmaKeys = lemmaKeys
        identity = lemmaKeys?.identity ?? Lemmatizer()
    }

    mutating func index(of word: UnsafeBufferPointer<UInt8>, kind: Token.Kind, lemmatize: Bool) -> Int {
        let choice = lemmatize ? lemmaKeys?.choice(for: word, kind: kind) ?? .identity : .identity
        let lemmatizer = choice == .identity ? identity : lemmaKeys!.lemmatizer(choice)
        let id = Int(lemmatizer.id(of: word))
        switch choice {
        case .russian: return Self.index(id, in: &russianIndex, keys: &keys, lemmatizer)
        case .english: return Self.index(id, in: &englishIndex, keys: &keys, lemmatizer)
        case .identity: return Self.index(id, in: &identityIndex, keys: &keys, lemmatizer)
        }
    }

    private static func index(_ id: Int, in table: inout [Int32], keys: inout [String],
                              _ lemmatizer: Lemmatizer) -> Int {
        if id >= table.count { table.append(contentsOf: repeatElement(-1, count: id - table.count + 1)) }
        if table[id] >= 0 { return Int(table[id]) }
        keys.append(String(decoding: lemmatizer.bytes(of: UInt32(id)), as: UTF8.self))
        table[id] = Int32(keys.count - 1)
        return keys.count - 1
    }
}
