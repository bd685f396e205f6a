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

    /// A finite number with three decimals, or null.
    package static func decimal(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        let scaled = (abs(value) * 1000).rounded()
        let whole = Int(scaled / 1000), fraction = Int(scaled) - whole * 1000
        let digits = String(fraction)
        return (value < 0 && scaled > 0 ? "-" : "") + "\(whole)." + String(repeating: "0", count: 3 - digits.count) + digits
    }
}
