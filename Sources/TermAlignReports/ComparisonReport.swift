import TermAlignComparison

/// Renders a ``/TermAlignComparison/Comparison`` as JSON, Markdown, a terminal summary or an HTML page. Reports are pure functions of the
/// comparison: the same comparison gives byte-identical output.
public struct ComparisonReport: Sendable {
    /// The output formats.
    public enum Format: String, Sendable, Hashable, CaseIterable {
        /// JSON, schema version 1 (docs/compare-schema.md).
        case json
        /// Markdown with a findings list and the segments that have findings side by side.
        case markdown = "md"
        /// A summary for the terminal: counts and the top findings with their evidence.
        case text
        /// One self-contained HTML page: the versions side by side with the terms highlighted.
        case html
        /// The findings as comma-separated values (RFC 4180), one row each, waived ones after the
        /// others; cells that a spreadsheet would run as a formula are neutralized.
        case csv
        /// The findings as tab-separated values, as ``csv`` (tabs and line breaks in cells escaped).
        case tsv
        /// A SARIF 2.1.0 log for code-scanning CI: a rule per kind, a result per finding with its
        /// locations in each version, waived findings as suppressed results.
        case sarif
        /// XLIFF 2.1 of two versions: a unit per aligned segment, the findings as ITS 2.0
        /// Localization Quality Issues of their units (waived ones disabled). The source is
        /// ``ComparisonReport/sourceDocument``, the target the first other version; further versions
        /// are left out.
        case xliff
    }

    /// The comparison to render.
    public let comparison: Comparison
    /// How the glossary is named in the report (its file name, or the shipped glossary's).
    public let glossaryName: String
    /// Whether the terminal summary uses ANSI colours.
    public var colors: Bool
    /// How many findings the terminal summary shows in full.
    public var top: Int
    /// The version a SARIF log names as the tool's.
    public var toolVersion = "unknown"
    /// The document an XLIFF export takes as its source (index into the comparison's documents).
    public var sourceDocument = 0

    /// Creates a report.
    ///
    /// - Parameters:
    ///   - comparison: The comparison.
    ///   - glossaryName: The glossary's name or file.
    ///   - colors: ANSI colours in the terminal summary (off by default).
    ///   - top: Findings shown in full by the terminal summary (20 by default).
    public init(comparison: Comparison, glossaryName: String, colors: Bool = false, top: Int = 20) {
        self.comparison = comparison
        self.glossaryName = glossaryName
        self.colors = colors
        self.top = top
    }

    /// The report as text.
    ///
    /// - Parameter format: The format.
    /// - Returns: The whole report.
    /// - Complexity: O(size of the comparison).
    public func render(_ format: Format) -> String {
        let buffer = ByteSink()
        write(format, to: buffer)
        return buffer.string
    }

    /// Writes the report into a sink (the CLI's output stream), without building it in memory first;
    /// with `oneLine`, JSON without its layout's line breaks (a line of `termalign batch`).
    package func write(_ format: Format, to sink: ByteSink, oneLine: Bool = false) {
        // Text and Markdown quote the documents and the glossary as they are, and are read in a
        // terminal: no byte of theirs may act on it.
        let showing = sink.showsControlCharacters
        sink.showsControlCharacters = format == .text || format == .markdown
        defer { sink.showsControlCharacters = showing }
        switch format {
        case .json:
            ComparisonJSON(comparison: comparison, glossaryName: glossaryName, json: JSONWriter(out: sink, oneLine: oneLine)).write()
        case .markdown:
            ComparisonMarkdown(comparison: comparison, glossaryName: glossaryName, out: sink).write()
        case .text:
            TerminalSummary(comparison: comparison, glossaryName: glossaryName, colors: colors, top: top, out: sink).write()
        case .html:
            ComparisonHTML(comparison: comparison, glossaryName: glossaryName, out: sink).write()
        case .xliff:
            let source = comparison.documents.indices.contains(sourceDocument) ? sourceDocument : 0
            let target = comparison.documents.indices.first { $0 != source } ?? source
            ComparisonXLIFF(comparison: comparison, source: source, target: target, out: sink).write()
        case .sarif:
            ComparisonSARIF(comparison: comparison, toolVersion: toolVersion, json: JSONWriter(out: sink)).write()
        case .csv, .tsv:
            FindingTable(comparison: comparison, separator: format == .csv ? "," : "\t", out: sink).write()
        }
    }
}
