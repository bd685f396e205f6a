/// Writes a glossary as CSV or TSV, a row per term, concept fields on each concept's first row.
///
/// A concept without terms gets a row of its own. What the columns cannot hold (the glossary's
/// title, summary and sources; per-language definitions) is listed in `omitted`; notes and sources
/// are one per line inside their cell.
package enum CSVGlossaryWriter {
    static func write(_ glossary: Glossary, delimiter: Character) -> (text: String, omitted: [String]) {
        var omitted: [String] = []
        if glossary.title != nil || glossary.summary != nil || !glossary.sources.isEmpty {
            omitted.append("the glossary's title, summary and sources")
        }
        let definitionCount = glossary.concepts.reduce(0) { $0 + $1.definitions.count }
        if definitionCount > 0 { omitted.append("\(definitionCount) per-language definitions") }
        let used = CSVColumn.allCases.filter { column in
            CSVColumn.headerless.contains(column) || glossary.concepts.contains { hasValue(column, in: $0) }
        }
        var out = used.map(\.rawValue).map { cell($0, delimiter) }.joined(separator: String(delimiter)) + "\n"
        for concept in glossary.concepts {
            var first = true
            let rows = concept.sections.flatMap { section in section.terms.map { (section.language, Optional($0)) } }
            for (language, term) in rows.isEmpty ? [("", nil)] : rows {
                let cells = used.map { column -> String in
                    if column.isConceptLevel && !first { return "" }
                    return cell(value(column, concept: concept, language: language, term: term), delimiter)
                }
                out += cells.joined(separator: String(delimiter)) + "\n"
                first = false
            }
        }
        return (out, omitted)
    }

    private static func hasValue(_ column: CSVColumn, in concept: Concept) -> Bool {
        if column.isConceptLevel { return !value(column, concept: concept, language: "", term: nil).isEmpty }
        return concept.sections.contains { section in
            section.terms.contains { !value(column, concept: concept, language: section.language, term: $0).isEmpty }
        }
    }

    private static func value(_ column: CSVColumn, concept: Concept, language: String, term: Term?) -> String {
        let separator = String(CSVColumn.itemSeparator)
        switch column {
        case .concept: return concept.id
        case .language: return language
        case .term: return term?.text ?? ""
        case .status: return term?.status?.rawValue ?? ""
        case .note: return term?.notes.joined(separator: "\n") ?? ""
        case .partOfSpeech: return term?.partOfSpeech ?? ""
        case .grammaticalGender: return term?.grammaticalGender ?? ""
        case .termType: return term?.termType ?? ""
        case .usage: return term?.usage.joined(separator: separator) ?? ""
        case .framing: return term?.framing ?? ""
        case .context: return term?.context ?? ""
        case .match: return term?.hints.names.joined(separator: separator) ?? ""
        case .subjectField: return concept.subjectField ?? ""
        case .definition: return concept.definition ?? ""
        case .conceptNote: return concept.notes.joined(separator: "\n")
        case .sources: return concept.sources.joined(separator: "\n")
        case .independent: return concept.independent ? "true" : ""
        case .broader, .narrower, .related, .contrast:
            return concept.relations[RelationKind(rawValue: column.rawValue)!].joined(separator: separator)
        }
    }

    /// A cell, neutralized where a spreadsheet would read a formula (see ``SpreadsheetCell``), and
    /// quoted when it holds the delimiter, a quote or a line break (values are already trimmed).
    /// Scalars, not characters: a quote followed by a combining mark is one `Character`, which equals
    /// no quote, but the reader sees the quote.
    package static func cell(_ value: String, _ delimiter: Character) -> String {
        let text = SpreadsheetCell.neutralized(value)
        let separator = delimiter.unicodeScalars.first!
        let needsQuotes = text.unicodeScalars.contains { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        guard needsQuotes else { return text }
        var quoted = String.UnicodeScalarView()
        quoted.append("\"")
        for scalar in text.unicodeScalars {
            quoted.append(scalar)
            if scalar == "\"" { quoted.append("\"") }
        }
        quoted.append("\"")
        return String(quoted)
    }
}
