#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CTermAlignSystem
import TermAlignReports

extension ByteSink {
    /// Standard output.
    package static func standardOutput() -> ByteSink { ByteSink(descriptor: STDOUT_FILENO, closesIt: false, name: "standard output") }

    /// Where a command writes: the file of `-o` or standard output.
    ///
    /// - Parameters:
    ///   - path: The file of `-o`, or nil for standard output.
    ///   - inputs: The files the command reads; writing over one of them is refused.
    ///   - forPeople: Whether the output is text for a person (text, Markdown, TSV), whose control
    ///     characters are shown as visible symbols (see `showsControlCharacters`).
    package static func destination(_ path: String?, inputs: [String], forPeople: Bool) throws -> ByteSink {
        let sink = try path.map { try outputFile($0, inputs: inputs) } ?? standardOutput()
        sink.showsControlCharacters = forPeople
        return sink
    }

    /// A file, created or replaced whole when the command succeeds (see `file(replacing:)`); its
    /// temporary file is removed if the run is interrupted by SIGINT, SIGTERM or SIGHUP.
    package static func outputFile(_ path: String, inputs: [String] = []) throws -> ByteSink {
        try refuseOverwriting(inputs, with: path)
        let sink: ByteSink
        do {
            // Registered before it exists: a signal between creating and registering it would leave it.
            sink = try ByteSink.file(replacing: path, guarding: { _ = ta_remove_on_signal($0) },
                                     unguarding: { ta_forget_on_signal($0) })
        } catch {
            throw CLIError.output(path: error.path, reason: error.reason)
        }
        return sink
    }

    /// Writes out what is buffered and puts a file in place, and throws if any write failed (a full
    /// disk, a closed pipe): output cut short must not end with a success status.
    package func finish() throws {
        let temporary = temporaryPath
        commit()
        if let temporary { ta_forget_on_signal(temporary) }
        if let failure { throw CLIError.output(path: name, reason: failure) }
    }

    /// Throws when `path` is one of `inputs` (the same file by device and inode, whatever the path
    /// says: a link, `./x`, another spelling): the report would replace what it reports on.
    private static func refuseOverwriting(_ inputs: [String], with path: String) throws {
        var output = stat()
        guard stat(path, &output) == 0, output.st_mode & S_IFMT == S_IFREG else { return }
        for input in inputs where input != "-" {
            var status = stat()
            if stat(input, &status) == 0 && status.st_dev == output.st_dev && status.st_ino == output.st_ino {
                throw CLIError.message("\(path): the output is the input \(input); the report would replace it: "
                                       + "write the report to another file")
            }
        }
    }
}
