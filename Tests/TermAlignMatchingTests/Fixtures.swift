import Foundation
import TermAlignTestSupport
import TermAlignGlossary
import TermAlignMatching
import TermAlignText

/// Fixtures, the shipped glossary and one shared compiled matcher (opening the dictionaries and
/// compiling take a moment; the matcher is Sendable, so tests share it).
enum Fixtures {
    static func path(_ name: String) -> String {
        Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil)!.path
    }

    static func text(_ name: String) throws -> String {
        try String(contentsOfFile: path(name), encoding: .utf8)
    }

    /// The repository root and ../shared (see `Checkout`).
    static var root: URL { Checkout.root }
    static var shared: URL? { Checkout.shared }

    /// A ../shared/corpus file's document text: lines starting with "# " are metadata.
    static func sharedDocument(_ name: String) throws -> String { try Checkout.sharedDocument(name) }

    static let analyzer = try! TextAnalyzer()
    static let shipped = try! Glossary.load(
        contentsOf: root.appendingPathComponent("glossaries/china-russia-joint-statements.yaml").path).glossary
    static let matcher = try! TermMatcher(glossary: shipped, analyzer: analyzer)

    /// A matcher for a small inline YAML glossary.
    static func matcher(yaml: String, options: MatchingOptions = MatchingOptions()) throws -> TermMatcher {
        let glossary = try Glossary.load(bytes: Array(yaml.utf8), file: "inline.yaml", format: .yaml).glossary
        return try TermMatcher(glossary: glossary, analyzer: analyzer, options: options)
    }

    /// The occurrences of the shipped glossary in `text`.
    static func find(_ text: String, _ language: Language, with matcher: TermMatcher = matcher) throws -> [Occurrence] {
        try matcher.occurrences(in: Document(text: text, language: language))
    }
}
