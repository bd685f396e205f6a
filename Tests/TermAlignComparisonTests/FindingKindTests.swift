import Testing
import TermAlignComparison
import TermAlignText

/// One hand-made trilingual fixture per finding kind: the finding is there, with the right concept,
/// documents and evidence, and nothing else at warning level or above.
@Suite("Findings by kind")
struct FindingKindTests {
    @Test func faithfulVersionsDivergeNowhere() throws {
        let comparison = try Fixtures.compare("faithful")
        #expect(comparison.divergences.isEmpty, "\(comparison.divergences.map(\.message))")
        // Every concept of the fixture is found in every version.
        for concept in ["sovereignty", "territorial-integrity", "nato-enlargement"] {
            let documents = Set(comparison.occurrences.filter { $0.occurrence.concept == concept }.map(\.document))
            #expect(documents == [0, 1, 2], "\(concept)")
        }
    }

    @Test func omissionAndAddition() throws {
        let comparison = try Fixtures.compare("omission")
        let omission = try #require(comparison.findings(.omission).first)
        #expect(omission.concept == "territorial-integrity")
        #expect(comparison.ids(omission) == ["ru", "zh", "en"])
        #expect(Set(omission.evidence.map { comparison.documents[$0.document].id }) == ["ru", "zh"])
        #expect(omission.message.contains("en has no counterpart") || omission.message.contains("passage of en"))
        let addition = try #require(comparison.findings(.addition).first)
        #expect(addition.concept == "hegemonism")
        #expect(addition.evidence.map(\.text) == ["hegemonism"])
        #expect(comparison.divergences.count == 2)
    }

    @Test func theReferenceVersionDecidesWhatIsMissing() throws {
        // Against en as the original, ru and zh add territorial integrity and omit hegemonism.
        let comparison = try Fixtures.compare("omission", options: ComparisonOptions(reference: "en"))
        #expect(comparison.findings(.addition).map(\.concept) == ["territorial-integrity", "territorial-integrity"])
        #expect(comparison.findings(.omission).map(\.concept) == ["hegemonism", "hegemonism"])
        #expect(throws: ComparisonError.self) {
            try Fixtures.compare("omission", options: ComparisonOptions(reference: "fr"))
        }
    }

    @Test func deprecatedTermIsAVariantWarning() throws {
        let comparison = try Fixtures.compare("variant")
        let variant = try #require(comparison.findings(.variant).first)
        #expect(variant.severity == .warning && variant.concept == "citizens-abroad" && comparison.ids(variant) == ["ru"])
        #expect(variant.evidence.first?.text == "зарубежных граждан")
        #expect(variant.message.contains("deprecated") && variant.message.contains("граждане за рубежом"))
        #expect(comparison.divergences.count == 1)
    }

    @Test func narrowerConceptIsAScopeFinding() throws {
        let comparison = try Fixtures.compare("scope")
        let scope = try #require(comparison.findings(.scope).first)
        #expect(scope.concept == "persons-located-abroad" && scope.relatedConcept == "citizens-abroad")
        #expect(comparison.ids(scope) == ["ru", "zh", "en"])
        #expect(scope.message.contains("narrower") && scope.message.contains("any"))
        #expect(comparison.findings(.omission).isEmpty, "a rendering by a narrower concept is not an omission")
    }

    @Test func contrastingConceptIsAFramingFinding() throws {
        let comparison = try Fixtures.compare("framing")
        let framing = try #require(comparison.findings(.framing).first)
        #expect(framing.concept == "special-military-operation" && framing.relatedConcept == "war")
        #expect(framing.severity == .warning)
        #expect(framing.evidence.map(\.text) == ["специальной военной операцией", "特别军事行动", "war"])
    }

    @Test func oneConceptTwoTermsAcrossPassagesIsAnInconsistency() throws {
        let comparison = try Fixtures.compare("inconsistency")
        let finding = try #require(comparison.findings(.inconsistency).first)
        #expect(finding.concept == "legitimate-security-concerns")
        #expect(comparison.ids(finding) == ["ru", "zh", "en"] && finding.message.hasPrefix("en renders"))
        #expect(finding.message.contains("“legitimate security concerns”") && finding.message.contains("“reasonable security concerns”"))
        #expect(comparison.findings(.inconsistency).count == 1, "ru and zh keep one term each")
    }

    @Test func differentDateIsANumberMismatchAcrossScripts() throws {
        let comparison = try Fixtures.compare("numbers")
        let mismatches = comparison.findings(.numberMismatch)
        // Only the date differs; 190 млрд = 1900亿 = 190 billion.
        #expect(mismatches.count == 1)
        let mismatch = try #require(mismatches.first)
        #expect(mismatch.severity == .error)
        #expect(mismatch.evidence.map(\.text).sorted() == ["16", "16", "17"])
    }

    @Test func confusableLettersAreAMixedScriptFinding() throws {
        let comparison = try Fixtures.compare("mixed-script")
        let finding = try #require(comparison.findings(.mixedScript).first)
        #expect(comparison.ids(finding) == ["en"] && finding.evidence.first?.text == "NАTO")
        #expect(finding.message.contains("U+0410"))
    }

    @Test func theAlternatIsInformationNotADivergence() throws {
        let comparison = try Fixtures.compare("alternat")
        let alternat = try #require(comparison.findings(.alternat).first)
        #expect(alternat.severity == .info)
        #expect(alternat.message.contains("zh names China first in 2"))
        #expect(alternat.message.contains("ru names Russia first in 2"))
        #expect(comparison.divergences.isEmpty, "\(comparison.divergences.map(\.message))")
    }

    @Test func aMissingSentenceIsOneOmissionCarryingItsConcepts() throws {
        let comparison = try Fixtures.compare("missing-sentence")
        let omission = try #require(comparison.findings(.omission).first)
        #expect(omission.concept == nil)
        #expect(Set(omission.evidence.map(\.document)) == [0, 1])
        #expect(omission.message.contains("nato-enlargement"))
        #expect(comparison.divergences.count == 1, "the concepts of the missing sentence are not reported again")
    }

    @Test func sameInputsGiveTheSameFindings() throws {
        let first = try Fixtures.compare("omission").findings
        let second = try Fixtures.compare("omission").findings
        #expect(first == second)
    }
}
