import ArgumentParser
import TermAlign
import TermAlignCommandSupport

#if canImport(Glibc)
import Glibc
#endif

/// `termalign glossary …`: check, convert and inspect glossaries.
struct GlossaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary",
        abstract: "Check, convert and inspect glossaries (YAML, TBX v3/v2, CSV, TSV).",
        discussion: "Exit status: 0 success (lint: no findings), 1 lint findings, 2 unreadable glossary or usage error.\n\nExample: termalign glossary lint my-glossary.yaml",
        subcommands: [GlossaryLintCommand.self, GlossaryConvertCommand.self, GlossaryShowCommand.self,
                      GlossaryStatsCommand.self]
    )
}

/// The glossary file every subcommand reads.
struct GlossaryInput: ParsableArguments {
    @Argument(help: "The glossary: .yaml/.yml, .tbx/.xml, .csv or .tsv; - reads standard input; shipped (the default) is the China–Russia glossary built into termalign.")
    var glossary: String = GlossaryInput.shippedName

    /// The name that addresses the glossary compiled into the tool.
    static let shippedName = "shipped"

    /// The glossary as messages and reports name it.
    var name: String { glossary == Self.shippedName ? "\(ShippedGlossary.fileName) (shipped)" : glossary }

    @Option(help: "The glossary's format when its extension does not tell (yaml, tbx, csv, tsv).")
    var from: GlossaryFormat?

    @Option(help: "The glossary file's encoding when it is not UTF-8 (windows-1251 …). Default: UTF-8, else detected.")
    var encoding: String?

    /// Reads the glossary, with progress on standard error when it is a terminal, and reports what the
    /// reader skipped.
    func load() throws -> LoadedGlossary {
        let name = glossary
        var progress: (@Sendable (Double) -> Void)?
        if isatty(STDERR_FILENO) == 1 {
            progress = { fraction in Console.progress("reading \(name): \(Int(fraction * 100))%", done: fraction >= 1) }
        }
        let loaded = glossary == Self.shippedName ? try ShippedGlossary.load()
            : try GlossaryFile.load(path: glossary, format: from, encoding: encoding, option: "--encoding", progress: progress)
        for warning in loaded.warnings { Console.error("termalign: \(warning)") }
        return loaded
    }
}
