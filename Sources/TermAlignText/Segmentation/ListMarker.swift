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
            guard isDigit(first) || first == 0x28 || romanValue(first) != nil || isLowercaseLetter(first) else { return nil }
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
        if romanValue(first) != nil, let marker = roman(scanner) { return marker }
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
        // Up to seven letters, valued as they come: a letter counts against the total when the next
        // one is larger (IV, XC). Counted without collecting them: a line opening with "China" or
        // "Xi" comes here too.
        var scanner = start
        var total = 0, count = 0, previous = 0
        while count < 7, let next = scanner.peek(), let value = romanValue(next) {
            total += previous < value ? -previous : previous
            previous = value
            count += 1
            scanner.advance()
        }
        total += previous
        // I to XXXIX written the standard way. Statements never have more sections, and the bound
        // keeps "L." and "C." (more often initials) out.
        guard (1...39).contains(total),
              canonicalRomans[total].elementsEqual(UnsafeBufferPointer(rebasing: start.bytes[start.position..<scanner.position]))
        else { return nil }
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
        let inner = scanner.consumeRun(of: { isDigit($0) || chineseDigits.contains($0) || romanValue($0) != nil },
                                       maximum: 4)
        if inner == 0, let letter = scanner.peek(), isLowercaseLetter(letter) { scanner.advance() }
        else if inner == 0 { return nil }
        return scanner.consume([0x29, 0xFF09]) ? ListMarker(end: scanner.position, level: .item) : nil
    }

    // MARK: - Character classes

    private static func isDigit(_ value: UInt32) -> Bool { (0x30...0x39).contains(value) || (0xFF10...0xFF19).contains(value) }

    private static func isLowercaseLetter(_ value: UInt32) -> Bool {
        (0x61...0x7A).contains(value) || (0x430...0x44F).contains(value)
    }

    /// The value of a Roman digit (I V X L C), nil for any other scalar.
    private static func romanValue(_ value: UInt32) -> Int? {
        switch value {
        case 0x49: return 1
        case 0x56: return 5
        case 0x58: return 10
        case 0x4C: return 50
        case 0x43: return 100
        default: return nil
        }
    }

    /// The standard Roman numerals of 0 to 39 as ASCII bytes (empty for 0).
    private static let canonicalRomans: [[UInt8]] = (0...39).map { number in
        var rest = number
        var letters = ""
        for (value, part) in [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")] {
            while rest >= value {
                letters += part
                rest -= value
            }
        }
        return Array(letters.utf8)
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
