@_spi(Engine) import TermAlignText

/// `normalize --format json`: the document header, the matching key, and (asked for) the map from
/// the key's chunks back to the input's bytes.
package struct NormalizationWriter {
    package let document: Document
    package let normalized: NormalizedText
    package let out: ByteSink

    package init(document: Document, normalized: NormalizedText, out: ByteSink) {
        (self.document, self.normalized, self.out) = (document, normalized, out)
    }

    package func json(withMap map: Bool) {
        let json = JSONWriter(out: out)
        json.header(document, script: ScriptProfile(utf8: document.bytes).dominant)
        json.raw(",\n \"key\": ")
        json.string(bytes: normalized.key)
        if map {
            json.raw(",\n ")
            json.array("map", normalized.chunks) { chunk in
                json.raw("{\"key\": [\(chunk.key.lowerBound), \(chunk.key.upperBound)], \"utf8Range\": ")
                json.range(chunk.source)
                json.raw(", \"identity\": \(chunk.isIdentity)}")
            }
        }
        json.raw(",\n ")
        json.replacementsAndEnd(document)
    }
}
