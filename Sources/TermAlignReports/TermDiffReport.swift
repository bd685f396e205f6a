import TermAlignComparison
import TermAlignMatching
import TermAlignText

/// Renders a ``/TermAlignComparison/TermDiff`` as text, JSON or Markdown: each changed concept with its counts, its terms
/// on each side, and the passages (keyword in context) where it stands.
public struct TermDiffReport: Sendable {
    /// The output formats of a term diff.
    public enum Format: String, Sendable, Hashable, CaseIterable {
        /// JSON, schema version 1.
        case json
        /// Markdown.
        case markdown = "md"
        /// Plain text for the terminal.
        case text
    }

    /// The diff to render.
    public let diff: TermDiff
    /// Include concepts used the same way in both statements.
    public var includeUnchanged: Bool
    /// Characters of context on each side of an occurrence.
    public var context: Int

    /// Creates a report.
    ///
    /// - Parameters:
    ///   - diff: The diff.
    ///   - includeUnchanged: List unchanged concepts too (off by default).
    ///   - context: Characters of context either side (40 by default).
    public init(diff: TermDiff, includeUnchanged: Bool = false, context: Int = 40) {
        self.diff = diff
        self.includeUnchanged = includeUnchanged
        self.context = context
    }

    private var entries: [TermDiff.Entry] { includeUnchanged ? diff.entries : diff.changes }

    /// The report as text.
    ///
    /// - Parameter format: json, md or text.
    /// - Returns: The whole report.
    public func render(_ format: Format) -> String {
        let buffer = ByteSink()
        write(format, to: buffer)
        return buffer.string
    }

    package func write(_ format: Format, to out: ByteSink) {
        // As in a comparison's report: text and Markdown show the documents' control characters.
        let showing = out.showsControlCharacters
        out.showsControlCharacters = format != .json
        defer { out.showsControlCharacters = showing }
        switch format {
        case .json: json(JSONWriter(out: out))
        case .markdown: markdown(out)
        case .text: text(out)
        }
    }

    private func text(_ out: ByteSink) {
        let (oldLines, newLines) = (DocumentLines(diff.old), DocumentLines(diff.new))
        out.write("diff-terms (\(diff.old.language.rawValue)): \(name(diff.old)) → \(name(diff.new))\n")
        let counts = TermDiff.Change.allCases.map { change in "\(diff.entries.count { $0.change == change }) \(change.rawValue)" }
        out.write(counts.joined(separator: ", ") + "\n")
        for change in TermDiff.Change.allCases {
            let group = entries.filter { $0.change == change }
            guard !group.isEmpty else { continue }
            out.write("\n\(heading(change)):\n")
            for entry in group {
                out.write("  \(entry.concept)  old \(entry.old.count)×\(terms(entry.old))  new \(entry.new.count)×\(terms(entry.new))\n")
                for (label, document, lines, found) in [("old", diff.old, oldLines, entry.old), ("new", diff.new, newLines, entry.new)] {
                    for occurrence in found.prefix(3) {
                        let (line, column) = lines.location(of: occurrence.range.lowerBound)
                        let (left, right) = Concordance.context(of: occurrence.range, in: document, characters: context)
                        out.write("    \(label) \(line):\(column)  …\(left)[\(SegmentExcerpt.oneLine(occurrence.text, limit: 120))]\(right)…\n")
                    }
                    if found.count > 3 { out.write("    \(label) … \(found.count - 3) more\n") }
                }
            }
        }
    }

    private func json(_ json: JSONWriter) {
        let (oldLines, newLines) = (DocumentLines(diff.old), DocumentLines(diff.new))
        json.raw("{\"schemaVersion\": 1,\n \"language\": ")
        json.string(diff.old.language.rawValue)
        json.raw(",\n \"old\": {")
        json.documentFields(diff.old)
        json.raw("},\n \"new\": {")
        json.documentFields(diff.new)
        json.raw("},\n ")
        json.array("concepts", entries) { entry in
            json.raw("{\"concept\": ")
            json.string(entry.concept)
            json.raw(", \"change\": ")
            json.string(entry.change.rawValue)
            for (label, document, lines, found) in [("old", diff.old, oldLines, entry.old), ("new", diff.new, newLines, entry.new)] {
                json.raw(",\n   \"\(label)\": {\"count\": \(found.count), \"terms\": ")
                json.strings(distinct(found))
                json.raw(", \"passages\": [")
                for (index, occurrence) in found.enumerated() {
                    let (line, column) = lines.location(of: occurrence.range.lowerBound)
                    let (left, right) = Concordance.context(of: occurrence.range, in: document, characters: context)
                    json.raw(index == 0 ? "{\"utf8Range\": " : ", {\"utf8Range\": ")
                    json.range(occurrence.range)
                    json.raw(", \"line\": \(line), \"column\": \(column), \"text\": ")
                    json.string(occurrence.text)
                    json.raw(", \"left\": ")
                    json.string(left)
                    json.raw(", \"right\": ")
                    json.string(right)
                    json.raw("}")
                }
                json.raw("]}")
            }
            json.raw("}")
        }
        json.raw("\n}\n")
    }

    private func markdown(_ out: ByteSink) {
        out.write("# Terms: \(MarkdownText.escape(name(diff.old))) → \(MarkdownText.escape(name(diff.new)))\n\n")
        out.write("| Concept | Change | Old | New |\n|---|---|---|---|\n")
        for entry in entries {
            out.write("| `\(MarkdownText.code(entry.concept))` | \(entry.change.rawValue) | \(entry.old.count)×\(MarkdownText.escape(terms(entry.old))) "
                      + "| \(entry.new.count)×\(MarkdownText.escape(terms(entry.new))) |\n")
        }
    }

    private func heading(_ change: TermDiff.Change) -> String {
        switch change {
        case .appeared: return "Appeared (absent from the old statement)"
        case .disappeared: return "Disappeared (absent from the new statement)"
        case .renderingChanged: return "Rendering changed"
        case .unchanged: return "Unchanged"
        }
    }

    private func name(_ document: Document) -> String { document.path ?? document.id }

    private func distinct(_ occurrences: [Occurrence]) -> [String] {
        var result: [String] = []
        for occurrence in occurrences where !result.contains(occurrence.term.text) { result.append(occurrence.term.text) }
        return result
    }

    private func terms(_ occurrences: [Occurrence]) -> String {
        let list = distinct(occurrences)
        return list.isEmpty ? "" : " " + list.map { "“\($0)”" }.joined(separator: ", ")
    }
}
