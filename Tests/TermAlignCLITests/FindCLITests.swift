import Foundation
import Testing

/// `termalign find` as a user runs it: document ids, formats, concordance, errors.
@Suite("termalign find")
struct FindCLITests {
    static let root = GlossaryCLITests.root
    static let sample = ["ru", "zh", "en"].map { root.appendingPathComponent("Examples/sample/statement.\($0).txt").path }

    @Test func jsonNamesDocumentsByLanguageAndGivesExactBytes() throws {
        let result = try CLI.run(["find", "--format", "json"] + Self.sample)
        #expect(result.status == 0, "\(result.error)")
        let json = try result.json()
        #expect(json["schemaVersion"] as? Int == 1)
        let documents = try #require(json["documents"] as? [[String: Any]])
        #expect(documents.map { $0["id"] as? String } == ["ru", "zh", "en"])
        let occurrences = try #require(json["occurrences"] as? [[String: Any]])
        let smo = try #require(occurrences.first { $0["concept"] as? String == "special-military-operation" })
        #expect(smo["document"] as? String == "ru")
        #expect(smo["term"] as? String == "специальная военная операция")
        #expect(smo["match"] as? String == "inflected")
        #expect(smo["status"] as? String == "preferred")
        // The bytes at utf8Range are the text, in every occurrence of every version.
        let files = Dictionary(uniqueKeysWithValues: zip(["ru", "zh", "en"], try Self.sample.map { try Data(contentsOf: URL(fileURLWithPath: $0)) }))
        for occurrence in occurrences {
            let range = try #require(occurrence["utf8Range"] as? [Int])
            let bytes = try #require(files[occurrence["document"] as? String ?? ""])
            #expect(String(decoding: bytes[range[0]..<range[1]], as: UTF8.self) == occurrence["text"] as? String)
        }
        #expect(Set(occurrences.compactMap { $0["document"] as? String }) == ["ru", "zh", "en"])
    }

    @Test func twoVersionsInOneLanguageAreNamedByFile() throws {
        let copy = try CLI.temporaryFile(Array("Стороны обсудили украинский кризис.".utf8), suffix: ".ru.txt")
        let result = try CLI.run(["find", "--format", "json", Self.sample[0], copy])
        let documents = try #require(result.json()["documents"] as? [[String: Any]])
        #expect(documents.map { $0["id"] as? String } == ["statement.ru.txt", URL(fileURLWithPath: copy).lastPathComponent])
    }

    @Test func concordanceAndTSV() throws {
        let text = try CLI.run(["find", "--context", "12", Self.sample[0]])
        #expect(text.text.contains("[специальной военной операцией]"))
        let tsv = try CLI.run(["find", "--format", "tsv", Self.sample[2]])
        let lines = tsv.text.split(separator: "\n")
        #expect(lines.first == "document\tline\tcolumn\tstart\tend\tconcept\tterm\ttext\tmatch\tstatus")
        #expect(lines.dropFirst().allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 10 })
    }

    @Test func aGlossaryFileAndItsSkippedTerms() throws {
        let glossary = try CLI.temporaryFile(Array("""
            concepts:
              - id: crisis
                terms:
                  en: [{term: Ukraine crisis}, {term: "—"}]
            """.utf8), suffix: ".yaml")
        let result = try CLI.run(["find", "--glossary", glossary, "--format", "json", Self.sample[2]])
        #expect(result.status == 0)
        #expect(result.error.contains("en term \"—\" of crisis has no letters or digits; it is never matched"))
        let occurrences = try #require(result.json()["occurrences"] as? [[String: Any]])
        #expect(occurrences.map { $0["concept"] as? String } == ["crisis"])
    }

    @Test func undetectableLanguageIsAnErrorUnlessGiven() throws {
        let numbers = try CLI.temporaryFile(Array("2022 2023\n".utf8))
        let refused = try CLI.run(["find", numbers])
        #expect(refused.status == 2)
        #expect(refused.error.contains(numbers) && refused.error.contains("--lang"))
        let given = try CLI.run(["find", "--lang", "en", numbers])
        #expect(given.status == 0)
        let suffixed = try CLI.temporaryFile(Array("2022 2023\n".utf8), suffix: ".zh.txt")
        #expect(try CLI.run(["find", suffixed]).status == 0)
    }

    @Test func badInputIsAClearError() throws {
        let invalid = try CLI.temporaryFile([0x41, 0xFF, 0x42])
        let result = try CLI.run(["find", invalid])
        #expect(result.status == 2)
        #expect(result.error.contains("invalid UTF-8 at byte offset 1"))
        let empty = try CLI.temporaryFile([], suffix: ".en.txt")
        let none = try CLI.run(["find", "--format", "json", empty])
        #expect(none.status == 0)
        #expect(try (none.json()["occurrences"] as? [Any])?.isEmpty == true)
    }
}
