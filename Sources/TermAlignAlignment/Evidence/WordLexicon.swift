@_spi(Engine) import TermAlignText

/// The few words the evidence scanner knows by heart, looked up as lowercase scalars so no string is
/// built per word: numbers written as words ("twenty", «двадцати»), months, and the multipliers after
/// a number (million, млн, bn). "one" and «один» are left out: they are pronouns and articles as often
/// as numbers. Numbers and months, asked of every word, are looked up by the hashes of the word's
/// prefixes that the scanner computes once for the ``CoreLexicon`` too.
enum WordLexicon {
    typealias Word = [UInt32]

    private static func word(_ text: String) -> Word { text.unicodeScalars.map(\.value) }

    private static func table<Value>(_ entries: [(String, Value)]) -> [Word: Value] {
        Dictionary(entries.map { (word($0.0), $0.1) }, uniquingKeysWith: { first, _ in first })
    }

    /// Words or stems by the hash of their scalars (see ``CoreLexicon/hash(_:)``), the first of a
    /// repeated one kept.
    private static func index(_ entries: [(String, Int)]) -> HashIndex {
        HashIndex(entries.map { (key: CoreLexicon.hash(word($0.0)), value: UInt32($0.1)) })
    }

    private static let englishNumbers = index([
        ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7), ("eight", 8), ("nine", 9),
        ("ten", 10), ("eleven", 11), ("twelve", 12), ("thirteen", 13), ("fourteen", 14), ("fifteen", 15),
        ("sixteen", 16), ("seventeen", 17), ("eighteen", 18), ("nineteen", 19), ("twenty", 20), ("thirty", 30),
        ("forty", 40), ("fifty", 50), ("sixty", 60), ("seventy", 70), ("eighty", 80), ("ninety", 90),
        ("hundred", 100), ("dozen", 12),
    ])

    /// Whole Russian forms of two to ten, forty and a hundred.
    private static let russianNumbers = index(russianNumberForms)
    private static let russianNumberForms = [
        ("два", 2), ("две", 2), ("двух", 2), ("двум", 2), ("двумя", 2), ("три", 3), ("трех", 3), ("трёх", 3),
        ("трем", 3), ("трём", 3), ("тремя", 3), ("четыре", 4), ("четырех", 4), ("четырёх", 4), ("четырем", 4),
        ("четырём", 4), ("четырьмя", 4), ("пять", 5), ("пяти", 5), ("пятью", 5), ("шесть", 6), ("шести", 6),
        ("шестью", 6), ("семь", 7), ("семи", 7), ("восемь", 8), ("восьми", 8), ("девять", 9), ("девяти", 9),
        ("десять", 10), ("десяти", 10), ("десятью", 10), ("сорок", 40), ("сорока", 40), ("сто", 100), ("ста", 100),
    ]

    /// Stems of the other Russian numerals, which take endings of up to two letters.
    private static let russianNumberStems = index(russianNumberStemForms)
    private static let russianNumberStemForms = [
        ("одиннадцат", 11), ("двенадцат", 12), ("тринадцат", 13), ("четырнадцат", 14), ("пятнадцат", 15),
        ("шестнадцат", 16), ("семнадцат", 17), ("восемнадцат", 18), ("девятнадцат", 19), ("двадцат", 20),
        ("тридцат", 30), ("пятьдесят", 50), ("пятидесят", 50), ("шестьдесят", 60), ("шестидесят", 60),
        ("семьдесят", 70), ("семидесят", 70), ("восемьдесят", 80), ("восьмидесят", 80), ("девяност", 90),
    ]

    private static let englishMonths: HashIndex = {
        let names = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december"]
        var entries = names.enumerated().map { ($0.element, $0.offset + 1) }
        // Three-letter abbreviations, except "may", which is the verb more often than the month.
        entries += names.enumerated().filter { $0.element != "may" }.map { (String($0.element.prefix(3)), $0.offset + 1) }
        entries.append(("sept", 9))
        return index(entries)
    }()

    /// Russian months in any case form (январь, января, январе): stems with endings of up to two letters.
    private static let russianMonthStems = index(russianMonthStemForms)
    private static let russianMonthStemForms = [
        ("январ", 1), ("феврал", 2), ("март", 3), ("апрел", 4), ("июн", 6), ("июл", 7), ("август", 8),
        ("сентябр", 9), ("октябр", 10), ("ноябр", 11), ("декабр", 12),
    ]
    /// May's stem is too short to match by prefix.
    private static let russianMay = index(russianMayForms)
    private static let russianMayForms = [("май", 5), ("мая", 5), ("мае", 5), ("маю", 5), ("маем", 5)]

    /// The first letters of the Russian numerals and months, one bit per letter: most words begin
    /// with none of them and need no look-up.
    private static let russianNumberInitials = initials(russianNumberForms + russianNumberStemForms)
    private static let russianMonthInitials = initials(russianMonthStemForms + russianMayForms)

    private static func initials(_ entries: [(String, Int)]) -> UInt64 {
        entries.reduce(0) { $0 | initialBit($1.0.unicodeScalars.first!.value) }
    }

    /// The bit of a lowercase Cyrillic letter from а (U+0430) to ё (U+0451); none for others.
    @inline(__always)
    private static func initialBit(_ scalar: UInt32) -> UInt64 {
        let offset = scalar &- 0x430
        return offset < 64 ? 1 << UInt64(offset) : 0
    }

    /// Whole words (bn, mn) and prefixes (million, миллиона, млн) that multiply the number before them.
    private static let multiplierWords = table([("bn", 1e9), ("mn", 1e6)])
    private static let multiplierPrefixes: [(Word, Double)] = [
        ("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12), ("тыс", 1e3), ("млн", 1e6),
        ("миллион", 1e6), ("млрд", 1e9), ("миллиард", 1e9), ("трлн", 1e12), ("триллион", 1e12),
    ].map { (word($0.0), $0.1) }

    /// The number a lowercase word stands for, given the hashes of its prefixes (`prefixes[k]` =
    /// hash of the first k letters) and its first letter.
    static func number(prefixes: UnsafeBufferPointer<UInt64>, first: UInt32, cyrillic: Bool) -> Int? {
        let whole = prefixes[prefixes.count - 1]
        guard cyrillic else { return englishNumbers[whole].map(Int.init) }
        guard russianNumberInitials & initialBit(first) != 0 else { return nil }
        return (russianNumbers[whole] ?? stem(prefixes, in: russianNumberStems)).map(Int.init)
    }

    /// The month a lowercase word names, given the hashes of its prefixes and its first letter.
    static func month(prefixes: UnsafeBufferPointer<UInt64>, first: UInt32, cyrillic: Bool) -> Int? {
        let whole = prefixes[prefixes.count - 1]
        guard cyrillic else { return englishMonths[whole].map(Int.init) }
        guard russianMonthInitials & initialBit(first) != 0 else { return nil }
        return (russianMay[whole] ?? stem(prefixes, in: russianMonthStems)).map(Int.init)
    }

    /// A stem of the index that the word begins with, followed by an ending of up to two letters.
    private static func stem(_ prefixes: UnsafeBufferPointer<UInt64>, in stems: HashIndex) -> UInt32? {
        let length = prefixes.count - 1
        guard length > 0 else { return nil }
        for ending in 0...min(2, length - 1) {
            if let value = stems[prefixes[length - ending]] { return value }
        }
        return nil
    }

    /// The factor a lowercase word multiplies the number before it by.
    static func multiplier(_ word: Word) -> Double? {
        multiplierWords[word] ?? multiplierPrefixes.first { word.starts(with: $0.0) }?.1
    }
}
