import TermAlignComparison
import TermAlignGlossary
import TermAlignText

/// The findings as a spreadsheet (CSV or TSV): one row per finding, open ones first, then the
/// waived ones with their waiver; each version's evidence words and their line and column in a
/// column of its own, so a reviewer can sort, filter and annotate. Every cell is neutralized where a
/// spreadsheet would read a formula (a quoted text starting with `=` or `-`, say).
struct FindingTable {
    let comparison: Comparison
    let separator: Character
    let out: ByteSink

    func write() {
        let documents = comparison.documents
        let lines = documents.map { DocumentLines($0) }
        var header = ["id", "status", "fingerprint", "severity", "kind", "concept", "related concept", "segment", "confidence", "message"]
        for document in documents { header += [document.id, "\(document.id) line:column"] }
        header += ["waiver reason", "waived by", "waived on"]
        row(header)
        let rows = comparison.findings.enumerated().map { ("f\($0.offset + 1)", $0.element, Waiver?.none) }
            + comparison.waived.enumerated().map { ("w\($0.offset + 1)", $0.element.finding, Optional($0.element.waiver)) }
        for (id, finding, waiver) in rows {
            var cells = [id, waiver == nil ? "open" : "waived", finding.fingerprint, finding.severity.rawValue, finding.kind.rawValue,
                         finding.concept ?? "", finding.relatedConcept ?? "", comparison.alignment.segments[finding.segment].id,
                         JSONWriter.decimal(finding.confidence), finding.message]
            for document in documents.indices {
                let evidence = finding.evidence.filter { $0.document == document }
                cells.append(evidence.map(\.text).joined(separator: " … "))
                cells.append(evidence.first.map { evidence in
                    let (line, column) = lines[document].location(of: evidence.range.lowerBound)
                    return "\(line):\(column)"
                } ?? "")
            }
            cells += [waiver?.reason ?? "", waiver?.author ?? "", waiver?.date ?? ""]
            row(cells)
        }
    }

    private func row(_ cells: [String]) {
        let written = separator == "\t" ? cells.map(OccurrenceWriter.tsvCell) : cells.map { CSVGlossaryWriter.cell($0, separator) }
        out.write(written.joined(separator: String(separator)) + (separator == "\t" ? "\n" : "\r\n"))
    }
}
