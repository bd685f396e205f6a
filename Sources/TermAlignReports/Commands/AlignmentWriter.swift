import TermAlignAlignment
import TermAlignGlossary
import TermAlignMatching
@_spi(Engine) import TermAlignText

/// Writes an alignment as JSON, TSV (one segment per line, each version's text in a column) or
/// text (segments as blocks).
package struct AlignmentWriter {
    package let out: ByteSink
    package let alignment: Alignment

    package init(out: ByteSink, alignment: Alignment) {
        (self.out, self.alignment) = (out, alignment)
    }

    var documents: [Document] { alignment.documents }

    package func json() {
        let json = JSONWriter(out: out)
        json.raw("{\"schemaVersion\": 1,\n \"unit\": ")
        json.string(alignment.unit.rawValue)
        json.raw(",\n ")
        json.array("documents", documents.indices) { index in
            json.raw("{")
            json.documentFields(documents[index])
            json.raw(", \"bytes\": \(documents[index].bytes.count), \"units\": \(alignment.units[index].count)}")
        }
        json.raw(",\n ")
        json.array("pairs", alignment.pairs) { pair in
            json.raw("{\"documents\": ")
            json.strings([documents[pair.documents.0].id, documents[pair.documents.1].id])
            json.raw(", \"lengthRatio\": \(Self.number(pair.lengthRatio)), \"lengthVariance\": \(Self.number(pair.lengthVariance))")
            json.raw(", \"anchors\": [\(pair.anchors.first), \(pair.anchors.second)], \"sharedAnchors\": \(pair.anchors.shared)")
            json.raw(", \"relatedness\": \(Self.number(pair.relatedness))}")
        }
        json.raw(",\n ")
        json.array("warnings", alignment.warnings) { warning in
            json.raw("{\"kind\": ")
            json.string(warning.kind.rawValue)
            json.raw(", \"documents\": ")
            json.strings(warning.documents)
            json.raw(", \"message\": ")
            json.string(warning.message)
            json.raw("}")
        }
        json.raw(",\n ")
        json.segments(alignment)
        json.raw("\n}\n")
    }

    package func tsv() {
        out.write((["segment", "confidence"] + documents.map(\.id)).joined(separator: "\t") + "\n")
        for segment in alignment.segments {
            let texts = documents.indices.map { index in
                segment.ranges[index].map { OccurrenceWriter.tsvCell(text(of: $0, in: index)) } ?? ""
            }
            out.write(([segment.id, Self.number(segment.confidence)] + texts).joined(separator: "\t") + "\n")
        }
    }

    package func text() {
        let width = documents.map(\.id.count).max() ?? 0
        for segment in alignment.segments {
            out.write("\(segment.id)  \(segment.shape.map(String.init).joined(separator: "–"))  confidence \(Self.number(segment.confidence))\n")
            for (index, document) in documents.enumerated() {
                let label = document.id + String(repeating: " ", count: width - document.id.count)
                if let range = segment.ranges[index] {
                    out.write("  \(label)  \(range)  \(text(of: range, in: index))\n")
                } else {
                    out.write("  \(label)  —\n")
                }
            }
            out.write("\n")
        }
    }

    /// The segment's text without the whitespace it carries at its ends.
    private func text(of range: ByteRange, in document: Int) -> String {
        documents[document].text(in: documents[document].trimmed(range))
    }

    /// Three decimals, or null for an unknown figure.
    package static func number(_ value: Double) -> String {
        JSONWriter.decimal(value)
    }
}
