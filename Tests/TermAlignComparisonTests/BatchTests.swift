import Testing
@testable import TermAlignComparison
import TermAlignText

/// The library's batch: results in input order, equal to one comparison at a time, errors in place.
struct BatchTests {
    @Test func compareEachGivesEachSetsResultInOrder() throws {
        let sets = [
            VersionSet(documents: [Document(text: "Стороны уважают суверенитет.", id: "ru", language: .ru),
                                   Document(text: "The Sides respect sovereignty.", id: "en", language: .en)]),
            VersionSet(documents: [Document(text: "Только одна версия.", id: "ru", language: .ru)]),
            VersionSet(documents: [Document(text: "Стороны против гегемонизма.", id: "ru", language: .ru),
                                   Document(text: "双方反对霸权主义。", id: "zh", language: .zh)]),
        ]
        var seen: [Int] = []
        var outcomes: [String] = []
        Fixtures.comparer.compareEach(Array(repeating: sets, count: 5).joined(), threads: 2) { index, result in
            seen.append(index)
            switch result {
            case let .success(comparison): outcomes.append(comparison.occurrences.map(\.occurrence.text).joined(separator: "|"))
            case let .failure(error): outcomes.append("error: \(error)")
            }
        }
        #expect(seen == Array(0..<15))
        let one = try sets.map { set -> String in
            do {
                return try Fixtures.comparer.compare(set).occurrences.map(\.occurrence.text).joined(separator: "|")
            } catch {
                return "error: \(error)"
            }
        }
        #expect(outcomes == Array(Array(repeating: one, count: 5).joined()))
        #expect(outcomes[1].hasPrefix("error:") && outcomes[0].contains("суверенитет"))
    }
}
