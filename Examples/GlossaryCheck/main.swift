// GlossaryCheck: what a terminologist runs before sharing a glossary. It loads a glossary (YAML, TBX or
// CSV; by default the one shipped with TermAlign), prints what loading skipped, the linter's findings
// with their file positions, and the glossary's statistics. Exit status 1 when the linter finds errors.
//
//     swift run GlossaryCheck
//     swift run GlossaryCheck path/to/glossary.tbx
import Foundation
import TermAlign

do {
    let loaded = CommandLine.arguments.count > 1
        ? try Glossary.load(contentsOf: CommandLine.arguments[1])
        : try ShippedGlossary.load()
    let glossary = loaded.glossary
    print("\(glossary.title ?? "Untitled glossary") (\(loaded.format))")

    // What the reader skipped or repaired is never silent.
    for warning in loaded.warnings { print("skipped: \(warning)") }

    let linter = GlossaryLinter(keyer: TermKeyer(analyzer: try TextAnalyzer()))
    let findings = try linter.lint(loaded)
    for finding in findings { print(finding) }
    let errors = findings.filter { $0.severity == .error }.count
    print("lint: \(errors) errors, \(findings.count - errors) warnings")

    let statistics = GlossaryStatistics(glossary)
    print("\nconcepts: \(statistics.concepts), complete in every language: \(statistics.complete)")
    print("terms: " + statistics.terms.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
    print("statuses: " + statistics.statuses.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
    print("relations: " + statistics.relations.sorted { $0.key.rawValue < $1.key.rawValue }
        .map { "\($0.key.rawValue) \($0.value)" }.joined(separator: ", "))
    exit(errors > 0 ? 1 : 0)
} catch {
    FileHandle.standardError.write(Data("GlossaryCheck: \(error)\n".utf8))
    exit(2)
}
