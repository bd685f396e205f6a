/// Character references of HTML text: numeric ones (`&#171;`, `&#xAB;`) and the named ones that
/// official pages use for punctuation, quotation marks, spaces and Latin letters with accents. A
/// name not listed stays in the text as written, as browsers show an unknown one.
enum HTMLReferences {
    private static let named: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "shy": "\u{AD}",
        "laquo": "«", "raquo": "»", "lsquo": "‘", "rsquo": "’", "sbquo": "‚", "ldquo": "“", "rdquo": "”",
        "bdquo": "„", "lsaquo": "‹", "rsaquo": "›", "ndash": "–", "mdash": "—", "minus": "−", "hellip": "…",
        "bull": "•", "middot": "·", "para": "¶", "sect": "§", "copy": "©", "reg": "®", "trade": "™",
        "deg": "°", "plusmn": "±", "times": "×", "divide": "÷", "frac12": "½", "frac14": "¼", "frac34": "¾",
        "euro": "€", "pound": "£", "yen": "¥", "cent": "¢", "numero": "№", "ensp": "\u{2002}", "emsp": "\u{2003}",
        "thinsp": "\u{2009}", "zwnj": "\u{200C}", "zwj": "\u{200D}", "lrm": "\u{200E}", "rlm": "\u{200F}",
        "prime": "′", "Prime": "″", "dagger": "†", "Dagger": "‡", "permil": "‰", "iexcl": "¡", "iquest": "¿",
        "agrave": "à", "aacute": "á", "acirc": "â", "auml": "ä", "ccedil": "ç", "egrave": "è", "eacute": "é",
        "ecirc": "ê", "euml": "ë", "iacute": "í", "iuml": "ï", "ntilde": "ñ", "oacute": "ó", "ocirc": "ô",
        "ouml": "ö", "uacute": "ú", "uuml": "ü", "szlig": "ß", "Eacute": "É", "Agrave": "À", "Ouml": "Ö",
        "Uuml": "Ü", "Auml": "Ä",
    ]

    /// The character a reference starting at `start` (at its `&`) stands for, and the offset after
    /// it; nil when no reference starts there.
    static func decode(_ page: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) -> (Unicode.Scalar, Int)? {
        var index = start + 1
        guard index < end else { return nil }
        if page[index] == UInt8(ascii: "#") {
            index += 1
            let hex = index < end && (page[index] | 0x20) == UInt8(ascii: "x")
            if hex { index += 1 }
            var value: UInt32 = 0
            let digitsStart = index
            while index < end, let digit = Self.digit(page[index], hex: hex), index - digitsStart < 8 {
                value = value * (hex ? 16 : 10) + digit
                index += 1
            }
            guard index > digitsStart else { return nil }
            if index < end, page[index] == UInt8(ascii: ";") { index += 1 }
            // A reference to nothing a text may hold reads as U+FFFD, as browsers do.
            let scalar = value == 0 ? nil : Unicode.Scalar(value)
            return (scalar ?? "\u{FFFD}", index)
        }
        var name: [UInt8] = []
        while index < end, name.count < 10, HTMLTokenizer.isLetter(page[index]) || (page[index] >= 0x30 && page[index] <= 0x39) {
            name.append(page[index])
            index += 1
        }
        guard index < end, page[index] == UInt8(ascii: ";"),
              let scalar = named[String(decoding: name, as: UTF8.self)] else { return nil }
        return (scalar, index + 1)
    }

    private static func digit(_ byte: UInt8, hex: Bool) -> UInt32? {
        if byte >= 0x30 && byte <= 0x39 { return UInt32(byte - 0x30) }
        let lower = byte | 0x20
        if hex && lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "f") { return UInt32(lower - UInt8(ascii: "a") + 10) }
        return nil
    }
}
