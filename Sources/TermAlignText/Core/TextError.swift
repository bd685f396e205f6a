import CTermAlignICU

/// Errors of the text stage. Each names the input it concerns and, where there is one, the exact place
/// in it.
public enum TextError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The input is not well-formed UTF-8.
    ///
    /// - Parameters:
    ///   - source: The file path, or "<stdin>", or the document id.
    ///   - offset: The byte offset of the first ill-formed byte.
    ///   - line: The 1-based line of that byte.
    ///   - column: The 1-based column, counted in characters from the start of the line.
    ///   - bytes: The ill-formed bytes (the maximal subpart, at most 4).
    case invalidUTF8(source: String, offset: Int, line: Int, column: Int, bytes: [UInt8])
    /// The input holds a NUL byte, which no text file does: it is binary data, or text in an encoding
    /// other than UTF-8 (UTF-16 has a NUL in every other byte of Latin text).
    ///
    /// - Parameters:
    ///   - source: The file path, or "<stdin>", or the document id.
    ///   - offset: The byte offset of the first NUL byte.
    ///   - line: The 1-based line of that byte.
    ///   - column: The 1-based column, counted in characters from the start of the line.
    case binaryContent(source: String, offset: Int, line: Int, column: Int)
    /// Normalizing the input would make its matching key many times larger than the input: it is
    /// not running text, but characters that each expand to many (U+FDFA expands to 18), and its
    /// analysis would take memory out of all proportion to its size.
    ///
    /// - Parameters:
    ///   - source: The file path, or "<stdin>", or the document id.
    ///   - offset: The byte offset of the character at which the key outgrew the limit.
    ///   - line: The 1-based line of that character.
    ///   - column: The 1-based column, counted in characters from the start of the line.
    ///   - factor: The limit: the key may be at most this many times the input's size (plus
    ///     ``Normalizer/expansionAllowance`` bytes).
    case expansion(source: String, offset: Int, line: Int, column: Int, factor: Int)
    /// The input is larger than TermAlign's 32-bit offsets allow.
    case inputTooLarge(source: String, size: Int, limit: Int)
    /// The input could not be read.
    case unreadable(source: String, reason: String)
    /// A Hunspell or Snowball resource is missing.
    case missingDictionary(language: Language, reason: String)
    /// The language of a document cannot be told from its text (it has no letters, or too few).
    case undeterminedLanguage(source: String)
    /// An ICU service failed.
    ///
    /// - Parameters:
    ///   - operation: What was being done.
    ///   - status: ICU's UErrorCode value (or a TermAlign bridge status).
    ///   - name: ICU's name for the status.
    case icu(operation: String, status: Int32, name: String)

    /// A message for people: where, what, and what to do about it.
    public var description: String {
        switch self {
        case let .invalidUTF8(source, _, line, column, _): return "\(source):\(line):\(column): \(message)"
        case let .binaryContent(source, _, line, column): return "\(source):\(line):\(column): \(message)"
        case let .expansion(source, _, line, column, _): return "\(source):\(line):\(column): \(message)"
        case let .inputTooLarge(source, _, _): return "\(source): \(message)"
        case let .unreadable(source, _): return "\(source): \(message)"
        case let .undeterminedLanguage(source): return "\(source): \(message)"
        case .missingDictionary, .icu: return message
        }
    }

    /// What went wrong and what to do about it, without the input's name and place: for errors of
    /// another stage that name the input their own way (a glossary file).
    package var message: String {
        switch self {
        case let .invalidUTF8(_, offset, _, _, bytes):
            let hex = bytes.map { "0x" + String($0, radix: 16, uppercase: true) }.joined(separator: " ")
            return "invalid UTF-8 at byte offset \(offset) (\(hex)); save the text as UTF-8, or read it lossily "
                + "(Document.DecodingPolicy.lossy), which shows such bytes as U+FFFD"
        case let .binaryContent(_, offset, _, _):
            return "NUL byte at byte offset \(offset): this is a binary file or not UTF-8 (a UTF-16 text, a word "
                + "processor's file?), not UTF-8 text; save it as UTF-8 plain text"
        case let .expansion(_, offset, _, _, factor):
            return "the text from byte offset \(offset) expands more than \(factor)-fold when normalized (characters "
                + "such as U+FDFA stand for many letters each): this is not running text, so it is refused"
        case let .inputTooLarge(_, size, limit):
            return "input of \(size) bytes exceeds the limit of \(limit) bytes"
        case let .unreadable(_, reason):
            return "cannot read: \(reason)"
        case let .missingDictionary(language, reason):
            return "no lemma data for \(language): \(reason) (the Hunspell dictionaries hunspell-ru and hunspell-en-us "
                + "and Snowball's libstemmer provide it; $TERMALIGN_DICTIONARIES names another folder of .aff and .dic files)"
        case .undeterminedLanguage:
            return "cannot tell the language (ru, zh or en) from the text; give the document its language"
        case let .icu(operation, status, name):
            return "ICU failed while \(operation): \(name) (\(status))"
        }
    }
}

/// Throws ``TextError/icu(operation:status:name:)`` unless `status` is an ICU success or warning.
///
/// - Parameters:
///   - status: A status returned by the C bridge.
///   - operation: What was being done, for the message.
func checkSuccess(_ status: Int32, _ operation: @autoclosure () -> String) throws(TextError) {
    guard status > 0 else { return }
    throw TextError.icu(operation: operation(), status: status,
                        name: String(cString: ta_status_name(status)))
}
