import TermAlignAlignment
import TermAlignComparison
import TermAlignText

/// A comparison of two versions as XLIFF 2.1, what CAT tools exchange: one unit per aligned segment
/// (its id the segment's) with the source version's text and the target's, and the findings of the
/// segment as ITS 2.0 Localization Quality Issues of the unit — type, severity (0–100), the
/// message with the glossary's note as comment, and `locQualityIssueEnabled="no"` for a waived
/// finding. The target is marked as a whole and points at the unit's issues, so findings whose
/// words overlap need no overlapping markers.
struct ComparisonXLIFF {
    let comparison: Comparison
    /// The source version's and the target version's positions in the comparison's documents.
    let source: Int, target: Int
    let out: ByteSink

    /// ITS 2.0's issue type for a kind of finding, and its MQM category, which the comment names.
    static func issueType(_ kind: FindingKind) -> (its: String, mqm: String) {
        switch kind {
        case .omission, .coverage: return ("omission", "Accuracy/Omission")
        case .addition: return ("addition", "Accuracy/Addition")
        case .variant, .framing: return ("terminology", "Terminology")
        case .scope: return ("mistranslation", "Accuracy/Mistranslation")
        case .inconsistency: return ("inconsistency", "Terminology/Inconsistent use of terminology")
        case .numberMismatch: return ("numbers", "Accuracy/Mistranslation/Number")
        case .mixedScript: return ("characters", "Fluency/Character encoding")
        case .alternat: return ("other", "Other")
        }
    }

    /// ITS severity (0–100) and MQM severity of a finding's severity.
    static func severity(_ severity: Severity) -> (its: Int, mqm: String) {
        switch severity {
        case .info: return (10, "minor")
        case .warning: return (50, "major")
        case .error: return (90, "critical")
        }
    }

    func write() {
        let documents = comparison.documents
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        out.write("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" xmlns:its=\"http://www.w3.org/2005/11/its\" its:version=\"2.0\" version=\"2.1\" srcLang=\"")
        HTMLEscaping.write(documents[source].language.rawValue, to: out)
        out.write("\" trgLang=\"")
        HTMLEscaping.write(documents[target].language.rawValue, to: out)
        out.write("\">\n  <file id=\"f1\" original=\"")
        HTMLEscaping.write(documents[source].path ?? documents[source].id, to: out)
        out.write("\">\n")
        var issues: [Int: [(Finding, Bool)]] = [:]
        for finding in comparison.findings { issues[finding.segment, default: []].append((finding, true)) }
        for waived in comparison.waived { issues[waived.finding.segment, default: []].append((waived.finding, false)) }
        for (index, segment) in comparison.alignment.segments.enumerated() {
            guard segment.ranges[source] != nil || segment.ranges[target] != nil else { continue }
            let found = issues[index] ?? []
            out.write("    <unit id=\"")
            HTMLEscaping.write(segment.id, to: out)
            out.write("\">\n")
            if !found.isEmpty { writeIssues(found, id: "lqi-\(segment.id)") }
            out.write("      <segment>\n        <source>")
            text(of: segment, in: source)
            out.write("</source>\n        <target>")
            if found.isEmpty {
                text(of: segment, in: target)
            } else {
                out.write("<mrk id=\"m-\(segment.id)\" type=\"its:any\" its:locQualityIssuesRef=\"#lqi-\(segment.id)\">")
                text(of: segment, in: target)
                out.write("</mrk>")
            }
            out.write("</target>\n      </segment>\n    </unit>\n")
        }
        out.write("  </file>\n</xliff>\n")
    }

    private func writeIssues(_ found: [(Finding, Bool)], id: String) {
        out.write("      <its:locQualityIssues xml:id=\"\(id)\">\n")
        for (finding, enabled) in found {
            let type = Self.issueType(finding.kind), severity = Self.severity(finding.severity)
            out.write("        <its:locQualityIssue locQualityIssueType=\"\(type.its)\" locQualityIssueSeverity=\"\(severity.its)\"")
            out.write(" locQualityIssueEnabled=\"\(enabled ? "yes" : "no")\" locQualityIssueComment=\"")
            HTMLEscaping.write("\(finding.message) [\(finding.kind.rawValue), fingerprint \(finding.fingerprint); MQM: \(type.mqm), \(severity.mqm)]", to: out)
            out.write("\"/>\n")
        }
        out.write("      </its:locQualityIssues>\n")
    }

    private func text(of segment: AlignedSegment, in document: Int) {
        guard let range = segment.ranges[document] else { return }
        let version = comparison.documents[document]
        HTMLEscaping.write(version.text(in: version.trimmed(range)), to: out)
    }
}
