#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Buffered writing to a file descriptor (standard output, or a file), flushed in large blocks so
/// output of any size streams in bounded memory.
///
/// The buffer is raw memory rather than an array: an array stored in a class is checked for
/// exclusive access at run time on every append, which cost a sixth of `analyze`'s time.
final class OutputStream {
    private static let blockSize = 1 << 20
    private let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: OutputStream.blockSize)
    private var count = 0
    private let descriptor: Int32
    private let ownsDescriptor: Bool

    /// Standard output.
    static func standardOutput() -> OutputStream { OutputStream(descriptor: STDOUT_FILENO, owns: false) }

    /// A file, created or truncated.
    static func file(_ path: String) throws -> OutputStream {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            throw CLIError.output(path: path, reason: String(cString: strerror(errno)))
        }
        return OutputStream(descriptor: descriptor, owns: true)
    }

    private init(descriptor: Int32, owns: Bool) {
        self.descriptor = descriptor
        self.ownsDescriptor = owns
    }

    deinit {
        flush()
        if ownsDescriptor { close(descriptor) }
        buffer.deallocate()
    }

    func write(_ text: String) {
        var text = text
        text.withUTF8 { write(contiguous: $0) }
    }

    func write<Bytes: Sequence<UInt8>>(bytes: Bytes) {
        let copied: Void? = bytes.withContiguousStorageIfAvailable { write(contiguous: $0) }
        if copied == nil { for byte in bytes { write(byte: byte) } }
    }

    func write(byte: UInt8) {
        if count == Self.blockSize { flush() }
        buffer[count] = byte
        count += 1
    }

    private func write(contiguous bytes: UnsafeBufferPointer<UInt8>) {
        var rest = bytes
        while !rest.isEmpty {
            if count == Self.blockSize { flush() }
            let taken = min(rest.count, Self.blockSize - count)
            (buffer + count).update(from: rest.baseAddress!, count: taken)
            count += taken
            rest = UnsafeBufferPointer(rebasing: rest[taken...])
        }
    }

    func flush() {
        var written = 0
        while written < count {
            let result = Glibc.write(descriptor, buffer + written, count - written)
            if result < 0 {
                if errno == EINTR { continue }
                break // a closed pipe: nothing more can be written
            }
            written += result
        }
        count = 0
    }
}
