import TermAlignComparison
import TermAlignText

/// The comparison as a SARIF 2.1.0 log, what code-scanning CI reads: one rule per finding kind, one
/// result per finding with a location (line and column, in Unicode code points, and the words as a
/// snippet) in each version it rests on, its fingerprint as a partial fingerprint, and its concepts,
/// segment and confidence as properties. A waived finding is a result with an accepted external
/// suppression carrying the waiver's reason, which is how SARIF viewers hide what was decided.
struct ComparisonSARIF {
    let comparison: Comparison
    let toolVersion: String
    let json: JSONWriter

    /// SARIF's levels: an info finding is a note.
    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "note"
        }
    }

    func write() {
        let documents = comparison.documents
        let lines = documents.map { DocumentLines($0) }
        let uris = documents.map { Self.uri($0.path ?? $0.id) }
        json.raw("{\"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\", \"version\": \"2.1.0\",\n \"runs\": [{")
        json.raw("\"tool\": {\"driver\": {\"name\": \"TermAlign\", \"version\": ")
        json.string(toolVersion)
        json.raw(", \"rules\": [")
        for (index, kind) in FindingKind.allCases.enumerated() {
            json.raw(index == 0 ? "\n  " : ",\n  ")
            json.raw("{\"id\": ")
            json.string(kind.rawValue)
            json.raw(", \"shortDescription\": {\"text\": ")
            json.string(kind.summary)
            json.raw("}}")
        }
        json.raw("]}},\n \"columnKind\": \"unicodeCodePoints\",\n \"artifacts\": [")
        for (index, document) in documents.enumerated() {
            json.raw(index == 0 ? "" : ", ")
            json.raw("{\"location\": {\"uri\": ")
            json.string(uris[index])
            json.raw("}, \"properties\": {\"id\": ")
            json.string(document.id)
            json.raw(", \"language\": ")
            json.string(document.language.rawValue)
            json.raw("}}")
        }
        json.raw("],\n \"results\": [")
        let results = comparison.findings.map { ($0, Waiver?.none) } + comparison.waived.map { ($0.finding, Optional($0.waiver)) }
        for (index, (finding, waiver)) in results.enumerated() {
            json.raw(index == 0 ? "\n  " : ",\n  ")
            result(finding, waiver: waiver, lines: lines, uris: uris)
        }
        json.raw("]}]}\n")
    }

    private func result(_ finding: Finding, waiver: Waiver?, lines: [DocumentLines], uris: [String]) {
        json.raw("{\"ruleId\": ")
        json.string(finding.kind.rawValue)
        json.raw(", \"ruleIndex\": \(FindingKind.allCases.firstIndex(of: finding.kind)!), \"level\": \"\(Self.level(finding.severity))\"")
        json.raw(", \"message\": {\"text\": ")
        json.string(finding.message)
        json.raw("}, \"locations\": [")
        for (position, evidence) in finding.evidence.enumerated() {
            let start = lines[evidence.document].location(of: evidence.range.lowerBound)
            let end = lines[evidence.document].location(of: evidence.range.upperBound)
            json.raw(position == 0 ? "" : ", ")
            json.raw("{\"physicalLocation\": {\"artifactLocation\": {\"uri\": ")
            json.string(uris[evidence.document])
            json.raw(", \"index\": \(evidence.document)}, \"region\": {\"startLine\": \(start.line), \"startColumn\": \(start.column)")
            json.raw(", \"endLine\": \(end.line), \"endColumn\": \(end.column), \"snippet\": {\"text\": ")
            json.string(evidence.text)
            json.raw("}}}}")
        }
        json.raw("], \"partialFingerprints\": {\"termalignFinding/v1\": ")
        json.string(finding.fingerprint)
        json.raw("}, \"properties\": {\"concept\": ")
        json.optionalString(finding.concept)
        json.raw(", \"relatedConcept\": ")
        json.optionalString(finding.relatedConcept)
        json.raw(", \"segment\": ")
        json.string(comparison.alignment.segments[finding.segment].id)
        json.raw(", \"confidence\": \(JSONWriter.decimal(finding.confidence))}")
        if let waiver {
            json.raw(", \"suppressions\": [{\"kind\": \"external\", \"status\": \"accepted\", \"justification\": ")
            json.string(waiver.reason)
            json.raw("}]")
        }
        json.raw("}")
    }

    /// A path as a URI reference: relative paths stay relative (to where the tool ran), absolute ones
    /// become `file://` URIs; every byte outside the unreserved characters and `/` is percent-encoded.
    static func uri(_ path: String) -> String {
        var encoded = path.hasPrefix("/") ? "file://" : ""
        for byte in path.utf8 {
            let unreserved = (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte)
                || [0x2D, 0x2E, 0x5F, 0x7E, 0x2F].contains(byte)
            if unreserved {
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                encoded += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return encoded
    }
}
