/// The layout translators keep in a spreadsheet: a header with one column per language ("ru", "zh",
/// "en", or "Russian", "Chinese", "English" …), a row per concept, each language's cell its term (or
/// several, separated by the item separator when the file's delimiter is another character). A
/// concept column, if there is one, gives the ids; without one a concept is named by its line.
extension CSVGlossaryReader {
    /// The language a header cell names, or nil.
    static func language(ofHeader cell: String) -> String? {
        let key = cell.trimmingWhitespace().lowercased()
        let names: [String: String] = [
            "ru": "ru", "russian": "ru", "русский": "ru", "рус": "ru", "俄语": "ru", "俄文": "ru",
            "zh": "zh", "chinese": "zh", "китайский": "zh", "中文": "zh", "汉语": "zh", "zh-cn": "zh", "zh-hans": "zh",
            "en": "en", "english": "en", "английский": "en", "англ": "en", "英语": "en", "英文": "en",
        ]
        if let language = names[key] { return language }
        // A tag with a region or script (ru-RU, en-GB, zh-Hans-CN), or a name with its code ("Russian (ru)").
        if let dash = key.firstIndex(of: "-"), let language = names[String(key[..<dash])], key[..<dash].count == 2 {
            return language
        }
        if let open = key.firstIndex(of: "("), key.hasSuffix(")") {
            return names[String(key[key.index(after: open)..<key.index(before: key.endIndex)])]
        }
        return nil
    }

    /// Whether a first row is a wide header: two or more of its cells name languages.
    static func isWideHeader(_ cells: [String]) -> Bool {
        let languages = cells.count { language(ofHeader: $0) != nil }
        // One language column beside a concept column is a glossary of one language; a row of data
        // (a headerless file's "sovereignty,ru,…") names no concept column, and the long layout has
        // its language and term columns.
        let columns = cells.map(CSVColumn.init(header:))
        return languages >= 2
            || (languages == 1 && columns.contains(.concept) && !columns.contains(.language) && !columns.contains(.term))
    }

    /// Reads the rows after a wide header.
    func readWide(header: DelimitedParser.Row, rows: ArraySlice<DelimitedParser.Row>, delimiter: UInt8,
                  skipped: inout SkipLog) throws(GlossaryError) -> LoadedGlossary {
        var languages: [Int: String] = [:]
        var conceptColumns: [Int: CSVColumn] = [:]
        for (index, cell) in header.cells.enumerated() {
            if let language = Self.language(ofHeader: cell) {
                languages[index] = language
            } else if let column = CSVColumn(header: cell), column == .concept || column.isConceptLevel {
                conceptColumns[index] = column
            } else {
                skipped.record("column \"\(cell)\" (not a language or a concept column)",
                               at: SourceLocation(file: file, line: header.line, column: index + 1))
            }
        }
        var concepts: [Concept] = []
        var sourceMap = GlossarySourceMap()
        var seen: [String: Int] = [:]
        let splits = delimiter != UInt8(ascii: ";")
        for row in rows {
            var concept = Concept(id: "line-\(row.line)")
            var locations: [SourceLocation?] = []
            for (index, cell) in row.cells.enumerated() {
                let text = SpreadsheetCell.restored(cell.trimmingWhitespace())
                guard !text.isEmpty else { continue }
                if let bad = Self.controlCharacter(in: text) {
                    throw GlossaryError(.structure, file: file, location: SourceLocation(file: file, line: row.line, column: index + 1),
                                        message: "control character U+\(hex(bad.value)) in a cell")
                }
                if let column = conceptColumns[index] {
                    switch column {
                    case .concept: concept.id = text
                    case .definition: concept.definition = text
                    case .subjectField: concept.subjectField = text
                    case .conceptNote: concept.notes = [text]
                    case .sources: concept.sources = [text]
                    default: break
                    }
                    continue
                }
                guard let language = languages[index] else { continue }
                let terms = splits ? text.unicodeScalars.split(separator: CSVColumn.itemSeparator).map { String($0).trimmingWhitespace() }
                    .filter { !$0.isEmpty } : [text]
                concept.sections.append(LanguageSection(language: language, terms: terms.map { Term($0) }))
                locations += terms.map { _ in SourceLocation(file: file, line: row.line, column: index + 1) }
            }
            guard !concept.sections.isEmpty else { continue }
            if let earlier = seen[concept.id] {
                throw GlossaryError(.structure, file: file, location: SourceLocation(file: file, line: row.line, column: 1),
                                    message: "concept \(concept.id) is on line \(earlier) and line \(row.line): give each row its own id")
            }
            seen[concept.id] = row.line
            concepts.append(concept)
            sourceMap.concepts.append(SourceLocation(file: file, line: row.line, column: 1))
            sourceMap.terms.append(locations)
        }
        return LoadedGlossary(glossary: Glossary(concepts: concepts), format: format, warnings: skipped.warnings, sourceMap: sourceMap)
    }

    /// The delimiter of a CSV file: a comma, or a semicolon where the first line has more of them
    /// (a spreadsheet saved where the comma is the decimal separator).
    static func sniffedDelimiter(_ bytes: [UInt8]) -> UInt8 {
        var commas = 0, semicolons = 0, quoted = false
        for byte in bytes {
            if byte == UInt8(ascii: "\"") { quoted.toggle() }
            if quoted { continue }
            if byte == UInt8(ascii: "\n") { break }
            if byte == UInt8(ascii: ",") { commas += 1 }
            if byte == UInt8(ascii: ";") { semicolons += 1 }
        }
        return semicolons > commas ? UInt8(ascii: ";") : UInt8(ascii: ",")
    }
}
