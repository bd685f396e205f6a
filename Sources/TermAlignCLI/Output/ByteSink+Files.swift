#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TermAlignReports

extension ByteSink {
    /// Standard output.
    static func standardOutput() -> ByteSink { ByteSink(descriptor: STDOUT_FILENO, closesIt: false, name: "standard output") }

    /// A file, created or replaced whole when the command succeeds (see `file(replacing:)`).
    static func outputFile(_ path: String) throws -> ByteSink {
        do {
            return try ByteSink.file(replacing: path)
        } catch {
            throw CLIError.output(path: error.path, reason: error.reason)
        }
    }

    /// Writes out what is buffered and puts a file in place, and throws if any write failed (a full
    /// disk, a closed pipe): output cut short must not end with a success status.
    func finish() throws {
        commit()
        if let failure { throw CLIError.output(path: name, reason: failure) }
    }
}
