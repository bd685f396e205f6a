import ArgumentParser
import TermAlign
import TermAlignCommandSupport

#if canImport(Glibc)
import Glibc
#endif

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare the language versions of one text: align them, find the glossary's terms, report every divergence.",
        discussion: """
            Findings: omission, addition, coverage, variant, scope, framing, inconsistency, \
            number-mismatch, mixed-script, and the alternat (the order in which the sides name \
            themselves) as info. What a version lacks before the versions meet, after they part, or \
            as whole paragraphs (an excerpt, a news report's lead, an abridged repost) is one \
            coverage finding per stretch, as info; omissions and additions are warnings only inside \
            the shared text. Without --reference the versions are equally authentic: what most \
            versions of a passage have is missing from the others (on a tie, the first file decides). \
            Findings come most severe first. Exit status: 0 done, 1 findings at or above --fail-on, \
            2 usage or input error.

            Example: termalign compare statement.ru.txt statement.zh.txt statement.en.txt -o report.html
            """
    )

    @OptionGroup var documents: DocumentSetOptions
    @OptionGroup var cacheOption: CacheOption
    @OptionGroup var glossaryOption: GlossaryOption
    @OptionGroup var threadsOption: ThreadsOption
    @OptionGroup(title: "Review") var review: ReviewOptions

    @Option(help: "Compare sentence by sentence or paragraph by paragraph.")
    var unit: AlignmentUnit = .sentence

    @Option(help: "Output format: text (terminal summary), json, md, html (one self-contained page, side by side), csv or tsv (the findings, a row each, for a spreadsheet), sarif (SARIF 2.1.0, for code-scanning CI), or xliff (XLIFF 2.1 of two versions with ITS quality issues). Default: from -o's extension (.json, .md, .html, .csv, .tsv, .sarif, .xliff), else text.")
    var format: CompareFormat?

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Option(name: .customLong("fail-on"), help: "Exit 1 when a finding the filters keep and no waiver names is of this severity or above: info, warning or error.")
    var failOn: SeverityArgument?

    @Option(help: "The id of the original version; omissions and additions are judged against it.")
    var reference: String?

    @Option(name: .long, parsing: .singleValue,
            help: "ID=LABEL: whose text a version is, as the glossary's usage labels say (en=china). Default: ru=russia, zh=china.")
    var side: [String] = []

    @Option(help: "How many findings the text summary shows in full.")
    var top = 20

    @Option(help: "Colour in the text summary: auto (when standard output is a terminal), always or never.")
    var color: ColorChoice = .auto

    func validate() throws {
        guard documents.files.count >= 2 || documents.files.allSatisfy(documents.mayHoldVersions) else {
            throw ValidationError("compare needs at least two files (language versions), or one XLIFF or TMX file")
        }
        for entry in side {
            let parts = entry.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw ValidationError("--side takes ID=LABEL (en=china), got \(entry)")
            }
        }
        guard top >= 0 else { throw ValidationError("--top must not be negative") }
    }

    /// Versions of one text are in different languages: two in the same one are two texts, which
    /// `diff-terms` compares (their concepts, not a translation's omissions).
    static func refuseOneLanguage(_ versions: [Document]) throws {
        var seen: [Language: String] = [:]
        for version in versions {
            let name = version.path ?? version.id
            if let first = seen.updateValue(name, forKey: version.language) {
                throw CLIError.message("\(first) and \(name) are both \(version.language): compare is for the language "
                    + "versions of one text; for two texts in one language use `termalign diff-terms \(first) \(name)`")
            }
        }
    }

    func run() throws {
        cacheOption.apply()
        // Opened first: a destination that cannot be written is reported before any work.
        let out = try ByteSink.destination(output, inputs: documents.files + [glossaryOption.glossary].compactMap { $0 }, forPeople: false)
        let (versions, units) = try documents.loadVersions()
        guard versions.count >= 2 else {
            throw CLIError.message("compare needs at least two files (language versions), or one XLIFF or TMX file; "
                                   + "\(documents.files[0]) holds one version")
        }
        if units == nil { try Self.refuseOneLanguage(versions) }
        let chosen = (format ?? outputFormat(forOutput: output) ?? .text)
        if chosen == .xliff && versions.count != 2 {
            throw CLIError.message("--format xliff holds a source and a target: give two versions, not \(versions.count)")
        }
        let progress = ProgressLine(enabled: isatty(STDERR_FILENO) == 1)
        progress.say("reading the glossary")
        let matcher = try glossaryOption.matcher()
        let sides = Dictionary(side.map { entry -> (String, String) in
            let parts = entry.split(separator: "=", maxSplits: 1)
            return (String(parts[0]), String(parts.count > 1 ? parts[1] : ""))
        }, uniquingKeysWith: { $1 })
        var options = ComparisonOptions(unit: unit, reference: reference, sides: sides, threads: threadsOption.threads)
        try review.apply(to: &options, glossary: matcher.glossary, firstVersion: documents.files.first)
        let comparer = Comparer(matcher: matcher, options: options)
        for skipped in comparer.matcher.skippedTerms { Console.error("termalign: warning: \(glossaryOption.name): \(skipped)") }
        progress.say("comparing \(versions.count) versions")
        let comparison = try units.map { try comparer.compare(versions, units: $0) } ?? comparer.compare(versions)
        progress.done()
        for warning in comparison.warnings { Console.error("termalign: warning: \(warning)") }
        ReviewOptions.reportStale(comparison.staleWaivers)
        let colors = color == .always || (color == .auto && output == nil && isatty(STDOUT_FILENO) == 1)
        var report = ComparisonReport(comparison: comparison, glossaryName: glossaryOption.name, colors: colors, top: top)
        report.toolVersion = TermAlignVersion.current
        report.sourceDocument = reference.flatMap { id in versions.firstIndex { $0.id == id } } ?? 0
        report.write(chosen.reportFormat, to: out)
        try out.finish()
        if let failOn, let highest = comparison.highestSeverity, highest >= failOn.severity {
            throw ExitCode(1)
        }
    }
}

enum CompareFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, md, html, csv, tsv, sarif, xliff

    var reportFormat: ComparisonReport.Format {
        switch self {
        case .text: return .text
        case .json: return .json
        case .md: return .markdown
        case .html: return .html
        case .csv: return .csv
        case .tsv: return .tsv
        case .sarif: return .sarif
        case .xliff: return .xliff
        }
    }
}

enum SeverityArgument: String, ExpressibleByArgument, CaseIterable {
    case info, warning, error

    var severity: Severity { Severity(rawValue: rawValue)! }
}

enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
}

/// One line of progress on standard error, rewritten in place; only for a terminal.
struct ProgressLine {
    let enabled: Bool

    func say(_ message: String) {
        if enabled { Console.progress("termalign: \(message) …", done: false) }
    }

    func done() {
        if enabled { Console.progress("", done: false) }
    }
}
