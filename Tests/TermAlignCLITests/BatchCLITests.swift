import Foundation
import Testing
import TermAlignTestSupport

/// `termalign batch`: results byte-identical to `compare`, in manifest order, bad sets in their lines,
/// and an interrupted batch resumed.
struct BatchCLITests {
    static let sample = CLI.root.appendingPathComponent("Examples/sample").path
    static let sets = [["statement.ru.txt", "statement.zh.txt", "statement.en.txt"],
                       ["statement-2022.ru.txt", "statement-2022.zh.txt", "statement-2022.en.txt"],
                       ["statement.ru.txt", "statement-2022.en.txt"]]

    /// A manifest beside the sample (its paths relative to it), written to a temporary folder.
    static func manifest(_ lines: [String]) throws -> String {
        try CLI.temporaryFile(Array((lines.joined(separator: "\n") + "\n").utf8), suffix: ".jsonl")
    }

    static func line(_ id: String, _ files: [String]) -> String {
        "{\"id\": \"\(id)\", \"documents\": [" + files.map { "{\"path\": \"\(sample)/\($0)\"}" }.joined(separator: ", ") + "]}"
    }

    /// What `compare --format json` writes for the files, on one line.
    static func compared(_ files: [String]) throws -> String {
        let result = try CLI.run(["compare", "--format", "json"] + files.map { "\(sample)/\($0)" })
        return String(result.text.filter { $0 != "\n" })
    }

    @Test func eachSetsResultIsByteIdenticalToCompare() throws {
        let path = try Self.manifest(Self.sets.enumerated().map { Self.line("set\($0)", $1) })
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try CLI.run(["batch", path])
        #expect(result.status == 0, "\(result.error)")
        let lines = result.text.split(separator: "\n").map(String.init)
        #expect(lines.count == Self.sets.count)
        for (index, files) in Self.sets.enumerated() {
            #expect(lines[index] == "{\"id\": \"set\(index)\", \"comparison\": \(try Self.compared(files))}")
        }
    }

    /// One waiver file serves the whole batch: a set's waived findings leave its line's findings,
    /// a waiver is stale only when no set has its finding (said once, at the end), and the filters
    /// apply to every set.
    @Test func waiversAndFiltersServeTheWholeBatch() throws {
        let path = try Self.manifest([Self.line("a", Self.sets[0]), Self.line("b", Self.sets[1])])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let plain = try CLI.run(["batch", path]).text.split(separator: "\n").map { line in
            try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
        }
        let findingsOfA = try #require((plain[0]["comparison"] as? [String: Any])?["findings"] as? [[String: Any]])
        let accepted = try #require(findingsOfA.first?["fingerprint"] as? String)
        let waivers = try CLI.temporaryFile(Array("waivers:\n  - fingerprint: \(accepted)\n    reason: ok\n  - fingerprint: 0123456789abcdef\n    reason: gone\n".utf8),
                                            suffix: ".yaml")
        defer { try? FileManager.default.removeItem(atPath: waivers) }
        let result = try CLI.run(["batch", path, "--waivers", waivers])
        #expect(result.status == 0, "\(result.error)")
        let lines = try result.text.split(separator: "\n").map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        let a = try #require(lines[0]["comparison"] as? [String: Any]), b = try #require(lines[1]["comparison"] as? [String: Any])
        #expect((a["waived"] as? [[String: Any]])?.map { $0["fingerprint"] as? String } == [accepted])
        #expect((a["findings"] as? [Any])?.count == findingsOfA.count - 1)
        #expect((a["staleWaivers"] as? [Any])?.isEmpty == true && (b["staleWaivers"] as? [Any])?.isEmpty == true)
        #expect(result.error.contains("0123456789abcdef names no finding in any set") && !result.error.contains("\(accepted) names"))
        let framing = try CLI.run(["batch", path, "--kinds", "framing"]).text.split(separator: "\n")
        for line in framing {
            let comparison = try #require((try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["comparison"] as? [String: Any])
            #expect((comparison["findings"] as? [[String: Any]])?.allSatisfy { $0["kind"] as? String == "framing" } == true)
        }
    }

