import ArgumentParser
import TermAlign
import TermAlignCommandSupport

/// `termalign glossary lint`: the defects that would make matching or comparison wrong.
struct GlossaryLintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check a glossary: duplicate or empty term keys, missing languages, broken relations, mixed scripts.",
        discussion: "Exit status: 0 no findings, 1 findings, 2 unreadable glossary.\n\nExample: termalign glossary lint my-glossary.yaml --format json"
    )

    @OptionGroup var input: GlossaryInput

    @Option(help: "Output format: text (file:line:column: severity: message [rule]) or json.")
    var format: OutputFormat = .text

    func run() throws {
        let loaded = try input.load()
        let linter = GlossaryLinter(keyer: TermKeyer(analyzer: try TextAnalyzer()))
        let findings = try linter.lint(loaded)
        let out = try ByteSink.destination(nil, inputs: [], forPeople: format == .text)
        let writer = GlossaryLintWriter(glossary: input.name, loaded: loaded, findings: findings, out: out)
        switch format {
        case .text: writer.text()
        case .json: writer.json()
        }
        try out.finish()
        if !findings.isEmpty { throw ExitCode(1) }
    }
}
