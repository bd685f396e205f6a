/// Where ICU's sentence break is wrong for Russian and English official texts: after abbreviations
/// ("г.", "т. е.", "ст.", "Mr.", "U.S.") and initials ("В. В. Путин", "V. V. Putin").
enum Abbreviations {
    /// Abbreviations that do not end a sentence (compared lower-cased, with their final period).
    static let neverFinal: Set<String> = [
        // Russian
        "т. е.", "т.е.", "т. к.", "т.к.", "т. н.", "т.н.", "т. ч.", "т.ч.", "в т. ч.", "ст.", "см.", "ср.",
        "им.", "ул.", "пр.", "д.", "стр.", "рис.", "табл.", "п.", "пп.", "ч.", "гл.", "разд.", "напр.",
        "проф.", "акад.", "тов.", "ген.", "г-н.", "гос.", "обл.", "р.", "чл.", "прим.", "абз.", "подп.",
        // English
        "mr.", "mrs.", "ms.", "dr.", "prof.", "st.", "sen.", "gen.", "rep.", "gov.", "lt.", "col.",
        "capt.", "no.", "nos.", "art.", "arts.", "para.", "paras.", "e.g.", "i.e.", "cf.", "vs.",
        "approx.", "fig.", "vol.", "pp.", "h.e.", "amb.", "min.", "dept.", "sec.", "ch.",
    ]

    /// Abbreviated months: a date goes on after them ("Oct. 5"), a new sentence may begin after
    /// one that ends a date ("… closed until Oct. President Widodo …").
    static let months: Set<String> = [
        "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
    ]

    /// Abbreviations of a year or a place: «в 2001 г.» ends a sentence as often as not, «г. Москва» never.
    static let yearOrCity: Set<String> = ["г.", "гг."]

    /// Country abbreviations written with periods: they end a sentence only before a word that
    /// typically opens one.
    static let dottedNames: Set<String> = ["u.s.", "u.k.", "u.n.", "e.u.", "u.s.a.", "p.r.c.", "u.s.s.r."]

    /// Words that typically open an English sentence.
    static let sentenceOpeners: Set<String> = [
        "the", "this", "that", "these", "those", "it", "its", "in", "on", "at", "we", "they", "he",
        "she", "but", "and", "however", "a", "an", "as", "for", "both", "there", "such", "if", "when",
        "while", "since", "to", "all", "our", "their", "his", "her", "i", "you",
    ]

    /// The final words of every listed abbreviation ("e.", "approx.", "u.s.s.r."), lower-cased.
    static let finalWords: Set<String> = Set(
        neverFinal.union(yearOrCity).union(dottedNames).union(months).compactMap { $0.split(separator: " ").last.map(String.init) }
    )

    /// The byte length of the longest final word of any listed abbreviation ("approx.", "u.s.s.r.").
    static let longestAbbreviation: Int = finalWords.map(\.utf8.count).max() ?? 0

