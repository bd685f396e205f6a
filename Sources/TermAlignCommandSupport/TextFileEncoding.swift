@_spi(Engine) import TermAlignText

/// How the tools read a file that is not UTF-8: what counts as UTF-8 with a few bad bytes, what is
/// UTF-16 without a byte-order mark, which encoding ICU's detector names, and when a conversion is
/// not to be trusted. The text files of `termalign` and its glossary files follow the same rules.
package enum TextFileEncoding {
    /// The least confidence (0–100) of ICU's detector at which a file is read in the encoding it
    /// names; below it the file is refused with the likely encodings.
    package static let confidenceNeeded = 30
    /// A converted text with more replacement characters than this share is not read.
    package static let replacementShareAllowed = 0.05

    /// The encoding to read `bytes` (not UTF-8) in, and how it was found; nil when they are mostly
    /// well-formed UTF-8 with a few bad bytes (the caller reports those, or reads lossily).
    ///
    /// - Throws: ``CLIError`` naming the likely encodings when ICU cannot tell one for sure.
    /// `option` is the tool's option that names an encoding (`--encoding`, `--glossary-encoding`).
    package static func choose(for bytes: [UInt8], name: String, failure: String,
                               option: String = "--encoding") throws -> (name: String, how: String)? {
        // Mostly well-formed UTF-8 with a few bad bytes is UTF-8 (what --lossy is for): read in an
        // 8-bit encoding, its letters would turn into mojibake ("â€”" for "—").
        let shape = utf8Shape(bytes)
        if shape.wellFormed > 0 && shape.wellFormed >= 2 * shape.illFormed { return nil }
        if let utf16 = bomlessUTF16(bytes) {
            return (utf16, "every other byte is NUL, as in UTF-16 without a byte-order mark")
        }
        let candidates = try TextEncoding.candidates(of: bytes)
        guard let best = candidates.first, !best.name.hasPrefix("UTF-8") else { return nil }
        guard best.confidence >= confidenceNeeded else {
            let likely = candidates.map { "\($0.name) (\($0.confidence) %)" }.joined(separator: ", ")
            throw CLIError.message("\(failure); nor can ICU tell another encoding for sure (likely: \(likely)): "
                                   + "give it with \(option) NAME")
        }
        return (best.name, "detected with confidence \(best.confidence) %")
    }

    /// `bytes` in `encoding` as UTF-8 (without a byte-order mark), said on standard error.
    ///
    /// - Throws: ``CLIError`` for an encoding ICU does not know, or a text mostly not in it.
    package static func converted(_ bytes: [UInt8], from encoding: String, name: String, how: String,
                                  option: String = "--encoding") throws -> [UInt8] {
        var utf8: [UInt8]
        do {
            utf8 = try TextEncoding.convert(bytes, from: encoding)
        } catch {
            throw CLIError.message("\(name): cannot read it as \(encoding) (\(error)); give an encoding ICU knows "
                                   + "(windows-1251, KOI8-R, GB18030, Big5, UTF-16LE …)")
        }
        if utf8.starts(with: [0xEF, 0xBB, 0xBF]) { utf8.removeFirst(3) }
        let characters = utf8.count { $0 & 0xC0 != 0x80 }
        let replacements = replacementCount(utf8)
        if characters > 0, Double(replacements) / Double(characters) > replacementShareAllowed {
            throw CLIError.message("\(name): read as \(encoding), \(replacements) of its \(characters) characters are not "
                                   + "in that encoding; give the right one with \(option) NAME, or save the file as UTF-8")
        }
        Console.error("termalign: note: \(name): read as \(encoding) (\(how)); byte ranges are into the text as "
                      + "converted to UTF-8")
        return utf8
    }

    /// UTF-16 without a byte-order mark, which ICU's detector does not name: the high byte of most
    /// characters is NUL (Latin) or 0x04 (Cyrillic), at odd offsets in UTF-16LE and even ones in
    /// UTF-16BE, and the other byte of the pair is never NUL. Chinese has no such pattern; it is
    /// left to the detector, and to --encoding.
    package static func bomlessUTF16(_ bytes: [UInt8]) -> String? {
        let pairs = min(bytes.count / 2, 4096)
        guard pairs >= 8 else { return nil }
        var evenNUL = 0, oddNUL = 0
        for pair in 0..<pairs {
            if bytes[2 * pair] == 0 { evenNUL += 1 }
            if bytes[2 * pair + 1] == 0 { oddNUL += 1 }
        }
        var evenFour = 0, oddFour = 0
        for pair in 0..<pairs {
            if bytes[2 * pair] == 0x04 { evenFour += 1 }
            if bytes[2 * pair + 1] == 0x04 { oddFour += 1 }
        }
        let little = oddNUL + oddFour, big = evenNUL + evenFour
        if little * 10 >= pairs * 6 && evenNUL == 0 { return "UTF-16LE" }
        if big * 10 >= pairs * 6 && oddNUL == 0 { return "UTF-16BE" }
        return nil
    }

    /// How many non-ASCII characters of `bytes` are well-formed UTF-8, and how many ill-formed
    /// sequences there are (the text layer's own scan finds them).
    package static func utf8Shape(_ bytes: [UInt8]) -> (wellFormed: Int, illFormed: Int) {
        let illFormed = UTF8Validation.invalidSequences(in: bytes, stopAtFirst: false)
        let isLead = { (byte: UInt8) in byte >= 0xC2 && byte <= 0xF4 }
        let leadsInIllFormed = illFormed.reduce(0) { $0 + bytes[$1.range].count(where: isLead) }
        return (bytes.count(where: isLead) - leadsInIllFormed, illFormed.count)
    }

    private static func replacementCount(_ utf8: [UInt8]) -> Int {
        var count = 0
        var index = 0
        while index + 2 < utf8.count {
            if utf8[index] == 0xEF && utf8[index + 1] == 0xBF && utf8[index + 2] == 0xBD {
                count += 1
                index += 3
            } else {
                index += 1
            }
        }
        return count
    }
}
