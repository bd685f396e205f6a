import Testing
@testable import TermAlignGlossary

/// Glossaries kept the way translators keep them in a spreadsheet: one column per language, saved
/// with a semicolon where the comma is the decimal separator, and a byte-order mark.
@Suite("Spreadsheet layouts")
struct SpreadsheetLayoutTests {
    @Test func oneColumnPerLanguageWithSemicolonsAndABOM() throws {
        let text = "\u{FEFF}Russian;Chinese;English\nсуверенитет;主权;sovereignty\nНАТО;北约;NATO\n"
        let loaded = try Glossary.load(bytes: Array(text.utf8), file: "terms.csv", format: .csv)
        let glossary = loaded.glossary
        #expect(glossary.concepts.count == 2)
        #expect(glossary.concepts[0].terms(in: "ru") == [Term("суверенитет")])
        #expect(glossary.concepts[0].terms(in: "zh") == [Term("主权")])
        #expect(glossary.concepts[1].terms(in: "en") == [Term("NATO")])
        #expect(glossary.concepts.map(\.id) == ["line-2", "line-3"])
        #expect(loaded.sourceMap.location(ofTerm: 0, section: 2, concept: 1, in: glossary)?.line == 3)
        #expect(GlossaryStatistics(glossary).complete == 2)
    }

    @Test func languageCodesAnIdColumnAndSeveralTermsInACell() throws {
        let text = "id,ru,en-GB,Comment\nsecurity,безопасность,security; safety,a note\n"
        let loaded = try Glossary.load(bytes: Array(text.utf8), file: "terms.csv", format: .csv)
        let concept = try #require(loaded.glossary.concepts.first)
        #expect(concept.id == "security")
        #expect(concept.terms(in: "en") == [Term("security"), Term("safety")])
        #expect(loaded.warnings.map(\.message) == ["skipped column \"Comment\" (not a language or a concept column)"])
    }

    @Test func oneLanguageColumnIsAGlossaryOfOneLanguage() throws {
        let text = "concept,ru,colour\nnato-enlargement,расширение НАТО,blue\n"
        let loaded = try Glossary.load(bytes: Array(text.utf8), file: "terms.csv", format: .csv)
        #expect(loaded.glossary.concepts.map(\.id) == ["nato-enlargement"])
        #expect(loaded.glossary.concepts[0].terms(in: "ru") == [Term("расширение НАТО")])
        #expect(loaded.warnings.map(\.message) == ["skipped column \"colour\" (not a language or a concept column)"])
        // With the long layout's columns, a column named by a language is not a language column.
        let long = "concept,language,term,ru\nx,en,peace,мир\n"
        let read = try Glossary.load(bytes: Array(long.utf8), file: "long.csv", format: .csv)
        #expect(read.glossary.concepts.first?.terms(in: "en") == [Term("peace")])
    }

    @Test func aHeaderThatIsNotUnderstoodIsRefusedNamingTheLayouts() throws {
        let text = "Foo,Bar,Baz\nx,y,z\n"
        #expect {
            _ = try Glossary.load(bytes: Array(text.utf8), file: "odd.csv", format: .csv)
        } throws: { error in
            let message = "\(error)"
            return message.hasPrefix("odd.csv:1:1:") && message.contains("one column per language")
                && message.contains("concept, language, term")
        }
    }

    @Test func twoRowsWithOneIdAreRefused() throws {
        let text = "concept;ru;en\nx;мир;peace\nx;война;war\n"
        #expect(throws: GlossaryError.self) {
            _ = try Glossary.load(bytes: Array(text.utf8), file: "twice.csv", format: .csv)
        }
    }
}
