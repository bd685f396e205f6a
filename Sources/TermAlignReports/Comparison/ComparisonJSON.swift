import TermAlignComparison
import TermAlignText

/// The JSON report of a comparison (schema: docs/compare-schema.md).
struct ComparisonJSON {
    let comparison: Comparison
    let glossaryName: String
    let json: JSONWriter

    func write() {
        let documents = comparison.documents
        json.raw("{\"schemaVersion\": 1,\n \"glossary\": {\"name\": ")
        json.string(glossaryName)
        json.raw(", \"title\": ")
        json.optionalString(comparison.glossary.title)
        json.raw(", \"concepts\": \(comparison.glossary.concepts.count)},\n \"unit\": ")
        json.string(comparison.alignment.unit.rawValue)
        json.raw(",\n ")
        json.array("documents", documents.indices) { index in
            json.raw("{")
            json.documentFields(documents[index])
            json.raw(", \"bytes\": \(documents[index].bytes.count), \"units\": \(comparison.alignment.units[index].count)")
            json.raw(", \"occurrences\": \(comparison.occurrences.count { $0.document == index })}")
        }
        json.raw(",\n \"summary\": {\"findings\": \(comparison.findings.count), \"bySeverity\": {")
        json.raw(Severity.allCases.reversed().map { "\"\($0.rawValue)\": \(comparison.count($0))" }.joined(separator: ", "))
        json.raw("}, \"byKind\": {")
        json.raw(FindingKind.allCases.map { kind in "\"\(kind.rawValue)\": \(comparison.findings.count { $0.kind == kind })" }
            .joined(separator: ", "))
        json.raw("}, \"waived\": \(comparison.waived.count), \"staleWaivers\": \(comparison.staleWaivers.count)},\n ")
        json.array("coverage", comparison.coverage) { coverage in
            json.raw("{\"document\": ")
            json.string(documents[coverage.document].id)
            json.raw(", \"kind\": ")
            json.string(coverage.kind.rawValue)
            json.raw(", \"coveredShare\": \(JSONWriter.decimal(coverage.coveredShare)), \"ownShare\": \(JSONWriter.decimal(coverage.ownShare))}")
        }
        json.raw(",\n ")
        json.array("warnings", comparison.warnings) { json.string($0) }
        json.raw(",\n ")
        json.skippedTerms(comparison.skippedTerms)
        json.raw(",\n ")
        json.segments(comparison.alignment)
        json.raw(",\n ")
        let lines = documents.map { DocumentLines($0) }
        json.array("occurrences", comparison.occurrences.indices) { index in
            let located = comparison.occurrences[index]
            let occurrence = located.occurrence
            json.raw("{\"id\": \(index), \"document\": ")
            json.string(documents[located.document].id)
            json.raw(", \"segment\": ")
            json.string(comparison.alignment.segments[located.segment].id)
            let (line, column) = lines[located.document].location(of: occurrence.range.lowerBound)
            json.occurrenceFields(occurrence, line: line, column: column)
            json.raw(", \"framing\": ")
            json.optionalString(occurrence.term.framing)
            json.raw("}")
        }
        json.raw(",\n ")
        json.array("findings", comparison.findings.indices) { index in
            write(comparison.findings[index], id: "f\(index + 1)", lines: lines)
            json.raw("}")
        }
        json.raw(",\n ")
        json.array("waived", comparison.waived.indices) { index in
            let waived = comparison.waived[index]
            write(waived.finding, id: "w\(index + 1)", lines: lines)
            json.raw(",\n   \"waiver\": ")
            write(waived.waiver)
            json.raw("}")
        }
        json.raw(",\n ")
        json.array("staleWaivers", comparison.staleWaivers) { write($0) }
        json.raw("\n}\n")
    }

    /// A finding's fields, its object left open for what a caller adds.
    private func write(_ finding: Finding, id: String, lines: [DocumentLines]) {
        let documents = comparison.documents
        json.raw("{\"id\": \"\(id)\", \"fingerprint\": ")
        json.string(finding.fingerprint)
        json.raw(", \"kind\": ")
        json.string(finding.kind.rawValue)
        json.raw(", \"severity\": ")
        json.string(finding.severity.rawValue)
        json.raw(", \"concept\": ")
        json.optionalString(finding.concept)
        json.raw(", \"relatedConcept\": ")
        json.optionalString(finding.relatedConcept)
        json.raw(", \"segment\": ")
        json.string(comparison.alignment.segments[finding.segment].id)
        json.raw(", \"documents\": ")
        json.strings(finding.documents.map { documents[$0].id })
        json.raw(", \"confidence\": \(JSONWriter.decimal(finding.confidence))")
        json.raw(",\n   \"message\": ")
        json.string(finding.message)
        json.raw(",\n   \"evidence\": [")
        for (position, evidence) in finding.evidence.enumerated() {
            json.raw(position == 0 ? "" : ", ")
            json.raw("{\"document\": ")
            json.string(documents[evidence.document].id)
            json.raw(", \"utf8Range\": ")
            json.range(evidence.range)
            location(lines, evidence.document, evidence.range.lowerBound)
            json.raw(", \"text\": ")
            json.string(evidence.text)
            json.raw(", \"occurrence\": ")
            json.raw(evidence.occurrence.map(String.init) ?? "null")
            json.raw("}")
        }
        json.raw("]")
    }

    /// A waiver, with its line in the waiver file when it was read from one.
    private func write(_ waiver: Waiver) {
        json.raw("{\"fingerprint\": ")
        json.string(waiver.fingerprint)
        json.raw(", \"reason\": ")
        json.string(waiver.reason)
        json.raw(", \"by\": ")
        json.optionalString(waiver.author)
        json.raw(", \"date\": ")
        json.optionalString(waiver.date)
        json.raw(", \"file\": ")
        json.optionalString(waiver.location?.file)
        json.raw(", \"line\": ")
        json.raw(waiver.location.map { String($0.line) } ?? "null")
        json.raw("}")
    }

    private func location(_ lines: [DocumentLines], _ document: Int, _ offset: Int) {
        let location = lines[document].location(of: offset)
        json.raw(", \"line\": \(location.line), \"column\": \(location.column)")
    }
}