    /// Whether the sentence boundary at `boundary` should be dropped.
    ///
    /// - Parameters:
    ///   - bytes: The text.
    ///   - boundary: Where ICU starts the next sentence.
    ///   - floor: The start of the paragraph (nothing before it is looked at).
    static func suppressesBreak(_ bytes: UnsafeBufferPointer<UInt8>, at boundary: Int, floor: Int) -> Bool {
        let before = UTF8Scanning.trimmed(bytes, floor..<boundary)
        guard before.upperBound > before.lowerBound, bytes[before.upperBound - 1] == UInt8(ascii: ".") else {
            return false
        }
        // Most sentences end in a long word: no abbreviation is longer than 16 bytes, and the
        // three-word ones ("в т. ч.") have short last words. Decide those without building strings.
        var wordStart = before.upperBound - 1
        while wordStart > before.lowerBound {
            // The character before, decoded: a lone byte 0xA0 or 0x85 is no blank but part of Р or х.
            let lead = UTF8Scanning.previousStart(bytes, before: wordStart, floor: before.lowerBound)
            if UTF8Scanning.isBlank(UTF8Scanning.decode(bytes, at: lead).value) { break }
            wordStart = lead
            if before.upperBound - wordStart > longestAbbreviation { return false }
        }
        // Nor is a short word that ends no abbreviation and is no initial, the commonest case left:
        // decided on the bytes when the word is plain Latin or Russian, through strings otherwise.
        let word = UnsafeBufferPointer(rebasing: bytes[wordStart..<before.upperBound])
        if let mayEnd = FinalWordBytes.mayEndAbbreviation(word) {
            guard mayEnd else { return false }
        } else {
            let lastWord = String(decoding: word, as: UTF8.self)
            guard isInitial(lastWord) || finalWords.contains(lastWord.lowercased()) else { return false }
        }
        let tail = words(bytes, before.upperBound - min(40, before.count)..<before.upperBound)
        guard let last = tail.last else { return false }
        let lowered = last.lowercased()
        if isInitial(last) { return true }
        if neverFinal.contains(lowered) { return true }
        if tail.count >= 2, neverFinal.contains((tail[tail.count - 2] + " " + last).lowercased()) { return true }
        if tail.count >= 3,
           neverFinal.contains((tail[tail.count - 3] + " " + tail[tail.count - 2] + " " + last).lowercased()) {
            return true
        }
        if months.contains(lowered) {
            let next = words(bytes, boundary..<min(bytes.count, boundary + 8)).first ?? ""
            return next.first?.isNumber ?? false
        }
        if yearOrCity.contains(lowered) {
            let previous = tail.count >= 2 ? tail[tail.count - 2] : ""
            return !(previous.first?.isNumber ?? false)
        }
        if dottedNames.contains(lowered) {
            let next = words(bytes, boundary..<min(bytes.count, boundary + 24)).first ?? ""
            let bare = next.lowercased().filter { $0.isLetter }
            return !sentenceOpeners.contains(bare)
        }
        return false
    }

    /// Whether the word that ends just before `position` (with its period) is «г.» or «гг.», which
    /// may stand for a year before a date as well as end a sentence.
    static func endsWithYearOrCity(_ bytes: UnsafeBufferPointer<UInt8>, before position: Int, floor: Int) -> Bool {
        let tail = words(bytes, max(floor, position - 8)..<position)
        return tail.last.map { yearOrCity.contains($0.lowercased()) } ?? false
    }

    /// A single capital letter and a period: an initial.
    private static func isInitial(_ word: String) -> Bool {
        let scalars = Array(word.unicodeScalars)
        return scalars.count == 2 && scalars[1] == "." && scalars[0].properties.isUppercase
    }

    /// The whitespace-separated words of a byte range (partial characters at its start are dropped).
    static func words(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [String] {
        var start = range.lowerBound
        while start < range.upperBound, bytes[start] & 0xC0 == 0x80 { start += 1 }
        var end = range.upperBound
        if end < bytes.count { // do not cut a character at the end either
            while end > start, bytes[end] & 0xC0 == 0x80 { end -= 1 }
        }
        if let words = plainWords(bytes, start..<end) { return words }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        return text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
    }

    /// The words of a range of printable ASCII, ASCII whitespace and the Cyrillic letters U+0400–U+047F,
    /// split on the bytes; nil for anything else. In that range every character is one scalar and
    /// none combines, so the split is the one of `Character.isWhitespace`, without grapheme breaking.
    static func plainWords(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [String]? {
        var words: [String] = []
        var wordStart: Int?
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            var length = 1
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                if let start = wordStart {
                    words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                    wordStart = nil
                }
            } else {
                if byte >= 0x80 {
                    guard byte == 0xD0 || byte == 0xD1, index + 1 < range.upperBound, bytes[index + 1] & 0xC0 == 0x80 else {
                        return nil
                    }
                    length = 2
                } else if byte < 0x20 || byte == 0x7F {
                    return nil
                }
                if wordStart == nil { wordStart = index }
            }
            index += length
        }
        if let start = wordStart {
            words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<range.upperBound]), as: UTF8.self))
        }
        return words
    }
}
