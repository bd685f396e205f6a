import TermAlignText

/// A one-word term matches the forms of its own word, not another word of the same stem: the lemma
/// keys are stems, and "unilateral" shares one with "unilateralism", «безопасный» with «безопасность»,
/// "aligned" with "alignment". A form of the term's word keeps the term's word up to its ending.
extension WordScanner {
    /// Whether `word` (as the matching key writes it) is a form of the one-word term `term`.
    static func isInflection(_ word: String, of term: String, _ language: Language) -> Bool {
        guard !term.contains(" "), term.count >= 3 else { return true }
        switch language {
        case .en:
            if word.hasPrefix(term) { return word.count <= term.count + 3 } // -s, -es, -'s
            if term.hasSuffix("y"), word.hasPrefix(term.dropLast() + "i") { return true } // sovereignties
            if term.hasSuffix("is"), word.hasPrefix(term.dropLast(2)) { return word.count == term.count } // crises
            if term.hasSuffix("s"), word == String(term.dropLast()) { return true } // compatriot for compatriots
            return false
        case .ru:
            // The term without its last vowel, ь or й begins every form of a noun (сопряжени-е,
            // сопряжени-я; войн-а, войн-ы) and no participle of its verb («сопряжённый»); an
            // adjective's dictionary form loses its two-letter ending (российск-ий, российск-ая).
            var stem = Substring(term)
            if ["ый", "ий", "ой"].contains(where: { stem.hasSuffix($0) }) {
                stem = stem.dropLast(2)
            } else if let last = stem.last, "аеёиоуыэюяьй".contains(last) {
                stem = stem.dropLast()
            }
            return word.hasPrefix(stem)
        default:
            return true
        }
    }
}
