/// A matching key and the map from every key position back to the original bytes.
///
/// The map is a list of chunks that tile both the key and the source in order. In an *identity*
/// chunk each source character became one key character of the same UTF-8 length, so positions map
/// byte for byte; an *atomic* chunk (a collapsed whitespace run, a character with its combining
/// marks, «, a full-width letter…) maps each of its key bytes to its whole source range. Running text
/// is mostly one long identity chunk, so the map stays small.
public struct NormalizedText: Sendable {
    /// The key, UTF-8.
    public let key: [UInt8]
    /// The length of the source in bytes.
    public let sourceLength: Int
    /// Ill-formed source sequences that became U+FFFD (lossy mode only).
    public let replacements: [ByteRange]
    /// Chunk i starts at key offset chunkKeyStarts[i] and source offset chunkSourceStarts[i]; the last
    /// entry of each is the total length (a sentinel).
    let chunkKeyStarts: [UInt32]
    let chunkSourceStarts: [UInt32]
    let chunkIsAtomic: [Bool]

    init(key: [UInt8], sourceLength: Int, replacements: [ByteRange], chunkKeyStarts: [UInt32],
         chunkSourceStarts: [UInt32], chunkIsAtomic: [Bool]) {
        self.key = key
        self.sourceLength = sourceLength
        self.replacements = replacements
        self.chunkKeyStarts = chunkKeyStarts
        self.chunkSourceStarts = chunkSourceStarts
        self.chunkIsAtomic = chunkIsAtomic
    }

    /// The key as a string.
    public var keyString: String { String(decoding: key, as: UTF8.self) }

    /// One piece of the map.
    public struct Chunk: Hashable, Sendable {
        /// Its key bytes (possibly none: a deleted character, a dropped space).
        public let key: Range<Int>
        /// Its source bytes (never none).
        public let source: ByteRange
        /// Whether key and source correspond byte for byte (otherwise every key byte stands for
        /// the whole source range).
        public let isIdentity: Bool
    }

    /// The number of chunks in the map (a measure of how far the key strays from the source).
    public var chunkCount: Int { chunkKeyStarts.count - 1 }

    /// The map's chunks, in order; they tile both the key and the source.
    ///
    /// - Complexity: O(c) to iterate.
    public var chunks: some RandomAccessCollection<Chunk> {
        (0..<chunkCount).lazy.map { index in
            Chunk(key: Int(chunkKeyStarts[index])..<Int(chunkKeyStarts[index + 1]),
                  source: ByteRange(lowerBound: Int(chunkSourceStarts[index]),
                                    upperBound: Int(chunkSourceStarts[index + 1])),
                  isIdentity: !chunkIsAtomic[index])
        }
    }

    /// The original bytes that key bytes `keyRange` came from.
    ///
    /// The result starts where the source of the first key byte starts and ends where the source of
    /// the last key byte ends, so a key slice on character boundaries always maps to whole original
    /// characters, with any ignorable characters inside it (a soft hyphen, a stress mark).
    ///
    /// - Parameter keyRange: A non-empty range of key offsets; an empty range maps to an empty range
    ///   at the source of its position.
    /// - Complexity: O(log c) in the number of chunks.
    public func sourceRange(forKey keyRange: Range<Int>) -> ByteRange {
        precondition(keyRange.lowerBound >= 0 && keyRange.upperBound <= key.count,
                     "key range \(keyRange) outside a key of \(key.count) bytes")
        guard !keyRange.isEmpty else {
            let at = keyRange.lowerBound == key.count ? sourceLength : sourceStart(ofKey: keyRange.lowerBound)
            return ByteRange(lowerBound: at, upperBound: at)
        }
        return ByteRange(lowerBound: sourceStart(ofKey: keyRange.lowerBound),
                         upperBound: sourceEnd(ofKey: keyRange.upperBound - 1))
    }

    /// ``sourceRange(forKey:)`` for key ranges that come close to one another, as a scanner finds
    /// matches: the chunks are searched from `hint` outward (a few steps, where a binary search took
    /// twenty), and `hint` is left at the chunk of the range's end for the next one.
    ///
    /// - Parameters:
    ///   - keyRange: A non-empty range of key offsets (an empty one is searched as usual).
    ///   - hint: A chunk index, 0 at first.
    /// - Complexity: O(d) in the chunks between `hint` and the range, at most O(log c).
    package func sourceRange(forKey keyRange: Range<Int>, near hint: inout Int) -> ByteRange {
        guard !keyRange.isEmpty, keyRange.upperBound <= key.count else { return sourceRange(forKey: keyRange) }
        let first = chunk(containing: keyRange.lowerBound, near: hint)
        let last = chunk(containing: keyRange.upperBound - 1, near: first)
        hint = last
        return ByteRange(lowerBound: sourceOffset(ofKey: keyRange.lowerBound, inChunk: first, atEnd: false),
                         upperBound: sourceOffset(ofKey: keyRange.upperBound - 1, inChunk: last, atEnd: true))
    }

