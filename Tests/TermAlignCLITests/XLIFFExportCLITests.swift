import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// `termalign compare --format xliff` of two versions: well-formed XLIFF 2.1 in its namespace with
/// the ITS namespace, a unit per aligned segment, each finding an ITS quality issue of its
/// segment's unit (a waived one disabled), and a file TermAlign reads back as the same units.
@Suite("termalign compare --format xliff")
struct XLIFFExportCLITests {
    /// Units by id, and the ITS issues of each: type, severity, enabled, comment.
    final class Reader: NSObject, XMLParserDelegate {
        var namespaces: [String] = []
        var units: [String] = []
        var issues: [String: [[String: String]]] = [:]

        func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            if let namespaceURI, !namespaces.contains(namespaceURI) { namespaces.append(namespaceURI) }
            if element == "unit", namespaceURI == "urn:oasis:names:tc:xliff:document:2.0" { units.append(attributes["id"] ?? "") }
            if element == "locQualityIssue", namespaceURI == "http://www.w3.org/2005/11/its" {
                issues[units.last ?? "", default: []].append(attributes)
            }
        }
    }

    @Test func theFindingsAreIssuesOfTheirUnits() throws {
        let (folder, paths) = try ReviewCLITests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pair = [paths[0], paths[2]] // ru, en
        let json = try CLI.run(["compare", "--format", "json"] + pair).json()
        let findings = try #require(json["findings"] as? [[String: Any]])
        let waivedPrint = try #require(findings.first?["fingerprint"] as? String)
        #expect(try CLI.run(["waive", waivedPrint, "--reason", "accepted", "--waivers", folder.appendingPathComponent("termalign-waivers.yaml").path]).status == 0)
        let xliff = folder.appendingPathComponent("review.xliff").path
        let run = try CLI.run(["compare", "-o", xliff] + pair)
        #expect(run.status == 0, "\(run.error)")

        let parser = try #require(XMLParser(contentsOf: URL(fileURLWithPath: xliff)))
        parser.shouldProcessNamespaces = true
        let reader = Reader()
        parser.delegate = reader
        #expect(parser.parse(), "well-formed: \(String(describing: parser.parserError))")
        #expect(reader.namespaces.contains("urn:oasis:names:tc:xliff:document:2.0") && reader.namespaces.contains("http://www.w3.org/2005/11/its"))
        let issues = reader.issues.values.joined()
        #expect(issues.count == findings.count, "every finding, the waived one included")
        for finding in findings {
            let fingerprint = try #require(finding["fingerprint"] as? String)
            let unit = try #require(finding["segment"] as? String)
            let issue = try #require(reader.issues[unit]?.first { $0["locQualityIssueComment"]?.contains(fingerprint) == true },
                                     "\(fingerprint) in unit \(unit)")
            #expect(issue["locQualityIssueEnabled"] == (fingerprint == waivedPrint ? "no" : "yes"))
            #expect(issue["locQualityIssueComment"]?.hasPrefix(finding["message"] as? String ?? "?") == true)
            #expect(Int(issue["locQualityIssueSeverity"] ?? "") != nil && issue["locQualityIssueType"] != nil)
        }
        // TermAlign reads its own export as aligned units: one per unit written.
        let back = try CLI.run(["align", "--format", "tsv", xliff])
        #expect(back.status == 0 && back.text.split(separator: "\n").count == reader.units.count + 1, "\(back.error)")
        let three = try CLI.run(["compare", "--format", "xliff"] + paths)
        #expect(three.status == 2 && three.error.contains("give two versions"))
    }
}
