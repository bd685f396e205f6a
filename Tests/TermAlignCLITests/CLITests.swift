import Foundation
import Testing

/// The command line: JSON shapes, byte ranges into the input as given, exit statuses, bad input.
struct CLITests {
    static let sample = Array("\u{FEFF}I. Общие положения\n\nСтороны заявляют, т. е. подтверждают: «находящиеся за рубежом лица».\nВ. В. Путин сказал. Вопрос о Сrimea.\n".utf8)

    /// Checks that every entry's utf8Range slices `input` to its "text".
    private func expectRangesSlice(_ entries: [[String: Any]], _ input: [UInt8]) {
        for entry in entries {
            let range = entry["utf8Range"] as? [Int] ?? []
            #expect(range.count == 2 && range[0] <= range[1] && range[1] <= input.count)
            guard range.count == 2, range[1] <= input.count, let text = entry["text"] as? String else { continue }
            #expect(Array(input[range[0]..<range[1]]) == Array(text.utf8))
        }
    }

    @Test(arguments: ["paragraph", "sentence", "word"])
    func segmentJSONHasRangesIntoTheInputAsGiven(_ unit: String) throws {
        let result = try CLI.run(["segment", "--unit", unit], input: Self.sample)
        #expect(result.status == 0, "\(result.error)")
        let json = try result.json()
        #expect(json["schemaVersion"] as? Int == 1)
        let document = json["document"] as? [String: Any]
        #expect(document?["language"] as? String == "ru")
        #expect(document?["path"] as? String == "<stdin>")
        let segments = json["segments"] as? [[String: Any]] ?? []
        #expect(!segments.isEmpty)
        expectRangesSlice(segments, Self.sample)
        #expect((segments.first?["utf8Range"] as? [Int])?.first == 3) // after the BOM
    }

