import TermAlignGlossary

/// `glossary lint`'s output: one line per finding and a summary, or JSON.
package struct GlossaryLintWriter {
    /// The glossary's name as the user gave it.
    package let glossary: String
    package let loaded: LoadedGlossary
    package let findings: [LintFinding]
    package let out: ByteSink

    package init(glossary: String, loaded: LoadedGlossary, findings: [LintFinding], out: ByteSink) {
        (self.glossary, self.loaded, self.findings, self.out) = (glossary, loaded, findings, out)
    }

    /// `file:line:column: severity: message [rule]` per finding, then the counts.
    package func text() {
        for finding in findings { out.write("\(finding)\n") }
        let errors = findings.filter { $0.severity == .error }.count
        out.write("\(glossary): \(loaded.glossary.concepts.count) concepts, \(loaded.glossary.termCount) terms: "
                  + "\(errors) errors, \(findings.count - errors) warnings\n")
    }

    package func json() {
        let json = JSONWriter(out: out)
        json.raw("{\"schemaVersion\": 1,\n \"glossary\": ")
        json.string(glossary)
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
}
