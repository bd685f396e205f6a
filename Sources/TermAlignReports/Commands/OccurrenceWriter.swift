import TermAlignAlignment
import TermAlignGlossary
import TermAlignMatching
@_spi(Engine) import TermAlignText

/// Writes occurrences as JSON, aligned text (or a keyword-in-context concordance) or TSV.
package struct OccurrenceWriter {
    package let out: ByteSink
    /// Characters of context each side (0: none).
    package let context: Int

    package init(out: ByteSink, context: Int) {
        (self.out, self.context) = (out, context)
    }

    package func json(_ results: [FoundOccurrences], glossary: String, skipped: [SkippedTerm]) {
        let json = JSONWriter(out: out)
        json.raw("{\"schemaVersion\": 1,\n \"glossary\": ")
        json.string(glossary)
        json.raw(",\n ")
        json.skippedTerms(skipped)
        json.raw(",\n ")
        json.array("documents", results) { result in
            json.raw("{")
            json.documentFields(result.document)
            json.raw(", \"occurrences\": ")
            json.number(result.occurrences.count)
            json.raw("}")
        }
        json.raw(",\n ")
        let all = results.flatMap { result in
            let lines = DocumentLines(result.document)
            return result.occurrences.map { (result.document, lines.location(of: $0.range.lowerBound), $0) }
        }
        json.array("occurrences", all) { document, location, occurrence in
            json.raw("{\"document\": ")
            json.string(document.id)
            json.occurrenceFields(occurrence, line: location.line, column: location.column)
            if context > 0 {
                let (left, right) = Concordance.context(of: occurrence.range, in: document, characters: context)
                json.raw(", \"left\": ")
                json.string(left)
                json.raw(", \"right\": ")
                json.string(right)
            }
            json.raw("}")
        }
        json.raw("}\n")
    }

    /// `id:line:column  concept  text  (kind, status; term: …)`, or with context a concordance whose
    /// keywords line up in one column.
    package func text(_ results: [FoundOccurrences]) {
        for result in results {
            let lines = DocumentLines(result.document)
            out.write("\(result.document.id) (\(result.document.path ?? "-"), \(result.document.language)): "
                      + "\(result.occurrences.count) occurrence\(result.occurrences.count == 1 ? "" : "s")\n")
            let places = result.occurrences.map { occurrence -> String in
                let location = lines.location(of: occurrence.range.lowerBound)
                return "\(result.document.id):\(location.line):\(location.column)"
            }
            let placeWidth = places.map(\.count).max() ?? 0
            for (occurrence, place) in zip(result.occurrences, places) {
                let shown = occurrence.text.onOneLine
                let detail = [occurrence.match.rawValue, occurrence.status?.rawValue].compactMap { $0 }.joined(separator: ", ")
                var term = occurrence.text == occurrence.term.text ? "" : "; term: \(occurrence.term.text)"
                if !occurrence.inserted.isEmpty {
                    term += "; inserted: " + occurrence.inserted.map { result.document.text(in: $0).onOneLine }.joined(separator: " … ")
                }
                if context > 0 {
                    let (left, right) = Concordance.context(of: occurrence.range, in: result.document, characters: context)
                    out.write(TextColumns.left(place, placeWidth) + "  " + TextColumns.right(left, context) + " [" + shown + "] "
                              + right + "  — " + occurrence.concept + " (" + detail + term + ")\n")
                } else {
                    out.write(TextColumns.left(place, placeWidth) + "  " + occurrence.concept + "  " + shown
                              + "  (" + detail + term + ")\n")
                }
            }
        }
    }

    package func tsv(_ results: [FoundOccurrences]) {
        var header = ["document", "line", "column", "start", "end", "concept", "term", "text", "match", "status"]
        if context > 0 { header += ["left", "right"] }
        out.write(header.joined(separator: "\t") + "\n")
        for result in results {
            let lines = DocumentLines(result.document)
            for occurrence in result.occurrences {
                let location = lines.location(of: occurrence.range.lowerBound)
                let (line, column) = (location.line, location.column)
                var fields = [result.document.id, String(line), String(column), String(occurrence.range.lowerBound),
                              String(occurrence.range.upperBound), occurrence.concept, occurrence.term.text,
                              occurrence.text, occurrence.match.rawValue, occurrence.status?.rawValue ?? ""]
                if context > 0 {
                    let (left, right) = Concordance.context(of: occurrence.range, in: result.document, characters: context)
                    fields += [left, right]
                }
                out.write(fields.map(Self.tsvCell).joined(separator: "\t") + "\n")
            }
        }
    }

    /// A TSV cell: escaped (see ``escapeTSV(_:)``), and neutralized where a spreadsheet would run it
    /// as a formula (see `SpreadsheetCell`).
    package static func tsvCell(_ field: String) -> String {
        SpreadsheetCell.neutralized(escapeTSV(field))
    }

    /// Backslash, tab and line breaks as `\\`, `\t`, `\n`, `\r`, so every record is one line.
    package static func escapeTSV(_ field: String) -> String {
        guard field.contains(where: { $0 == "\\" || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return field }
        var escaped = ""
        for scalar in field.unicodeScalars {
            switch scalar {
            case "\\": escaped += "\\\\"
            case "\t": escaped += "\\t"
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}

/// One document and what was found in it.
package struct FoundOccurrences {
    package let document: Document
    package let occurrences: [Occurrence]

    package init(document: Document, occurrences: [Occurrence]) {
        (self.document, self.occurrences) = (document, occurrences)
    }
}