    /// The original bytes of one key byte.
    ///
    /// - Parameter offset: A key offset.
    /// - Complexity: O(log c).
    public func sourceRange(ofKeyByte offset: Int) -> ByteRange {
        sourceRange(forKey: offset..<(offset + 1))
    }

    /// The key bytes that came from the source bytes `range`: every chunk the range touches, an
    /// atomic chunk wholly.
    ///
    /// - Parameter range: A range of source offsets.
    /// - Complexity: O(log c).
    public func keyRange(forSource range: ByteRange) -> Range<Int> {
        precondition(range.upperBound <= sourceLength, "source range \(range) beyond \(sourceLength)")
        guard !range.isEmpty else {
            let at = range.lowerBound == sourceLength ? key.count : keyStart(ofSource: range.lowerBound)
            return at..<at
        }
        let start = keyStart(ofSource: range.lowerBound)
        let end = keyEnd(ofSource: range.upperBound - 1)
        return start..<max(start, end)
    }

    /// Maps key ranges that come in increasing order (a text's words) to source ranges, walking the
    /// chunks forward instead of searching them.
    struct ForwardMapper {
        private let text: NormalizedText
        private let starts: [UInt32]
        private let last: Int
        private var chunk = 0

        init(_ text: NormalizedText) {
            self.text = text
            starts = text.chunkKeyStarts
            last = starts.count - 2
        }

        /// The source of a non-empty key range that starts at or after the previous one's end.
        ///
        /// - Complexity: Amortized O(1) over a pass through the key.
        mutating func sourceRange(forKey range: Range<Int>) -> ByteRange {
            advance(to: range.lowerBound)
            let start = text.sourceOffset(ofKey: range.lowerBound, inChunk: chunk, atEnd: false)
            advance(to: range.upperBound - 1)
            let end = text.sourceOffset(ofKey: range.upperBound - 1, inChunk: chunk, atEnd: true)
            return ByteRange(lowerBound: start, upperBound: end)
        }

        /// Moves to the last chunk whose key start is at most `offset` (as the binary search finds).
        private mutating func advance(to offset: Int) {
            let target = UInt32(offset)
            while chunk < last, starts[chunk + 1] <= target { chunk += 1 }
        }
    }

    /// Where key byte `offset` of chunk `index` starts (or ends, with `atEnd`) in the source.
    private func sourceOffset(ofKey offset: Int, inChunk index: Int, atEnd: Bool) -> Int {
        if chunkIsAtomic[index] { return Int(atEnd ? chunkSourceStarts[index + 1] : chunkSourceStarts[index]) }
        return Int(chunkSourceStarts[index]) + offset + (atEnd ? 1 : 0) - Int(chunkKeyStarts[index])
    }

    // MARK: - Lookups

    /// The last chunk whose start (in `starts`) is at most `offset`. Empty chunks share their start
    /// with the next chunk, so a key offset always lands on a chunk that has key bytes.
    private func chunk(containing offset: Int, in starts: [UInt32]) -> Int {
        var low = 0
        var high = starts.count - 1 // the sentinel is never a chunk
        let target = UInt32(offset)
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= target { low = middle } else { high = middle - 1 }
        }
        return min(low, starts.count - 2)
    }

    /// ``chunk(containing:in:)`` over the key starts, walking from chunk `hint`; a binary search when
    /// the walk grows long.
    private func chunk(containing offset: Int, near hint: Int) -> Int {
        let target = UInt32(offset), lastChunk = chunkKeyStarts.count - 2
        var index = min(max(hint, 0), lastChunk)
        var steps = 0
        while index > 0 && chunkKeyStarts[index] > target {
            index -= 1
            steps += 1
            if steps == 16 { return chunk(containing: offset, in: chunkKeyStarts) }
        }
        while index < lastChunk && chunkKeyStarts[index + 1] <= target {
            index += 1
            steps += 1
            if steps == 16 { return chunk(containing: offset, in: chunkKeyStarts) }
        }
        return index
    }

    private func sourceStart(ofKey offset: Int) -> Int {
        sourceOffset(ofKey: offset, inChunk: chunk(containing: offset, in: chunkKeyStarts), atEnd: false)
    }

    private func sourceEnd(ofKey offset: Int) -> Int {
        sourceOffset(ofKey: offset, inChunk: chunk(containing: offset, in: chunkKeyStarts), atEnd: true)
    }

    private func keyStart(ofSource offset: Int) -> Int {
        let index = chunk(containing: offset, in: chunkSourceStarts)
        if chunkIsAtomic[index] { return Int(chunkKeyStarts[index]) }
        return Int(chunkKeyStarts[index]) + offset - Int(chunkSourceStarts[index])
    }

    private func keyEnd(ofSource offset: Int) -> Int {
        let index = chunk(containing: offset, in: chunkSourceStarts)
        if chunkIsAtomic[index] { return Int(chunkKeyStarts[index + 1]) }
        return Int(chunkKeyStarts[index]) + offset + 1 - Int(chunkSourceStarts[index])
    }
}
