/// The lemmatizers of a text analyzer, chosen per word by its script: Cyrillic words are keyed as
/// Russian and Latin words as English whatever the document's language (a Russian text quoting
/// "NATO" keys it as English); all other words are their own key.
public final class LemmaKeys: Sendable {
    /// Russian words.
    public let russian: Lemmatizer
    /// English words.
    public let english: Lemmatizer
    /// Everything else (Chinese words, numbers).
    public let identity: Lemmatizer

    /// Opens the lemmatizers.
    ///
    /// - Parameters:
    ///   - strategy: How Russian and English keys are computed.
    ///   - dictionaryDirectory: Where the Hunspell dictionaries are.
    /// - Throws: ``TextError/missingDictionary(language:reason:)``.
    public init(strategy: LemmaStrategy = .hunspellThenSnowball,
                dictionaryDirectory: String = Lemmatizer.defaultDictionaryDirectory) throws(TextError) {
        russian = try Lemmatizer(language: .ru, strategy: strategy, dictionaryDirectory: dictionaryDirectory)
        english = try Lemmatizer(language: .en, strategy: strategy, dictionaryDirectory: dictionaryDirectory)
        identity = Lemmatizer()
    }

    /// Which lemmatizer keys a word, by the first letter of its key.
    enum Choice: Int {
        case russian = 0, english = 1, identity = 2
    }

    func choice(for word: UnsafeBufferPointer<UInt8>, kind: Token.Kind) -> Choice {
        guard kind == .word, let lead = word.first else { return .identity }
        if lead >= 0x61 && lead <= 0x7A { return .english }
        if lead == 0xD0 || lead == 0xD1 { return .russian } // U+0400…U+047F
        return .identity
    }

    func lemmatizer(_ choice: Choice) -> Lemmatizer {
        switch choice {
        case .russian: return russian
        case .english: return english
        case .identity: return identity
        }
    }

    /// The lemma key of one normalized word.
    ///
    /// - Parameter word: A word from a matching key.
    public func key(for word: String) -> String {
        var word = word
        let choice = word.withUTF8 { self.choice(for: $0, kind: Token.Kind.word) }
        return lemmatizer(choice).key(for: word)
    }
}
