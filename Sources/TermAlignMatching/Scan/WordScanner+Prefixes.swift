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

    static func withoutPrefixedCompounds(_ candidates: [Candidate], _ analyzed: AnalyzedText) -> [Candidate] {
        guard !candidates.isEmpty else { return candidates }
        let tokens = analyzed.tokens, bytes = analyzed.document.bytes
        var prefixed = Set<Int>()
        for index in tokens.indices.dropFirst() {
            let previous = tokens[index - 1].range, start = tokens[index].range.lowerBound
            guard isHyphen(bytes[previous.upperBound..<start]), previous.count <= 18 else { continue }
            let written = analyzed.text(of: previous)
            // "UN-NATO" is two names: a prefix is never written in capitals.
            guard written != written.uppercased() || written.count == 1,
                  hyphenatedPrefixes.contains(written.lowercased()) else { continue }
            prefixed.insert(start)
        }
        guard !prefixed.isEmpty else { return candidates }
        return candidates.filter { !prefixed.contains($0.range.lowerBound) }
    }

    /// Whether `bytes` is one hyphen: -, U+2010 or U+2011.
    private static func isHyphen(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.elementsEqual([0x2D]) || bytes.elementsEqual([0xE2, 0x80, 0x90]) || bytes.elementsEqual([0xE2, 0x80, 0x91])
    }
}
