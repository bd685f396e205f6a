import ArgumentParser
import TermAlign
import TermAlignCommandSupport
import TermAlignTestSupport

/// `termalign-bench inputs`: what reading a web page or a Word file costs next to reading the same
/// text as a UTF-8 file — the reading alone, and a whole `find` (reading, analysis, matching).
struct BenchInputsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inputs",
        abstract: "Measure reading HTML and .docx against reading the same text as UTF-8, alone and with find's work.",
        discussion: """
            Build with -c release first. The generated corpus (as `text` uses) is saved as a web page \
            (a frame of menus and footer around <main>, a <p> per paragraph) and as a .docx (two runs per \
            paragraph, as Word writes). Each row is the median of --runs; MB/s counts the text's UTF-8 bytes.
            """
    )

    @Option(help: "Size of the generated corpus in MB (split evenly between ru, zh and en).")
    var megabytes = 6

    @Option(help: "Runs per measurement; the median is reported.")
    var runs = 5

    @Option(help: "Write the files to this folder (bench-ru.txt, bench-ru.html, bench-ru.docx …) so `termalign` can be measured on them.")
    var saveFiles: String?

    func run() throws {
        var generator = BenchCorpus()
        let share = megabytes * 1_000_000 / 3
        let texts = [Language.ru, .zh, .en].map { language in (language, generator.text(language, bytes: share)) }
        let matcher = try TermMatcher(glossary: ShippedGlossary.load().glossary)
        let total = Double(texts.reduce(0) { $0 + $1.1.count }) / 1e6
        print("TermAlign bench: reading inputs, \(Console.decimal(total, places: 1)) MB of text in 3 languages, median of \(runs) runs")
        var files: [(String, InputFormat, [[UInt8]])] = []
        files.append(("UTF-8 text", .text, texts.map(\.1)))
        files.append(("HTML page", .html, texts.map { Array(SampleFormats.html(String(decoding: $0.1, as: UTF8.self)).utf8) }))
        files.append((".docx", .docx, try texts.map { try SampleFormats.docx(document: SampleFormats.wordDocument(String(decoding: $0.1, as: UTF8.self))) }))
        if let folder = saveFiles {
            for (_, format, bytes) in files {
                for (index, file) in bytes.enumerated() {
                    let out = try ByteSink.outputFile("\(folder)/bench-\(texts[index].0.rawValue).\(format == .text ? "txt" : format.rawValue)")
                    out.write(bytes: file)
                    try out.finish()
                }
            }
        }
        print(Console.left("input", 12) + Console.right("file MB", 9) + Console.right("read MB/s", 11) + Console.right("× text", 8)
              + Console.right("find MB/s", 11) + Console.right("× text", 8))
        var baseline: (read: Double, find: Double)?
        for (label, format, bytes) in files {
            let read = try median { for (index, file) in bytes.enumerated() { _ = try Self.read(file, format, texts[index].0) } }
            let find = try median {
                for (index, file) in bytes.enumerated() {
                    let document = try Self.read(file, format, texts[index].0)
                    _ = try matcher.occurrences(in: document)
                }
            }
            let base = baseline ?? (read, find)
            baseline = base
            let size = Double(bytes.reduce(0) { $0 + $1.count }) / 1e6
            print(Console.left(label, 12) + Console.right(Console.decimal(size, places: 1), 9)
                  + Console.right(Console.decimal(total / read), 11) + Console.right(Console.decimal(read / base.read, places: 2) + "×", 8)
                  + Console.right(Console.decimal(total / find), 11) + Console.right(Console.decimal(find / base.find, places: 2) + "×", 8))
        }
    }

    /// The document a file gives, as `termalign` reads it.
    private static func read(_ bytes: [UInt8], _ format: InputFormat, _ language: Language) throws -> Document {
        guard format != .text else { return try Document(bytes: bytes, language: language) }
        let (text, origin) = try InputReader.text(of: bytes, format: format, file: "bench")
        return try Document(bytes: text, language: language).with(origin: origin)
    }

    private func median(_ body: () throws -> Void) throws -> Double {
        var times: [Double] = []
        let clock = ContinuousClock()
        for _ in 0..<max(1, runs) {
            let elapsed = try clock.measure { try body() }
            times.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        return times.sorted()[times.count / 2]
    }
}
