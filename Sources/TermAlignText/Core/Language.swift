/// A language TermAlign analyzes, identified by its ISO 639-1 code.
public enum Language: String, Sendable, CaseIterable, Codable, CustomStringConvertible {
    /// Russian: Cyrillic script, Hunspell/Snowball lemma keys.
    case ru
    /// Chinese: Han script, dictionary word segmentation, Traditional folded to Simplified.
    case zh
    /// English: Latin script, Hunspell/Snowball lemma keys.
    case en
    /// Not determined: the text holds no letters to tell (BCP 47 "und"). Normalized like any other
    /// text; word keys are the normalized words.
    case undetermined = "und"

    /// The ICU locale used for break iteration.
    var locale: String {
        switch self {
        case .undetermined: return "root"
        default: return rawValue
        }
    }

    /// The language code.
    public var description: String { rawValue }
}
