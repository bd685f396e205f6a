import TermAlignText

/// A term inside a compound whose first part is a negating or other prefix is not the term:
/// "non-alignment" is not alignment, "anti-hegemonism" not hegemonism, "post-war" not war,
/// «пост-советский» not советский. (A term that itself begins with the prefix, "non-interference",
/// starts at the prefix and is kept; so is a name after a name, "UN-NATO".)
extension WordScanner {
    /// Prefixes written with a hyphen before a word, lowercase.
    static let hyphenatedPrefixes: Set<String> = [
        "non", "anti", "un", "counter", "pseudo", "quasi", "post", "pre", "ex", "neo", "de", "mis", "self",
        "анти", "не", "пост", "экс", "псевдо", "квази", "нео", "контр",
    ]

    /// `candidates` without those that begin right after a hyphenated prefix. Only the places where
    /// a candidate begins are looked at (candidates are few beside a document's words), and most
    /// fail at once: no hyphen before them.
    static func withoutPrefixedCompounds(_ candidates: [Candidate], _ analyzed: AnalyzedText) -> [Candidate] {
        candidates.filter { !followsPrefix($0.range.lowerBound, analyzed) }
    }

    /// Whether the word that begins at byte `start` follows a hyphenated prefix.
    private static func followsPrefix(_ start: Int, _ analyzed: AnalyzedText) -> Bool {
        let bytes = analyzed.document.bytes
        let hyphen: Int
        if start >= 1, bytes[start - 1] == 0x2D {
            hyphen = 1
        } else if start >= 3, bytes[start - 3] == 0xE2, bytes[start - 2] == 0x80, bytes[start - 1] == 0x90 || bytes[start - 1] == 0x91 {
            hyphen = 3 // U+2010, U+2011
        } else {
            return false
        }
        // The word right before the hyphen, if one ends there.
        guard let before = analyzed.tokenIndex(endingAt: start - hyphen) else { return false }
        let previous = analyzed.tokens[before].range
        guard previous.count <= 18 else { return false }
        let written = analyzed.text(of: previous)
        // "UN-NATO" is two names: a prefix is never written in capitals.
        return (written != written.uppercased() || written.count == 1) && hyphenatedPrefixes.contains(written.lowercased())
    }
}
