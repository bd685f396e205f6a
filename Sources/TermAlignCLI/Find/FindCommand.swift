import ArgumentParser
import TermAlign
import TermAlignCommandSupport

/// `termalign find`: every glossary concept in every given version, with its exact original words.
struct FindCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "find",
        abstract: "Find the glossary's terms in one or more language versions.",
        discussion: """
            Russian and English terms match in every inflected form and, where the glossary allows, in \
            another word order; Chinese terms match on normalized characters (Traditional folded to \
            Simplified). Each occurrence gives the concept, the glossary term, the original text, its \
            UTF-8 byte range, line and column, and the match kind (exact, normalized, inflected, \
            reordered). With --context N, text output is a keyword-in-context concordance.

            Example: termalign find statement.ru.txt statement.en.txt --context 30
            """
    )

    @OptionGroup var glossaryOption: GlossaryOption
    @OptionGroup var cacheOption: CacheOption
    @OptionGroup var documents: DocumentSetOptions

    @Option(help: "Output format: json, text or tsv. Default: from -o's extension (.json, .tsv, .txt), else text.")
    var format: FindFormat?

    @Option(help: "Characters of context on each side of an occurrence (a concordance); 0 for none.")
    var context = 0

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func validate() throws {
        guard context >= 0 && context <= 1000 else { throw ValidationError("--context must be between 0 and 1000") }
    }

    /// `--format`, else what `-o`'s extension asks for, else text.
    var chosenFormat: FindFormat { format ?? outputFormat(forOutput: output) ?? .text }

    func run() throws {
        cacheOption.apply()
        // Inputs first: a bad file fails before the glossary is compiled.
        // Opened first: a destination that cannot be written is reported before any work.
        let out = try ByteSink.destination(output, inputs: documents.files + [glossaryOption.glossary].compactMap { $0 }, forPeople: chosenFormat != .json)
        let versions = try documents.load()
        let matcher = try glossaryOption.matcher()
        for skipped in matcher.skippedTerms { Console.error("termalign: warning: \(glossaryOption.name): \(skipped)") }
        // As compare says it: a version in a language the glossary lacks can only come out empty.
        for version in versions where !matcher.languages.contains(version.language) {
            Console.error("termalign: warning: \(version.path ?? version.id): the glossary has no \(version.language) terms, "
                          + "so nothing can be found in this version")
        }
        var results: [FoundOccurrences] = []
        for document in versions {
            results.append(FoundOccurrences(document: document, occurrences: try matcher.occurrences(in: document)))
        }
        let writer = OccurrenceWriter(out: out, context: context)
        switch chosenFormat {
        case .json: writer.json(results, glossary: glossaryOption.name, skipped: matcher.skippedTerms)
        case .text: writer.text(results)
        case .tsv: writer.tsv(results)
        }
        try out.finish()
    }
}

/// Output formats of `find`.
enum FindFormat: String, ExpressibleByArgument, CaseIterable {
    case json, text, tsv
}
