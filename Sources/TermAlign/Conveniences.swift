import Dispatch
import Foundation

extension ComparisonReport {
    /// Writes the report to a file handle (a file, a pipe, `FileHandle.standardOutput`) in blocks,
    /// without building it in memory first.
    ///
    /// - Parameters:
    ///   - format: The format.
    ///   - handle: A handle open for writing; it stays open.
    /// - Throws: ``ReportWriteError`` when a write fails.
    public func write(_ format: Format, to handle: FileHandle) throws(ReportWriteError) {
        try write(format, toFileDescriptor: handle.fileDescriptor)
    }
}

extension Comparer {
    /// The comparison of the versions, made off the caller's thread (on a global queue), for an app
    /// or a server that must not block the thread it runs on; the same as `compare(_:)` gives.
    ///
    /// ```swift
    /// let comparison = try await comparer.comparison(of: versions)
    /// ```
    ///
    /// - Parameter documents: The language versions of one text.
    /// - Returns: The comparison.
    /// - Throws: ``ComparisonError`` as `compare(_:)`.
    public func comparison(of documents: [Document]) async throws(ComparisonError) -> Comparison {
        let result = await withCheckedContinuation { (continuation: CheckedContinuation<Result<Comparison, ComparisonError>, Never>) in
            DispatchQueue.global(qos: .userInitiated).async {
                continuation.resume(returning: Result { () throws(ComparisonError) in try self.compare(documents) })
            }
        }
        return try result.get()
    }
}
