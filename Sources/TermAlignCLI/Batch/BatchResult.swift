import TermAlign
import TermAlignCommandSupport

/// What one manifest line gives: its output line, or nothing when a resumed batch has it already.
enum BatchResult: Sendable {
    /// The JSON line, whether the set was compared, its manifest line, and the fingerprints of its
    /// waived findings (for the batch's list of stale waivers).
    case written([UInt8], ok: Bool, line: Int, waived: [String] = [])
    case skipped

    /// Reads, compares and renders one set (on a worker thread).
    static func make(_ item: BatchLines.Item, folder: String?, comparer: Comparer, glossaryName: String,
                     skipping done: Set<String>) -> BatchResult {
        let entry: BatchEntry
        do {
            entry = try BatchEntry.parse(item.bytes, line: item.line)
        } catch {
            let id = BatchEntry.id(in: item.bytes)
            if let id, done.contains(id) { return .skipped }
            return .written(errorLine(id: id, line: item.line, metadata: nil, message: error.message), ok: false, line: item.line)
        }
        if done.contains(entry.id) { return .skipped }
        do {
            let comparison = try comparer.compare(try entry.load(folder: folder))
            let sink = ByteSink()
            let json = JSONWriter(out: sink)
            json.raw("{\"id\": ")
            json.string(entry.id)
            if let metadata = entry.metadata { json.raw(", \"metadata\": \(metadata)") }
            json.raw(", \"comparison\": ")
            // The report as compare writes it, on one line.
            ComparisonReport(comparison: comparison, glossaryName: glossaryName).write(.json, to: sink, oneLine: true)
            json.raw("}\n")
            return .written(sink.bytes, ok: true, line: item.line, waived: comparison.waived.map(\.finding.fingerprint))
        } catch {
            return .written(errorLine(id: entry.id, line: item.line, metadata: entry.metadata, message: "\(error)"),
                            ok: false, line: item.line)
        }
    }

    private static func errorLine(id: String?, line: Int, metadata: String?, message: String) -> [UInt8] {
        let sink = ByteSink()
        let json = JSONWriter(out: sink)
        json.raw("{\"id\": ")
        json.optionalString(id)
        json.raw(", \"line\": \(line)")
        if let metadata { json.raw(", \"metadata\": \(metadata)") }
        json.raw(", \"error\": ")
        json.string(message)
        json.raw("}\n")
        return sink.bytes
    }
}
