#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads whole files into one buffer with POSIX calls: no intermediate `Data`, so a large input costs
/// its own size once.
package enum FileReader {
    package static func readAll(path: String, limit: Int) throws(TextError) -> [UInt8] {
        let source = path == "-" ? "<stdin>" : path
        let descriptor = path == "-" ? STDIN_FILENO : open(path, O_RDONLY)
        guard descriptor >= 0 else { throw .unreadable(source: source, reason: errnoDescription()) }
        defer { if path != "-" { close(descriptor) } }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw .unreadable(source: source, reason: errnoDescription())
        }
        if status.st_mode & S_IFMT == S_IFDIR {
            throw .unreadable(source: source, reason: "is a directory")
        }
        let expected = status.st_mode & S_IFMT == S_IFREG ? Int(status.st_size) : 0
        if expected > limit { throw .inputTooLarge(source: source, size: expected, limit: limit) }
        // Read straight into the result; grow it only when the file was not regular or grew.
        var bytes: [UInt8] = []
        var capacity = max(expected + 1, 1 << 16)
        var failure: TextError?
        while failure == nil {
            var done = false
            bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                count = bytes.count
                if count > 0 { _ = UnsafeMutableBufferPointer(rebasing: buffer[0..<count]).initialize(from: bytes) }
                while count < capacity {
                    let got = read(descriptor, buffer.baseAddress! + count, capacity - count)
                    if got < 0 {
                        if errno == EINTR { continue }
                        failure = .unreadable(source: source, reason: errnoDescription())
                        return
                    }
                    if got == 0 {
                        done = true
                        return
                    }
                    count += got
                }
            }
            if done { break }
            if bytes.count > limit { failure = .inputTooLarge(source: source, size: bytes.count, limit: limit) }
            capacity *= 2
        }
        if let failure { throw failure }
        return bytes
    }

    private static func errnoDescription() -> String {
        String(cString: strerror(errno))
    }
}
