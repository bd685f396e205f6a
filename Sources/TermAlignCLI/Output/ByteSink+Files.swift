#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TermAlignReports

extension ByteSink {
    /// Standard output.
    static func standardOutput() -> ByteSink { ByteSink(descriptor: STDOUT_FILENO, closesIt: false, name: "standard output") }

    /// A file, created or truncated.
    static func file(_ path: String) throws -> ByteSink {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            throw CLIError.output(path: path, reason: String(cString: strerror(errno)))
        }
        return ByteSink(descriptor: descriptor, closesIt: true, name: path)
    }

    /// Writes out what is buffered, and throws if any write failed (a full disk, a closed pipe):
    /// output cut short must not end with a success status.
    func finish() throws {
        flush()
        if let failure { throw CLIError.output(path: name, reason: failure) }
    }
}
