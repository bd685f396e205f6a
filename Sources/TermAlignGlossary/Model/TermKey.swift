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
    /// - Throws: ``/TermAlignText/TextError`` when ICU fails.
    public func key(for term: Term, language: String) throws(TextError) -> TermKey {
        key(of: try analyze(term.text, language: language, components: [.words, .lemmas]), hints: term.hints)
    }

    /// The key of a term already analyzed (with words and lemmas) as a document of its language.
    package func key(of analyzed: AnalyzedText, hints: MatchingHints) -> TermKey {
        if analyzed.document.language == .zh {
            // Every character of the normalized term except spaces and quotation marks, so that
            // “一带一路”倡议 and 一带一路倡议 are one key; a term without a single word has none.
            guard !analyzed.tokens.isEmpty else { return TermKey(parts: []) }
            let characters = analyzed.normalized.key.filter { !Self.isTransparentInCharacterKey($0) }
            return TermKey(parts: [String(decoding: characters, as: UTF8.self)])
        }
        let literal = hints.contains(.literal)
        return TermKey(parts: analyzed.tokens.map { token in
            let normalized = analyzed.normalizedText(of: token)
            if literal { return normalized }
            if let letters = Array(normalized.utf8).withUnsafeBufferPointer(Self.dottedAcronymLetters) {
                return analyzer.lemmaKey(for: letters)
            }
            return analyzed.lemmaKey(of: token)
        })
    }

    /// Key bytes that Chinese matching steps over: spaces (between Latin words) and the unified
    /// quotation marks `"` and `'`.
    @inline(__always)
    package static func isTransparentInCharacterKey(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x22 || byte == 0x27
    }

    /// The letters of a dotted acronym ("u.s" → "us", "u.s.a" → "usa"), so that "U.S." and "US" key
    /// alike; `nil` for any other word.
    ///
    /// - Parameter word: A normalized word (ICU keeps inner dots: "U.S." is the word "u.s"). Bytes,
    ///   not a generic collection: the matcher asks this of every word of a document, and a generic
    ///   function from another module runs unspecialized.
    package static func dottedAcronymLetters(_ word: UnsafeBufferPointer<UInt8>) -> String? {
        guard word.count >= 3, word.count <= 12, word.contains(0x2E) else { return nil }
        var letters: [UInt8] = []
        var expectLetter = true
        for byte in word {
            if expectLetter {
                guard (0x61...0x7A).contains(byte) else { return nil }
                letters.append(byte)
            } else if byte != 0x2E {
                return nil
            }
            expectLetter.toggle()
        }
        return String(decoding: letters, as: UTF8.self)
    }

    /// The term analyzed as a tiny document of its language.
    package func analyze(_ text: String, language: String, components: TextAnalyzer.Components) throws(TextError) -> AnalyzedText {
        let document = Document(text: text, language: Language(tag: language))
        return try analyzer.analyze(document, components: components)
    }
}
