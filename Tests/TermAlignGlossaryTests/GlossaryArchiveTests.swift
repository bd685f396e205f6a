import Testing
import TermAlignGlossary
@_spi(Engine) import TermAlignText

/// The glossary in the start-up cache's byte layout: it comes back equal, the archive knows every
/// stored property of the model, and a cut or damaged archive is refused, never a crash.
struct GlossaryArchiveTests {
    static func archived(_ glossary: Glossary) -> [UInt8] {
        var out = BinaryArchiveWriter()
        glossary.archive(into: &out)
        return out.bytes
    }

    static func read(_ bytes: [UInt8]) throws -> Glossary {
        try bytes.withUnsafeBytes { raw in
            var input = BinaryArchiveReader(raw)
            let glossary = try Glossary(archive: &input)
            guard input.isAtEnd else { throw BinaryArchiveReader.Damaged() }
            return glossary
        }
    }

    /// A glossary with every property of every model type set, none to its default.
    static let everything = Glossary(title: "T", summary: "S", sources: ["a", "b"], concepts: [
        Concept(id: "c1", subjectField: "field", definition: "def", definitions: ["ru": "опр", "en": "def-en"],
                notes: ["n1"], sources: ["s1"], relations: ConceptRelations(broader: ["b"], narrower: ["n"], related: ["r"], contrast: ["c"]),
                independent: true, sections: [
                    LanguageSection(language: "ru", terms: [
                        Term("специальная военная операция", status: .preferred, partOfSpeech: "noun", grammaticalGender: "feminine",
                             termType: "fullForm", usage: ["russia"], framing: "official", context: "ctx", notes: ["tn"],
                             hints: [.reorderable, .caseSensitive]),
                        Term("СВО", status: .admitted),
                    ]),
                    LanguageSection(language: "zh-Hans", terms: [Term("特别军事行动", status: .superseded)]),
                ]),
        Concept(id: "c2"),
    ])

    @Test func glossariesComeBackEqual() throws {
        for glossary in [Self.everything, try ShippedGlossary.load().glossary, Glossary()] {
            #expect(try Self.read(Self.archived(glossary)) == glossary)
        }
    }

    /// A glossary read back keeps its concepts in the archive until used; changing its list makes
    /// it an array like any other, with the same concepts.
    @Test func readBackConceptsChangeLikeAnArray() throws {
        let shipped = try ShippedGlossary.load().glossary
        var list = try Self.read(Self.archived(shipped)).concepts
        var array = Array(shipped.concepts)
        #expect(Array(list) == array)
        list.append(Concept(id: "added"))
        array.append(Concept(id: "added"))
        list[3].notes.append("a note")
        array[3].notes.append("a note")
        list.remove(at: 1)
        array.remove(at: 1)
        #expect(Array(list) == array && list == ConceptList(array))
        #expect(Glossary(concepts: array).concepts.hashValue == list.hashValue)
    }

    /// A property added to the model must be added to the archive: this fails until it is.
    @Test func theArchiveKnowsEveryStoredProperty() {
        let counts = Glossary.archivedProperties
        #expect(Mirror(reflecting: Self.everything).children.count == counts.glossary)
        #expect(Mirror(reflecting: Self.everything.concepts[0]).children.count == counts.concept)
        #expect(Mirror(reflecting: ConceptRelations()).children.count == counts.relations)
        #expect(Mirror(reflecting: Self.everything.concepts[0].sections[0]).children.count == counts.section)
        #expect(Mirror(reflecting: Term("x")).children.count == counts.term)
    }

    @Test func cutOrDamagedArchivesAreRefused() {
        let bytes = Self.archived(Self.everything)
        for length in stride(from: 0, to: bytes.count, by: 7) {
            #expect(throws: BinaryArchiveReader.Damaged.self) { try Self.read(Array(bytes[..<length])) }
        }
        #expect(throws: BinaryArchiveReader.Damaged.self) { try Self.read(bytes + [0]) }
        // Flipped bytes either read as some glossary or are refused; none may crash.
        for position in stride(from: 0, to: bytes.count, by: 5) {
            var damaged = bytes
            damaged[position] ^= 0xA5
            _ = try? Self.read(damaged)
        }
    }
}
