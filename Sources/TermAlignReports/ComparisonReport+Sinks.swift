/// Why a report could not be written to its destination.
public struct ReportWriteError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The destination as the error names it ("file descriptor 5").
    public let destination: String
    /// The system's reason.
    public let reason: String

    /// "destination: reason".
    public var description: String { "\(destination): cannot write the report: \(reason)" }
}

extension ComparisonReport {
    /// Writes the report to an open file descriptor (a file, a pipe, standard output) in blocks of
    /// 1 MB, without building it in memory first. The descriptor stays open.
    ///
    /// - Parameters:
    ///   - format: The format.
    ///   - descriptor: A descriptor open for writing.
    /// - Throws: ``ReportWriteError`` when a write fails (a full disk, a closed pipe); what was
    ///   written before stays written.
    public func write(_ format: Format, toFileDescriptor descriptor: Int32) throws(ReportWriteError) {
        let sink = ByteSink(descriptor: descriptor, closesIt: false, name: "file descriptor \(descriptor)")
        write(format, to: sink)
        sink.flush()
        if let failure = sink.failure { throw ReportWriteError(destination: sink.name, reason: failure) }
    }

    /// Writes the report into a text stream (a `String`, or a stream of your own).
    ///
    /// - Parameters:
    ///   - format: The format.
    ///   - target: The stream; it receives the report in one piece.
    public func write<Target: TextOutputStream>(_ format: Format, to target: inout Target) {
        target.write(render(format))
    }
}
