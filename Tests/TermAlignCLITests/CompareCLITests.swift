import Foundation
import Testing

/// `termalign compare` and `diff-terms` as a user runs them: the bundled sample's divergences,
/// exit statuses for CI, and clear errors for bad input.
@Suite("termalign compare")
struct CompareCLITests {
    static let sample = FindCLITests.sample
    static let sample2022 = ["ru", "zh", "en"].map {
        FindCLITests.root.appendingPathComponent("Examples/sample/statement-2022.\($0).txt").path
    }

    static func findings(_ arguments: [String]) throws -> [[String: Any]] {
        let result = try CLI.run(["compare", "--format", "json"] + arguments)
        #expect(result.status == 0, "\(result.error)")
        return try #require(result.json()["findings"] as? [[String: Any]])
    }

    static func has(_ findings: [[String: Any]], _ kind: String, _ concept: String? = nil, related: String? = nil) -> Bool {
        findings.contains { finding in
            finding["kind"] as? String == kind && (concept == nil || finding["concept"] as? String == concept)
                && (related == nil || finding["relatedConcept"] as? String == related)
        }
    }

    @Test func theSampleShowsEveryDivergenceItWasWrittenFor() throws {
        let findings = try Self.findings(Self.sample)
        // «находящиеся за рубежом лица» (any nationality) against "citizens, projects and institutions abroad".
        #expect(Self.has(findings, "scope", "persons-located-abroad", related: "citizens-abroad"))
        // The Chinese clause framed through 权益 (rights and interests).
        #expect(Self.has(findings, "framing", "persons-located-abroad", related: "rights-and-interests"))
        // "Special military operation" where the others say "Ukraine crisis".
        #expect(Self.has(findings, "framing", "special-military-operation", related: "ukraine-crisis"))
        #expect(Self.has(findings, "inconsistency", "legitimate-security-concerns"))
        #expect(Self.has(findings, "number-mismatch"))
        #expect(Self.has(findings, "mixed-script"))
        #expect(Self.has(findings, "alternat"))
        let alternat = try #require(findings.first { $0["kind"] as? String == "alternat" })
        #expect(alternat["severity"] as? String == "info")
        // The finding points at the exact words of each original.
        let scope = try #require(findings.first { $0["kind"] as? String == "scope" })
        let texts = (scope["evidence"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
        #expect(texts.contains("находящихся за рубежом лиц") && texts.contains("citizens, projects and institutions abroad"))
    }

    @Test func occurrencesCarryTheirSegmentAndOutputIsDeterministic() throws {
        let first = try CLI.run(["compare", "--format", "json"] + Self.sample)
        let json = try first.json()
        let segments = Set((json["segments"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String })
        let occurrences = try #require(json["occurrences"] as? [[String: Any]])
        #expect(!occurrences.isEmpty && occurrences.allSatisfy { segments.contains($0["segment"] as? String ?? "") })
        #expect(try CLI.run(["compare", "--format", "json"] + Self.sample).output == first.output)
        #expect(try CLI.run(["compare", "--format", "md"] + Self.sample).text.contains("## Findings"))
    }

    /// One thread or one per core: the same bytes out; no threads at all is a usage error.
    @Test func threadsChangeNothingButTheWork() throws {
        let compared = try CLI.run(["compare", "--format", "json"] + Self.sample)
        let oneThread = try CLI.run(["compare", "--format", "json", "--threads", "1"] + Self.sample)
        #expect(oneThread.status == 0 && !oneThread.output.isEmpty && oneThread.output == compared.output)
        let aligned = try CLI.run(["align", "--format", "json"] + Self.sample)
        #expect(try CLI.run(["align", "--format", "json", "--threads", "1"] + Self.sample).output == aligned.output)
        let none = try CLI.run(["compare", "--threads", "0"] + Self.sample)
        #expect(none.status == 2 && none.error.contains("--threads must be at least 1"))
    }

    @Test func htmlReportIsWrittenToTheOutputFile() throws {
        let output = try CLI.temporaryFile([], suffix: ".html")
        let result = try CLI.run(["compare", "--format", "html", "--output", output] + Self.sample)
        #expect(result.status == 0 && result.output.isEmpty)
        let page = try String(contentsOfFile: output, encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">") && page.hasSuffix("</html>\n"))
        #expect(page.contains("<table class=\"aligned\">") && page.contains("<mark class=\"term"))
    }

    @Test func failOnGivesTheExitStatusCIExpects() throws {
        #expect(try CLI.run(["compare", "--fail-on", "error"] + Self.sample).status == 1)
        let ru = try CLI.temporaryFile(Array("1. Стороны уважают суверенитет друг друга.\n\n2. Стороны поддерживают многополярный мир.\n".utf8), suffix: ".ru.txt")
        let en = try CLI.temporaryFile(Array("1. The Sides respect each other’s sovereignty.\n\n2. The Sides support a multipolar world.\n".utf8), suffix: ".en.txt")
        let clean = try CLI.run(["compare", "--fail-on", "warning", ru, en])
        #expect(clean.status == 0, "\(clean.text)")
        #expect(clean.text.contains("0 errors, 0 warnings"))
    }

    @Test func badInputIsAClearErrorNeverACrash() throws {
        let empty = try CLI.temporaryFile([], suffix: ".en.txt")
        let emptyResult = try CLI.run(["compare", Self.sample[0], empty])
        #expect(emptyResult.status == 2 && emptyResult.error.contains("no text"))
        let unknown = try CLI.temporaryFile(Array("2022 2023 2024\n".utf8))
        let unknownResult = try CLI.run(["compare", Self.sample[0], unknown])
        #expect(unknownResult.status == 2 && unknownResult.error.contains("--lang"))
        let glossary = try CLI.temporaryFile(Array("concepts: [".utf8), suffix: ".yaml")
        let glossaryResult = try CLI.run(["compare", "--glossary", glossary] + Self.sample)
        #expect(glossaryResult.status == 2 && glossaryResult.error.contains(glossary))
        let folderResult = try CLI.run(["compare", "--glossary", NSTemporaryDirectory()] + Self.sample)
        #expect(folderResult.status == 2 && folderResult.error.contains(": cannot read: is a directory"))
        #expect(folderResult.error.components(separatedBy: NSTemporaryDirectory()).count == 2, "the folder is named once")
        #expect(try CLI.run(["compare", Self.sample[0]]).status == 2)
        #expect(try CLI.run(["compare", "--reference", "fr"] + Self.sample).status == 2)
    }

    /// A report cut short (here by a full device) is an error, never exit 0 with part of the output.
    @Test(arguments: ["json", "md", "html", "text"])
    func aFailedWriteIsAnError(format: String) throws {
        try #require(FileManager.default.fileExists(atPath: "/dev/full"), "needs /dev/full")
        let result = try CLI.run(["compare", "--format", format, "--output", "/dev/full"] + Self.sample)
        #expect(result.status == 2)
        #expect(result.error.contains("/dev/full: cannot write:"), "\(result.error)")
    }

    /// A run that fails leaves an earlier report as it was, and no temporary file beside it.
    @Test func aFailedRunKeepsTheEarlierReport() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("termalign-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = folder.appendingPathComponent("report.json").path
        #expect(try CLI.run(["compare", "--format", "json", "--output", report] + Self.sample).status == 0)
        let earlier = try Data(contentsOf: URL(fileURLWithPath: report))
        let empty = try CLI.temporaryFile([], suffix: ".en.txt")
        let failed = try CLI.run(["compare", "--format", "md", "--output", report, Self.sample[0], empty])
        #expect(failed.status == 2)
        #expect(try Data(contentsOf: URL(fileURLWithPath: report)) == earlier)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.json"])
        let missing = try CLI.run(["compare", "--output", folder.path + "/no/such/folder.json"] + Self.sample)
        #expect(missing.status == 2 && missing.error.contains("no/such/folder.json: cannot write"))
    }

    @Test func versionsThatDoNotCorrespondAreReported() throws {
        let other = try CLI.temporaryFile(Array(String(repeating: "Weather today is sunny and warm. Tomorrow brings rain to the coast. ", count: 30).utf8), suffix: ".en.txt")
        let result = try CLI.run(["compare", "--format", "json", Self.sample[0], other])
        #expect(result.status == 0)
        let warnings = try #require(result.json()["warnings"] as? [String])
        #expect(warnings.contains { $0.contains("do not look like versions") || $0.contains("as long as") })
        #expect(result.error.contains("warning"))
    }

    @Test func diffTermsShowsTheFriendshipWithoutLimitsGoing() throws {
        let result = try CLI.run(["diff-terms", "--format", "json", Self.sample2022[2], Self.sample[2]])
        #expect(result.status == 0, "\(result.error)")
        let concepts = try #require(result.json()["concepts"] as? [[String: Any]])
        let change = { (id: String) in concepts.first { $0["concept"] as? String == id }?["change"] as? String }
        #expect(change("friendship-without-limits") == "disappeared")
        #expect(change("non-alliance") == "appeared")
        #expect(change("legitimate-security-concerns") == "rendering-changed")
        let text = try CLI.run(["diff-terms", Self.sample2022[0], Self.sample[0]])
        #expect(text.text.contains("friendship-without-limits") && text.text.contains("Disappeared"))
        let mixed = try CLI.run(["diff-terms", Self.sample2022[0], Self.sample[2]])
        #expect(mixed.status == 2 && mixed.error.contains("different languages"))
    }
}
