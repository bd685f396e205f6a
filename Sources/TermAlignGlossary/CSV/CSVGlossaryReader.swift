/// Reads a spreadsheet glossary: a row per term (concept id, language, term, status, note, and
/// optionally the other columns of ``CSVColumn`` when there is a header row). Rows of one concept
/// need not be adjacent; concept fields may be on any of its rows but must agree.
struct CSVGlossaryReader {
    let bytes: [UInt8]
    let file: String
    let format: GlossaryFormat

    func read() throws(GlossaryError) -> LoadedGlossary {
        let delimiter = format == .tsv ? UInt8(ascii: "\t") : Self.sniffedDelimiter(bytes)
        var rows = try DelimitedParser(bytes: bytes, file: file, delimiter: delimiter).rows()[...]
        guard let first = rows.first else {
            throw GlossaryError(.structure, file: file, message: "the file is empty: expected " + Self.layouts)
        }
        var skipped = SkipLog()
        if Self.isWideHeader(first.cells) {
            return try readWide(header: first, rows: rows.dropFirst(), delimiter: delimiter, skipped: &skipped)
        }
        var columns = CSVColumn.headerless.map(Optional.some)
        if Self.isHeader(first.cells) {
            columns = try Self.columns(of: first, file: file, skipped: &skipped)
            rows = rows.dropFirst()
        } else if first.cells.count >= 2, !first.cells[1].trimmingWhitespace().isEmpty, !Self.isLanguageTag(first.cells[1]) {
            throw GlossaryError(.structure, file: file, location: SourceLocation(file: file, line: first.line, column: 1),
                                message: "the first row is neither a header this reader understands nor a row of concept, "
                                + "language, term (it reads: " + first.cells.prefix(4).map { "\"\($0)\"" }.joined(separator: ", ")
                                + "); expected " + Self.layouts)
        }
        for required in [CSVColumn.concept, .language, .term] where !columns.contains(required) {
            throw GlossaryError(.structure, file: file, location: SourceLocation(file: file, line: first.line, column: 1),
                                message: "the header has no \(required.rawValue) column (it names: "
                                + first.cells.map { "\"\($0)\"" }.joined(separator: ", ") + ")")
        }
        var builder = Builder(file: file)
        for row in rows {
            guard row.cells.count <= columns.count else {
                throw GlossaryError(.structure, file: file, location: SourceLocation(file: file, line: row.line, column: 1),
                                    message: "a row of \(row.cells.count) cells, but there are \(columns.count) columns")
            }
            var cells: [CSVColumn: String] = [:]
            for (index, cell) in row.cells.enumerated() {
                guard let column = columns[index] else { continue }
                if let bad = Self.controlCharacter(in: cell) {
                    throw builder.fail(row.line, "control character U+\(hex(bad.value)) in column \(column.rawValue)")
                }
                cells[column] = SpreadsheetCell.restored(cell.trimmingWhitespace())
            }
            try builder.add(cells, line: row.line)
        }
        return LoadedGlossary(glossary: Glossary(concepts: builder.concepts), format: format,
                              warnings: skipped.warnings, sourceMap: builder.sourceMap)
    }

    /// The first control character of a cell other than a tab or a line break (which cells may hold).
    static func controlCharacter(in cell: String) -> Unicode.Scalar? {
        cell.unicodeScalars.first { $0.value < 0x20 && $0 != "\t" && $0 != "\n" }
    }

    /// The layouts the reader takes, for messages.
    static let layouts = "one of: a header naming one column per language (ru, zh, en or Russian, Chinese, English) "
        + "and a row per concept; a header naming the columns concept, language, term (status, note … optional) and a "
        + "row per term; or no header and rows of concept, language, term, status, note"

