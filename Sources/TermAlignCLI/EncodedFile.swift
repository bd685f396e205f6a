import TermAlign
import TermAlignCommandSupport

/// Reads an input file as text: UTF-8 as it is; a file in another encoding — named by `--encoding`,
/// or detected by ICU when the bytes are not UTF-8 (UTF-16 from Windows' "Unicode" save,
/// Windows-1251, KOI8-R, GB18030, Big5 …) — converted to UTF-8 first and said on standard error.
/// Byte ranges then refer to the text as converted.
enum EncodedFile {
    /// The least confidence (0–100) of ICU's detector at which a file is read in the encoding it
    /// names; below it the file is refused with the likely encodings.
    static let confidenceNeeded = 30
    /// A converted text with more replacement characters than this share is not read.
    static let replacementShareAllowed = 0.05

    static func load(path: String, language: Language?, policy: Document.DecodingPolicy, encoding: String?) throws -> Document {
        let name = path == "-" ? "<stdin>" : path
        let bytes = try FileReader.readAll(path: path, limit: Document.maximumSize)
        if let encoding {
            return try converted(bytes, from: encoding, name: name, language: language, said: "as given by --encoding")
        }
        let failure: TextError
        do {
            return try Document(bytes: bytes, path: name, language: language, policy: policy)
        } catch {
            failure = error
        }
        guard policy == .strict, Self.isEncodingProblem(failure) else { throw failure }
        // Mostly well-formed UTF-8 with a few bad bytes is UTF-8 (what --lossy is for): read in an
        // 8-bit encoding, its letters would turn into mojibake ("â€”" for "—").
        let shape = Self.utf8Shape(bytes)
        if shape.wellFormed > 0 && shape.wellFormed >= 2 * shape.illFormed { throw failure }
        if let utf16 = Self.bomlessUTF16(bytes) {
            return try converted(bytes, from: utf16, name: name, language: language,
                                 said: "every other byte is NUL, as in UTF-16 without a byte-order mark")
        }
        let candidates = try TextEncoding.candidates(of: bytes)
        // A UTF-8 text with a few bad bytes is what --lossy is for; the library's error says so.
        guard let best = candidates.first, !best.name.hasPrefix("UTF-8") else { throw failure }
        guard best.confidence >= confidenceNeeded else {
            let likely = candidates.map { "\($0.name) (\($0.confidence) %)" }.joined(separator: ", ")
            throw CLIError.message("\(failure); nor can ICU tell another encoding for sure (likely: \(likely)): "
                                   + "give it with --encoding NAME")
        }
        return try converted(bytes, from: best.name, name: name, language: language,
                             said: "detected with confidence \(best.confidence) %")
    }

    /// UTF-16 without a byte-order mark, which ICU's detector does not name: the high byte of most
    /// characters is NUL (Latin) or 0x04 (Cyrillic), at odd offsets in UTF-16LE and even ones in
    /// UTF-16BE, and the other byte of the pair is never NUL. Chinese has no such pattern; it is
    /// left to the detector, and to --encoding.
    static func bomlessUTF16(_ bytes: [UInt8]) -> String? {
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

    /// How many non-ASCII sequences of `bytes` are well-formed UTF-8, and how many bytes are not.
    static func utf8Shape(_ bytes: [UInt8]) -> (wellFormed: Int, illFormed: Int) {
        var wellFormed = 0, illFormed = 0, index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0
            if length > 0, index + length <= bytes.count,
               bytes[(index + 1)..<(index + length)].allSatisfy({ $0 & 0xC0 == 0x80 }) {
                wellFormed += 1
                index += length
            } else {
                illFormed += 1
                index += 1
            }
        }
        return (wellFormed, illFormed)
    }

    private static func isEncodingProblem(_ error: TextError) -> Bool {
        switch error {
        case .invalidUTF8, .binaryContent: true
        default: false
        }
    }

    private static func converted(_ bytes: [UInt8], from encoding: String, name: String, language: Language?,
                                  said how: String) throws -> Document {
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
                                   + "in that encoding; give the right one with --encoding NAME, or save the file as UTF-8")
        }
        Console.error("termalign: note: \(name): read as \(encoding) (\(how)); byte ranges are into the text as "
                      + "converted to UTF-8")
        return try Document(bytes: utf8, path: name, language: language).with(encoding: encoding)
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
