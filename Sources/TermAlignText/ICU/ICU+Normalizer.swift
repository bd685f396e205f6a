import CTermAlignICU

/// Normalization for matching: ICU NFKC_Casefold plus TermAlign's folds (see ``NormalizationOptions``),
/// computed in the C bridge over UTF-8 with a map back to the original bytes.
///
/// The same normalizer serves document text and glossary terms, which is what makes their keys
/// comparable. It is a small value; the per-character tables it uses are built once per process.
public struct Normalizer: Sendable {
    /// The folds applied on top of NFKC_Casefold.
    public let options: NormalizationOptions

    /// Creates a normalizer.
    ///
    /// - Parameter options: The folds to apply; ``NormalizationOptions/matching`` by default.
    public init(options: NormalizationOptions = .matching) {
        self.options = options
    }

    /// The options that select a per-character table (the others change only the normalizer's loop).
    static let tableOptions = UInt32(TA_NORM_FOLD_YO) | UInt32(TA_NORM_UNIFY_PUNCTUATION) | UInt32(TA_NORM_TRADITIONAL_TO_SIMPLIFIED)

    /// How many times its source's size a key may be (plus ``expansionAllowance`` bytes): beyond
    /// it, normalizing fails with ``TextError/expansion(source:offset:line:column:factor:)``, so that
    /// the memory of an analysis stays proportional to its input whatever the input holds.
    public static let expansionFactor = Int(TA_KEY_EXPANSION_FACTOR)
    /// Bytes a key may have beyond ``expansionFactor`` times its source (a short term that is one
    /// long ligature).
    public static let expansionAllowance = Int(TA_KEY_EXPANSION_ALLOWANCE)

    /// Normalizes UTF-8 bytes.
    ///
    /// - Parameters:
    ///   - bytes: The source text.
    ///   - lossy: Read ill-formed UTF-8 as U+FFFD (recorded in ``NormalizedText/replacements``)
    ///     instead of failing.
    ///   - source: A name for error messages.
    /// - Returns: The key and its map back to `bytes`.
    /// - Throws: ``TextError/invalidUTF8(source:offset:line:column:bytes:)`` (strict),
    ///   ``TextError/expansion(source:offset:line:column:factor:)``,
    ///   ``TextError/inputTooLarge(source:size:limit:)``, ``TextError/icu(operation:status:name:)``.
    /// - Complexity: O(n); a table lookup per character, ICU only where combining marks or
    ///   multi-character mappings need it.
    public func normalize(_ bytes: [UInt8], lossy: Bool = false,
                          source: String = "<input>") throws(TextError) -> NormalizedText {
        var map = ta_keymap()
        var errorOffset = 0
        var status: Int32 = 0
        let flags = options.rawValue | (lossy ? UInt32(TA_NORM_LOSSY) : 0)
        NormalizerTableStore.prepare(options.rawValue & Self.tableOptions)
        // The key is written straight into the array's storage: most keys are no longer than their
        // source. One that outgrows it moves to a C buffer and is copied once at the end.
        let capacity = bytes.count + bytes.count / 8 + 64
        var key = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            map.key = buffer.baseAddress
            map.key_capacity = capacity
            map.key_is_lent = 1
            status = bytes.withUnsafeBufferPointer { source in
                ta_normalize(source.baseAddress, source.count, flags, &map, &errorOffset)
            }
            count = status == 0 && map.key_is_lent != 0 ? map.key_length : 0
        }
        defer { ta_keymap_free(&map) }
        switch status {
        case 0:
            if map.key_is_lent == 0 { key = Array(UnsafeBufferPointer(start: map.key, count: map.key_length)) }
            return NormalizedText(key: key, map: map, sourceLength: bytes.count)
        case Int32(TA_STATUS_INVALID_UTF8):
            let (line, column) = UTF8Validation.lineAndColumn(of: errorOffset, in: bytes)
            let length = bytes.withUnsafeBufferPointer {
                ta_utf8_invalid_length($0.baseAddress! + errorOffset, $0.count - errorOffset)
            }
            throw .invalidUTF8(source: source, offset: errorOffset, line: line, column: column,
                               bytes: Array(bytes[errorOffset..<(errorOffset + length)]))
        case Int32(TA_STATUS_EXPANSION):
            let (line, column) = UTF8Validation.lineAndColumn(of: errorOffset, in: bytes)
            throw .expansion(source: source, offset: errorOffset, line: line, column: column,
                             factor: Self.expansionFactor)
        case Int32(TA_STATUS_TOO_LARGE):
            throw .inputTooLarge(source: source, size: bytes.count, limit: Document.maximumSize)
        default:
            try checkSuccess(status, "normalizing \(source)")
            preconditionFailure("ta_normalize returned warning status \(status)")
        }
    }

    /// Normalizes a document's bytes, reading them as the document's decoding policy says.
    ///
    /// - Parameter document: The document.
    /// - Complexity: O(n).
    public func normalize(_ document: Document) throws(TextError) -> NormalizedText {
        try normalize(document.bytes, lossy: !document.replacements.isEmpty,
                      source: document.path ?? document.id)
    }

    /// The matching key of a string (a glossary term, a query).
    ///
    /// - Parameter text: Any string.
    /// - Returns: Its key as a string.
    public func key(for text: String) -> String {
        // A Swift string is always well-formed and far below the size limit.
        (try? normalize(Array(text.utf8)).keyString) ?? ""
    }
}

extension NormalizedText {
    /// Copies the C bridge's chunk buffers (the caller frees them).
    init(key: [UInt8], map: ta_keymap, sourceLength: Int) {
        let chunks = map.chunk_count + 1 // with the sentinel
        let replacementPairs = map.invalid_count
        self.init(
            key: key,
            sourceLength: sourceLength,
            replacements: (0..<replacementPairs).map { index in
                let start = Int(map.invalid[2 * index])
                return ByteRange(lowerBound: start, upperBound: start + Int(map.invalid[2 * index + 1]))
            },
            chunkKeyStarts: Array(UnsafeBufferPointer(start: map.chunk_key, count: chunks)),
            chunkSourceStarts: Array(UnsafeBufferPointer(start: map.chunk_source, count: chunks)),
            chunkIsAtomic: Array(unsafeUninitializedCapacity: chunks) { buffer, count in
                for index in 0..<chunks { buffer[index] = map.chunk_atomic[index] != 0 }
                count = chunks
            }
        )
    }
}
