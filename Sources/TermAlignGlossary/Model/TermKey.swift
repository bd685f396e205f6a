import TermAlignText

extension Language {
    /// The language TermAlign analyzes a BCP 47 tag as: "ru-RU" → ru, "zh-Hant-TW" → zh, "en-GB" →
    /// en; anything else is undetermined.
    ///
    /// - Parameter tag: A language tag as written in a glossary.
    public init(tag: String) {
        let primary = tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() } ?? ""
        self = Language(rawValue: primary) ?? .undetermined
    }
}

/// What a term must equal in a text to match: the lemma keys of its words (Russian, English), or its
/// normalized characters without spaces (Chinese). Two terms with one key are the same to the matcher.
public struct TermKey: Hashable, Sendable, CustomStringConvertible {
    /// The key's parts: one per word, or one for a whole Chinese term.
    public let parts: [String]

    /// Creates a key.
    ///
    /// - Parameter parts: Its parts.
    public init(parts: [String]) { self.parts = parts }

    /// Whether the term normalizes to nothing (punctuation only, say): such a term can never match.
    public var isEmpty: Bool { parts.isEmpty }

    /// The parts separated by spaces.
    public var description: String { parts.joined(separator: " ") }
}

/// Computes term keys exactly as the text stage keys documents.
public struct TermKeyer: Sendable {
    /// The analyzer whose normalization and lemma keys the keys use.
    public let analyzer: TextAnalyzer

    /// Creates a keyer.
    ///
    /// - Parameter analyzer: An analyzer with lemma keys (without them, keys are normalized words).
    public init(analyzer: TextAnalyzer) { self.analyzer = analyzer }

    /// The key of a term.
    ///
    /// - Parameters:
    ///   - term: The term.
    ///   - language: Its language tag as written in the glossary.
    /// - Returns: Its key; empty when the term has no letters or digits.
    /// - Throws: ``TextError`` when ICU fails.
    public func key(for term: Term, language: String) throws(TextError) -> TermKey {
        key(of: try analyze(term.text, language: language, components: [.words, .lemmas]), hints: term.hints)
    }

    /// The key of a term already analyzed (with words and lemmas) as a document of its language.
    func key(of analyzed: AnalyzedText, hints: MatchingHints) -> TermKey {
        if analyzed.document.language == .zh {
            let characters = analyzed.tokens.map { analyzed.normalizedText(of: $0) }.joined()
            return TermKey(parts: characters.isEmpty ? [] : [characters])
        }
        let literal = hints.contains(.literal)
        return TermKey(parts: analyzed.tokens.map { literal ? analyzed.normalizedText(of: $0) : analyzed.lemmaKey(of: $0) })
    }

    /// The term analyzed as a tiny document of its language.
    func analyze(_ text: String, language: String, components: TextAnalyzer.Components) throws(TextError) -> AnalyzedText {
        let document = Document(text: text, language: Language(tag: language))
        return try analyzer.analyze(document, components: components)
    }
}
