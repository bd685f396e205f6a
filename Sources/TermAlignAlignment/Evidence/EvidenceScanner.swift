import TermAlignText

/// Reads the script-independent evidence of a passage: numbers (ASCII and full-width digits with
/// their grouping, Chinese numerals, 万/亿/million/млн multipliers, month names next to a day or
/// year) and acronyms written in capitals (NATO, AUKUS, ООН).
///
/// 2001年7月16日, 16 июля 2001 года and July 16, 2001 all give the numbers 2001, 7 and 16.
struct EvidenceScanner {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position: Int
    private let end: Int
    /// Where the passage starts: its first word is capitalized for grammar, not because it is a name.
    private let unitStart: Int
    private(set) var anchors: [Anchor] = []

    /// Where the last number ended, for a month name that follows it ("16 июля").
    private var lastNumberEnd = -1_000_000
    /// A month name waiting for a number that follows it ("July 16").
    private var pendingMonth: (value: Int, end: Int)?
    /// The scalar before the current one (for 第).
    private var previous: UInt32 = 0

    /// The anchors of `bytes[range]`.
    static func anchors(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [Anchor] {
        var scanner = EvidenceScanner(bytes: bytes, position: range.lowerBound, end: range.upperBound)
        scanner.run()
        return scanner.anchors
    }

    private init(bytes: UnsafeBufferPointer<UInt8>, position: Int, end: Int) {
        self.bytes = bytes
        self.position = position
        self.end = end
        unitStart = position
    }

    private mutating func run() {
        while position < end {
            let (value, length) = UTF8Scanning.decode(bytes, at: position)
            if Self.digit(value) != nil {
                readDigits()
            } else if ChineseNumeral.isNumeral(value) {
                readChineseNumeral()
            } else if Self.isWordLetter(value) {
                readWord()
            } else if let mark = Self.mark(value) {
                anchors.append(Anchor(.mark, payload: mark))
                previous = value
                position += length
            } else {
                previous = value
                position += length
            }
        }
    }

    // MARK: - Numbers in digits

    private mutating func readDigits() {
        let start = position
        var integer = 0.0
        readRun { integer = integer * 10 + Double($0) }
        // Thousands groups: "1,000", "1 000" (also NBSP, thin space), "1'000".
        while let separatorLength = groupSeparatorLength(at: position), exactlyThreeDigits(at: position + separatorLength) {
            position += separatorLength
            readRun { integer = integer * 10 + Double($0) }
        }
        var value = integer
        if position + 1 < end, bytes[position] == 0x2E || bytes[position] == 0x2C,
           let _ = Self.digit(UTF8Scanning.decode(bytes, at: position + 1).value) {
            position += 1
            var scale = 0.1
            readRun { value += Double($0) * scale; scale /= 10 }
        }
        value *= multiplier()
        emit(number: value, startingAt: start)
    }

    /// Reads consecutive digits (ASCII or full-width), calling `body` with each.
    private mutating func readRun(_ body: (Int) -> Void) {
        while position < end {
            let (value, length) = UTF8Scanning.decode(bytes, at: position)
            guard let digit = Self.digit(value) else { break }
            body(digit)
            position += length
            previous = value
        }
    }

    private func groupSeparatorLength(at index: Int) -> Int? {
        guard index < end else { return nil }
        let (value, length) = UTF8Scanning.decode(bytes, at: index)
        switch value {
        case 0x2C, 0x20, 0x27, 0xA0, 0x2009, 0x202F: return length
        default: return nil
        }
    }

    private func exactlyThreeDigits(at index: Int) -> Bool {
        var cursor = index
        for _ in 0..<3 {
            guard cursor < end else { return false }
            let (value, length) = UTF8Scanning.decode(bytes, at: cursor)
            guard Self.digit(value) != nil else { return false }
            cursor += length
        }
        guard cursor < end else { return true }
        return Self.digit(UTF8Scanning.decode(bytes, at: cursor).value) == nil
    }

    /// 万, 亿, "million", "млн" … after a number; consumes it.
    private mutating func multiplier() -> Double {
        var cursor = position
        while cursor < end, bytes[cursor] == 0x20 { cursor += 1 }
        guard cursor < end else { return 1 }
        let (value, length) = UTF8Scanning.decode(bytes, at: cursor)
        if value == 0x4E07 { position = cursor + length; return 1e4 } // 万
        if value == 0x4EBF { position = cursor + length; return 1e8 } // 亿
        guard Self.isWordLetter(value) else { return 1 }
        let (word, wordEnd) = lowercasedWord(at: cursor)
        guard let factor = Self.multiplierWords.first(where: { $0.prefix.count <= 2 ? word == $0.prefix : word.hasPrefix($0.prefix) })?.factor
        else { return 1 }
        position = wordEnd
        return factor
    }

    private static let multiplierWords: [(prefix: String, factor: Double)] = [
        ("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12), ("bn", 1e9), ("mn", 1e6),
        ("тыс", 1e3), ("млн", 1e6), ("миллион", 1e6), ("млрд", 1e9), ("миллиард", 1e9), ("трлн", 1e12),
        ("триллион", 1e12),
    ]

    // MARK: - Chinese numerals

    private mutating func readChineseNumeral() {
        let before = previous
        let start = position
        var run: [UInt32] = []
        while position < end {
            let (value, length) = UTF8Scanning.decode(bytes, at: position)
            guard ChineseNumeral.isNumeral(value) else { break }
            run.append(value)
            position += length
            previous = value
        }
        let next: UInt32? = position < end ? UTF8Scanning.decode(bytes, at: position).value : nil
        // A lone 一 or 两 is mostly a word (一致, 统一, 两国); it counts as a number when 第 leads it
        // or a counter follows it (一月, 第二届).
        let qualified = before == 0x7B2C || next.map(ChineseNumeral.isCounter) == true
            || (run.count >= 2 && !ChineseNumeral.isIdiom(run))
        guard qualified, let value = ChineseNumeral.value(of: run) else { return }
        emit(number: Double(value), startingAt: start)
    }

    // MARK: - Words: months and acronyms

    private mutating func readWord() {
        let start = position
        var capitals: [UInt8] = []
        var letters = 0
        var ascii = true
        var capitalBytes = 0
        while position < end {
            let (value, length) = UTF8Scanning.decode(bytes, at: position)
            guard Self.isWordLetter(value) || Self.digit(value) != nil else { break }
            if Self.isCapital(value) || Self.digit(value) != nil {
                capitals.append(contentsOf: bytes[position..<position + length])
                capitalBytes += length
            }
            if value >= 0x80 { ascii = false }
            letters += 1
            position += length
            previous = value
        }
        // NATO, ООН, and codes with two capitals or a digit (HCoV = HCoVs, SARS, RaTG13): their
        // capitals and digits, so a plural or a case ending does not hide them.
        let capitalCount = capitals.count / (ascii ? 1 : 2)
        let hasDigit = capitals.contains { $0 >= 0x30 && $0 <= 0x39 }
        if letters <= 16, capitalCount >= 2 || (hasDigit && capitalCount >= 1) {
            anchors.append(.acronym(capitals))
            if capitalBytes == position - start { return }
        }
        guard letters >= 3 else { return }
        let (word, _) = lowercasedWord(at: start)
        if start > unitStart, let first = word.unicodeScalars.first, Self.isCapital(UTF8Scanning.decode(bytes, at: start).value),
           let skeleton = NameSkeleton.key(word, cyrillic: first.value >= 0x400) {
            anchors.append(Anchor(.name, payload: skeleton))
        }
        if let value = NumberWords.value(word, cyrillic: !ascii) {
            emit(number: Double(value) * multiplier(), startingAt: start)
            return
        }
        guard letters <= 9 else { return }
        guard let month = ascii ? Self.englishMonth(word) : Self.russianMonth(word) else { return }
        if start - lastNumberEnd <= 3 {
            anchors.append(.number(Double(month)))
        } else {
            pendingMonth = (month, position)
        }
    }

    private func lowercasedWord(at start: Int) -> (String, Int) {
        var scalars = String.UnicodeScalarView()
        var cursor = start
        while cursor < end {
            let (value, length) = UTF8Scanning.decode(bytes, at: cursor)
            guard Self.isWordLetter(value), let scalar = Unicode.Scalar(Self.lowercase(value)) else { break }
            scalars.append(scalar)
            cursor += length
        }
        return (String(scalars), cursor)
    }

    private mutating func emit(number value: Double, startingAt start: Int) {
        anchors.append(.number(value))
        if let month = pendingMonth, start - month.end <= 3 {
            anchors.append(.number(Double(month.value)))
        }
        pendingMonth = nil
        lastNumberEnd = position
    }

    // MARK: - Character classes

    /// Punctuation translations keep: question and exclamation marks, brackets, opening quotes.
    @inline(__always)
    static func mark(_ value: UInt32) -> UInt64? {
        switch value {
        case 0x3F, 0xFF1F: return 1 // ? ？
        case 0x21, 0xFF01: return 2 // ! ！
        case 0x28, 0xFF08: return 3 // ( （
        case 0xAB, 0x201C, 0x300C, 0x300E, 0x201E: return 4 // « “ 「 『 „
        case 0x300A: return 5 // 《
        default: return nil
        }
    }

    @inline(__always)
    static func digit(_ value: UInt32) -> Int? {
        if value >= 0x30 && value <= 0x39 { return Int(value - 0x30) }
        if value >= 0xFF10 && value <= 0xFF19 { return Int(value - 0xFF10) }
        return nil
    }

    @inline(__always)
    static func isWordLetter(_ value: UInt32) -> Bool {
        (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A) || (value >= 0x400 && value <= 0x44F)
            || value == 0x451 || value == 0x401
    }

    @inline(__always)
    static func isCapital(_ value: UInt32) -> Bool {
        (value >= 0x41 && value <= 0x5A) || (value >= 0x410 && value <= 0x42F) || value == 0x401
    }

    @inline(__always)
    static func lowercase(_ value: UInt32) -> UInt32 {
        if value >= 0x41 && value <= 0x5A { return value + 0x20 }
        if value >= 0x410 && value <= 0x42F { return value + 0x20 }
        if value == 0x401 { return 0x451 }
        return value
    }

    private static let englishMonths = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ]

    static func englishMonth(_ word: String) -> Int? {
        if let index = englishMonths.firstIndex(of: word) { return index + 1 }
        if word == "sept" { return 9 }
        guard word.count == 3, word != "may" else { return nil }
        return englishMonths.firstIndex { $0.hasPrefix(word) }.map { $0 + 1 }
    }

    /// Russian months in any case form: январь, января, январе …
    private static let russianMonthStems = [
        "январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр",
    ]

    static func russianMonth(_ word: String) -> Int? {
        if ["май", "мая", "мае", "маю", "маем"].contains(word) { return 5 }
        for (index, stem) in russianMonthStems.enumerated() where index != 4 {
            guard word.hasPrefix(stem) else { continue }
            let ending = word.count - stem.count
            guard ending <= 2 else { return nil }
            return index + 1
        }
        return nil
    }
}
