/// A spelling-independent key for a name: the first three consonants after romanizing Cyrillic and
/// folding letters that transliteration confuses (c/k/q, z/s, w/v/f …), so Каталонии, Catalonia and
/// Catalan-ish spellings meet, while case endings (-ии, -ой) do not matter.
enum NameSkeleton {
    private static let romanized: [UInt32: [UInt8]] = {
        let pairs: [(Character, String)] = [
            ("а", "a"), ("б", "b"), ("в", "v"), ("г", "g"), ("д", "d"), ("е", "e"), ("ё", "e"), ("ж", "zh"),
            ("з", "z"), ("и", "i"), ("й", "y"), ("к", "k"), ("л", "l"), ("м", "m"), ("н", "n"), ("о", "o"),
            ("п", "p"), ("р", "r"), ("с", "s"), ("т", "t"), ("у", "u"), ("ф", "f"), ("х", "kh"), ("ц", "ts"),
            ("ч", "ch"), ("ш", "sh"), ("щ", "sh"), ("ъ", ""), ("ы", "y"), ("ь", ""), ("э", "e"), ("ю", "yu"),
            ("я", "ya"),
        ]
        return Dictionary(uniqueKeysWithValues: pairs.map { ($0.0.unicodeScalars.first!.value, Array($0.1.utf8)) })
    }()

    /// The key of a word given as lowercase scalars, or nil when it has fewer than three consonants.
    static func key(_ word: [UInt32], cyrillic: Bool) -> UInt64? {
        let spellable = cyrillic ? word.allSatisfy { romanized[$0] != nil } : word.allSatisfy { $0 >= 0x61 && $0 <= 0x7A }
        guard spellable else { return nil }
        var key: UInt64 = 0
        var consonants = 0
        for scalar in word {
            if cyrillic {
                for letter in romanized[scalar]! where add(letter, to: &key, &consonants) { return key }
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
