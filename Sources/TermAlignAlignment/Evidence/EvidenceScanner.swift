@_spi(Engine) import TermAlignText

/// Reads the script-independent evidence of a passage: numbers (ASCII and full-width digits with
/// their grouping, Chinese numerals, 万/亿/million/млн multipliers, month names next to a day or
/// year, number words), acronyms and codes (NATO, ООН, HCoV, RaTG13), name skeletons and the
/// punctuation translations keep.
///
/// 2001年7月16日, 16 июля 2001 года and July 16, 2001 all give the numbers 2001, 7 and 16.
struct EvidenceScanner {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    private var end = 0
    /// Where the passage starts: its first word is capitalized for grammar, not because it is a name.
    private var unitStart = 0
    /// The anchors of the last passage scanned, in the order they were read.
    private(set) var anchors: [Anchor] = []

    /// Where the last number ended, for a month name that follows it ("16 июля").
    private var lastNumberEnd = -1_000_000
    /// A month name waiting for a number that follows it ("July 16").
    private var pendingMonth: (value: Int, start: Int, end: Int)?
    /// The scalar before the current one (for 第).
    private var previous: UInt32 = 0
    /// The current word in lowercase scalars, and the current run of Chinese numerals: reused so
    /// that no word allocates.
    private let word = ScalarBuffer<UInt32>()
    private var numeralRun: [UInt32] = []
    /// Where each number of the last passage was read, when a caller asked for them (nil while
    /// aligning: no cost there).
    private(set) var mentions: [NumberMention]?
    /// Whether words are looked up in the ``CoreLexicon`` (not when only numbers are wanted).
    private let readsWords: Bool
    /// The hashes of the current word's prefixes, for the lexicon.
    private let prefixHashes = ScalarBuffer<UInt64>()
    /// The lexicon, held here: read through its global for every character it cost a lazy-global
    /// check and a retain each time.
    private let lexicon = CoreLexicon.tables

