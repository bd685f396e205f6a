/// Finds the words of a plain line of a matching key without ICU, exactly as ICU's word break
/// would: letters, digits and the punctuation that joins them (UAX #29 rules WB5–WB13b, with ICU's
/// rule statuses). A line is plain when every character's class is known from ``WordClassTable``;
/// anything else (combining marks, Chinese, Hebrew, emoji …) makes the scanner give the line up.
///
/// Line breaks always end a word (WB3a/b), so plain and ICU-segmented lines can be mixed freely.
struct PlainWordScanner {
    private let low: UnsafeBufferPointer<UInt8>
    private let punctuation: UnsafeBufferPointer<UInt8>

    /// Runs `body` with a scanner over the shared class table.
    static func with<Result, Failure: Error>(_ body: (PlainWordScanner) throws(Failure) -> Result) throws(Failure) -> Result {
        let table = WordClassTable.shared
        return try table.low.withUnsafeBufferPointer { (low) throws(Failure) in
            try table.punctuation.withUnsafeBufferPointer { (punctuation) throws(Failure) in
                try body(PlainWordScanner(low: low, punctuation: punctuation))
            }
        }
    }

    /// Appends the words of `key[line]` to `words` and returns true, or returns false (leaving
    /// `words` with an unspecified tail from this line) when the line is not plain.
    ///
    /// - Complexity: O(n) in the line's length.
    func scan(_ key: UnsafeBufferPointer<UInt8>, _ line: Range<Int>,
              into words: inout [(range: Range<Int>, kind: Token.Kind)]) -> Bool {
        var index = line.lowerBound
        let end = line.upperBound
        while index < end {
            let (first, firstLength) = classAt(key, index, end)
            switch first {
            case .complex: return false
            case .letter, .numeric, .extendNumLet: break
            default:
                index += firstLength
                continue
            }
            let start = index
            var last = first
            var beforeLast = WordClass.other
            index += firstLength
            extending: while index < end {
                let (next, nextLength) = classAt(key, index, end)
                switch next {
                case .letter, .numeric, .extendNumLet:
                    // WB5, WB8–WB10, WB13a/b: any two of these join.
                    beforeLast = last
                    last = next
                    index += nextLength
                case .midLetter, .midNumLet, .midNum:
                    // WB6/7 (letter · letter) and WB11/12 (digit · digit).
                    guard index + nextLength < end else { break extending }
                    let (after, afterLength) = classAt(key, index + nextLength, end)
                    if after == .complex { return false }
                    let joins = after == last && (last == .letter ? next != .midNum : last == .numeric && next != .midLetter)
                    guard joins else { break extending }
                    beforeLast = next
                    last = after
                    index += nextLength + afterLength
                case .complex:
                    return false
                default:
                    break extending
                }
            }
            if let kind = Self.kind(last: last, beforeLast: beforeLast, single: index - start == 1) {
                words.append((start..<index, kind))
            }
        }
        return true
    }

    /// ICU's rule status follows the last join: a trailing letter makes a word, a trailing digit a
    /// number, a trailing connector ("_") takes the number status only right after a digit. A
    /// connector alone is no word at all.
    private static func kind(last: WordClass, beforeLast: WordClass, single: Bool) -> Token.Kind? {
        switch last {
        case .letter: return .word
        case .numeric: return .number
        case .extendNumLet:
            if single { return nil }
            return beforeLast == .numeric ? .number : .word
        default: return nil
        }
    }

    /// The class and UTF-8 length of the character at `index` (well-formed UTF-8, as keys are).
    @inline(__always)
    private func classAt(_ key: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> (WordClass, Int) {
        let lead = key[index]
        if lead < 0x80 { return (WordClass(rawValue: low[Int(lead)])!, 1) }
        if lead < 0xE0 {
            guard index + 1 < end else { return (.complex, 1) }
            let point = UInt32(lead & 0x1F) << 6 | UInt32(key[index + 1] & 0x3F)
            guard point < WordClassTable.lowLimit else { return (.complex, 2) }
            return (WordClass(rawValue: low[Int(point)])!, 2)
        }
        // General punctuation U+2010…U+2027 is E2 80 90 … E2 80 A7.
        if lead == 0xE2, index + 2 < end, key[index + 1] == 0x80 {
            let point = 0x2000 | UInt32(key[index + 2] & 0x3F)
            if WordClassTable.punctuationRange.contains(point) {
                return (WordClass(rawValue: punctuation[Int(point - WordClassTable.punctuationRange.lowerBound)])!, 3)
            }
        }
        return (.complex, 1)
    }
}
