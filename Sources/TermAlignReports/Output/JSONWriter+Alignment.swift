import TermAlignAlignment
import TermAlignMatching
import TermAlignText

extension JSONWriter {
    /// `"segments": [{"id": "s1", "passage": "p1", "ranges": {"ru": [0, 312], "en": null}, "shape": [1, 0],
    /// "confidence": 0.97}, …]`: how `align` and `compare` list segments. A segment in which two
    /// versions group their sentences more finely adds `"pairs": [{"documents": ["ru", "en"],
    /// "beads": [{"ru": [0, 120], "en": [0, 130]}, …]}]`.
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
            raw(", \"confidence\": \(Self.decimal(segment.confidence))")
            if !segment.pairs.isEmpty { pairs(segment.pairs, alignment) }
            raw("}")
        }
    }

    /// `, "pairs": […]`: each pair's own beads inside a segment, as byte ranges of their sentences.
    private func pairs(_ pairs: [PairGrouping], _ alignment: Alignment) {
        raw(", \"pairs\": [")
        for (index, pair) in pairs.enumerated() {
            if index > 0 { raw(", ") }
            let (first, second) = (alignment.documents[pair.first].id, alignment.documents[pair.second].id)
            raw("{\"documents\": [")
            string(first)
            raw(", ")
            string(second)
            raw("], \"beads\": [")
            for (number, bead) in pair.beads.enumerated() {
                if number > 0 { raw(", ") }
                raw("{")
                for (side, (document, units)) in [(pair.first, bead.first), (pair.second, bead.second)].enumerated() {
                    if side > 0 { raw(", ") }
                    string(alignment.documents[document].id)
                    raw(": ")
                    let ranges = alignment.units[document]
                    if units.isEmpty { raw("null") } else {
                        range(ByteRange(lowerBound: ranges[units.lowerBound].lowerBound, upperBound: ranges[units.upperBound - 1].upperBound))
                    }
                }
                raw("}")
            }
            raw("]}")
        }
        raw("]")
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
    /// "status": …`: how `find` and `compare` describe an occurrence; a discontinuous one adds
    /// `"inserted": [[start, end], …]`, the byte ranges of the words that are not the term's.
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
        if !occurrence.inserted.isEmpty {
            raw(", \"inserted\": [")
            for (index, words) in occurrence.inserted.enumerated() {
                if index > 0 { raw(", ") }
                range(words)
            }
            raw("]")
        }
    }

    /// A finite number with three decimals, or null.
    package static func decimal(_ value: Double) -> String { DecimalText.format(value, places: 3) ?? "null" }
}