    @Test func sentencesFollowTheAbbreviationRules() throws {
        let result = try CLI.run(["segment", "--unit", "sentence", "--format", "text"], input: Self.sample)
        let lines = result.text.split(separator: "\n").map { $0.split(separator: "\t").last.map(String.init) ?? "" }
        #expect(lines == ["I. Общие положения", "Стороны заявляют, т. е. подтверждают: «находящиеся за рубежом лица».",
                          "В. В. Путин сказал.", "Вопрос о Сrimea."])
    }

    @Test func analyzeGivesLemmaKeysScriptsAndConfusables() throws {
        let path = try CLI.temporaryFile(Self.sample, suffix: ".ru.txt")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try CLI.run(["analyze", path, "--transliterate"])
        #expect(result.status == 0, "\(result.error)")
        let json = try result.json()
        #expect((json["document"] as? [String: Any])?["path"] as? String == path)
        #expect((json["document"] as? [String: Any])?["script"] as? String == "Cyrillic")
        let tokens = json["tokens"] as? [[String: Any]] ?? []
        expectRangesSlice(tokens, Self.sample)
        let keyOf = Dictionary(tokens.map { ($0["text"] as? String ?? "", $0["key"] as? String ?? "") }) { first, _ in first }
        #expect(keyOf["находящиеся"] != nil && keyOf["лица"] != nil)
        #expect(tokens.first { $0["text"] as? String == "лица" }?["latin"] as? String == "litsa")
        let confusables = json["confusables"] as? [[String: Any]] ?? []
        #expect(confusables.count == 1)
        #expect(confusables.first?["text"] as? String == "Сrimea")
        let letter = (confusables.first?["letters"] as? [[String: Any]])?.first
        #expect(letter?["codePoint"] as? String == "U+0421")
        let letterRange = letter?["utf8Range"] as? [Int] ?? []
        #expect(letterRange.count == 2 && Array(Self.sample[letterRange[0]..<letterRange[1]]) == Array("С".utf8))
        #expect((json["sentences"] as? [Any])?.count == 4)
        #expect((json["paragraphs"] as? [[String: Any]])?.first?["kind"] as? String == "heading")
    }

    @Test func normalizePrintsTheKey() throws {
        let result = try CLI.run(["normalize", "--lang", "zh"], input: Array("國家　關係，“和平”\n".utf8))
        #expect(result.status == 0)
        #expect(result.text == "国家关系,\"和平\"\n")
        let json = try CLI.run(["normalize", "--format", "json", "--map"], input: Array("«Мир»".utf8)).json()
        #expect(json["key"] as? String == "\"мир\"")
        let map = json["map"] as? [[String: Any]] ?? []
        #expect(map.first?["utf8Range"] as? [Int] == [0, 2])
        #expect(map.first?["identity"] as? Bool == false)
    }

    @Test func invalidUTF8IsAnInputErrorNamingTheOffset() throws {
        let bytes = Array("Мир\n".utf8) + [0xFF] + Array("!".utf8)
        let path = try CLI.temporaryFile(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try CLI.run(["segment", path])
        #expect(result.status == 2)
        #expect(result.output.isEmpty)
        #expect(result.error.contains("\(path):2:1: invalid UTF-8 at byte offset 7 (0xFF)"))
    }

    @Test func lossyReadingReportsEachReplacement() throws {
        let bytes = Array("Мир ".utf8) + [0xFF] + Array(" дружба".utf8)
        let result = try CLI.run(["analyze", "--lossy"], input: bytes)
        #expect(result.status == 0)
        #expect(result.error.contains("byte offset 7: invalid UTF-8 (0xFF) read as U+FFFD"))
        let json = try result.json()
        #expect(json["replacements"] as? [[Int]] == [[7, 8]])
        #expect((json["tokens"] as? [[String: Any]])?.compactMap { $0["text"] as? String } == ["Мир", "дружба"])
    }

    @Test func emptyInputGivesAnEmptyResult() throws {
        let result = try CLI.run(["segment"], input: [])
        #expect(result.status == 0)
        let json = try result.json()
        #expect((json["segments"] as? [Any])?.isEmpty == true)
        #expect((json["document"] as? [String: Any])?["language"] as? String == "und")
    }

    @Test(arguments: [["segment", "/nonexistent/file.txt"], ["segment", "--unit", "chapter"], ["nonsense"],
                      ["analyze", "--lang", "fr"]])
    func usageAndInputErrorsExitWithTwo(_ arguments: [String]) throws {
        let result = try CLI.run(arguments, input: Array("текст".utf8))
        #expect(result.status == 2)
        #expect(!result.error.isEmpty)
    }

    @Test func outputIsByteIdenticalAcrossRuns() throws {
        let first = try CLI.run(["analyze"], input: Self.sample)
        let second = try CLI.run(["analyze"], input: Self.sample)
        #expect(first.output == second.output && !first.output.isEmpty)
    }

    @Test func theDictionaryFolderCanBeNamed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("termalign-dictionaries-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = Array("Стороны обсудили расширение НАТО.".utf8)
        let missing = try CLI.run(["analyze", "--lang", "ru", "-"], input: input, environment: ["TERMALIGN_DICTIONARIES": folder.path])
        #expect(missing.status != 0 && missing.error.contains("\(folder.path)/ru_RU") && missing.error.contains("TERMALIGN_DICTIONARIES"),
                "\(missing.error)")
        for name in ["ru_RU.aff", "ru_RU.dic", "en_US.aff", "en_US.dic"] {
            try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent(name).path,
                                                       withDestinationPath: "/usr/share/hunspell/\(name)")
        }
        let found = try CLI.run(["analyze", "--lang", "ru", "-"], input: input, environment: ["TERMALIGN_DICTIONARIES": folder.path])
        let usual = try CLI.run(["analyze", "--lang", "ru", "-"], input: input)
        #expect(found.status == 0 && found.output == usual.output, "\(found.error)")
    }

    @Test func helpExitsCleanly() throws {
        let result = try CLI.run(["--help"])
        #expect(result.status == 0)
        #expect(result.text.contains("segment") && result.text.contains("analyze") && result.text.contains("normalize"))
    }
}
