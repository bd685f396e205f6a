/// Recognizes the numbering that can lead a line: section numerals (I., II, 一、, 第二章) and item
/// markers (1., 1.2, 3), (a), б), 1、, （一）, 第五条, ①, •).
struct ListMarker {
    /// A section numeral (a heading candidate) or an item marker.
    enum Level {
        case section
        case item
    }

    /// Where the marker ends (exclusive), in bytes.
    let end: Int
    let level: Level

    private static let chineseDigits: Set<UInt32> = Set("〇零一二三四五六七八九十百千两".unicodeScalars.map(\.value))
    private static let sectionUnits: Set<UInt32> = Set("章节節篇编編".unicodeScalars.map(\.value))
    private static let itemUnits: Set<UInt32> = Set("条條款项項".unicodeScalars.map(\.value))
    private static let bullets: Set<UInt32> = [0x2022, 0x25CF, 0x25AA, 0x25E6, 0x25A0, 0x25B6, 0x25BA, 0x2023]

    /// Parses a marker at the start of `line` (already trimmed on the left).
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, line: Range<Int>) -> ListMarker? {
        var scanner = Scanner(bytes: bytes, position: line.lowerBound, end: line.upperBound)
        guard let first = scanner.peek() else { return nil }
        // Most lines open with a word: below the bullets, only digits, "(", Roman numerals and
        // lowercase letters can begin a marker, and this test spares them the set look-ups.
        if first < 0x2022 {
            guard isDigit(first) || first == 0x28 || isRomanDigit(first) || isLowercaseLetter(first) else { return nil }
        } else if bullets.contains(first) {
            scanner.advance()
            return scanner.atBlankOrEnd ? ListMarker(end: scanner.position, level: .item) : nil
        }
        if (0x2460...0x2473).contains(first) { // ① … ⑳
            scanner.advance()
            return ListMarker(end: scanner.position, level: .item)
        }
        if first == 0x28 || first == 0xFF08 { // ( （
            return parenthesized(&scanner)
        }
        if first == 0x7B2C { // 第
            return ordinal(&scanner)
        }
        if isDigit(first) { return arabic(&scanner) }
        if isRomanDigit(first), let marker = roman(scanner) { return marker }
        if chineseDigits.contains(first) { return chinese(&scanner) }
        if isLowercaseLetter(first) {
            scanner.advance()
            if scanner.consume([0x29, 0xFF09]) { return ListMarker(end: scanner.position, level: .item) }
        }
        return nil
    }

    // MARK: - Forms

    private static func arabic(_ scanner: inout Scanner) -> ListMarker? {
        guard scanner.consumeRun(of: isDigit, maximum: 3) > 0 else { return nil }
        var groups = 0
        while true {
            var lookahead = scanner
            guard lookahead.consume([0x2E, 0xFF0E]), lookahead.consumeRun(of: isDigit, maximum: 3) > 0 else {
                break
            }
            scanner = lookahead
            groups += 1
        }
        if scanner.consume([0x29, 0xFF09, 0x3001]) { // ) ） 、
            return ListMarker(end: scanner.position, level: .item)
        }
        // "1. Text"; in Chinese "1．正文" and "1.正文" run on without a space.
        var dotted = scanner
        if dotted.consume([0xFF0E]) || (dotted.consume([0x2E]) && (dotted.atBlankOrEnd || dotted.atIdeograph)) {
            return ListMarker(end: dotted.position, level: .item)
        }
        if groups > 0, scanner.atBlankOrEnd { return ListMarker(end: scanner.position, level: .item) }
        return nil
    }

    private static func roman(_ start: Scanner) -> ListMarker? {
        var scanner = start
        var letters: [UInt32] = []
        while let next = scanner.peek(), isRomanDigit(next), letters.count < 7 {
            letters.append(next)
            scanner.advance()
        }
        guard isValidRoman(letters) else { return nil }
        if scanner.atEnd { return ListMarker(end: scanner.position, level: .section) }
        if scanner.consume([0x2E, 0x29, 0xFF0E, 0x3001]), scanner.atBlankOrEnd {
            return ListMarker(end: scanner.position, level: .section)
        }
        return nil
    }

    private static func chinese(_ scanner: inout Scanner) -> ListMarker? {
        guard scanner.consumeRun(of: { chineseDigits.contains($0) }, maximum: 4) > 0 else { return nil }
        if scanner.atEnd { return ListMarker(end: scanner.position, level: .section) }
        if scanner.consume([0x3001, 0xFF0E, 0x2E]) { return ListMarker(end: scanner.position, level: .section) }
        return nil
    }

    private static func ordinal(_ scanner: inout Scanner) -> ListMarker? {
        scanner.advance() // 第
        let digits = scanner.consumeRun(of: { chineseDigits.contains($0) || isDigit($0) }, maximum: 6)
        guard digits > 0, let unit = scanner.peek() else { return nil }
        if sectionUnits.contains(unit) {
            scanner.advance()
            return ListMarker(end: scanner.position, level: .section)
        }
        if itemUnits.contains(unit) {
            scanner.advance()
            return ListMarker(end: scanner.position, level: .item)
        }
        if unit == 0x90E8 { // 部分
            scanner.advance()
            if scanner.consume([0x5206]) { return ListMarker(end: scanner.position, level: .section) }
        }
        return nil
    }

    private static func parenthesized(_ scanner: inout Scanner) -> ListMarker? {
        scanner.advance()
        let inner = scanner.consumeRun(of: { isDigit($0) || chineseDigits.contains($0) || isRomanDigit($0) },
                                       maximum: 4)
        if inner == 0, let letter = scanner.peek(), isLowercaseLetter(letter) { scanner.advance() }
        else if inner == 0 { return nil }
        return scanner.consume([0x29, 0xFF09]) ? ListMarker(end: scanner.position, level: .item) : nil
    }

    // MARK: - Character classes

    private static func isDigit(_ value: UInt32) -> Bool { (0x30...0x39).contains(value) || (0xFF10...0xFF19).contains(value) }

    /// I V X L C.
    private static func isRomanDigit(_ value: UInt32) -> Bool {
        value == 0x49 || value == 0x56 || value == 0x58 || value == 0x4C || value == 0x43
    }

    private static func isLowercaseLetter(_ value: UInt32) -> Bool {
        (0x61...0x7A).contains(value) || (0x430...0x44F).contains(value)
    }

    /// I to XXXIX written the standard way. Statements never have more sections, and the bound keeps
    /// "L." and "C." (more often initials) out.
    private static func isValidRoman(_ letters: [UInt32]) -> Bool {
        guard !letters.isEmpty else { return false }
        let values: [UInt32: Int] = [0x49: 1, 0x56: 5, 0x58: 10, 0x4C: 50, 0x43: 100]
        let numbers = letters.compactMap { values[$0] }
        var total = 0
        for (index, value) in numbers.enumerated() {
            let next = index + 1 < numbers.count ? numbers[index + 1] : 0
            total += value < next ? -value : value
        }
        return (1...39).contains(total) && canonicalRoman(total) == numbers
    }

    private static func canonicalRoman(_ number: Int) -> [Int] {
        var rest = number
        var digits: [Int] = []
        for (value, parts) in [(100, [100]), (90, [10, 100]), (50, [50]), (40, [10, 50]), (10, [10]),
                               (9, [1, 10]), (5, [5]), (4, [1, 5]), (1, [1])] {
            while rest >= value {
                digits += parts
                rest -= value
            }
        }
        return digits
    }

    /// A forward cursor over the scalars of one line.
    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var position: Int
        let end: Int

        var atEnd: Bool { position >= end }
        var atBlankOrEnd: Bool {
            guard let next = peek() else { return true }
            return UTF8Scanning.isBlank(next)
        }

        /// At a CJK unified ideograph (where Chinese numbering runs on without a space).
        var atIdeograph: Bool {
            guard let next = peek() else { return false }
            return (0x4E00...0x9FFF).contains(next) || (0x3400...0x4DBF).contains(next)
        }

        func peek() -> UInt32? {
            position < end ? UTF8Scanning.decode(bytes, at: position).value : nil
        }

        mutating func advance() {
            if position < end { position += UTF8Scanning.decode(bytes, at: position).length }
        }

        /// Consumes one scalar if it is among `values`.
        mutating func consume(_ values: [UInt32]) -> Bool {
            guard let next = peek(), values.contains(next) else { return false }
            advance()
            return true
        }

        /// Consumes up to `maximum` scalars satisfying `test`; returns how many. Fails (consuming
        /// nothing) when more than `maximum` would match.
        mutating func consumeRun(of test: (UInt32) -> Bool, maximum: Int) -> Int {
            var lookahead = self
            var count = 0
            while let next = lookahead.peek(), test(next) {
                count += 1
                if count > maximum { return 0 }
                lookahead.advance()
            }
            self = lookahead
            return count
        }
    }
}
