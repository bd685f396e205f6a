import Foundation
import Testing

/// `termalign track` over a generated dated corpus with terms planted at known counts: the counts
/// found are the planted ones, shards merge into the whole corpus's bytes in any order, and a bad
/// line is reported and counted as skipped.
struct TrackCLITests {
    /// The renderings of nato-enlargement planted, by language, with filler sentences that hold no
    /// glossary term.
    static let renderings: [String: [(planted: String, term: String)]] = [
        "en": [("NATO expansion", "NATO expansion"), ("enlargement of NATO", "enlargement of NATO")],
        "zh": [("北约扩张", "北约扩张"), ("北约东扩", "北约东扩")],
        "ru": [("расширения НАТО", "расширение НАТО")],
    ]
    static let filler = ["en": "The meeting took place in the afternoon.", "zh": "会议在下午举行。",
                         "ru": "Встреча состоялась во второй половине дня."]
    static let dates = ["2022-01-15", "2022-02-10", "2022-03-05"]
    static let sources = ["xinhua", "tass"]

    struct Corpus {
        var lines: [String] = []
        /// "language|rendering|source|period" → count.
        var expected: [String: Int] = [:]
    }

    static func corpus(documents: Int = 36) -> Corpus {
        var corpus = Corpus()
        for index in 0..<documents {
            let language = ["en", "zh", "ru"][index % 3]
            let date = dates[(index / 3) % 3]
            let source = sources[(index / 9) % 2]
            let options = renderings[language]!
            let chosen = options[(index / 2) % options.count]
            let times = 1 + index % 4
            let planted = (0..<times).map { _ in "\(filler[language]!) \(language == "zh" ? "双方反对" : "") \(chosen.planted)\(language == "zh" ? "。" : ".")" }
            let text = ([filler[language]!] + planted).joined(separator: " ")
            let escaped = text.replacingOccurrences(of: "\"", with: "\\\"")
            corpus.lines.append("{\"id\": \"d\(index)\", \"date\": \"\(date)\", \"source\": \"\(source)\", \"language\": \"\(language)\", \"text\": \"\(escaped)\"}")
            corpus.expected["\(language)|\(chosen.term)|\(source)|\(date.prefix(7))", default: 0] += times
        }
        return corpus
    }

    static func write(_ lines: [String]) throws -> String {
        try CLI.temporaryFile(Array((lines.joined(separator: "\n") + "\n").utf8), suffix: ".jsonl")
    }

    static func counts(_ result: CLI.Result, concept: String) throws -> [String: Int] {
        let concepts = try result.json()["concepts"] as? [[String: Any]] ?? []
        let entry = try #require(concepts.first { $0["concept"] as? String == concept })
        var counts: [String: Int] = [:]
        for count in entry["counts"] as? [[String: Any]] ?? [] {
            let key = ["language", "rendering", "source", "period"].map { count[$0] as? String ?? "" }.joined(separator: "|")
            counts[key] = count["count"] as? Int
        }
        return counts
    }

    @Test func theCountsAreThePlantedOnes() throws {
        let corpus = Self.corpus()
        let path = try Self.write(corpus.lines)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try CLI.run(["track", path])
        #expect(result.status == 0, "\(result.error)")
        #expect(try Self.counts(result, concept: "nato-enlargement") == corpus.expected)
        let object = try result.json()
        #expect(object["documents"] as? Int == 36 && object["skipped"] as? Int == 0)
        let concepts = object["concepts"] as? [[String: Any]] ?? []
        let entry = try #require(concepts.first { $0["concept"] as? String == "nato-enlargement" })
        #expect((entry["first"] as? [String: Any])?["date"] as? String == "2022-01-15")
        #expect((entry["last"] as? [String: Any])?["date"] as? String == "2022-03-05")
        let shares = (entry["renderings"] as? [[String: Any]] ?? []).compactMap { $0["share"] as? Double }
        #expect(shares.count == 5 && abs(shares.reduce(0, +) - 1) < 0.01, "shares are rounded to three places")
        let samples = entry["samples"] as? [[String: Any]] ?? []
        #expect(!samples.isEmpty && samples.allSatisfy { ($0["text"] as? String)?.isEmpty == false })
        let csv = try CLI.run(["track", path, "--format", "csv"])
        #expect(csv.text.hasPrefix("concept,language,rendering,source,period,count\r\n"))
        #expect(csv.text.contains("nato-enlargement,en,NATO expansion,"))
        let page = path + ".html"
        defer { try? FileManager.default.removeItem(atPath: page) }
        #expect(try CLI.run(["track", path, "-o", page]).status == 0)
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("<section id=\"c-nato-enlargement\"") && html.contains("<svg class=\"timeline\""))
        #expect(html.contains("<p class=\"definition\">The admission of new members to NATO"), "the glossary's definition")
    }

    @Test func shardsMergeIntoTheWholeCorpusBytesInAnyOrder() throws {
        let corpus = Self.corpus()
        let whole = try Self.write(corpus.lines)
        defer { try? FileManager.default.removeItem(atPath: whole) }
        let expected = try CLI.run(["track", whole]).output
        var shards: [String] = []
        defer { for shard in shards { try? FileManager.default.removeItem(atPath: shard) } }
        for part in 0..<3 {
            let lines = corpus.lines.enumerated().filter { $0.offset % 3 == part }.map(\.element)
            let input = try Self.write(lines)
            defer { try? FileManager.default.removeItem(atPath: input) }
            let output = input + ".json"
            let result = try CLI.run(["track", input, "-o", output])
            #expect(result.status == 0, "\(result.error)")
            shards.append(output)
        }
        let forward = try CLI.run(["track", "--merge"] + shards)
        let backward = try CLI.run(["track", "--merge"] + shards.reversed())
        #expect(forward.status == 0 && forward.output == backward.output)
        #expect(forward.output == expected)
        let page = try CLI.run(["track", "--merge", "--format", "html"] + shards)
        #expect(page.status == 0 && page.text.contains("<p class=\"definition\">The admission of new members to NATO"))
        let other = try CLI.run(["track", "--merge", shards[0], "\(CLI.root.path)/Package.swift"])
        #expect(other.status == 2 && other.error.contains("termalign track --format json"), "\(other.error)")
    }

    @Test func aBadLineIsReportedAndCountedAsSkipped() throws {
        var lines = Self.corpus(documents: 6).lines
        lines.insert("{\"id\": \"undated\", \"source\": \"x\", \"text\": \"NATO expansion.\"}", at: 2)
        lines.insert("not json", at: 4)
        let path = try Self.write(lines)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try CLI.run(["track", path])
        #expect(result.status == 0)
        #expect(result.error.contains("line 3: undated: no \"date\" as YYYY-MM-DD (left out)"), "\(result.error)")
        #expect(result.error.contains("line 5: not a JSON object"), "\(result.error)")
        #expect(try result.json()["skipped"] as? Int == 2 && (try result.json()["documents"] as? Int) == 6)
    }
}