    /// Whether a cell reads as a language tag as glossaries write them (ru, en-GB, zh-Hans): a
    /// lowercase primary subtag of two or three letters, then subtags after dashes. A capitalized
    /// word ("Russian", "Term") is a header's, not a tag.
    static func isLanguageTag(_ cell: String) -> Bool {
        let parts = cell.trimmingWhitespace().split(separator: "-", omittingEmptySubsequences: false)
        guard let primary = parts.first, (2...3).contains(primary.count),
              primary.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) }) else { return false }
        return parts.allSatisfy { part in (1...8).contains(part.count) && part.unicodeScalars.allSatisfy { $0.isASCII && $0.properties.isAlphabetic || ("0"..."9").contains($0) } }
    }

    /// Whether a first row names columns: its first cell is the concept column, or two of its cells
    /// name glossary columns. A row of data names none (ids, language tags, terms), or at most one
    /// by chance (a concept whose id is "note").
    private static func isHeader(_ cells: [String]) -> Bool {
        if let first = cells.first, CSVColumn(header: first) == .concept { return true }
        return cells.count { CSVColumn(header: $0) != nil } >= 2
    }

    /// The columns a header row names; cells that name none are skipped with a warning, and a column
    /// named twice is an error (which of the two holds the data could only be guessed).
    private static func columns(of header: DelimitedParser.Row, file: String,
                                skipped: inout SkipLog) throws(GlossaryError) -> [CSVColumn?] {
        let columns = header.cells.map(CSVColumn.init(header:))
        var seen: [CSVColumn: Int] = [:]
        for (index, column) in columns.enumerated() {
            let location = SourceLocation(file: file, line: header.line, column: index + 1)
            guard let column else {
                skipped.record("column \"\(header.cells[index])\" (not a glossary column)", at: location)
                continue
            }
            if let earlier = seen[column] {
                throw GlossaryError(.structure, file: file, location: location,
                                    message: "columns \(earlier + 1) and \(index + 1) both hold \(column.rawValue) "
                                    + "(\"\(header.cells[earlier])\", \"\(header.cells[index])\"): keep one")
            }
            seen[column] = index
        }
        return columns
    }

    /// Gathers rows into concepts.
    private struct Builder {
        let file: String
        var concepts: [Concept] = []
        private var conceptLocations: [SourceLocation?] = []
        private var positions: [String: Int] = [:]
        /// Per concept, per section, the rows of its terms.
        private var termLocations: [[[SourceLocation?]]] = []

        var sourceMap: GlossarySourceMap {
            var map = GlossarySourceMap()
            map.concepts = conceptLocations
            map.terms = termLocations.map { $0.flatMap { $0 } }
            return map
        }

        init(file: String) { self.file = file }

        func fail(_ line: Int, _ message: String) -> GlossaryError {
            GlossaryError(.structure, file: file, location: SourceLocation(file: file, line: line, column: 1), message: message)
        }

        mutating func add(_ cells: [CSVColumn: String], line: Int) throws(GlossaryError) {
            let id = cells[.concept] ?? ""
            let language = cells[.language] ?? ""
            guard !id.isEmpty else { throw fail(line, "a row without a concept id") }
            let index: Int
            if let known = positions[id] {
                index = known
            } else {
                index = concepts.count
                concepts.append(Concept(id: id))
                conceptLocations.append(SourceLocation(file: file, line: line, column: 1))
                termLocations.append([])
                positions[id] = index
            }
            try addConceptFields(cells, to: index, line: line)
            // A row with neither language nor term carries concept fields only.
            if language.isEmpty && (cells[.term] ?? "").isEmpty { return }
            guard !language.isEmpty else { throw fail(line, "a term of \(id) without a language") }
            let term = try makeTerm(cells, line: line)
            var concept = concepts[index]
            var section = concept.sections.firstIndex { $0.language == language } ?? -1
            if section < 0 {
                section = concept.sections.count
                concept.sections.append(LanguageSection(language: language, terms: []))
                termLocations[index].append([])
            }
            concept.sections[section].terms.append(term)
            termLocations[index][section].append(SourceLocation(file: file, line: line, column: 1))
            concepts[index] = concept
        }

        private func makeTerm(_ cells: [CSVColumn: String], line: Int) throws(GlossaryError) -> Term {
            var term = Term(cells[.term] ?? "")
            if let status = cells[.status], !status.isEmpty {
                guard let value = TermStatus(tbx: status) else {
                    throw fail(line, "unknown status \"\(status)\" (expected preferred, admitted, deprecated or superseded)")
                }
                term.status = value
            }
            term.partOfSpeech = nonEmpty(cells[.partOfSpeech])
            term.grammaticalGender = nonEmpty(cells[.grammaticalGender])
            term.termType = nonEmpty(cells[.termType])
            term.usage = items(cells[.usage])
            term.framing = nonEmpty(cells[.framing])
            term.context = nonEmpty(cells[.context])
            term.notes = lines(cells[.note])
            for name in items(cells[.match]) {
                guard let hint = MatchingHints(name: name) else { throw fail(line, "unknown match hint \"\(name)\"") }
                term.hints.insert(hint)
            }
            return term
        }

        private mutating func addConceptFields(_ cells: [CSVColumn: String], to index: Int, line: Int) throws(GlossaryError) {
            var concept = concepts[index]
            let id = concept.id
            func merge<Value: Equatable>(_ field: inout Value, _ value: Value, empty: Value, _ name: String) throws(GlossaryError) {
                guard value != empty else { return }
                guard field == empty || field == value else {
                    throw fail(line, "concept \(id): \(name) differs from an earlier row of the concept")
                }
                field = value
            }
            try merge(&concept.subjectField, nonEmpty(cells[.subjectField]), empty: nil, "subjectField")
            try merge(&concept.definition, nonEmpty(cells[.definition]), empty: nil, "definition")
            try merge(&concept.notes, lines(cells[.conceptNote]), empty: [], "conceptNote")
            try merge(&concept.sources, lines(cells[.sources]), empty: [], "sources")
            if let flag = nonEmpty(cells[.independent]) {
                guard ["true", "yes", "1"].contains(flag.lowercased()) || ["false", "no", "0"].contains(flag.lowercased()) else {
                    throw fail(line, "independent must be true or false, not \"\(flag)\"")
                }
                try merge(&concept.independent, ["true", "yes", "1"].contains(flag.lowercased()), empty: false, "independent")
            }
            for kind in RelationKind.allCases {
                let column = CSVColumn(rawValue: kind.rawValue)!
                try merge(&concept.relations[kind], items(cells[column]), empty: [], kind.rawValue)
            }
            concepts[index] = concept
        }

        private func nonEmpty(_ cell: String?) -> String? {
            guard let cell, !cell.isEmpty else { return nil }
            return cell
        }

        /// List items and lines are split on scalars: a separator followed by a combining mark is
        /// one character, which would hide it from a split on characters.
        private func items(_ cell: String?) -> [String] {
            (cell ?? "").unicodeScalars.split(separator: CSVColumn.itemSeparator).map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
        }

        private func lines(_ cell: String?) -> [String] {
            (cell ?? "").unicodeScalars.split(separator: "\n").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
        }
    }
}
