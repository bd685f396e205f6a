import TermAlignAlignment
import TermAlignMatching
import TermAlignText

extension JSONWriter {
    /// `"segments": [{"id": "s1", "passage": "p1", "ranges": {"ru": [0, 312], "en": null}, "shape": [1, 0],
    /// "confidence": 0.97}, …]`: how `align` and `compare` list segments.
    package func segments(_ alignment: Alignment) {
        let documents = alignment.documents
        array("segments", alignment.segments) { segment in
            raw("{\"id\": ")
            string(segment.id)
            raw(", \"passage\": \"p\(segment.passage + 1)\", \"ranges\": {")
            for (index, document) in documents.enumerated() {
                if index > 0 { raw(", ") }
                string(document.id)
                raw(": ")
                if let range = segment.ranges[index] { self.range(range) } else { raw("null") }
            }
            raw("}, \"shape\": [\(segment.shape.map(String.init).joined(separator: ", "))]")
            raw(", \"confidence\": \(Self.decimal(segment.confidence))}")
        }
    }

    /// `"skippedTerms": [{"concept": …, "language": …, "term": …, "reason": …}, …]`: as `find` and
    /// `compare` list the glossary terms that are never matched.
    package func skippedTerms(_ terms: [SkippedTerm]) {
        array("skippedTerms", terms) { term in
            raw("{\"concept\": ")
            string(term.concept)
            raw(", \"language\": ")
            string(term.language)
            raw(", \"term\": ")
            string(term.term)
            raw(", \"reason\": ")
            string(term.reason.rawValue)
            raw("}")
        }
    }

    /// `"concept": …, "term": …, "text": …, "utf8Range": […], "line": …, "column": …, "match": …,
    /// "status": …`: how `find` and `compare` describe an occurrence.
    package func occurrenceFields(_ occurrence: Occurrence, line: Int, column: Int) {
        raw(", \"concept\": ")
        string(occurrence.concept)
        raw(", \"term\": ")
        string(occurrence.term.text)
        raw(", \"text\": ")
        string(occurrence.text)
        raw(", \"utf8Range\": ")
        range(occurrence.range)
        raw(", \"line\": \(line), \"column\": \(column), \"match\": ")
        string(occurrence.match.rawValue)
        raw(", \"status\": ")
        optionalString(occurrence.status?.rawValue)
    }

    /// A finite number with three decimals, or null.
    package static func decimal(_ value: Double) -> String { DecimalText.format(value, places: 3) ?? "null" }
}
