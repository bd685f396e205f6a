import ArgumentParser
import Foundation
import TermAlign
import TermAlignCommandSupport
#if canImport(Glibc)
import Glibc
#endif

/// `termalign-bench glossary-scale`: what a large termbase costs `termalign find` once compiled and
/// kept in the start-up cache — the same text with a 100-concept glossary and with that glossary plus
/// tens of thousands of concepts whose terms never occur, so that both runs find the same
/// occurrences and differ only in the glossary's size.
struct BenchGlossaryScaleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary-scale",
        abstract: "Measure find with a large glossary against a 100-concept one, cold and with the start-up cache warm.",
        discussion: """
            Build termalign and termalign-bench with -c release first. Writes the text (as `text` generates \
            it) and both glossaries to --write, runs termalign find on each with a fresh cache folder there, \
            and reports the median of --runs warm runs: wall time, CPU time and peak memory (the child's). \
            Fails when the two glossaries' results differ.
            """
    )

    @Option(help: "Concepts of the large glossary.")
    var concepts = 100_000

    @Option(help: "Megabytes of text (split between ru, zh and en).")
    var megabytes = 10

    @Option(help: "Warm runs of each; the median is reported.")
    var runs = 3

    @Option(help: "The termalign to measure.")
    var termalign = ".build/release/termalign"

    @Option(help: "The folder for the text, the glossaries and the cache.")
    var write = "bench-data/glossary-scale"

    func run() throws {
        try FileManager.default.createDirectory(atPath: write, withIntermediateDirectories: true)
        var generator = BenchCorpus()
        var texts: [String] = []
        for language in [Language.ru, .zh, .en] {
            let path = "\(write)/text.\(language.rawValue).txt"
            try Data(generator.text(language, bytes: megabytes * 1_000_000 / 3)).write(to: URL(fileURLWithPath: path))
            texts.append(path)
        }
        let sizes = try writeGlossaries()
        let cache = "\(write)/cache"
        try? FileManager.default.removeItem(atPath: cache)
        print("TermAlign bench: find on \(megabytes) MB with \(sizes.small) and \(sizes.large) concepts, median of \(runs) warm runs")
        var outputs: [String: Data] = [:]
        func measure(_ name: String, cold: Bool) throws -> ChildUsage {
            let arguments = ["find", "--cache", cache, "--glossary", "\(write)/\(name).yaml", "-o", "\(write)/\(name).out"] + texts
            if cold { return try ChildUsage.run(termalign, arguments) }
            let usages = try (0..<max(1, runs)).map { _ in try ChildUsage.run(termalign, arguments) }
            outputs[name] = try Data(contentsOf: URL(fileURLWithPath: "\(write)/\(name).out"))
            return usages.sorted { $0.wall < $1.wall }[usages.count / 2]
        }
        let rows = [("large, cold cache", try measure("large", cold: true)), ("small, warm", try measure("small", cold: false)),
                    ("large, warm", try measure("large", cold: false))]
        print(Console.left("glossary", 20) + Console.right("wall s", 8) + Console.right("CPU s", 8) + Console.right("peak MB", 9))
        for (label, usage) in rows {
            print(Console.left(label, 20) + Console.right(Console.decimal(usage.wall, places: 2), 8)
                  + Console.right(Console.decimal(usage.cpu, places: 2), 8) + Console.right(Console.decimal(usage.peak / 1e6, places: 0), 9))
        }
        print("large / small, warm: \(Console.decimal(rows[2].1.wall / rows[1].1.wall, places: 2))× wall, "
              + "\(Console.decimal(rows[2].1.cpu / rows[1].1.cpu, places: 2))× CPU")
        guard outputs["small"] == outputs["large"] else {
            throw ValidationError("the two glossaries found different occurrences: the large one's extra terms must never occur")
        }
    }
}

extension BenchGlossaryScaleCommand {
    /// Writes small.yaml and large.yaml; returns their sizes in concepts.
    private func writeGlossaries() throws -> (small: Int, large: Int) {
        // About 3.6 terms a concept, as the generator makes them.
        let small = SyntheticGlossary.make(terms: 360)
        var large = SyntheticGlossary.make(terms: (concepts - small.concepts.count) * 36 / 10, absent: true, prefix: "x")
        large.concepts = small.concepts + large.concepts
        for (name, glossary) in [("small", small), ("large", large)] {
            try Data(glossary.serialized(as: .yaml).text.utf8).write(to: URL(fileURLWithPath: "\(write)/\(name).yaml"))
        }
        return (small.concepts.count, large.concepts.count)
    }
}

/// One child process's wall time, CPU time and peak resident memory, as GNU time measures them: a
/// child spawned from this process would count this process's memory as its own first peak.
struct ChildUsage {
    let wall: Double, cpu: Double, peak: Double

    static func run(_ executable: String, _ arguments: [String]) throws -> ChildUsage {
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("termalign-bench-time-\(getpid())").path
        defer { unlink(report) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/time")
        process.arguments = ["-o", report, "-f", "%e %U %S %M", executable] + arguments
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw ValidationError("cannot run /usr/bin/time (Debian package time; make setup installs it): \(error)")
        }
        process.waitUntilExit()
        let fields = (try? String(contentsOfFile: report, encoding: .utf8))?.split(whereSeparator: \.isWhitespace).compactMap { Double($0) } ?? []
        guard process.terminationStatus == 0, fields.count == 4 else {
            throw ValidationError("\(executable) \(arguments.joined(separator: " ")) failed (status \(process.terminationStatus))")
        }
        return ChildUsage(wall: fields[0], cpu: fields[1] + fields[2], peak: fields[3] * 1024)
    }
}
