/// Numbers written as words in English and Russian ("twenty", «двадцати»), so they meet 20 and 二十.
/// "one" and «один» are left out: they are pronouns and articles as often as numbers.
enum NumberWords {
    private static let english: [String: Int] = [
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
    ]

    /// Whole Russian forms of two to four and stems of the others with the endings they take.
    private static let russianForms: [String: Int] = [
        "два": 2, "две": 2, "двух": 2, "двум": 2, "двумя": 2, "три": 3, "трех": 3, "трёх": 3, "трем": 3, "трём": 3,
        "тремя": 3, "четыре": 4, "четырех": 4, "четырёх": 4, "четырем": 4, "четырём": 4, "четырьмя": 4,
        "пять": 5, "пяти": 5, "пятью": 5, "шесть": 6, "шести": 6, "шестью": 6, "семь": 7, "семи": 7,
        "восемь": 8, "восьми": 8, "девять": 9, "девяти": 9, "десять": 10, "десяти": 10, "десятью": 10,
        "сорок": 40, "сорока": 40, "сто": 100, "ста": 100,
    ]
    private static let russianStems: [(String, Int)] = [
        ("одиннадцат", 11), ("двенадцат", 12), ("тринадцат", 13), ("четырнадцат", 14), ("пятнадцат", 15),
        ("шестнадцат", 16), ("семнадцат", 17), ("восемнадцат", 18), ("девятнадцат", 19), ("двадцат", 20),
        ("тридцат", 30), ("пятьдесят", 50), ("пятидесят", 50), ("шестьдесят", 60), ("шестидесят", 60),
        ("семьдесят", 70), ("семидесят", 70), ("восемьдесят", 80), ("восьмидесят", 80), ("девяност", 90),
    ]

    /// The value of a lowercased word, or nil.
    static func value(_ word: String, cyrillic: Bool) -> Int? {
        guard cyrillic else { return english[word] }
        if let value = russianForms[word] { return value }
        for (stem, value) in russianStems where word.hasPrefix(stem) && word.count - stem.count <= 2 { return value }
        return nil
    }
}
