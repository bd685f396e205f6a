import Testing
@testable import TermAlignGlossary

@Suite("TBX reading")
struct TBXReaderTests {
    @Test("TBX v3 Basic: header, concept fields, relations, terms with every termNote")
    func readsVersion3() throws {
        let loaded = try Fixtures.load("tbx3-basic.tbx")
        let glossary = loaded.glossary
        #expect(glossary.title == "Sample & test termbase")
        #expect(glossary.sources == ["Written by hand for the tests"])
        #expect(glossary.concepts.map(\.id) == ["sanctions", "jurisdiction"])
        let sanctions = glossary.concepts[0]
        #expect(sanctions.subjectField == "international law")
        #expect(sanctions.definition == "Measures imposed without the Security Council.")
        #expect(sanctions.sources == ["UN GA resolution"])
        #expect(sanctions.relations == ConceptRelations(related: ["jurisdiction"], contrast: ["multilateral"]))
        #expect(sanctions.definitions == ["zh": "未经安理会授权的制裁"])
        #expect(sanctions.sections.map(\.language) == ["ru", "zh", "en"])
        #expect(sanctions.terms(in: "ru")[0] == Term("односторонние санкции", status: .preferred, partOfSpeech: "noun",
                                                      grammaticalGender: "feminine", usage: ["russia"]))
        #expect(sanctions.terms(in: "ru")[1].notes == ["Softer wording."])
        #expect(sanctions.terms(in: "zh")[0].context == "反对单边制裁和“长臂管辖”。")
        let english = sanctions.terms(in: "en")
        #expect(english[0] == Term("unilateral sanctions", status: .preferred, termType: "fullForm",
                                   framing: "critical", hints: .reorderable))
        #expect(english[1].status == .deprecated)
        #expect(glossary.concepts[1].terms(in: "en")[0].status == .superseded)
        #expect(glossary.concepts[1].relations.broader == ["sanctions"])
        // What the model does not hold is reported, with where it was.
        #expect(loaded.warnings.map(\.message) == ["skipped <transacGrp> in <conceptEntry>"])
        #expect(loaded.warnings[0].location?.line == 21)
        #expect(loaded.sourceMap.location(ofTerm: 1, section: 2, concept: 0, in: glossary)?.line == 52)
    }

    @Test("TBX v2 (martif): tig and ntig, lang and xml:lang, normativeAuthorization; the DTD is not read")
    func readsVersion2() throws {
        let loaded = try Fixtures.load("tbx2-martif.tbx")
        let concept = try #require(loaded.glossary.concepts.first)
        #expect(concept.id == "c1")
        #expect(concept.sections.map(\.language) == ["en-US", "ru", "zh-Hans"])
        #expect(concept.terms(in: "en-US") == [Term("multipolar world", status: .preferred, partOfSpeech: "noun")])
        #expect(concept.terms(in: "ru") == [Term("многополярный мир", status: .admitted,
                                                 context: "Стороны выступают за многополярный мир.")])
        #expect(concept.terms(in: "zh-Hans") == [Term("世界多极化")])
        #expect(loaded.warnings.map(\.message) == ["skipped <encodingDesc> in <martifHeader>"])
    }

    @Test("Internal entities are expanded")
    func expandsInternalEntities() throws {
        let glossary = try Fixtures.load("internal-entity.tbx").glossary
        #expect(glossary.concepts[0].terms(in: "en")[0].text == "Shanghai Cooperation Organisation")
    }

    @Test("Malformed and unsafe TBX fails with file, line and column", arguments: [
        ("malformed-mismatched.tbx", GlossaryError.Kind.syntax, 7, 7, "does not match the open <langSec>"),
        ("malformed-unquoted.tbx", .syntax, 5, 24, "must be quoted"),
        ("missing-id.tbx", .structure, 5, 7, "without an id"),
        ("undefined-entity.tbx", .syntax, 6, 20, "undefined entity &chips;"),
        ("wrong-namespace.tbx", .structure, 2, 1, "unsupported TBX namespace"),
        ("truncated.tbx", .syntax, 6, 1, "missing </conceptEntry>"),
        ("external-entity.tbx", .unsafe, 9, 15, "never reads external entities"),
        ("parameter-entity.tbx", .unsafe, 4, 3, "parameter entity references are not supported"),
        ("billion-laughs.tbx", .unsafe, 5, 18, "nest deeper"),
    ])
    func refusesBadInput(file: String, kind: GlossaryError.Kind, line: Int, column: Int, message: String) throws {
        let error = try #require(Fixtures.loadError(file))
        #expect(error.kind == kind)
        #expect(error.location?.line == line)
        #expect(error.location?.column == column)
        #expect(error.message.contains(message), "\(error)")
        #expect(error.description.hasPrefix(Fixtures.path(file) + ":\(line):\(column): "))
    }

    @Test("A wide entity bomb stops at the expansion limit, before producing its output")
    func capsExpansion() throws {
        // Five levels of a hundred references: 10^10 bytes if expanded.
        var dtd = "<!ENTITY e0 \"\(String(repeating: "x", count: 100))\">\n"
        for level in 1...4 {
            dtd += "<!ENTITY e\(level) \"\(String(repeating: "&e\(level - 1);", count: 100))\">\n"
        }
        let text = "<!DOCTYPE tbx [\n\(dtd)]>\n<tbx><text><body><conceptEntry id=\"a\"><note>&e4;</note></conceptEntry></body></text></tbx>"
        #expect {
            _ = try Fixtures.load(text: text, format: .tbx)
        } throws: { error in
            let error = error as! GlossaryError
            return error.kind == .unsafe && error.message.contains("entity expansion exceeds 1048576 bytes")
        }
    }

    @Test("Well-formedness rules", arguments: [
        ("<tbx><a></b></tbx>", "does not match"),
        ("<tbx a=\"1\" a=\"2\"/>", "appears twice"),
        ("<tbx>&#0;</tbx>", "does not allow"),
        ("<tbx>\u{1}</tbx>", "control character U+0001"),
        ("<tbx/><tbx/>", "a second root element"),
        ("text<tbx/>", "text before the root element"),
        ("<tbx>]]></tbx>", "']]>' is not allowed"),
        ("<tbx>a & b</tbx>", "'&' must start a reference"),
        ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><tbx/>", "convert the file to UTF-8"),
        ("", "no root element"),
        ("<tbx><!-- unterminated </tbx>", "unterminated comment"),
        ("<martif><text><body><termEntry id=\"a\"><langSet><tig><term>x</term></tig></langSet></termEntry></body></text></martif>",
         "without xml:lang"),
        ("<glossary/>", "not a TBX file"),
    ])
    func wellFormedness(text: String, message: String) {
        #expect {
            _ = try Fixtures.load(text: text, format: .tbx)
        } throws: { error in
            (error as? GlossaryError)?.message.contains(message) ?? false
        }
    }

    @Test("UTF-16 TBX with a byte order mark is read; invalid UTF-8 is an encoding error with its offset")
    func encodings() throws {
        let text = "<tbx><text><body><conceptEntry id=\"a\"><langSec xml:lang=\"zh\"><termSec><term>主权</term></termSec></langSec></conceptEntry></body></text></tbx>"
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let glossary = try Glossary.load(bytes: utf16, file: "u16.tbx", format: .tbx).glossary
        #expect(glossary.concepts[0].terms(in: "zh")[0].text == "主权")

        let bad = Array("<tbx>\n  ".utf8) + [0xC3, 0x28] + Array("</tbx>".utf8)
        #expect {
            _ = try Glossary.load(bytes: bad, file: "bad.tbx", format: .tbx)
        } throws: { error in
            let error = error as! GlossaryError
            return error.kind == .encoding && error.location?.line == 2 && error.location?.column == 3
                && error.location?.offset == 8
        }
    }
}
