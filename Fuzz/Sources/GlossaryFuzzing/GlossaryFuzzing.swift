import TermAlign

/// One fuzz input for a glossary reader: any bytes are read as `format`; the reader may refuse them
/// with a ``GlossaryError`` but never crash, and a glossary it accepts must come back equal when
/// written in the same format and read again (for CSV and TSV, equal in what a row per term holds).
public func fuzzGlossaryReader(_ format: GlossaryFormat, _ data: UnsafePointer<UInt8>, _ size: Int) {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let loaded = try? Glossary.load(bytes: bytes, file: "fuzz", format: format) else { return }
    let written = loaded.glossary.serialized(as: format).text
    let reread: LoadedGlossary
    do {
        reread = try Glossary.load(bytes: Array(written.utf8), file: "written", format: format)
    } catch {
        fatalError("a glossary read from \(format) cannot be read back once written: \(error)\n\(written)")
    }
    let expected = format == .csv || format == .tsv ? rowsOnly(loaded.glossary) : loaded.glossary
    guard reread.glossary == expected else {
        fatalError("a glossary read from \(format) changes when written and read again:\n\(written)")
    }
}

/// What a row per term holds: no glossary title, summary or sources, no per-language definitions.
private func rowsOnly(_ glossary: Glossary) -> Glossary {
    var kept = Glossary(concepts: glossary.concepts)
    for index in kept.concepts.indices { kept.concepts[index].definitions = [:] }
    return kept
}
