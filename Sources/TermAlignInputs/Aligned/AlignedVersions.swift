import TermAlignText

/// The versions of a file that aligns them itself (XLIFF, TMX): one document per language, made of
/// its units' text, paragraph after paragraph, and the units that say which text goes with which.
public struct AlignedVersions: Sendable {
    /// One document per language, in the order the file first names them (XLIFF: source, target).
    public let documents: [Document]
    /// The units, in file order, with their text in each document.
    public let units: [ParallelUnit]
    /// Units left out, with why (no text in any language, a language the file does not declare).
    public let skipped: [String]
}

/// Collects units language by language while a reader walks an aligned file.
struct AlignedVersionsBuilder {
    private(set) var languages: [String] = []
    private var texts: [TextBuilder] = []
    private var units: [(id: String, ranges: [String: ByteRange])] = []
    private var ids: Set<String> = []
    var skipped: [String] = []

    /// Adds a unit: its id and the text of each language it has.
    mutating func add(id: String, pieces: [(language: String, text: TextBuilder)]) {
        var ranges: [String: ByteRange] = [:]
        for (language, text) in pieces where ranges[language] == nil {
            var index = languages.firstIndex(of: language)
            if index == nil {
                languages.append(language)
                texts.append(TextBuilder())
                index = languages.count - 1
            }
            if let range = texts[index!].appendParagraph(text) { ranges[language] = range }
        }
        guard !ranges.isEmpty else {
            skipped.append("unit \(id): no text")
            return
        }
        // Ids name segments in reports: a repeated one gets its position.
        var unique = id.isEmpty ? "\(units.count + 1)" : id
        if ids.contains(unique) { unique += "#\(units.count + 1)" }
        ids.insert(unique)
        units.append((unique, ranges))
    }

    /// The versions: each language's text as a document whose origin maps into `source`.
    func build(source: [UInt8], file: String, format: InputFormat) throws(InputError) -> AlignedVersions {
        guard languages.count >= 2 else {
            throw InputError(.structure, file: file, message: languages.isEmpty
                ? "no unit has text: there is nothing to compare"
                : "only \(languages[0]) has text (no unit is translated): there is nothing to compare; translate it first, or compare the source with a text file")
        }
        var documents: [Document] = []
        for (index, code) in languages.enumerated() {
            let primary = code.split(separator: "-").first.map { $0.lowercased() } ?? code
            let language = Language(rawValue: primary).flatMap { $0 == .undetermined ? nil : $0 }
            do {
                let document = try Document(bytes: texts[index].bytes, id: code, path: file, language: language)
                documents.append(document.with(origin: TextOrigin(format: format, source: source, anchors: texts[index].anchors)))
            } catch {
                throw InputError(.malformed, file: file, message: "the \(code) text: \(error)")
            }
        }
        let parallel = units.map { unit in ParallelUnit(id: unit.id, ranges: languages.map { unit.ranges[$0] }) }
        return AlignedVersions(documents: documents, units: parallel, skipped: skipped)
    }
}
