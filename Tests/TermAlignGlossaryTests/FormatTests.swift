import Testing
@testable import TermAlignGlossary

@Suite("YAML and CSV reading")
struct FormatTests {
    @Test("CSV with a header: named columns in any order, aliases, quoting, concept fields, skipped columns")
    func readsCSV() throws {
        let loaded = try Fixtures.load("spreadsheet.csv")
        let glossary = loaded.glossary
        #expect(glossary.concepts.map(\.id) == ["citizens-abroad", "persons-abroad"])
        let citizens = glossary.concepts[0]
        #expect(citizens.subjectField == "consular protection")
        #expect(citizens.relations.broader == ["persons-abroad"])
        #expect(citizens.terms(in: "zh") == [Term("海外公民", status: .preferred, usage: ["china"],
                                                  notes: ["Used in PRC texts, \"citizens\" only"])])
        #expect(citizens.terms(in: "en")[0].usage == ["russia", "china"])
        #expect(citizens.terms(in: "en")[0].status == .preferred)
        #expect(glossary.concepts[1].terms(in: "en")[0].notes == ["two", "lines"])
        #expect(loaded.warnings.map(\.message) == ["skipped column \"Colour\" (not a glossary column)"])
        #expect(loaded.sourceMap.location(ofTerm: 0, section: 0, concept: 1, in: glossary)?.line == 5)
    }

    @Test("TSV without a header: concept, language, term, status, note")
    func readsTSV() throws {
        let concept = try #require(Fixtures.load("plain.tsv").glossary.concepts.first)
        #expect(concept.sections.map(\.language) == ["ru", "en", "zh"])
        #expect(concept.terms(in: "en") == [Term("sovereignty", status: .admitted, notes: ["note, with comma"])])
        #expect(concept.terms(in: "zh") == [Term("主权")])
    }

    @Test("Bad CSV fails with its line", arguments: [
        ("concept,language,term\na,ru,\"unterminated\n", 2, "unterminated quoted cell"),
        ("concept,language,term\na,ru,x,extra\n", 2, "a row of 4 cells"),
        ("concept,language,term,status\na,ru,x,best\n", 2, "unknown status \"best\""),
        ("concept,language,term\n,ru,x\n", 2, "without a concept id"),
        ("concept,language,term,subject\na,ru,x,law\na,en,y,politics\n", 3, "subjectField differs"),
        ("concept,term\na,x\n", 1, "no language column"),
    ])
    func badCSV(text: String, line: Int, message: String) {
        #expect {
            _ = try Fixtures.load(text: text, format: .csv)
        } throws: { error in
            let error = error as! GlossaryError
            return error.location?.line == line && error.message.contains(message)
        }
    }

    @Test("Bad YAML fails with line and column", arguments: [
        ("concepts:\n  - id: a\n    defintion: typo\n", 3, 5, "unknown key \"defintion\""),
        ("concepts:\n  - id: a\n    terms:\n      ru:\n        - term: x\n          status: best\n", 6, 19, "unknown status \"best\""),
        ("concepts:\n  - terms: {}\n", 2, 5, "a concept without an id"),
        ("concepts:\n  - id: a\n    terms:\n      ru:\n        - status: preferred\n", 5, 11, "without its text"),
        ("concepts: [\n", 2, 1, "YAML:"),
        ("title: a\ntitle: b\n", 2, 1, "duplicate key \"title\""),
        // A mapping too large for the linear duplicate check goes through a set.
        ("concepts:\n  - id: a\n    definitions:\n" + (0..<20).map { "      l\($0): x\n" }.joined() + "      l3: again\n",
         24, 7, "duplicate key \"l3\""),
        ("concepts:\n  - id: a\n---\nconcepts: []\n", 3, 1, "expected a single document"),
        ("concepts:\n  - *nope\n", 2, 5, "undefined alias *nope"),
        // An alias inside the node its anchor names would make a cycle: YAML leaves it undefined.
        ("concepts:\n  - &a\n    id: x\n    terms: {en: [*a]}\n", 4, 18, "undefined alias *a"),
        // Deep nesting (which libyaml scans in quadratic time) is refused at the first level too deep.
        ("concepts: " + String(repeating: "[", count: 200_000) + String(repeating: "]", count: 200_000), 1, 74,
         "nesting deeper than 64 levels"),
        ("concepts: " + String(repeating: "[", count: 63) + String(repeating: "]", count: 63), 1, 12,
         "a concept must be a mapping, not a list"),
        ("concepts:\n  - id: a\n    note: x\n    notes: [y]\n", 2, 5, "both note and notes"),
        ("concepts:\n  - id: a\n    terms:\n      en:\n        - term: x\n          match: [fuzzy]\n", 6, 18, "unknown match hint"),
        ("- just a list\n", 1, 1, "must be a mapping"),
    ])
    func badYAML(text: String, line: Int, column: Int, message: String) {
        #expect {
            _ = try Fixtures.load(text: text, format: .yaml)
        } throws: { error in
            let error = error as! GlossaryError
            let matches = error.location?.line == line && error.location?.column == column && error.message.contains(message)
            if !matches { print("got: \(error)") }
            return matches
        }
    }

    /// The YAML reader meets untrusted bytes through C (libyaml): damaged copies of the shipped
    /// glossary — bytes flipped, inserted, deleted, the text cut — load or fail with a located error,
    /// never crash, and a success still holds concepts with ids.
    @Test("Damaged YAML loads or fails with a location (property)")
    func damagedYAML() throws {
        let original = Array(try String(contentsOfFile: Fixtures.shippedYAML, encoding: .utf8).utf8.prefix(6_000))
        let specials = Array(":-[]{}&*!|>'\"#,?\n \t%@`~".utf8)
        var random = SplitMix64(seed: 23)
        var failures = 0
        for round in 0..<600 {
            var bytes = original
            for _ in 0..<(1 + Int(random.next() % 4)) {
                let at = Int(random.next() % UInt64(bytes.count))
                switch random.next() % 4 {
                case 0: bytes[at] = specials[Int(random.next() % UInt64(specials.count))]
                case 1: bytes.insert(specials[Int(random.next() % UInt64(specials.count))], at: at)
                case 2: bytes.remove(at: at)
                default: bytes.removeSubrange(at...)
                }
                if bytes.isEmpty { bytes = [0x61] }
            }
            do {
                let loaded = try Glossary.load(bytes: bytes, file: "damaged-\(round).yaml", format: .yaml)
                #expect(loaded.glossary.concepts.allSatisfy { !$0.id.isEmpty })
            } catch {
                failures += 1
                #expect(error.file == "damaged-\(round).yaml")
                #expect(error.kind == .syntax ? error.location != nil : true, "\(error)")
            }
        }
        // Most damage breaks the structure somewhere; a run where none failed would not test failing.
        #expect(failures > 100)
    }

    @Test("YAML nulls are empty; quoted nulls and numbers, booleans or dates as terms stay text")
    func nullsAndImplicitTypes() throws {
        let text = """
            concepts:
              - id: a
                definition: ~
                notes: null
                sources:
                subjectField: !!null ""
                independent: yes
                terms:
                  en: [2022, "null", true, 2023-03-21, 'NULL', "~"]
                  ru:
                    - term: 0x1F
                      note: Null
            """
        let concept = try #require(Fixtures.load(text: text, format: .yaml).glossary.concepts.first)
        #expect(concept.definition == nil && concept.notes.isEmpty && concept.sources.isEmpty && concept.subjectField == nil)
        #expect(concept.independent)
        #expect(concept.terms(in: "en").map(\.text) == ["2022", "null", "true", "2023-03-21", "NULL", "~"])
        #expect(concept.terms(in: "ru").map(\.text) == ["0x1F"])
        // Null only as a whole value: a note spelt "Null" is a null note, hence none.
        #expect(concept.terms(in: "ru")[0].notes.isEmpty)
    }

    @Test("An alias is read as YAML defines it; an alias bomb is refused before it is walked")
    func aliases() throws {
        let single = try Fixtures.load(text: "concepts:\n  - &x\n    id: a\n  - *x\n", format: .yaml)
        #expect(single.glossary.concepts.map(\.id) == ["a", "a"])
        // A few hundred bytes that stand for 200 concepts of 300 terms each.
        let terms = Array(repeating: "a", count: 100).joined(separator: ", ")
        let bomb = "concepts:\n  - &c\n    id: x\n    terms: {en: &l [\(terms)], ru: *l, zh: *l}\n"
            + String(repeating: "  - *c\n", count: 200)
        #expect {
            _ = try Fixtures.load(text: bomb, format: .yaml)
        } throws: { error in
            (error as? GlossaryError)?.message.contains("anchors and aliases") ?? false
        }
    }

    @Test("Formats are told by extension or content")
    func formatDetection() {
        #expect(GlossaryFormat(path: "a/b.TBX") == .tbx)
        #expect(GlossaryFormat(path: "b.yml") == .yaml)
        #expect(GlossaryFormat(path: "b.tab") == .tsv)
        #expect(GlossaryFormat(path: "glossary") == nil)
        #expect(GlossaryFormat.sniff(Array("\u{FEFF}\n  <tbx/>".utf8)) == .tbx)
        #expect(GlossaryFormat.sniff(Array("concepts: []".utf8)) == .yaml)
    }

    @Test("Language tags map to the analysed languages")
    func languageTags() {
        #expect(Language(tag: "zh-Hant-TW") == .zh)
        #expect(Language(tag: "ru_RU") == .ru)
        #expect(Language(tag: "en-GB") == .en)
        #expect(Language(tag: "fr") == .undetermined)
    }
}

import TermAlignText
