/// The test that rejects most sentence ends before any string is built: is the last word (with its
/// period) an initial or the final word of a listed abbreviation? Thousands of sentences end in a
/// short word, and building, lower-casing and hashing a string for each cost more than the ICU
/// boundary it checks.
enum FinalWordBytes {
    /// The final words of the abbreviations, lower-cased, as bytes, by length.
    private static let byLength: [[[UInt8]]] = {
        var table = [[[UInt8]]](repeating: [], count: Abbreviations.longestAbbreviation + 1)
        for word in Abbreviations.finalWords.sorted() { table[word.utf8.count].append(Array(word.utf8)) }
        return table
    }()

    /// Whether `word` is an initial ("В.", "V.") or lower-cases to a final word of an abbreviation;
    /// nil when the word holds anything but ASCII and the letters А–я, Ё, ё, whose case this test
    /// maps itself (the caller asks the strings then).
    ///
    /// - Parameter word: At most ``Abbreviations/longestAbbreviation`` bytes, ending in a period.
    static func mayEndAbbreviation(_ word: UnsafeBufferPointer<UInt8>) -> Bool? {
        let candidates = byLength[word.count]
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: word.count) { lowered -> Bool? in
            var index = 0, letters = 0, upperFirst = false
            while index < word.count {
                let lead = word[index]
                if lead < 0x80 {
                    let isUpper = lead >= 0x41 && lead <= 0x5A
                    lowered[index] = isUpper ? lead | 0x20 : lead
                    if index == 0 { upperFirst = isUpper }
                    index += 1
                } else if (lead == 0xD0 || lead == 0xD1) && index + 1 < word.count && word[index + 1] & 0xC0 == 0x80 {
                    let scalar = (UInt32(lead & 0x1F) << 6) | UInt32(word[index + 1] & 0x3F)
                    let lower: UInt32
                    switch scalar {
                    case 0x0410...0x042F: lower = scalar + 0x20
                    case 0x0401: lower = 0x0451
                    case 0x0430...0x044F, 0x0451: lower = scalar
                    default: return nil
                    }
                    if index == 0 { upperFirst = lower != scalar }
                    lowered[index] = UInt8(0xC0 | (lower >> 6))
                    lowered[index + 1] = UInt8(0x80 | (lower & 0x3F))
                    index += 2
                } else {
                    return nil
                }
                letters += 1
            }
            if letters == 2 && upperFirst && word[word.count - 1] == UInt8(ascii: ".") { return true }
            return candidates.contains { $0.elementsEqual(lowered) }
        }
    }
}
