/// A spelling-independent key for a name: the first three consonants after romanizing Cyrillic and
/// folding letters that transliteration confuses (c/k/q, z/s, w/v/f …), so Каталонии, Catalonia and
/// Catalan-ish spellings meet, while case endings (-ии, -ой) do not matter.
enum NameSkeleton {
    /// The Latin letters of а…я (index: scalar − U+0430) and of ё (the last entry).
    private static let romanized: [[UInt8]] = {
        let letters = ["a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u",
                       "f", "kh", "ts", "ch", "sh", "sh", "", "y", "", "e", "yu", "ya", "e"]
        return letters.map { Array($0.utf8) }
    }()

    /// The position of a lowercase Cyrillic letter in ``romanized``, or nil for any other scalar.
    @inline(__always)
    private static func romanizedIndex(_ scalar: UInt32) -> Int? {
        if scalar >= 0x430 && scalar <= 0x44F { return Int(scalar - 0x430) }
        return scalar == 0x451 ? 32 : nil
    }

    /// The key of a word given as lowercase scalars, or nil when it has fewer than three consonants.
    static func key<Word: Collection<UInt32>>(_ word: Word, cyrillic: Bool) -> UInt64? {
        let spellable = cyrillic ? word.allSatisfy { romanizedIndex($0) != nil } : word.allSatisfy { $0 >= 0x61 && $0 <= 0x7A }
        guard spellable else { return nil }
        var key: UInt64 = 0
        var consonants = 0
        for scalar in word {
            if cyrillic {
                for letter in romanized[romanizedIndex(scalar)!] where add(letter, to: &key, &consonants) { return key }
            } else if add(UInt8(scalar), to: &key, &consonants) {
                return key
            }
        }
        return nil
    }

    /// Adds a Latin letter to the key; true once the key has its three consonants.
    private static func add(_ letter: UInt8, to key: inout UInt64, _ consonants: inout Int) -> Bool {
        let folded: UInt8
        switch letter {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"),
             UInt8(ascii: "y"), UInt8(ascii: "h"): return false
        case UInt8(ascii: "c"), UInt8(ascii: "q"), UInt8(ascii: "g"): folded = UInt8(ascii: "k")
        case UInt8(ascii: "z"), UInt8(ascii: "x"): folded = UInt8(ascii: "s")
        case UInt8(ascii: "w"), UInt8(ascii: "f"): folded = UInt8(ascii: "v")
        case UInt8(ascii: "j"): folded = UInt8(ascii: "d")
        case UInt8(ascii: "b"): folded = UInt8(ascii: "p")
        default: folded = letter
        }
        key = key << 8 | UInt64(folded)
        consonants += 1
        return consonants == 3
    }
}
