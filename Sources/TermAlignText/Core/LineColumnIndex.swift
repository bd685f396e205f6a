/// Lines and columns of byte offsets into a text, asked for in any order.
///
/// Built in one pass: the start of every line, and every ``stride`` bytes the number of characters
/// (Unicode scalars) before that point. A location is then a binary search over the line starts and
/// two counts of at most ``stride`` bytes each, so a text that is one long line (copied from a web
/// page, a minified termbase) costs no more per lookup than one with short lines.
public struct LineColumnIndex: Sendable {
    /// How many bytes lie between two recorded character counts.
    public static let stride = 256

    private let bytes: [UInt8]
    /// The offset of the first byte of each line; the first is 0.
    private let lineStarts: [Int]
    /// Entry k: the characters in `bytes[0 ..< k * stride]`.
    private let charactersBefore: [Int]

    /// Indexes `bytes` (UTF-8; an ill-formed byte counts as one character, as a lossy reading shows it).
    ///
    /// - Complexity: O(n) once; about n / 32 bytes of memory beside the line starts.
    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        var counts = [0]
        counts.reserveCapacity(bytes.count / Self.stride + 1)
        bytes.withUnsafeBufferPointer { buffer in
            var characters = 0
            var blockStart = 0
            while blockStart < buffer.count {
                let blockEnd = min(blockStart + Self.stride, buffer.count)
                for index in blockStart..<blockEnd {
                    let byte = buffer[index]
                    if byte == 0x0A { starts.append(index + 1) }
                    if byte & 0xC0 != 0x80 { characters += 1 }
                }
                counts.append(characters)
                blockStart = blockEnd
            }
        }
        lineStarts = starts
        charactersBefore = counts
    }

    /// The 1-based line and column (in characters) of a byte offset; offsets outside the text are
    /// clamped to it.
    ///
    /// - Complexity: O(log lines + ``stride``).
    public func location(of offset: Int) -> (line: Int, column: Int) {
        let offset = min(max(offset, 0), bytes.count)
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return (low + 1, characters(before: offset) - characters(before: lineStarts[low]) + 1)
    }

    /// The characters in `bytes[0 ..< offset]`.
    private func characters(before offset: Int) -> Int {
        let block = offset / Self.stride
        var count = charactersBefore[block]
        bytes.withUnsafeBufferPointer { buffer in
            for index in (block * Self.stride)..<offset where buffer[index] & 0xC0 != 0x80 { count += 1 }
        }
        return count
    }
}
