/// Tells Russian, Chinese and English apart by their scripts: a document's language is that of its
/// dominant script among Cyrillic, Han (with kana) and Latin. A Chinese character counts three
/// times, about the letters of a Russian or English word it stands for, so a Chinese text quoting
/// English names stays Chinese.
public enum LanguageDetector {
    /// How many leading bytes are inspected: official texts do not change script halfway.
    static let sampleSize = 1 << 20

    /// The language of UTF-8 text, or ``Language/undetermined`` when it has no letters of the three
    /// scripts.
    ///
    /// - Parameter bytes: UTF-8 text (ill-formed bytes are skipped).
    /// - Complexity: O(min(n, 1 MiB)).
    public static func detect(in bytes: [UInt8]) -> Language {
        let profile = ScriptProfile(utf8: bytes.prefix(sampleSize))
        let cyrillic = profile.letterCounts[.cyrillic, default: 0]
        let han = 3 * (profile.letterCounts[.han, default: 0]
            + profile.letterCounts[.hiragana, default: 0]
            + profile.letterCounts[.katakana, default: 0])
        let latin = profile.letterCounts[.latin, default: 0]
        let best = max(cyrillic, han, latin)
        if best == 0 { return .undetermined }
        if best == cyrillic { return .ru }
        if best == han { return .zh }
        return .en
    }
}