    /// The anchors of `bytes[range]`.
    static func anchors(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [Anchor] {
        var scanner = EvidenceScanner(bytes, numbers: false, words: true)
        scanner.scan(range)
        return scanner.anchors
    }

    /// The numbers of `bytes[range]` with where each is written, for comparing versions.
    static func numbers(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [NumberMention] {
        var scanner = EvidenceScanner(bytes, numbers: true, words: false)
        scanner.scan(range)
        return scanner.mentions ?? []
    }

    /// A scanner of passages of `bytes`, one after another, its buffers reused from passage to passage.
    ///
    /// - Parameters:
    ///   - numbers: Keep each number's mention (``mentions``).
    ///   - words: Look words up in the lexicon.
    init(_ bytes: UnsafeBufferPointer<UInt8>, numbers: Bool, words: Bool) {
        self.bytes = bytes
        readsWords = words
        if numbers { mentions = [] }
    }

    /// Reads the passage `bytes[range]`: its anchors replace ``anchors``, its numbers ``mentions``.
    mutating func scan(_ range: Range<Int>) {
        position = range.lowerBound
        end = range.upperBound
        unitStart = position
        anchors.removeAll(keepingCapacity: true)
        if mentions != nil { mentions!.removeAll(keepingCapacity: true) }
        lastNumberEnd = -1_000_000
        pendingMonth = nil
        previous = 0
        run()
    }

    /// The scalar at `index` and its length: ASCII without a call.
    @inline(__always)
    private func decode(at index: Int) -> (value: UInt32, length: Int) {
        let byte = bytes[index]
        return byte < 0x80 ? (UInt32(byte), 1) : UTF8Scanning.decode(bytes, at: index)
    }

    private mutating func run() {
        while position < end {
            let (value, length) = decode(at: position)
            if Self.digit(value) != nil {
                readDigits()
            } else if ChineseNumeral.isNumeral(value) {
                readChineseNumeral()
            } else if Self.isWordLetter(value) {
                readWord()
            } else if readsWords && lexicon.beginsChineseForm(value) {
                readChineseWord()
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
        // After a letter and a hyphen (COVID-19, Су-57): part of a name.
        let afterHyphenatedName = previous == 0x2D && start >= 2 && Self.isWordLetter(UInt32(bytes[start - 2]))
            || previous == 0x2D && start >= 3 && bytes[start - 3] & 0xE0 == 0xC0 && Self.isWordLetter(decode(at: start - 3).value)
        var integer = 0.0
        readRun { integer = integer * 10 + Double($0) }
        // Thousands groups: "1,000", "1 000" (also NBSP, thin space), "1'000".
        while let separatorLength = groupSeparatorLength(at: position), exactlyThreeDigits(at: position + separatorLength) {
            position += separatorLength
            readRun { integer = integer * 10 + Double($0) }
        }
        var value = integer
        if position + 1 < end, bytes[position] == 0x2E || bytes[position] == 0x2C,
           let _ = Self.digit(decode(at: position + 1).value) {
            position += 1
            var scale = 0.1
            readRun { value += Double($0) * scale; scale /= 10 }
        }
        // Followed by a capital (5G, 3D): a code. A year's "s" and an ordinal's ending are not capitals.
        let beforeCapital = position < end && Self.isCapital(decode(at: position).value)
        value *= multiplier()
        emit(number: value, startingAt: start, written: afterHyphenatedName || beforeCapital ? .code : .digits)
    }

    /// Reads consecutive digits (ASCII or full-width), calling `body` with each.
    private mutating func readRun(_ body: (Int) -> Void) {
        while position < end {
            let (value, length) = decode(at: position)
            guard let digit = Self.digit(value) else { break }
            body(digit)
            position += length
            previous = value
        }
    }

    private func groupSeparatorLength(at index: Int) -> Int? {
        guard index < end else { return nil }
        let (value, length) = decode(at: index)
        switch value {
        case 0x2C, 0x20, 0x27, 0xA0, 0x2009, 0x202F: return length
        default: return nil
        }
    }

    private func exactlyThreeDigits(at index: Int) -> Bool {
        var cursor = index
        for _ in 0..<3 {
            guard cursor < end else { return false }
            let (value, length) = decode(at: cursor)
            guard Self.digit(value) != nil else { return false }
            cursor += length
        }
        guard cursor < end else { return true }
        return Self.digit(decode(at: cursor).value) == nil
    }

    /// 万, 亿, "million", "млн" … after a number; consumes it.
    private mutating func multiplier() -> Double {
        var cursor = position
        while cursor < end, bytes[cursor] == 0x20 { cursor += 1 }
        guard cursor < end else { return 1 }
        let (value, length) = decode(at: cursor)
        if value == 0x4E07 { position = cursor + length; return 1e4 } // 万
        if value == 0x4EBF { position = cursor + length; return 1e8 } // 亿
        guard Self.isWordLetter(value) else { return 1 }
        word.reset()
        var wordEnd = cursor
        while wordEnd < end {
            let (letter, letterLength) = decode(at: wordEnd)
            guard Self.isWordLetter(letter) else { break }
            word.append(Self.lowercase(letter))
            wordEnd += letterLength
        }
        guard let factor = WordLexicon.multiplier(Array(word.values)) else { return 1 }
        position = wordEnd
        return factor
    }

    // MARK: - Chinese numerals

    private mutating func readChineseNumeral() {
        let before = previous
        let start = position
        numeralRun.removeAll(keepingCapacity: true)
        while position < end {
            let (value, length) = decode(at: position)
            guard ChineseNumeral.isNumeral(value) else { break }
            numeralRun.append(value)
            position += length
            previous = value
        }
        let next: UInt32? = position < end ? decode(at: position).value : nil
        // A lone 一 or 两 is mostly a word (一致, 统一, 两国); it counts as a number when 第 leads it
        // or a counter follows it (一月, 第二届).
        let qualified = before == 0x7B2C || next.map(ChineseNumeral.isCounter) == true
            || (numeralRun.count >= 2 && !ChineseNumeral.isIdiom(numeralRun))
        guard qualified, let value = ChineseNumeral.value(of: numeralRun) else { return }
        emit(number: Double(value), startingAt: start, written: .numerals)
    }

    // MARK: - Words of the lexicon

    /// The longest Chinese form of the lexicon that begins here, or one ideograph.
    private mutating func readChineseWord() {
        var cursor = position, hash = CoreLexicon.emptyHash, characters = 0
        var match: (end: Int, concept: UInt32, last: UInt32)?
        var first = (end: position, value: UInt32(0))
        while cursor < end && characters < lexicon.longestChinese {
            let (value, length) = decode(at: cursor)
            guard value >= 0x3400 && value < 0xA000 else { break }
            hash = CoreLexicon.extend(hash, value)
            cursor += length
            characters += 1
            if characters == 1 { first = (cursor, value) }
            if characters >= 2, let concept = lexicon.chinese[hash] { match = (cursor, concept, value) }
        }
        if let match {
            anchors.append(Anchor(.word, payload: UInt64(match.concept)))
            position = match.end
            previous = match.last
        } else {
            position = first.end
            previous = first.value
        }
    }

    // MARK: - Words: acronyms, names, number words, months

    private mutating func readWord() {
        let start = position
        var acronym = Anchor.Hash()
        var capitalsAndDigits = 0
        var hasDigit = false
        var capitalBytes = 0
        var ascii = true
        var length = 0
        // readWord starts at a letter. Only a capitalized word past the passage's first may be a name,
        // and only a name needs its letters kept (for its skeleton).
        // The loop reads this letter again; the common ones cost no decoding either time.
        let initial = commonLetter(at: start)?.value ?? decode(at: start).value
        let first = Self.lowercase(initial)
        let keepsLetters = readsWords && start > unitStart && Self.isCapital(initial)
        word.reset()
        // The hashes of the word's prefixes, for the lexicons' lookups, as the letters come.
        var hash = CoreLexicon.emptyHash
        prefixHashes.reset()
        prefixHashes.append(hash)
        while position < end {
            let value: UInt32, scalarLength: Int
            if let common = commonLetter(at: position) {
                (value, scalarLength) = common
                if scalarLength > 1 { ascii = false }
            } else {
                (value, scalarLength) = decode(at: position)
                let isDigit = Self.digit(value) != nil
                guard isDigit || Self.isWordLetter(value) else { break }
                if isDigit || Self.isCapital(value) {
                    acronym.add(bytes[position..<position + scalarLength])
                    capitalBytes += scalarLength
                    capitalsAndDigits += 1
                    hasDigit = hasDigit || isDigit
                }
                if value >= 0x80 { ascii = false }
            }
            // The word the lexicon sees is the letters before any digit (COVID of COVID19).
            if !hasDigit {
                let lower = Self.lowercase(value)
                if keepsLetters { word.append(lower) }
                hash = CoreLexicon.extend(hash, lower)
                prefixHashes.append(hash)
            }
            length += 1
            position += scalarLength
            previous = value
        }
        // NATO, ООН, and codes with two capitals or a digit (HCoV = HCoVs, SARS, RaTG13): their
        // capitals and digits, so a plural or a case ending does not hide them.
        if length <= 16, capitalsAndDigits >= 2 || hasDigit {
            anchors.append(Anchor(.acronym, payload: acronym.value))
            if capitalBytes == position - start {
                // XXIV of "the XXIV Olympic Winter Games" is 24 (第二十四届, XXIV-х).
                if let value = Self.romanNumeral(bytes[start..<position]) { emit(number: Double(value), startingAt: start, written: .numerals) }
                return
            }
        }
        // Two letters are enough for the lexicon's pronouns (we = мы); no lexicon has a one-letter word.
        guard length >= 2 else { return }
        if readsWords, let concept = lexiconConcept(cyrillic: !ascii) {
            anchors.append(Anchor(.word, payload: UInt64(concept)))
        }
        guard length >= 3 else { return }
        if keepsLetters, let skeleton = NameSkeleton.key(word.values, cyrillic: !ascii) {
            anchors.append(Anchor(.name, payload: skeleton))
        }
        if let value = WordLexicon.number(prefixes: prefixHashes.values, first: first, cyrillic: !ascii) {
            emit(number: Double(value) * multiplier(), startingAt: start, written: .word)
            return
        }
        guard length <= 9,
              let month = WordLexicon.month(prefixes: prefixHashes.values, first: first, cyrillic: !ascii)
        else { return }
        if start - lastNumberEnd <= 3 {
            anchors.append(.number(Double(month)))
            mentions?.append(NumberMention(value: Double(month), range: start..<position, written: .month))
        } else {
            pendingMonth = (month, start, position)
        }
    }

    /// The most frequent letters, read without decoding or class tests: a–z, and Cyrillic а–я as
    /// D0 B0…BF and D1 80…8F. Each is a lowercase word letter, neither digit nor capital.
    @inline(__always)
    private func commonLetter(at index: Int) -> (value: UInt32, length: Int)? {
        let byte = bytes[index]
        if byte &- 0x61 < 26 { return (UInt32(byte), 1) }
        guard index + 1 < end, byte == 0xD0 || byte == 0xD1 else { return nil }
        let next = bytes[index + 1]
        guard byte == 0xD0 ? next &- 0xB0 < 16 : next &- 0x80 < 16 else { return nil }
        return (UInt32(byte & 0x1F) << 6 | UInt32(next & 0x3F), 2)
    }

    /// The lexicon's concept of the current word.
    private func lexiconConcept(cyrillic: Bool) -> UInt32? {
        lexicon.concept(prefixes: prefixHashes.values, cyrillic: cyrillic)
    }

    private mutating func emit(number value: Double, startingAt start: Int, written: NumberMention.Writing) {
        anchors.append(.number(value))
        mentions?.append(NumberMention(value: value, range: start..<position, written: written))
        if let month = pendingMonth, start - month.end <= 3 {
            anchors.append(.number(Double(month.value)))
            mentions?.append(NumberMention(value: Double(month.value), range: month.start..<month.end, written: .month))
        }
        pendingMonth = nil
        lastNumberEnd = position
    }

    /// The value of a Roman numeral of two letters or more written with I, V and X in their usual
    /// order (II to XXXIX: sessions, games, congresses), or nil. XI, which is also a name, is not one.
    static func romanNumeral(_ letters: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        guard letters.count >= 2, letters.count <= 7, letters.elementsEqual("XI".utf8) == false else { return nil }
        let values = letters.map { byte -> Int in byte == 0x49 ? 1 : byte == 0x56 ? 5 : byte == 0x58 ? 10 : 0 }
        guard !values.contains(0) else { return nil }
        var total = 0
        for (index, value) in values.enumerated() {
            total += index + 1 < values.count && values[index + 1] > value ? -value : value
        }
        // Only the canonical spelling: IIII and VX are not numerals anyone writes.
        let tens = String(repeating: "X", count: total / 10)
        let units = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"][total % 10]
        return total > 0 && total < 40 && Array((tens + units).utf8) == Array(letters) ? total : nil
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
}

/// Values collected anew for every word, in storage kept from word to word. A class over raw
/// memory: an array's writes checked its uniqueness for every letter.
///
/// Not `Sendable`: a scanner and its buffers belong to one thread.
final class ScalarBuffer<Value: BitwiseCopyable> {
    private var storage: UnsafeMutablePointer<Value>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int = 64) {
        storage = .allocate(capacity: capacity)
        self.capacity = capacity
    }

    deinit { storage.deallocate() }

    func reset() { count = 0 }

    @inline(__always)
    func append(_ value: Value) {
        if count == capacity { grow() }
        (storage + count).initialize(to: value)
        count += 1
    }

    private func grow() {
        let larger = UnsafeMutablePointer<Value>.allocate(capacity: capacity * 2)
        larger.initialize(from: storage, count: count)
        storage.deallocate()
        storage = larger
        capacity *= 2
    }

    /// The values since the last reset; valid until the next append or reset.
    var values: UnsafeBufferPointer<Value> { UnsafeBufferPointer(start: storage, count: count) }
}
