import TermAlignText

/// A glossary in the start-up cache's byte layout, for the compiled glossary the cache keeps (see
/// `TermMatcher`'s archive). Every stored property is written; `GlossaryArchiveTests` checks that a
/// glossary comes back equal and that the models have no property this file does not know.
extension Glossary {
    /// The number of stored properties the archive writes, per model type (checked against the types).
    package static let archivedProperties = (glossary: 4, concept: 9, relations: 4, section: 2, term: 10)

    package func archive(into out: inout BinaryArchiveWriter) {
        out.optional(title)
        out.optional(summary)
        out.strings(sources)
        out.list(concepts) { $0.archive(into: &$1) }
    }

    package init(archive input: inout BinaryArchiveReader) throws(BinaryArchiveReader.Damaged) {
        let title = try input.optional(), summary = try input.optional(), sources = try input.strings()
        // Concepts are decoded when used: a run finds a few of a large termbase's.
        let concepts = try input.list { (input) throws(BinaryArchiveReader.Damaged) in try Concept(archive: &input) }
        self.init(title: title, summary: summary, sources: sources, conceptList: ConceptList(archived: concepts))
    }
}

extension Concept {
    fileprivate func archive(into out: inout BinaryArchiveWriter) {
        out.string(id)
        out.optional(subjectField)
        out.optional(definition)
        let languages = definitions.keys.sorted()
        out.strings(languages)
        out.strings(languages.map { definitions[$0]! })
        out.strings(notes)
        out.strings(sources)
        for kind in [relations.broader, relations.narrower, relations.related, relations.contrast] { out.strings(kind) }
        out.bool(independent)
        out.integer(sections.count)
        for section in sections {
            out.string(section.language)
            out.integer(section.terms.count)
            for term in section.terms { term.archive(into: &out) }
        }
    }

    fileprivate init(archive input: inout BinaryArchiveReader) throws(BinaryArchiveReader.Damaged) {
        let id = try input.string(), subjectField = try input.optional(), definition = try input.optional()
        let languages = try input.strings(), texts = try input.strings()
        guard languages.count == texts.count else { throw BinaryArchiveReader.Damaged() }
        let notes = try input.strings(), sources = try input.strings()
        let relations = ConceptRelations(broader: try input.strings(), narrower: try input.strings(),
                                         related: try input.strings(), contrast: try input.strings())
        let independent = try input.bool()
        let sectionCount = try input.count()
        var sections: [LanguageSection] = []
        sections.reserveCapacity(sectionCount)
        for _ in 0..<sectionCount {
            let language = try input.string()
            let termCount = try input.count()
            var terms: [Term] = []
            terms.reserveCapacity(termCount)
            for _ in 0..<termCount { terms.append(try Term(archive: &input)) }
            sections.append(LanguageSection(language: language, terms: terms))
        }
        self.init(id: id, subjectField: subjectField, definition: definition,
                  definitions: Dictionary(zip(languages, texts), uniquingKeysWith: { first, _ in first }), notes: notes, sources: sources,
                  relations: relations, independent: independent, sections: sections)
    }
}

extension Term {
    fileprivate func archive(into out: inout BinaryArchiveWriter) {
        out.string(text)
        out.optional(status?.rawValue)
        out.optional(partOfSpeech)
        out.optional(grammaticalGender)
        out.optional(termType)
        out.strings(usage)
        out.optional(framing)
        out.optional(context)
        out.strings(notes)
        out.integer(hints.rawValue)
    }

    fileprivate init(archive input: inout BinaryArchiveReader) throws(BinaryArchiveReader.Damaged) {
        let text = try input.string()
        let status: TermStatus?
        if let raw = try input.optional() {
            guard let known = TermStatus(rawValue: raw) else { throw BinaryArchiveReader.Damaged() }
            status = known
        } else {
            status = nil
        }
        self.init(text, status: status, partOfSpeech: try input.optional(), grammaticalGender: try input.optional(),
                  termType: try input.optional(), usage: try input.strings(), framing: try input.optional(),
                  context: try input.optional(), notes: try input.strings(), hints: MatchingHints(rawValue: try input.integer()))
    }
}
