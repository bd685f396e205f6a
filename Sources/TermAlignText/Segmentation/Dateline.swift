/// A news agency's dateline or a timestamp: «МОСКВА, 4 февраля. /ТАСС/.», "BEIJING, Feb. 4 (Xinhua) --",
/// 新华社北京2月4日电, "2022-02-26 12:05". A report or a repost opens with one that the text it quotes
/// does not have: it is no sentence of the text, and an aligner must not pair it with one.
package enum Dateline {
    /// The longest dateline, in characters.
    static let longest = 64

    /// Whether `text` is a dateline or a timestamp and nothing else: a date, a time or an agency's
    /// name, with only places in capitals, month names and the agency's words besides.
    package static func isDateline(_ text: Substring) -> Bool { reading(text)?.isDateline ?? false }

    /// Whether `range` of `bytes` is a dateline or a timestamp. Most sentences are refused on their
    /// bytes, without being read as text: a dateline is short and holds a digit, a slash or a bracket
    /// (/ТАСС/, (Xinhua)), a Chinese date character, or is a name alone ("Reuters").
    package static func isDateline(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard !range.isEmpty, range.count <= longest * 3 else { return false }
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        let marked = range.count <= 32 || slice.contains { (0x30...0x39).contains($0) || $0 == 0x2F || $0 == 0x28 }
            || containsChineseDateCharacter(slice)
        return marked && isDateline(String(decoding: slice, as: UTF8.self)[...])
    }

    /// Whether the bytes hold 年, 月, 日 or 电.
    private static func containsChineseDateCharacter(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let characters: [[UInt8]] = [[0xE5, 0xB9, 0xB4], [0xE6, 0x9C, 0x88], [0xE6, 0x97, 0xA5], [0xE7, 0x94, 0xB5]]
        guard bytes.count >= 3 else { return false }
        for index in 0...(bytes.count - 3) where bytes[index] == 0xE5 || bytes[index] == 0xE6 || bytes[index] == 0xE7 {
            if characters.contains(where: { $0[0] == bytes[index] && $0[1] == bytes[index + 1] && $0[2] == bytes[index + 2] }) { return true }
        }
        return false
    }

    /// Whether `text` is a dateline, and whether it names a place in capitals or an agency; nil when
    /// it holds a word no dateline has.
    private static func reading(_ text: Substring) -> (isDateline: Bool, named: Bool)? {
        guard text.unicodeScalars.count <= longest else { return nil }
        var dated = false, named = false, words = 0
        // Tokens are read as the loop needs them: most sentences are refused at their first word,
        // and tokenizing the rest of them was a tenth of comparing a long text.
        var tokens = Tokens(text)
        var index = 0
        while let token = tokens[index] {
            defer { index += 1 }
            switch token.kind {
            case .digits:
                if tokens[index + 1]?.text == ":", tokens[index + 2]?.kind == .digits { dated = true }
                if token.text.count == 4 { dated = true } // a year
            case .letters:
                words += 1
                let lowered = token.text.lowercased()
                if agencies.contains(lowered) {
                    (dated, named) = (true, true)
                } else if isMonth(lowered) {
                    dated = true
                } else if token.text.count >= 2 && token.text == token.text.uppercased() {
                    named = true // a place: MOSCOW, ПЕКИН
                } else if index == 0, tokens[1]?.text == ",", token.text.first?.isUppercase == true {
                    named = true // a place written as a name, before its comma: "Moscow, March 21"
                } else if !dateWords.contains(lowered) {
                    return nil
                }
            case .han:
                words += 1
                // A place only first, in a dispatch (…日电) or after an agency's name.
                guard let part = hanPart(token.text, first: index == 0, dispatch: text.hasSuffix("日电")) else { return nil }
                if part.isDate { dated = true }
                if part.named { named = true }
            case .other:
                continue
            }
        }
        return (dated && (words > 0 || tokens.read.contains { $0.kind == .digits }), named)
    }

    /// The end of a dateline that opens `range` of `bytes` before the text it introduces — "BEIJING,
    /// Feb. 4 (Xinhua) -- China and Russia…", 新华社北京2月4日电 中华人民共和国… — past the spaces after
    /// it; nil when the range opens otherwise. (A dateline that ends with a full stop, as TASS writes
    /// it, is a sentence of its own already.)
    package static func openingEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        let window = range.lowerBound..<min(range.upperBound, range.lowerBound + longest * 3)
        guard mayHoldAnOpening(bytes, window) else { return nil }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[window]), as: UTF8.self)
        var end: String.Index?
        if let dash = text.range(of: "--") ?? text.range(of: "—") ?? text.range(of: " – ") {
            // A place or an agency before the dash: «2023 — год дружбы» opens a sentence.
            if let found = reading(text[..<dash.lowerBound]), found.isDateline && found.named { end = dash.upperBound }
        } else if let dispatch = text.range(of: "日电") {
            if isDateline(text[..<dispatch.upperBound]) { end = dispatch.upperBound }
        }
        guard var end else { return nil }
        // A reporter's name in brackets belongs to the dateline: 电（记者 王某）.
        if text[end...].hasPrefix("（"), let close = text[end...].firstIndex(of: "）"),
           text.distance(from: end, to: close) <= 16 {
            end = text.index(after: close)
        }
        while end < text.endIndex, text[end].isWhitespace { end = text.index(after: end) }
        guard end < text.endIndex else { return nil }
        return range.lowerBound + text.utf8.distance(from: text.startIndex, to: end)
    }

    /// Whether the bytes hold "--", an em or en dash, or 电: most paragraphs are passed over here.
    private static func mayHoldAnOpening(_ bytes: UnsafeBufferPointer<UInt8>, _ window: Range<Int>) -> Bool {
        var index = window.lowerBound
        while index + 1 < window.upperBound {
            switch (bytes[index], bytes[index + 1]) {
            case (0x2D, 0x2D): return true
            case (0xE2, 0x80) where index + 2 < window.upperBound && (bytes[index + 2] == 0x94 || bytes[index + 2] == 0x93): return true
            case (0xE7, 0x94) where index + 2 < window.upperBound && bytes[index + 2] == 0xB5: return true
            default: index += 1
            }
        }
        return false
    }

    private enum TokenKind { case digits, letters, han, other }

    /// Runs of digits, of letters, of Chinese characters, and each other character on its own (spaces
    /// left out), read from the text as far as they are asked for.
    private struct Tokens {
        let text: Substring
        private var next: Substring.Index
        private(set) var read: [(kind: TokenKind, text: Substring)] = []

        init(_ text: Substring) {
            self.text = text
            next = text.startIndex
        }

        /// The token at `position`, or nil past the last.
        subscript(position: Int) -> (kind: TokenKind, text: Substring)? {
            mutating get {
                while read.count <= position, next < text.endIndex {
                    let kind = Dateline.kind(of: text[next])
                    var end = text.index(after: next)
                    if kind != .other {
                        while end < text.endIndex, Dateline.kind(of: text[end]) == kind { end = text.index(after: end) }
                    }
                    if !(kind == .other && text[next].isWhitespace) { read.append((kind, text[next..<end])) }
                    next = end
                }
                return position < read.count ? read[position] : nil
            }
        }
    }

    private static func kind(of character: Character) -> TokenKind {
        if character.isNumber && character.isASCII { return .digits }
        guard let scalar = character.unicodeScalars.first else { return .other }
        if scalar.properties.isIdeographic { return .han }
        return character.isLetter ? .letters : .other
    }

    /// What a run of Chinese characters is in a dateline: a date, or a place or an agency (`named`);
    /// nil for text.
    private static func hanPart(_ run: Substring, first: Bool, dispatch: Bool) -> (isDate: Bool, named: Bool)? {
        if run.allSatisfy({ "年月日时分秒号电".contains($0) }) { return (true, false) }
        guard first else { return nil }
        var rest = run
        var agency = false
        if let name = hanAgencies.first(where: { rest.hasPrefix($0) }) {
            rest = rest.dropFirst(name.count)
            agency = true
        }
        // A place: a few characters.
        guard rest.count <= 4, agency || dispatch else { return nil }
        return (agency, true)
    }

    private static func isMonth(_ word: String) -> Bool {
        monthsEnglish.contains(word) || monthStemsRussian.contains { word.hasPrefix($0) }
    }

    private static let agencies: Set<String> = [
        "тасс", "итар", "риа", "новости", "интерфакс", "спутник", "синьхуа", "tass", "ria", "novosti", "interfax",
        "sputnik", "xinhua", "reuters", "ap", "afp", "upi", "cgtn", "cctv", "kyodo", "yonhap", "bloomberg",
    ]
    private static let hanAgencies = ["新华社", "中新社", "中新网", "人民网", "央视网", "环球网", "国际在线", "新华网"]
    private static let monthsEnglish: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]
    private static let monthStemsRussian = ["январ", "феврал", "март", "апрел", "мая", "май", "июн", "июл", "август",
                                            "сентябр", "октябр", "ноябр", "декабр", "янв", "фев", "мар", "апр",
                                            "авг", "сен", "окт", "ноя", "дек"]
    /// Words a date or a time stamp may hold besides months.
    private static let dateWords: Set<String> = ["года", "год", "г", "гг", "utc", "gmt", "мск", "msk", "am", "pm", "ч", "мин"]
}