    @Test func aBadSetIsReportedInItsLineAndTheOthersGoOn() throws {
        let path = try Self.manifest([
            Self.line("good", Self.sets[0]),
            "{\"id\": \"missing\", \"documents\": [{\"path\": \"no-such-file.txt\"}, {\"path\": \"other.txt\"}]}",
            "not json at all",
            "{\"documents\": []}",
            "{\"id\": \"one\", \"documents\": [{\"text\": \"Стороны уважают суверенитет.\", \"language\": \"ru\"}]}",
            "{\"id\": \"inline\", \"metadata\": {\"source\": \"a wire\", \"n\": 2}, \"documents\": [{\"text\": \"Стороны уважают суверенитет.\", \"language\": \"ru\"}, {\"text\": \"The Sides respect sovereignty.\", \"language\": \"en\"}]}",
        ])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try CLI.run(["batch", path])
        #expect(result.status == 2 && result.error.contains("2 sets compared, 4 could not be (manifest lines 2, 3, 4, 5)"), "\(result.error)")
        let objects = try result.text.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(objects.map { $0["id"] as? String } == ["good", "missing", nil, nil, "one", "inline"])
        #expect((objects[1]["error"] as? String)?.contains("no-such-file.txt") == true)
        #expect((objects[2]["error"] as? String)?.contains("not valid JSON") == true)
        #expect((objects[3]["error"] as? String)?.contains("no \"id\"") == true)
        #expect((objects[4]["error"] as? String)?.contains("at least two versions") == true, "\(objects[4])")
        #expect((objects[5]["metadata"] as? [String: Any])?["source"] as? String == "a wire")
        #expect(objects[5]["comparison"] != nil)
    }

    @Test func anInterruptedBatchIsResumedToTheSameOutput() throws {
        let path = try Self.manifest((0..<6).map { Self.line("s\($0)", Self.sets[$0 % Self.sets.count]) })
        defer { try? FileManager.default.removeItem(atPath: path) }
        let whole = try CLI.run(["batch", path])
        #expect(whole.status == 0)
        // Two whole lines and half of the third, as a killed run leaves them.
        let lines = whole.text.split(separator: "\n", omittingEmptySubsequences: false)
        let cut = lines[0] + "\n" + lines[1] + "\n" + lines[2].prefix(100)
        let output = try CLI.temporaryFile(Array(cut.utf8), suffix: ".jsonl")
        defer { try? FileManager.default.removeItem(atPath: output) }
        let resumed = try CLI.run(["batch", path, "--resume", output])
        #expect(resumed.status == 0 && resumed.error.contains("4 sets compared, 2 already done"), "\(resumed.error)")
        #expect(try String(contentsOfFile: output, encoding: .utf8) == whole.text)
        let manifest = try String(contentsOfFile: path, encoding: .utf8)
        let refused = try CLI.run(["batch", path, "--resume", path])
        #expect(refused.status == 2 && refused.error.contains("line 1 is not a result line"), "\(refused.error)")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == manifest, "a file that is not a batch's output is left as it was")
    }

    @Test func aManifestLargerThanABlockIsReadWholeFromAFileOrStandardInput() throws {
        // Twenty sets with 100 KB of metadata each: lines cross the reader's 1 MB blocks.
        let padding = String(repeating: "з", count: 50_000)
        let lines = (0..<20).map { index in
            "{\"id\": \"p\(index)\", \"metadata\": {\"note\": \"\(padding)\"}, \"documents\": [{\"text\": \"Стороны уважают суверенитет.\", \"language\": \"ru\"}, {\"text\": \"The Sides respect sovereignty.\", \"language\": \"en\"}]}"
        }
        let path = try Self.manifest(lines)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let fromFile = try CLI.run(["batch", path])
        let fromInput = try CLI.run(["batch", "-"], input: Array((lines.joined(separator: "\r\n") + "\r\n").utf8))
        for result in [fromFile, fromInput] {
            #expect(result.status == 0, "\(result.error)")
            let objects = try result.text.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
            #expect(objects.map { $0["id"] as? String } == (0..<20).map { "p\($0)" })
            #expect(objects.allSatisfy { (($0["metadata"] as? [String: Any])?["note"] as? String)?.count == 50_000 })
        }
        #expect(fromFile.text == fromInput.text)
    }
}
