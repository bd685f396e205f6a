import ArgumentParser
import TermAlign
import TermAlignCommandSupport

/// A language given on the command line (`--lang ru`), or insisted on (`--lang ru!`): a given
/// language that the text's letters contradict is refused, an insisted one is taken as it is.
struct GivenLanguage: ExpressibleByArgument, Equatable {
    let language: Language
    let insisted: Bool

    init(_ language: Language, insisted: Bool = false) {
        (self.language, self.insisted) = (language, insisted)
    }

    init?(argument: String) {
        let insisted = argument.hasSuffix("!")
        guard let language = Language(argument: String(argument.dropLast(insisted ? 1 : 0))) else { return nil }
        self.init(language, insisted: insisted)
    }

    static var allValueStrings: [String] { Language.allValueStrings }

    /// The script a language's running text is written in.
    static func script(of language: Language) -> Script? {
        switch language {
        case .ru: .cyrillic
        case .en: .latin
        case .zh: .han
        default: nil
        }
    }

    /// Why `language`, claimed for `document` (by `claim`: "--lang en", "its name"), contradicts its
    /// letters, or nil: most of its letters are in another language's script and few in this one's.
    static func contradiction(_ language: Language, claimedBy claim: String, for document: Document) -> String? {
        guard let expected = script(of: language) else { return nil }
        let profile = ScriptProfile(utf8: document.bytes)
        let total = profile.letterTotal
        guard total >= 20, let dominant = profile.dominant, dominant != expected else { return nil }
        let share = Double(profile.letterCounts[dominant] ?? 0) / Double(total)
        let expectedShare = Double(profile.letterCounts[expected] ?? 0) / Double(total)
        guard share >= 0.6, expectedShare < 0.2 else { return nil }
        let written = Language.allCases.first { Self.script(of: $0) == dominant }
        return "\(document.path ?? document.id): \(claim) says \(language), but \(Int((share * 100).rounded())) % of its "
            + "letters are \(dominant.name)" + (written.map { " (is it \($0.rawValue)?)" } ?? "")
            + "; give the right language, or --lang \(language.rawValue)! to insist"
    }
}
