import ArgumentParser
import TermAlign
import TermAlignCommandSupport

/// `termalign align`: paragraphs or sentences of N language versions side by side.
struct AlignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract: "Align the paragraphs or sentences of two or more language versions.",
        discussion: """
            Paragraphs are aligned first, then sentences inside them; beads are 1–1, 1–0, 0–1, 2–1, 1–2 \
            and 2–2 (paragraphs also 3–1, 1–3), each segment with a confidence in [0, 1]. Evidence: \
            lengths (ratio estimated from the documents), numbers and dates in any script, acronyms, \
            section numerals, and with --glossary the glossary's concepts. The segments of each version \
            cover all its bytes exactly once; null marks a version with nothing for a segment. Warnings \
            (versions that do not correspond, an abridged version) go to standard error and the JSON.

            Example: termalign align statement.ru.txt statement.en.txt -o aligned.tsv
            """
    )

    @OptionGroup var documents: DocumentSetOptions
    @OptionGroup var cacheOption: CacheOption
    @OptionGroup var threadsOption: ThreadsOption

    @Option(name: .long, help: "A glossary (.yaml, .tbx, .csv, .tsv) whose concepts anchor the alignment. Default: none.")
    var glossary: String?

    @Option(help: "Align paragraphs or sentences.")
    var unit: AlignmentUnit = .sentence

    @Option(help: "Output format: json, tsv, text or tmx (a TMX 1.4b translation memory, a unit per segment). Default: from -o's extension (.json, .tsv, .txt, .tmx), else text.")
    var format: AlignFormat?

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func validate() throws {
        guard documents.files.count >= 2 || documents.files.allSatisfy(documents.mayHoldVersions) else {
            throw ValidationError("align needs at least two files, or one XLIFF or TMX file")
        }
    }

    /// `--format`, else what `-o`'s extension asks for, else text.
    var chosenFormat: AlignFormat { format ?? outputFormat(forOutput: output) ?? .text }

    func run() throws {
        cacheOption.apply()
        // Opened first: a destination that cannot be written is reported before any work.
        let out = try ByteSink.destination(output, inputs: documents.files + [glossary].compactMap { $0 }, forPeople: chosenFormat != .json)
        let (versions, units) = try documents.loadVersions()
        if let units {
            // The file states its alignment: shown as it is, nothing computed.
            try write(Alignment(documents: versions, given: units), to: out)
            return
        }
        guard versions.count >= 2 else {
            throw CLIError.message("align needs at least two files, or one XLIFF or TMX file; \(documents.files[0]) holds one version")
        }
        let aligner: Aligner
        if let glossary {
            let matcher = try GlossaryOption.matcher(path: glossary)
            for skipped in matcher.skippedTerms { Console.error("termalign: warning: \(glossary): \(skipped)") }
            aligner = Aligner(matcher: matcher, options: AlignmentOptions(unit: unit, threads: threadsOption.threads))
        } else {
            aligner = Aligner(options: AlignmentOptions(unit: unit, threads: threadsOption.threads))
        }
        try write(aligner.align(versions), to: out)
    }

    private func write(_ alignment: Alignment, to out: ByteSink) throws {
        for warning in alignment.warnings { Console.error("termalign: warning: \(warning)") }
        let writer = AlignmentWriter(out: out, alignment: alignment)
        switch chosenFormat {
        case .json: writer.json()
        case .tsv: writer.tsv()
        case .text: writer.text()
        case .tmx: writer.tmx(toolVersion: TermAlignVersion.current)
        }
        try out.finish()
    }
}

/// Output formats of `align`.
enum AlignFormat: String, ExpressibleByArgument, CaseIterable {
    case json, tsv, text, tmx
}

extension AlignmentUnit: ExpressibleByArgument {}
