#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a report's bytes go: memory, or a file descriptor (a file, standard output) written in
/// 1 MB blocks, so that output of any size streams in bounded memory.
///
/// One concrete class, not a protocol: a report writer generic over its sink, called from the CLI
/// (another module), ran unspecialized, and writing the JSON report of a 3 MB comparison took five
/// times as long as building it in memory. The buffer is raw memory rather than an array, whose
/// every append in a class is checked for exclusive access at run time.
package final class ByteSink {
    private static let blockSize = 1 << 20
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var count = 0
    /// -1 for memory.
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    /// The destination as messages name it: a path, "standard output", or "memory".
    package let name: String
    /// Why writing failed (the first failure), or nil. Once set, later bytes are dropped: the output
    /// is already incomplete, and whoever owns the sink must say so (see `failure` at the end).
    package private(set) var failure: String?

    /// A sink that keeps its bytes in memory (read them with ``bytes`` or ``string``).
    package init() {
        capacity = 1 << 16
        buffer = .allocate(capacity: capacity)
        descriptor = -1
        ownsDescriptor = false
        name = "memory"
    }

    /// A sink that writes to an open file descriptor.
    ///
    /// - Parameters:
    ///   - descriptor: The descriptor, open for writing.
    ///   - closesIt: Whether the sink closes the descriptor when it is released.
    ///   - name: The destination as messages name it.
    package init(descriptor: Int32, closesIt: Bool, name: String) {
        capacity = Self.blockSize
        buffer = .allocate(capacity: capacity)
        self.descriptor = descriptor
        ownsDescriptor = closesIt
        self.name = name
    }

    deinit {
        flush()
        if ownsDescriptor { close(descriptor) }
        buffer.deallocate()
    }

    /// The bytes written so far (memory sinks; for a descriptor, those not yet flushed).
    package var bytes: [UInt8] { Array(UnsafeBufferPointer(start: buffer, count: count)) }

    /// The bytes written so far as text (ill-formed UTF-8 repaired).
    package var string: String { String(decoding: UnsafeBufferPointer(start: buffer, count: count), as: UTF8.self) }

    package func write(_ text: String) {
        var text = text
        text.withUTF8 { write(bytes: $0) }
    }

    package func write(bytes: UnsafeBufferPointer<UInt8>) {
        guard let start = bytes.baseAddress, !bytes.isEmpty else { return }
        var written = 0
        while written < bytes.count {
            if count == capacity { makeRoom(bytes.count - written) }
            let taken = min(bytes.count - written, capacity - count)
            (buffer + count).update(from: start + written, count: taken)
            count += taken
            written += taken
        }
    }

    package func write(bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { write(bytes: $0) }
    }

    package func write(bytes: ArraySlice<UInt8>) {
        bytes.withUnsafeBufferPointer { write(bytes: $0) }
    }

    /// Writes the bytes another (memory) sink holds, without copying them into an array first.
    package func write(contentsOf other: ByteSink) {
        write(bytes: UnsafeBufferPointer(start: other.buffer, count: other.count))
    }

    @inline(__always)
    package func write(byte: UInt8) {
        if count == capacity { makeRoom(1) }
        buffer[count] = byte
        count += 1
    }

    /// Writes out what is buffered (descriptor sinks; nothing for memory).
    package func flush() {
        guard descriptor >= 0 else { return }
        var written = 0
        while written < count && failure == nil {
            let result = Self.systemWrite(descriptor, buffer + written, count - written)
            if result < 0 {
                if errno == EINTR { continue }
                failure = String(cString: strerror(errno))
            } else {
                written += result
            }
        }
        count = 0
    }

    private static func systemWrite(_ descriptor: Int32, _ bytes: UnsafeMutablePointer<UInt8>, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.write(descriptor, bytes, count)
        #else
        Darwin.write(descriptor, bytes, count)
        #endif
    }

    /// A descriptor sink flushes its full block; memory doubles.
    private func makeRoom(_ needed: Int) {
        if descriptor >= 0 {
            flush()
            return
        }
        var grown = capacity * 2
        while grown - count < needed { grown *= 2 }
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        moved.moveInitialize(from: buffer, count: count)
        buffer.deallocate()
        buffer = moved
        capacity = grown
    }
}
