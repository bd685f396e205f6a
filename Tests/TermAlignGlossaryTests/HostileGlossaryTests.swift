import PropertyBased
import Testing
@testable import TermAlignGlossary

/// Glossaries as terminology systems and careless hands produce them: minified TBX, YAML aliases
/// of large texts, spreadsheets with formulas, malformed headers and declarations.
@Suite("Hostile and careless glossaries")
struct HostileGlossaryTests {
    /// A TBX of `count` concepts on one line, as terminology systems export it.
    static func minifiedTBX(concepts count: Int) -> String {
        let entries = (0..<count).map { index in
            "<conceptEntry id=\"c\(index)\"><langSec xml:lang=\"ru\"><termSec><term>термин \(index)</term></termSec></langSec>"
                + "<langSec xml:lang=\"en\"><termSec><term>term \(index)</term></termSec></langSec></conceptEntry>"
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\" "
            + "xmlns=\"urn:iso:std:iso:30042:ed-2\"><tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc>"
            + "</tbxHeader><text><body>" + entries.joined() + "</body></text></tbx>"
    }

    @Test func minifiedTBXLocatesEveryTermOnItsOneLine() throws {
        let text = Self.minifiedTBX(concepts: 2_000)
        let loaded = try Fixtures.load(text: text, format: .tbx)
        #expect(loaded.glossary.concepts.count == 2_000)
        let bytes = Array(text.utf8)
        for concept in [0, 1_234, 1_999] {
            let location = try #require(loaded.sourceMap.location(ofTerm: 0, section: 1, concept: concept, in: loaded.glossary))
            // The column counts characters (the Russian terms before it are two bytes a letter); the
            // location is the English term's element.
            let offset = try #require(location.offset)
            #expect(location.line == 1)
            #expect(location.column == String(decoding: bytes[..<offset], as: UTF8.self).unicodeScalars.count + 1)
            #expect(String(decoding: bytes[offset...].prefix(40), as: UTF8.self).contains("term \(concept)<"))
        }
    }

    /// One 300 KB scalar named once and aliased 200 times would be 60 MB of text from a file of
    /// 300 KB (and, written as TBX, 60 MB of output): refused where the anchor is.
    @Test func aliasesOfALargeTextAreRefused() {
        let large = String(repeating: "долгая заметка ", count: 10_000)
        let concepts = (0..<200).map { "  - id: c\($0)\n    note: *big\n" }.joined()
        let yaml = "title: &big \"\(large)\"\nconcepts:\n" + concepts
        #expect {
            _ = try Fixtures.load(text: yaml, format: .yaml)
        } throws: { error in
            let error = error as! GlossaryError
            return error.kind == .structure && error.location?.line == 1 && error.message.contains("anchors and aliases")
        }
    }

    /// What aliases are for: one short note shared by many concepts.
    @Test func aliasesOfAShortTextAreRead() throws {
        let concepts = (0..<500).map { "  - id: c\($0)\n    note: *shared\n" }.joined()
        let yaml = "title: &shared \"A note shared by every concept\"\nconcepts:\n" + concepts
        let loaded = try Fixtures.load(text: yaml, format: .yaml)
        #expect(loaded.glossary.concepts.count == 500 && loaded.glossary.concepts[499].notes == ["A note shared by every concept"])
    }

    @Test("CSV export shows formulas as text, and reading undoes it", arguments: [GlossaryFormat.csv, .tsv])
    func formulasAreNeutralizedAndRestored(format: GlossaryFormat) throws {
        let texts = ["=HYPERLINK(\"http://x\",\"y\")", "+7 495", "-ism", "@SUM(A1)", "'=quoted", "''-twice", "'plain",
                     "a=b", "обычный"]
        var concept = Concept(id: "=id")
        concept.sections = [LanguageSection(language: "en", terms: texts.map { Term($0, notes: ["=note"]) })]
        let glossary = Glossary(concepts: [concept])
        let written = glossary.serialized(as: format).text
        let delimiter: Character = format == .tsv ? "\t" : ","
        let cells = written.split(separator: "\n").dropFirst().flatMap { $0.split(separator: delimiter).map(String.init) }
        for cell in cells {
            let unquoted = cell.hasPrefix("\"") ? String(cell.dropFirst()) : cell
            #expect(!["=", "+", "-", "@"].contains(unquoted.first.map(String.init) ?? ""), "\(cell) would run as a formula")
        }
        #expect(written.contains("'=id") && written.contains("'-ism") && written.contains("'''-twice") && written.contains("'plain"))
        let reread = try Glossary.load(bytes: Array(written.utf8), file: "x", format: format).glossary
        #expect(reread == glossary)
    }

    static let cellTexts = Gen.element(of: ["'", "=", "+", "-", "@", "a", "б", " ", "\""]).compactMap { $0 }
        .array(of: 0...6).map { $0.joined() }

