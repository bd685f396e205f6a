import ArgumentParser
import TermAlign
import TermAlignCommandSupport

#if canImport(Glibc)
import Glibc
#endif

/// `termalign-bench match`: matching throughput with a small and a large glossary on the same text.
struct BenchMatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match",
        abstract: "Measure term matching with a small and a large generated glossary on the same generated text.",
        discussion: """
            Build with -c release first (make bench-match does). Glossaries are generated from the \
            corpus vocabulary (so their terms occur) plus made-up words (so most do not); the small \
            glossary is the first terms of the large one. Reports the compile time of each matcher, the \
            matching stage alone on analyses made once, and matching with analysis; medians of --runs. \
            The first 100 terms occur in the text; the others begin like corpus phrases and then differ.
            """
    )

    @Option(help: "Size of the generated text in MB (split evenly between ru, zh and en).")
    var megabytes = 10

    @Option(parsing: .upToNextOption, help: "Glossary sizes in terms.")
    var terms: [Int] = [100, 100_000]

    @Option(help: "Runs per measurement; the median is reported.")
    var runs = 5

    @Flag(help: "Also match without looking for discontinuous terms, taking turns, and print the ratio.")
    var compareDiscontinuous = false

    @Option(help: ArgumentHelp("Words allowed inside a discontinuous term (0: no search).",
                               discussion: "For instruction counts of one variant at a time under callgrind."))
    var discontinuousGap = MatchingOptions().discontinuousGap

    func run() throws {
        var generator = BenchCorpus()
        let share = megabytes * 1_000_000 / 3
        let documents = try [Language.ru, .zh, .en].map { language in
            try Document(bytes: generator.text(language, bytes: share), id: language.rawValue, language: language)
        }
        let total = Double(documents.reduce(0) { $0 + $1.bytes.count }) / 1e6
        let analyzer = try TextAnalyzer()
        let analyses = try documents.map { document in
            try analyzer.analyze(document, components: TermMatcher.analysis(for: document.language))
        }
        print("termalign-bench match: \(Console.decimal(total, places: 1)) MB (ru, zh, en), median of \(runs) runs, "
              + "\(sysconf(Int32(_SC_NPROCESSORS_ONLN))) cores")
        print(Console.left("glossary", 24) + Console.right("compile s", 11) + Console.right("match MB/s", 12)
              + Console.right("+analysis MB/s", 16) + Console.right("occurrences", 13) + Console.right("states", 10))
        let sizes = terms.sorted()
        let all = BenchGlossary.make(terms: sizes.last ?? 0)
        var matchers: [TermMatcher] = []
        var compileTimes: [Double] = []
        // Without the discontinuous search, as extra rows after the others.
        let chosen = MatchingOptions(discontinuousGap: discontinuousGap)
        let variants = compareDiscontinuous ? [chosen, MatchingOptions(discontinuousGap: 0)] : [chosen]
        var labels: [String] = []
        for options in variants {
            for size in sizes {
                let glossary = BenchGlossary.prefix(all, terms: size)
                var matcher: TermMatcher?
                compileTimes.append(try median { matcher = try TermMatcher(glossary: glossary, analyzer: analyzer, options: options) })
                matchers.append(matcher!)
                labels.append("\(size) terms" + (options.discontinuousGap == 0 ? ", gap 0" : ""))
            }
        }
        // The glossaries take turns within each run, so a slow spell of the shared machine does not
        // land on one of them only.
        var matchTimes = [[Double]](repeating: [], count: matchers.count)
        var withAnalysisTimes = [[Double]](repeating: [], count: matchers.count)
        var found = [Int](repeating: 0, count: matchers.count)
        for run in 0..<max(1, runs) {
            for (index, matcher) in matchers.enumerated() {
                matchTimes[index].append(try seconds { found[index] = analyses.reduce(0) { $0 + matcher.occurrences(in: $1).count } })
                if run < max(1, runs / 2) {
                    withAnalysisTimes[index].append(try seconds { for document in documents { _ = try matcher.occurrences(in: document) } })
                }
            }
        }
        for (index, label) in labels.enumerated() {
            print(Console.left(label, 24) + Console.right(Console.decimal(compileTimes[index], places: 2), 11)
                  + Console.right(Console.decimal(total / Self.median(matchTimes[index]), places: 1), 12)
                  + Console.right(Console.decimal(total / Self.median(withAnalysisTimes[index]), places: 1), 16)
                  + Console.right(String(found[index]), 13) + Console.right(String(matchers[index].automatonStateCount), 10))
        }
        if compareDiscontinuous {
            for index in sizes.indices {
                let with = matchTimes[index], without = matchTimes[index + sizes.count]
                print("\(sizes[index]) terms, matching with ÷ without the discontinuous search: "
                      + "\(Console.decimal(Self.median(with) / Self.median(without), places: 2))×")
            }
        }
        if let first = matchTimes.first, let last = matchTimes[..<sizes.count].last {
            print("matching time, largest ÷ smallest glossary: \(Console.decimal(Self.median(last) / Self.median(first), places: 2))× "
                  + "(per run: " + zip(first, last).map { Console.decimal($1 / $0, places: 2) }.joined(separator: " ") + ")")
        }
        print("peak resident memory: \(Int(ProcessUsage.peakResidentBytes) / 1_048_576) MB")
    }

    private func median(_ body: () throws -> Void) throws -> Double {
        Self.median(try (0..<max(1, runs)).map { _ in try seconds(body) })
    }

    private func seconds(_ body: () throws -> Void) throws -> Double {
        let elapsed = try ContinuousClock().measure { try body() }
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    private static func median(_ times: [Double]) -> Double {
        let sorted = times.sorted()
        return sorted.isEmpty ? .nan : sorted[sorted.count / 2]
    }
}

