import Foundation
import Testing

/// `termalign align` as a user runs it.
@Suite("termalign align")
struct AlignCLITests {
    static let sample = FindCLITests.sample

    @Test func jsonSegmentsTileEveryVersion() throws {
        let result = try CLI.run(["align", "--format", "json"] + Self.sample)
        #expect(result.status == 0, "\(result.error)")
        let json = try result.json()
        #expect(json["schemaVersion"] as? Int == 1)
        let documents = try #require(json["documents"] as? [[String: Any]])
        #expect(documents.map { $0["id"] as? String } == ["ru", "zh", "en"])
        let segments = try #require(json["segments"] as? [[String: Any]])
        #expect(!segments.isEmpty)
        for (index, id) in ["ru", "zh", "en"].enumerated() {
            let size = try Data(contentsOf: URL(fileURLWithPath: Self.sample[index])).count
            var next = 0
            for segment in segments {
                let ranges = try #require(segment["ranges"] as? [String: Any])
                guard let range = ranges[id] as? [Int] else { continue }
                #expect(range[0] == next)
                next = range[1]
            }
            #expect(next == size, "\(id) covered up to \(next) of \(size)")
        }
        // Same input, same bytes.
        #expect(try CLI.run(["align", "--format", "json"] + Self.sample).output == result.output)
    }

    @Test func badInputIsAClearError() throws {
        let empty = try CLI.temporaryFile([], suffix: ".en.txt")
        let result = try CLI.run(["align", Self.sample[0], empty])
        #expect(result.status == 2)
        #expect(result.error.contains("no text to align") || result.error.contains("language"))
        let binary = try CLI.temporaryFile([0x41, 0x00, 0x42, 0xFF, 0xFE], suffix: ".en.txt")
        let second = try CLI.run(["align", Self.sample[0], binary])
        #expect(second.status == 2)
        #expect(second.error.contains("byte offset"))
        #expect(try CLI.run(["align", Self.sample[0]]).status == 2)
    }
}
