#if canImport(Glibc)
import Glibc
#endif
import TermAlign
import TermAlignCommandSupport

/// The lines of a manifest that hold something, with their 1-based numbers, read a block at a time:
/// a manifest of millions of sets is never in memory whole, only the lines of the window at work.
struct BatchLines {
    struct Item: Sendable {
        let line: Int
        let bytes: ArraySlice<UInt8>
    }

    let path: String

    /// How many lines hold something, counted in a first pass (for the progress line); nil for
    /// standard input, which can be read once only.
    func count() throws -> Int? {
        guard path != "-" else { return nil }
        return try Reader(path: path).countRest()
    }

    /// The reader, or the error that opening the manifest gives.
    func reader() throws -> Reader { try Reader(path: path) }

    /// Reads lines from a file descriptor, 1 MB at a time.
    final class Reader: IteratorProtocol, Sequence {
        private let descriptor: Int32
        private let closes: Bool
        private var buffer: [UInt8] = []
        private var start = 0
        /// How far the current line has been searched for its end.
        private var scanned = 0
        private var line = 0
        private var ended = false
        /// Why reading stopped early, if it did: the batch reports it rather than end as if complete.
        private(set) var failure: String?

        init(path: String) throws {
            descriptor = path == "-" ? STDIN_FILENO : open(path, O_RDONLY)
            closes = path != "-"
            guard descriptor >= 0 else {
                throw TextError.unreadable(source: path, reason: String(cString: strerror(errno)))
            }
        }

        deinit { if closes { close(descriptor) } }

        func next() -> Item? {
            // Its own storage: the block the line came from is reused.
            nextLine().map { Item(line: $0.line, bytes: ArraySlice(Array($0.bytes))) }
        }

        /// How many lines with content are left.
        func countRest() -> Int {
            var count = 0
            while nextLine() != nil { count += 1 }
            return count
        }

        /// The next line with content, trimmed, as a slice of the block (valid until the next call).
        private func nextLine() -> (line: Int, bytes: ArraySlice<UInt8>)? {
            while true {
                if let newline = buffer[scanned...].firstIndex(of: 0x0A) {
                    let bytes = buffer[start..<newline]
                    start = newline + 1
                    scanned = start
                    line += 1
                    if let trimmed = Self.trimmed(bytes, line: line) { return (line, trimmed) }
                    continue
                }
                // A line longer than a block is scanned once, not again after each block read.
                scanned = buffer.count
                if ended {
                    guard start < buffer.count else { return nil }
                    let bytes = buffer[start...]
                    start = buffer.count
                    line += 1
                    return Self.trimmed(bytes, line: line).map { (line, $0) }
                }
                fill()
            }
        }

        /// Moves the unread rest to the front and reads the next block after it.
        private func fill() {
            buffer.removeFirst(start)
            scanned -= start
            start = 0
            let block = 1 << 20
            let old = buffer.count
            buffer.append(contentsOf: repeatElement(0, count: block))
            var got = 0
            repeat {
                got = buffer.withUnsafeMutableBufferPointer { read(descriptor, $0.baseAddress! + old, block) }
            } while got < 0 && errno == EINTR
            if got < 0 { failure = String(cString: strerror(errno)) }
            buffer.removeLast(block - Swift.max(got, 0))
            if got <= 0 { ended = true }
        }

        /// A line without its surrounding blanks (and a UTF-8 byte-order mark), or nil when empty.
        private static func trimmed(_ bytes: ArraySlice<UInt8>, line: Int) -> ArraySlice<UInt8>? {
            var trimmed = bytes
            if line == 1, trimmed.starts(with: [0xEF, 0xBB, 0xBF]) { trimmed.removeFirst(3) }
            while let last = trimmed.last, last == 0x0D || last == 0x20 || last == 0x09 { trimmed.removeLast() }
            while let first = trimmed.first, first == 0x20 || first == 0x09 { trimmed.removeFirst() }
            return trimmed.isEmpty ? nil : trimmed
        }
    }
}
