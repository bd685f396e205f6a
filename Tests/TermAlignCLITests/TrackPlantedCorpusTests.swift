import Foundation
import Testing
import TermAlignTestSupport

/// `termalign track` over articles of real sentences from `../shared/parallel` with four concepts'
/// renderings planted at known places (`PlantedCorpus`): the counts by concept, language, rendering,
/// source and month, and each concept's first and last date, are exactly the planted ones.
@Suite(.enabled(if: Checkout.shared != nil, "needs ../shared/parallel for the real sentences of the generated corpus"))
struct TrackPlantedCorpusTests {
    @Test func theCountsOfTheGeneratedCorpusAreThePlantedOnes() throws {
        let corpus = try PlantedCorpus.generate(parallel: Checkout.shared!.appendingPathComponent("parallel"), documents: 400)
        #expect(corpus.expected.values.reduce(0, +) > 1_000, "enough planted to be a test")
        let path = try TrackCLITests.write(corpus.lines)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try CLI.run(["track", path, "--samples", "1"])
        #expect(result.status == 0, "\(result.error)")
        let concepts = try result.json()["concepts"] as? [[String: Any]] ?? []
        for concept in PlantedRenderings.concepts {
            var planted: [String: Int] = [:]
            for (key, count) in corpus.expected where key.hasPrefix(concept.id + "|") {
                planted[String(key.dropFirst(concept.id.count + 1)), default: 0] += count
            }
            let found = try TrackCLITests.counts(result, concept: concept.id)
            let missing = planted.filter { found[$0.key] != $0.value }.keys.sorted()
            let extra = found.filter { planted[$0.key] == nil }.keys.sorted()
            #expect(missing.isEmpty && extra.isEmpty, "\(concept.id): differ on \(missing.prefix(5)), found but not planted \(extra.prefix(5))")
            let entry = concepts.first { $0["concept"] as? String == concept.id }
            #expect((entry?["first"] as? [String: Any])?["date"] as? String == corpus.first[concept.id])
            #expect((entry?["last"] as? [String: Any])?["date"] as? String == corpus.last[concept.id])
        }
    }

    @Test func theSameSeedGivesTheSameCorpus() throws {
        let parallel = Checkout.shared!.appendingPathComponent("parallel")
        let one = try PlantedCorpus.generate(parallel: parallel, documents: 50)
        let again = try PlantedCorpus.generate(parallel: parallel, documents: 50)
        let other = try PlantedCorpus.generate(parallel: parallel, documents: 50, seed: 7)
        #expect(one.lines == again.lines && one.expected == again.expected)
        #expect(one.lines != other.lines)
    }
}
