import ArgumentParser
import TermAlign
import TermAlignCommandSupport

/// `termalign glossary lint`: the defects that would make matching or comparison wrong.
struct GlossaryLintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check a glossary: duplicate or empty term keys, missing languages, broken relations, mixed scripts.",
        discussion: "Exit status: 0 no findings, 1 findings, 2 unreadable glossary."
    )

    @OptionGroup var input: GlossaryInput

    @Option(help: "Output format: text (file:line:column: severity: message [rule]) or json.")
    var format: OutputFormat = .text

    func run() throws {
        let loaded = try input.load()
        let linter = GlossaryLinter(keyer: TermKeyer(analyzer: try TextAnalyzer()))
        let findings = try linter.lint(loaded)
        let out = try ByteSink.destination(nil, inputs: [], forPeople: format == .text)
        switch format {
        case .text:
            for finding in findings { out.write("\(finding)\n") }
            let errors = findings.filter { $0.severity == .error }.count
            out.write("\(input.glossary): \(loaded.glossary.concepts.count) concepts, \(loaded.glossary.termCount) terms: "
                      + "\(errors) errors, \(findings.count - errors) warnings\n")
        case .json:
            let json = JSONWriter(out: out)
            json.raw("{\"schemaVersion\": 1,\n \"glossary\": ")
            json.string(input.glossary)
            json.raw(",\n ")
            json.array("findings", findings) { finding in
                json.raw("{\"rule\": ")
                json.string(finding.rule.rawValue)
                json.raw(", \"severity\": ")
                json.string(finding.severity.rawValue)
                json.raw(", \"concept\": ")
                json.optionalString(finding.concept)
                json.raw(", \"language\": ")
                json.optionalString(finding.language)
                json.raw(", \"line\": ")
                json.raw(finding.location.map { String($0.line) } ?? "null")
                json.raw(", \"column\": ")
                json.raw(finding.location.map { String($0.column) } ?? "null")
                json.raw(", \"message\": ")
                json.string(finding.message)
                json.raw("}")
            }
            json.raw("}\n")
        }
        try out.finish()
        if !findings.isEmpty { throw ExitCode(1) }
    }
}
