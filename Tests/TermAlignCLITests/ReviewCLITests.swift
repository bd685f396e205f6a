import Foundation
import Testing

/// A reviser's loop on the command line: filters for every format and for --fail-on, `termalign
/// waive` writing the waiver file beside the versions, compare reading it by default, stale waivers
/// said on standard error, and clear refusals of what cannot be meant.
@Suite("termalign compare: review")
struct ReviewCLITests {
    /// The sample's three versions copied into a fresh folder (where the waiver file goes).
    static func folder() throws -> (URL, [String]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("review-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let paths = try CompareCLITests.sample.map { path in
            let copy = folder.appendingPathComponent(URL(fileURLWithPath: path).lastPathComponent)
            try FileManager.default.copyItem(atPath: path, toPath: copy.path)
            return copy.path
        }
        return (folder, paths)
    }

    @Test func filtersApplyToTheReportAndToFailOn() throws {
        let all = try CompareCLITests.findings(CompareCLITests.sample)
        let framing = try CompareCLITests.findings(CompareCLITests.sample + ["--kinds", "framing,scope"])
        #expect(!framing.isEmpty && framing.allSatisfy { ["framing", "scope"].contains($0["kind"] as? String) })
        #expect(framing.count == all.count { ["framing", "scope"].contains($0["kind"] as? String) })
        let concept = try CompareCLITests.findings(CompareCLITests.sample + ["--concepts", "nato-enlargement"])
        #expect(!concept.isEmpty && concept.allSatisfy { $0["concept"] as? String == "nato-enlargement" || $0["relatedConcept"] as? String == "nato-enlargement" })
        let severe = try CompareCLITests.findings(CompareCLITests.sample + ["--min-severity", "warning"])
        #expect(severe.allSatisfy { $0["severity"] as? String != "info" } && severe.count == all.count { $0["severity"] as? String != "info" })
        // The sample has an error; kept out by --kinds, it no longer fails the run.
        #expect(try CLI.run(["compare"] + CompareCLITests.sample + ["--fail-on", "error"]).status == 1)
        #expect(try CLI.run(["compare"] + CompareCLITests.sample + ["--fail-on", "error", "--kinds", "framing"]).status == 0)
    }

    @Test func wrongFilterValuesAreRefused() throws {
        for (arguments, says) in [(["--kinds", "framing,typo"], "no kind \"typo\""), (["--concepts", "no-such-concept"], "no concept \"no-such-concept\""),
                                  (["--min-severity", "fatal"], "min-severity")] {
            let result = try CLI.run(["compare"] + CompareCLITests.sample + arguments)
            #expect(result.status == 2 && result.error.contains(says), "\(result.error)")
        }
    }

    @Test func aWaivedFindingLeavesTheCountsAndTheExitStatus() throws {
        let (folder, paths) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try CLI.run(["compare", "--format", "json", "--no-cache"] + paths)
        let findings = try #require(before.json()["findings"] as? [[String: Any]])
        let errors = findings.filter { $0["severity"] as? String == "error" }
        #expect(!errors.isEmpty)
        #expect(try CLI.run(["compare", "--fail-on", "error"] + paths).status == 1)
        let waiverFile = folder.appendingPathComponent("termalign-waivers.yaml").path
        for error in errors {
            let waived = try CLI.run(["waive", error["fingerprint"] as! String, "--reason", "accepted in review", "--by", "R", "--waivers", waiverFile])
            #expect(waived.status == 0, "\(waived.error)")
        }
        // Found beside the versions without being named; the errors are waived, not counted.
        let after = try CLI.run(["compare", "--format", "json"] + paths)
        let json = try after.json()
        let waived = try #require(json["waived"] as? [[String: Any]])
        #expect(waived.map { $0["fingerprint"] as? String } == errors.map { $0["fingerprint"] as? String })
        #expect((json["findings"] as? [[String: Any]])?.count == findings.count - errors.count)
        #expect((waived.first?["waiver"] as? [String: Any])?["reason"] as? String == "accepted in review")
        #expect(try CLI.run(["compare", "--fail-on", "error"] + paths).status == 0)
        #expect(try CLI.run(["compare", "--fail-on", "error", "--no-waivers"] + paths).status == 1)
        let markdown = try CLI.run(["compare", "--format", "md"] + paths).text
        #expect(markdown.contains("## Waived findings") && markdown.contains("accepted in review (R, "))
    }

    @Test func theFindingsGoToASpreadsheetWithTheirWaivers() throws {
        let (folder, paths) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let json = try CLI.run(["compare", "--format", "json"] + paths).json()
        let findings = try #require(json["findings"] as? [[String: Any]])
        let first = try #require(findings.first?["fingerprint"] as? String)
        #expect(try CLI.run(["waive", first, "--reason", "tab\there, \"quoted\"", "--waivers", folder.appendingPathComponent("termalign-waivers.yaml").path]).status == 0)
        let tsv = try CLI.run(["compare", "--format", "tsv"] + paths).text
        let rows = tsv.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(rows.count == findings.count + 1, "a header and a row per finding, the waived one included")
        #expect(rows.allSatisfy { $0.count == rows[0].count } && rows[0].count == 10 + 2 * 3 + 3)
        let waived = try #require(rows.first { $0[1] == "waived" })
        #expect(waived[2] == Substring(first) && waived[rows[0].count - 3] == "tab\\there, \"quoted\"")
        let csv = try CLI.run(["compare", "-o", folder.appendingPathComponent("f.csv").path] + paths)
        #expect(csv.status == 0)
        let written = try String(contentsOfFile: folder.appendingPathComponent("f.csv").path, encoding: .utf8)
        #expect(written.hasPrefix("id,status,fingerprint,severity,kind,") && written.contains("\r\n") && written.contains(",waived,\(first),"))
    }

    @Test func aStaleWaiverIsSaidWithItsLine() throws {
        let (folder, paths) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("termalign-waivers.yaml").path
        try "waivers:\n  - fingerprint: 0123456789abcdef\n    reason: gone\n".write(toFile: file, atomically: true, encoding: .utf8)
        let result = try CLI.run(["compare", "--format", "json"] + paths)
        #expect(result.status == 0 && result.error.contains("termalign-waivers.yaml:2: the waiver of 0123456789abcdef names no finding now"))
        #expect((try result.json()["staleWaivers"] as? [[String: Any]])?.first?["line"] as? Int == 2)
    }

    @Test func aBadWaiverFileOrFingerprintIsRefused() throws {
        let (folder, paths) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("termalign-waivers.yaml").path
        try "waivers:\n  - fingerprint: 0123456789abcdef\n".write(toFile: file, atomically: true, encoding: .utf8)
        let compare = try CLI.run(["compare"] + paths)
        #expect(compare.status == 2 && compare.error.contains("termalign-waivers.yaml:2:") && compare.error.contains("needs a reason"), "\(compare.error)")
        let waive = try CLI.run(["waive", "not-a-fingerprint", "--reason", "x", "--waivers", file])
        #expect(waive.status == 2 && waive.error.contains("is not a fingerprint"))
        let missing = try CLI.run(["compare", "--waivers", folder.appendingPathComponent("none.yaml").path] + paths)
        #expect(missing.status == 2 && missing.error.contains("none.yaml") && missing.error.contains("cannot read the waiver file"))
    }
}
