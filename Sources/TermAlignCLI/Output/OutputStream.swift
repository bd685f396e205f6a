#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Buffered writing to a file descriptor (standard output, or a file), flushed in large blocks so
/// output of any size streams in bounded memory.
final class OutputStream {
    private var buffer: [UInt8] = []
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private static let blockSize = 1 << 20

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
        buffer.reserveCapacity(Self.blockSize + 4096)
    }

    deinit {
        flush()
        if ownsDescriptor { close(descriptor) }
    }

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        flushIfFull()
    }

    func write<Bytes: Sequence<UInt8>>(bytes: Bytes) {
        buffer.append(contentsOf: bytes)
        flushIfFull()
    }

    func write(byte: UInt8) {
        buffer.append(byte)
    }

    func flushIfFull() {
        if buffer.count >= Self.blockSize { flush() }
    }

    func flush() {
        var written = 0
        buffer.withUnsafeBytes { raw in
            while written < raw.count {
                let result = Glibc.write(descriptor, raw.baseAddress! + written, raw.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    return // a closed pipe: nothing more can be written
                }
                written += result
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
