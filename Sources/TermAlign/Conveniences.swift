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

/// A comparison is `Encodable` with the fields of the JSON report (docs/compare-schema.md): the
/// report's own writer makes them, so the two cannot disagree, and `JSONEncoder`, a property-list
/// encoder or an encoder of your own get the same keys and values. The glossary's `name` is its
/// title (the report's writer is told the file's name; a comparison does not know it).
extension Comparison: Encodable {
    /// Encodes the comparison as the JSON report's object.
    ///
    /// - Parameter encoder: The encoder.
    /// - Throws: What the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        let report = ComparisonReport(comparison: self, glossaryName: glossary.title ?? "glossary").render(.json)
        try ReportValue(JSONSerialization.jsonObject(with: Data(report.utf8), options: [.fragmentsAllowed])).encode(to: encoder)
    }
}

/// A value of a parsed JSON report, encoded through `Encoder`'s containers: objects keep their keys,
/// whole numbers stay integers.
private struct ReportValue: Encodable {
    let value: Any

    init(_ value: Any) { self.value = value }

    private struct Key: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    func encode(to encoder: any Encoder) throws {
        switch value {
        case let object as [String: Any]:
            var container = encoder.container(keyedBy: Key.self)
            for (key, member) in object.sorted(by: { $0.key < $1.key }) {
                try container.encode(ReportValue(member), forKey: Key(stringValue: key))
            }
        case let array as [Any]:
            var container = encoder.unkeyedContainer()
            for member in array { try container.encode(ReportValue(member)) }
        case let number as NSNumber:
            // What JSONSerialization read: a Boolean ("c"), a number with a fraction or exponent
            // ("d", "f"), or a whole number.
            var container = encoder.singleValueContainer()
            switch String(cString: number.objCType) {
            case "c": try container.encode(number.boolValue)
            case "d", "f": try container.encode(number.doubleValue)
            default: try container.encode(number.int64Value)
            }
        case let text as String:
            var container = encoder.singleValueContainer()
            try container.encode(text)
        default:
            var container = encoder.singleValueContainer()
            try container.encodeNil()
        }
    }
}
