import Foundation
import TermAlign
import TermAlignTestSupport

/// The bundled sample, and what the text files give: the gold every other format is checked against.
enum SampleVersions {
    static let languages = ["ru", "zh", "en"]

    static func text(_ language: String) throws -> String {
        try String(contentsOf: Checkout.root.appendingPathComponent("Examples/sample/statement.\(language).txt"), encoding: .utf8)
    }

    static let comparer: Comparer = try! Comparer(glossary: ShippedGlossary.load().glossary)

    /// The three text files as documents.
    static func textDocuments() throws -> [Document] {
        try languages.map { try Document(text: text($0), id: $0, language: Language(rawValue: $0)) }
    }

    /// A document of text extracted from a file of another format.
    static func document(_ text: [UInt8], _ origin: TextOrigin, _ language: String) throws -> Document {
        try Document(bytes: text, id: language, path: "statement.\(language).\(origin.format.rawValue)",
                     language: Language(rawValue: language)).with(origin: origin)
    }

    /// What a comparison found, without segment numbers (aligners may number differently): kind,
    /// concept, documents and each piece of evidence's document, range and words.
    static func findings(_ comparison: Comparison) -> [String] {
        comparison.findings.map { finding in
            let evidence = finding.evidence.map { "\($0.document)@\($0.range.lowerBound)-\($0.range.upperBound):\($0.text)" }
            return "\(finding.kind) \(finding.concept ?? "-") \(finding.documents) \(evidence.joined(separator: " | "))"
        }.sorted()
    }

    /// Occurrences as (document, range, concept), in order.
    static func occurrences(_ comparison: Comparison) -> [String] {
        comparison.occurrences.map { "\($0.document)@\($0.occurrence.range.lowerBound)-\($0.occurrence.range.upperBound) \($0.occurrence.conceptIndex)" }
    }
}
