import Testing
@testable import TermAlignText

/// Word forms kept between runs: a lemmatizer given an earlier one's forms keys them alike without
/// loading Hunspell, loads it at the first form it has not been given, and refuses a cut export.
struct LemmaFormsTests {
    static let words = ["граждан", "гражданами", "находящиеся", "операции", "лица", "крупнейших"]

    @Test func keptFormsNeedNoDictionary() throws {
        let first = try Lemmatizer(language: .ru)
        let keys = Self.words.map(first.key(for:))
        #expect(first.dictionaryLoaded, "keying a new form loads the dictionaries")
        var exported: [UInt8] = []
        first.exportedForms { exported = Array($0) }
        #expect(!exported.isEmpty)

        let second = try Lemmatizer(language: .ru)
        let alreadyCached = second.cachedForms
        #expect(exported.withUnsafeBytes { second.importForms($0) })
        #expect(second.cachedForms >= Self.words.count && second.cachedForms >= alreadyCached)
        #expect(Self.words.map(second.key(for:)) == keys)
        #expect(!second.dictionaryLoaded, "every form was given: Hunspell is not loaded")
        #expect(second.key(for: "добрососедства") == first.key(for: "добрососедства"))
        #expect(second.dictionaryLoaded, "a form not given loads it")
    }

    @Test func aCutExportIsRefused() throws {
        let first = try Lemmatizer(language: .en)
        _ = ["citizens", "persons", "located", "abroad"].map(first.key(for:))
        var exported: [UInt8] = []
        first.exportedForms { exported = Array($0) }
        for length in [0, 3, exported.count / 2, exported.count - 1] {
            let other = try Lemmatizer(language: .en)
            #expect(!Array(exported[..<length]).withUnsafeBytes { other.importForms($0) })
        }
    }
}