/// Generated glossaries for the matching benchmark. The first 100 terms are the corpus's own word
/// sequences and made-up terms: they occur in the text as a real glossary's terms do. Every further
/// term begins with a corpus word and goes on with made-up ones, so the automaton enters its states
/// all the time and mostly fails there — the work a large termbase adds. Some made-up Russian words
/// are real forms («права», «мира»), so the large glossary also finds more: as a real one would.
enum BenchGlossary {
    static func make(terms count: Int) -> Glossary {
        var random = SplitMix64(seed: 0x6E55_A4E1)
        let synthetic = SyntheticGlossary.make(terms: count)
        let rareHan = Array("鑫淼犇骉羴猋麤灥燚垚焱赑嫑嘦孬歪").map(String.init)
        var glossary = Glossary(title: "Benchmark glossary of \(count) terms", sources: ["termalign-bench match"])
        var made = 0
        var seen = Set<String>()
        for (index, concept) in synthetic.concepts.enumerated() where made < count {
            var copy = Concept(id: "b\(index + 1)", subjectField: "benchmark")
            for section in concept.sections where made < count {
                var terms: [Term] = []
                for term in section.terms where made < count {
                    let occurring = made < 100 && random.chance(50)
                    var text = term.text
                    let madeUp = text.split(separator: " ").last.map(String.init) ?? text
                    switch (section.language, occurring) {
                    case ("ru", true): text = words(BenchCorpus.russian, 2...3, &random).joined(separator: " ")
                    case ("zh", true): text = words(BenchCorpus.chinese, 2...3, &random).joined()
                    case ("en", true): text = words(BenchCorpus.english, 2...3, &random).joined(separator: " ")
                    case ("ru", false) where made >= 100: text = random.pick(BenchCorpus.russian) + " " + madeUp
                    case ("zh", false) where made >= 100:
                        text = random.pick(BenchCorpus.chinese) + words(rareHan, 1...3, &random).joined()
                    case ("en", false) where made >= 100: text = random.pick(BenchCorpus.english) + " " + madeUp
                    default: break
                    }
                    guard seen.insert(section.language + text).inserted else { continue }
                    terms.append(Term(text, status: term.status))
                    made += 1
                }
                if !terms.isEmpty { copy.sections.append(LanguageSection(language: section.language, terms: terms)) }
            }
            glossary.concepts.append(copy)
        }
        return glossary
    }

    private static func words(_ vocabulary: [String], _ count: ClosedRange<Int>, _ random: inout SplitMix64) -> [String] {
        (0..<(count.lowerBound + random.below(count.count))).map { _ in random.pick(vocabulary) }
    }

    /// The first `count` terms of `glossary`, concept by concept.
    static func prefix(_ glossary: Glossary, terms count: Int) -> Glossary {
        var result = glossary
        result.concepts = []
        var left = count
        for concept in glossary.concepts where left > 0 {
            var copy = concept
            copy.sections = []
            for section in concept.sections where left > 0 {
                let taken = Array(section.terms.prefix(left))
                left -= taken.count
                copy.sections.append(LanguageSection(language: section.language, terms: taken))
            }
            result.concepts.append(copy)
        }
        return result
    }
}
