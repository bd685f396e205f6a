@_spi(Engine) import TermAlignText

/// `segment`'s output: each paragraph, sentence or word with its byte range, as JSON or one per line.
package struct SegmentWriter {
    package let analyzed: AnalyzedText
    /// "paragraph", "sentence" or "word".
    package let unit: String
    package let segments: [Row]
    package let out: ByteSink

    package init(analyzed: AnalyzedText, unit: String, segments: [Row], out: ByteSink) {
        (self.analyzed, self.unit, self.segments, self.out) = (analyzed, unit, segments, out)
    }

    /// One segment and what it is.
    package struct Row {
        package enum Detail {
            case paragraph(Paragraph)
            case sentence(Sentence)
            case word(Token)
        }

        package let range: ByteRange
        package let detail: Detail

        package init(range: ByteRange, detail: Detail) { (self.range, self.detail) = (range, detail) }
    }

    /// The segments as JSON, after the document header.
    package func json() {
        let json = JSONWriter(out: out)
        let bytes = analyzed.document.bytes
        json.header(analyzed.document, script: analyzed.scripts.dominant)
        json.raw(",\n \"unit\": ")
        json.string(unit)
        json.raw(",\n ")
        json.array("segments", segments) { segment in
            json.raw("{\"utf8Range\": ")
            json.range(segment.range)
            json.raw(", \"text\": ")
            json.string(bytes: bytes[segment.range.range])
            switch segment.detail {
            case let .paragraph(paragraph):
                json.raw(", \"kind\": ")
                json.string(paragraph.kind.rawValue)
                json.raw(", \"marker\": ")
                if let marker = paragraph.marker { json.range(marker) } else { json.raw("null") }
            case let .sentence(sentence):
                json.raw(", \"paragraph\": ")
                json.number(sentence.paragraph)
            case let .word(token):
                json.raw(", \"kind\": ")
                json.string(token.kind.rawValue)
            }
            if unit != "word" {
                json.raw(", \"script\": ")
                json.optionalString(analyzed.scripts(of: segment.range).dominant?.name)
            }
            json.raw("}")
        }
        json.raw(",\n ")
        json.replacementsAndEnd(analyzed.document)
    }

    /// One segment per line: start, end and text, tab-separated, line breaks inside shown as ⏎.
    package func text() {
        for segment in segments {
            out.write("\(segment.range.lowerBound)\t\(segment.range.upperBound)\t")
            out.write(analyzed.text(of: segment.range).replacing("\r\n", with: "⏎").replacing("\n", with: "⏎"))
            out.write("\n")
        }
    }
}
