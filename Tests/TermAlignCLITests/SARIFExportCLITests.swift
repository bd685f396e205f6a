import Foundation
import Testing

/// `termalign compare --format sarif`: a SARIF 2.1.0 log whose results are the findings of the JSON
/// report — rule, level, locations at the evidence's lines and columns, the fingerprint as a partial
/// fingerprint — with waived findings as suppressed results. Checked against the rules of the
/// SARIF 2.1.0 schema the log uses; against the schema itself too when `TERMALIGN_SARIF_SCHEMA`
/// names a copy and Python's jsonschema is installed.
@Suite("termalign compare --format sarif")
struct SARIFExportCLITests {
    @Test func theFindingsAreResultsAtTheirPlaces() throws {
        let (folder, paths) = try ReviewCLITests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let json = try CLI.run(["compare", "--format", "json"] + paths).json()
        let findings = try #require(json["findings"] as? [[String: Any]])
        let waived = try #require(findings.first { $0["severity"] as? String == "warning" })
        #expect(try CLI.run(["waive", waived["fingerprint"] as! String, "--reason", "accepted",
                             "--waivers", folder.appendingPathComponent("termalign-waivers.yaml").path]).status == 0)
        let sarifPath = folder.appendingPathComponent("findings.sarif").path
        let run = try CLI.run(["compare", "-o", sarifPath] + paths)
        #expect(run.status == 0, "\(run.error)")
        let log = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: sarifPath))) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0" && (log["$schema"] as? String)?.hasSuffix("sarif-2.1.0.json") == true)
        let runs = try #require(log["runs"] as? [[String: Any]])
        let driver = try #require((runs.first?["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(driver["name"] as? String == "TermAlign" && rules.count == 10)
        let results = try #require(runs.first?["results"] as? [[String: Any]])
        #expect(results.count == findings.count, "every finding, the waived one as a suppressed result")
        for result in results {
            let fingerprint = try #require((result["partialFingerprints"] as? [String: String])?["termalignFinding/v1"])
            let finding = try #require(findings.first { $0["fingerprint"] as? String == fingerprint })
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == finding["kind"] as? String && result["ruleId"] as? String == finding["kind"] as? String)
            #expect(["error", "warning", "note"].contains(result["level"] as? String))
            #expect((result["message"] as? [String: Any])?["text"] as? String == finding["message"] as? String)
            let evidence = try #require(finding["evidence"] as? [[String: Any]])
            let locations = try #require(result["locations"] as? [[String: Any]])
            #expect(locations.count == evidence.count)
            for (location, item) in zip(locations, evidence) {
                let physical = try #require(location["physicalLocation"] as? [String: Any])
                let region = try #require(physical["region"] as? [String: Any])
                #expect(region["startLine"] as? Int == item["line"] as? Int && region["startColumn"] as? Int == item["column"] as? Int)
                #expect((region["endLine"] as? Int ?? 0) >= (region["startLine"] as? Int ?? 1))
                #expect((region["snippet"] as? [String: Any])?["text"] as? String == item["text"] as? String)
                let uri = try #require((physical["artifactLocation"] as? [String: Any])?["uri"] as? String)
                #expect(uri.hasPrefix("file:///") && !uri.contains(" "))
            }
            let suppressed = (result["suppressions"] as? [[String: Any]])?.first
            #expect((suppressed != nil) == (fingerprint == waived["fingerprint"] as? String))
            if let suppressed { #expect(suppressed["kind"] as? String == "external" && suppressed["justification"] as? String == "accepted") }
        }
        try validateAgainstSchema(sarifPath)
    }

    /// The log against the official schema, when a copy is named and jsonschema is there.
    private func validateAgainstSchema(_ path: String) throws {
        guard let schema = ProcessInfo.processInfo.environment["TERMALIGN_SARIF_SCHEMA"] else {
            print("SARIFExportCLITests: TERMALIGN_SARIF_SCHEMA names no copy of sarif-schema-2.1.0.json: checked against its rules only")
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import json, sys, jsonschema; jsonschema.validate(json.load(open(sys.argv[1])), json.load(open(sys.argv[2])))",
                             path, schema]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "the log does not validate against \(schema)")
    }
}
