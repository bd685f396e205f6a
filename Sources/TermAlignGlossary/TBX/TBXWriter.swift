/// Writes a glossary as TBX v3 Basic, DCA style, that ``TBXReader`` reads back into the same model.
///
/// Matching hints, which TBX has no category for, go into TermAlign's private `x-matchingHints`
/// category; other tools skip it.
enum TBXWriter {
    static func write(_ glossary: Glossary) -> String {
        var xml = XMLWriter()
        let language = glossary.concepts.first?.sections.first?.language ?? "en"
        xml.open("tbx", ["type": "TBX-Basic", "style": "dca", "xml:lang": language, "xmlns": TBXVocabulary.namespace])
        writeHeader(glossary, to: &xml)
        xml.open("text")
        xml.open("body")
        for concept in glossary.concepts { writeConcept(concept, to: &xml) }
        xml.close("body")
        xml.close("text")
        xml.close("tbx")
        return xml.output
    }

    private static func writeHeader(_ glossary: Glossary, to xml: inout XMLWriter) {
        xml.open("tbxHeader")
        xml.open("fileDesc")
        if glossary.title != nil || glossary.summary != nil {
            xml.open("titleStmt")
            if let title = glossary.title { xml.element("title", text: title) }
            if let summary = glossary.summary { xml.element("note", text: summary) }
            xml.close("titleStmt")
        }
        xml.open("sourceDesc")
        for source in glossary.sources { xml.element("p", text: source) }
        xml.close("sourceDesc")
        xml.close("fileDesc")
        xml.close("tbxHeader")
    }

    private static func writeConcept(_ concept: Concept, to xml: inout XMLWriter) {
        xml.open("conceptEntry", ["id": concept.id])
        if let subject = concept.subjectField { xml.element("descrip", ["type": "subjectField"], text: subject) }
        if let definition = concept.definition { xml.element("descrip", ["type": "definition"], text: definition) }
        for (kind, target) in concept.relations.all {
            xml.element("descrip", ["type": TBXVocabulary.type(of: kind), "target": target], text: target)
        }
        for source in concept.sources { xml.element("admin", ["type": "source"], text: source) }
        if concept.independent {
            xml.element("admin", ["type": TBXVocabulary.hintsType], text: TBXVocabulary.independentHint)
        }
        for note in concept.notes { xml.element("note", text: note) }
        for section in concept.sections {
            xml.open("langSec", ["xml:lang": section.language])
            if let definition = concept.definitions[section.language] {
                xml.element("descrip", ["type": "definition"], text: definition)
            }
            for term in section.terms { writeTerm(term, to: &xml) }
            xml.close("langSec")
        }
        // A definition in a language without terms still needs a section to live in.
        for (language, definition) in concept.definitions.sorted(by: { $0.key < $1.key })
        where !concept.sections.contains(where: { $0.language == language }) {
            xml.open("langSec", ["xml:lang": language])
            xml.element("descrip", ["type": "definition"], text: definition)
            xml.close("langSec")
        }
        xml.close("conceptEntry")
    }

    private static func writeTerm(_ term: Term, to xml: inout XMLWriter) {
        xml.open("termSec")
        xml.element("term", text: term.text)
        if let status = term.status { xml.element("termNote", ["type": "administrativeStatus"], text: status.tbxValue) }
        if let value = term.partOfSpeech { xml.element("termNote", ["type": "partOfSpeech"], text: value) }
        if let value = term.grammaticalGender { xml.element("termNote", ["type": "grammaticalGender"], text: value) }
        if let value = term.termType { xml.element("termNote", ["type": "termType"], text: value) }
        if let value = term.framing { xml.element("termNote", ["type": "usageNote"], text: value) }
        if !term.hints.isEmpty {
            xml.element("termNote", ["type": TBXVocabulary.hintsType], text: term.hints.names.joined(separator: " "))
        }
        for usage in term.usage { xml.element("admin", ["type": "customerSubset"], text: usage) }
        if let context = term.context { xml.element("descrip", ["type": "context"], text: context) }
        for note in term.notes { xml.element("note", text: note) }
        xml.close("termSec")
    }
}