    @Test func neutralizingThenRestoringGivesBackAnyText() async {
        await propertyCheck(count: 300, input: Self.cellTexts) { text in
            let cell = SpreadsheetCell.neutralized(text)
            #expect(SpreadsheetCell.restored(cell) == text, "\(text.debugDescription)")
            #expect(!["=", "+", "-", "@"].contains(cell.first.map(String.init) ?? ""))
        }
    }

    @Test("CSV files without a usable header or rows are refused", arguments: [
        ("", nil as Int?, "the file is empty"),
        ("\n\n", nil, "the file is empty"),
        ("Term ID,Language,Term\nc1,en,x\n", 1, "the header has no concept column"),
        ("concept,language,term,language\nc1,en,x,ru\n", 1, "columns 2 and 4 both hold language"),
        ("concept,term,Term\nc1,x,y\n", 1, "columns 2 and 3 both hold term"),
    ])
    func strictHeaders(text: String, line: Int?, message: String) {
        #expect {
            _ = try Fixtures.load(text: text, format: .csv)
        } throws: { error in
            let error = error as! GlossaryError
            return error.location?.line == line && error.message.contains(message)
        }
    }

    /// A header is told from data by the names it holds, wherever the concept column stands.
    @Test func headerWithConceptLaterIsAHeader() throws {
        let loaded = try Fixtures.load(text: "language,term,concept\nen,sovereignty,c1\n", format: .csv)
        #expect(loaded.glossary.concepts.map(\.id) == ["c1"] && loaded.glossary.concepts[0].terms(in: "en") == [Term("sovereignty")])
        // Data whose concept id happens to be a column name is still data.
        let data = try Fixtures.load(text: "note,en,x\n", format: .csv)
        #expect(data.glossary.concepts.map(\.id) == ["note"])
    }

    @Test("A malformed XML declaration is refused where it goes wrong", arguments: [
        ("<?xml version=\"1.0<term>\"?><tbx/>", 16, "is not an XML version"),
        ("<?xml version='2.0'?><tbx/>", 16, "is not an XML version"),
        ("<?xml encoding=\"UTF-8\"?><tbx/>", 7, "must begin with version"),
        ("<?xml version=\"1.0\"encoding=\"UTF-8\"?><tbx/>", 20, "expected a space"),
        ("<?xml version=\"1.0\" standalone=\"yes\" encoding=\"UTF-8\"?><tbx/>", 38, "out of place"),
        ("<?xml version=\"1.0\" foo=\"bar\"?><tbx/>", 21, "unexpected \"foo"),
        ("<?xml version=\"1.0\" standalone=\"maybe\"?><tbx/>", 33, "must be \"yes\" or \"no\""),
        ("<?xml version=\"1.0\" encoding=\"windows-1251\"?><tbx/>", 31, "is not supported"),
        ("<?xml version=\"1.0?><tbx/>", 15, "no closing quote"),
        ("<?xml?><tbx/>", 6, "must give the version"),
    ])
    func xmlDeclaration(text: String, column: Int, message: String) {
        #expect {
            _ = try Fixtures.load(text: text, format: .tbx)
        } throws: { error in
            let error = error as! GlossaryError
            return error.location?.line == 1 && error.location?.column == column && error.message.contains(message)
        }
    }

    @Test func wellFormedDeclarationsAreRead() throws {
        for declaration in ["<?xml version=\"1.0\"?>", "<?xml version='1.1' encoding='utf-8' standalone='no' ?>",
                            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"] {
            let text = declaration + Self.minifiedTBX(concepts: 1).drop { $0 != ">" }.dropFirst()
            #expect(try Fixtures.load(text: String(text), format: .tbx).glossary.concepts.count == 1)
        }
    }

    /// Inputs the fuzzers found (`make fuzz`): each was read, but written back it read differently or
    /// not at all — a quote or "#" followed by a combining mark (one character, two scalars), a
    /// control character inside CDATA or an entity value. Now each is refused, or comes back equal.
    @Test(arguments: [("fuzz-quote-before-combining-mark.csv", GlossaryFormat.csv),
                      ("fuzz-comment-sign-with-combining-mark.yaml", .yaml), ("fuzz-control-in-cdata.tbx", .tbx),
                      ("fuzz-nul-in-entity-value.tbx", .tbx)])
    func fuzzerFindingsRoundTrip(name: String, format: GlossaryFormat) throws {
        let loaded: LoadedGlossary
        do {
            loaded = try Glossary.load(contentsOf: Fixtures.path(name), format: format)
        } catch {
            #expect(format == .tbx && error.message.contains("control character U+00"), "\(error)")
            return
        }
        let written = loaded.glossary.serialized(as: format).text
        let reread = try Glossary.load(bytes: Array(written.utf8), file: "written", format: format)
        #expect(reread.glossary == loaded.glossary, "\(written)")
    }
}
