import CTermAlignICU

/// One language version of a text: its original bytes, never modified, and what is known about them.
///
/// Every ``ByteRange`` TermAlign reports points into ``bytes``.
public struct Document: Sendable {
    /// The largest input TermAlign accepts: offsets are 32-bit and ICU's break iterators index with
    /// signed 32-bit integers.
    public static let maximumSize = Int(Int32.max) - 1

    /// How ill-formed UTF-8 is handled.
    public enum DecodingPolicy: Sendable {
        /// Refuse the input, naming the offset of the first ill-formed byte.
        case strict
        /// Read ill-formed sequences as U+FFFD and record each in ``Document/replacements``.
        case lossy
    }

    /// A short identifier, used in reports ("ru", "zh", or the file name).
    public let id: String
    /// Where the bytes came from, if from a file.
    public let path: String?
    /// The language, given or detected from the dominant script.
    public let language: Language
    /// The input exactly as given.
    public let bytes: [UInt8]
    /// Under ``DecodingPolicy/lossy``, every ill-formed sequence that is read as U+FFFD, in order.
    public let replacements: [ByteRange]
    /// The encoding the text came in ("UTF-8", or the one it was converted from: ``with(encoding:)``).
    /// ``bytes`` and every range into them are UTF-8 either way.
    public let encoding: String
    /// The markup the text was extracted from (an HTML page, a Word file …), or nil for a text file:
    /// then line and column refer to the original (``DocumentLines``), byte ranges to the text.
    public let origin: TextOrigin?

    /// Creates a document from bytes, checking that they are UTF-8.
    ///
    /// - Parameters:
    ///   - bytes: The input, unchanged (a BOM stays and counts in offsets).
    ///   - id: An identifier for reports; defaults to the language code.
    ///   - path: The file the bytes came from, if any; used in error messages.
    ///   - language: The language; detected from the dominant script when `nil`.
    ///   - policy: What to do with ill-formed UTF-8.
    /// - Throws: ``TextError/invalidUTF8(source:offset:line:column:bytes:)`` under the strict policy,
    ///   ``TextError/binaryContent(source:offset:line:column:)`` for a NUL byte under either policy,
    ///   ``TextError/inputTooLarge(source:size:limit:)`` beyond ``maximumSize``.
    /// - Complexity: O(n) in the number of bytes.
    public init(bytes: [UInt8], id: String? = nil, path: String? = nil, language: Language? = nil,
                policy: DecodingPolicy = .strict) throws(TextError) {
        let invalid = try Self.check(bytes, source: path ?? id ?? "<input>", policy: policy)
        self.init(checked: bytes, replacements: invalid, id: id, path: path, language: language)
    }

    /// The rule every document's bytes pass: no larger than ``maximumSize``, UTF-8 (under the strict
    /// policy), and no NUL byte. Returns the ill-formed sequences (lossy policy).
    ///
    /// - Throws: What ``init(bytes:id:path:language:policy:)`` throws, naming `source`.
    package static func check(_ bytes: [UInt8], source: String, policy: DecodingPolicy) throws(TextError) -> [ByteRange] {
        guard bytes.count <= maximumSize else {
            throw .inputTooLarge(source: source, size: bytes.count, limit: maximumSize)
        }
        let invalid = UTF8Validation.invalidSequences(in: bytes, stopAtFirst: policy == .strict)
        if policy == .strict, let first = invalid.first {
            let (line, column) = UTF8Validation.lineAndColumn(of: first.lowerBound, in: bytes)
            throw .invalidUTF8(source: source, offset: first.lowerBound, line: line, column: column,
                               bytes: Array(bytes[first.range]))
        }
        if let nul = firstNUL(in: bytes) {
            let (line, column) = UTF8Validation.lineAndColumn(of: nul, in: bytes)
            throw .binaryContent(source: source, offset: nul, line: line, column: column)
        }
        return invalid
    }

    /// The offset of the first NUL byte, if any: text files have none, whatever their language.
    package static func firstNUL(in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { UTF8Scanning.firstIndex(of: 0, in: $0, 0..<$0.count) }
    }

    /// Throws ``TextError/binaryContent(source:offset:line:column:)`` if the document holds a NUL
    /// byte (one made from a string may): the rule every reader of files applies.
    package func checkIsText() throws(TextError) {
        guard let nul = Self.firstNUL(in: bytes) else { return }
        let (line, column) = UTF8Validation.lineAndColumn(of: nul, in: bytes)
        throw .binaryContent(source: path ?? id, offset: nul, line: line, column: column)
    }

    /// Creates a document from a string (always well-formed).
    ///
    /// - Parameters:
    ///   - text: The text.
    ///   - id: An identifier for reports; defaults to the language code.
    ///   - language: The language; detected when `nil`.
    public init(text: String, id: String? = nil, language: Language? = nil) {
        self.init(checked: Array(text.utf8), replacements: [], id: id, path: nil, language: language)
    }

    /// Bytes known to be UTF-8, or read lossily with `replacements`.
    private init(checked bytes: [UInt8], replacements: [ByteRange], id: String?, path: String?, language: Language?,
                 encoding: String = "UTF-8", origin: TextOrigin? = nil) {
        let language = language ?? LanguageDetector.detect(in: bytes)
        self.encoding = encoding
        self.origin = origin
        self.bytes = bytes
        self.replacements = replacements
        self.language = language
        self.path = path
        self.id = id ?? language.rawValue
    }

    /// Reads a document from a file, or from standard input when `path` is "-".
    ///
    /// - Parameters:
    ///   - path: A file path, or "-" for standard input.
    ///   - id: An identifier for reports; defaults to the language code.
    ///   - language: The language; detected when `nil`.
    ///   - policy: What to do with ill-formed UTF-8.
    /// - Throws: ``TextError`` when the file cannot be read or is not UTF-8.
    public static func load(path: String, id: String? = nil, language: Language? = nil,
                            policy: DecodingPolicy = .strict) throws(TextError) -> Document {
        let bytes = try FileReader.readAll(path: path, limit: maximumSize)
        return try Document(bytes: bytes, id: id, path: path == "-" ? "<stdin>" : path,
                            language: language, policy: policy)
    }

    /// The original text at `range`, with ill-formed bytes (lossy policy) shown as U+FFFD.
    ///
    /// - Parameter range: A range within ``bytes``.
    public func text(in range: ByteRange) -> String {
        String(decoding: bytes[range.range], as: UTF8.self)
    }

    /// The same document under another id (reports name versions by language code or file name).
    ///
    /// - Parameter id: The new id.
    public func with(id: String) -> Document {
        Document(checked: bytes, replacements: replacements, id: id, path: path, language: language, encoding: encoding,
                 origin: origin)
    }

    /// The same document, noted as converted to UTF-8 from `encoding` (reports say so).
    public func with(encoding: String) -> Document {
        Document(checked: bytes, replacements: replacements, id: id, path: path, language: language, encoding: encoding,
                 origin: origin)
    }

    /// The same document, noted as extracted from `origin` (reports give line and column there).
    public func with(origin: TextOrigin) -> Document {
        Document(checked: bytes, replacements: replacements, id: id, path: path, language: language, encoding: encoding,
                 origin: origin)
    }

    /// All bytes as a range.
    public var wholeRange: ByteRange { ByteRange(lowerBound: 0, upperBound: bytes.count) }

    /// `range` without the blank characters (spaces, line breaks, BOM …) at either end.
    package func trimmed(_ range: ByteRange) -> ByteRange {
        ByteRange(bytes.withUnsafeBufferPointer { UTF8Scanning.trimmed($0, range.range) })
    }
}
