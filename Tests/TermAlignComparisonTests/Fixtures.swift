import Foundation
import TermAlignTestSupport
import TermAlignComparison
import TermAlignGlossary
import TermAlignText

/// The hand-made trilingual fixtures (one folder per finding kind) and the shared corpus.
enum Fixtures {
    static let directory = Bundle.module.resourceURL!.appendingPathComponent("Fixtures")

    /// `../shared` beside the checkout, when present (see `Checkout`).
    static var shared: URL? { Checkout.shared }

    /// The shipped glossary, compiled once for all tests.
    static let comparer: Comparer = try! Comparer(glossary: ShippedGlossary.load().glossary)

    /// The ru, zh and en versions of one fixture, with their languages as ids.
    static func versions(_ name: String, languages: [Language] = [.ru, .zh, .en]) throws -> [Document] {
        try languages.map { language in
            let url = directory.appendingPathComponent("\(name)/\(language.rawValue).txt")
            return try Document(bytes: Array(try Data(contentsOf: url)), id: language.rawValue, path: "\(name)/\(language.rawValue).txt",
                            language: language)
        }
    }

    static func compare(_ name: String, options: ComparisonOptions? = nil) throws -> Comparison {
        let comparer = options.map { Comparer(matcher: Self.comparer.matcher, options: $0) } ?? Self.comparer
        return try comparer.compare(try versions(name))
    }
}

extension Comparison {
    /// The findings of one kind.
    func findings(_ kind: FindingKind) -> [Finding] { findings.filter { $0.kind == kind } }

    /// Document ids of a finding.
    func ids(_ finding: Finding) -> [String] { finding.documents.map { documents[$0].id } }

    /// Findings at warning or above.
    var divergences: [Finding] { findings.filter { $0.severity >= .warning } }
}
