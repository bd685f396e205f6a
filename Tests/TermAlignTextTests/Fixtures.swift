import Foundation
import TermAlignTestSupport
@testable import TermAlignText

/// Test data shipped with the tests, and the shared corpora beside the checkout.
enum Fixtures {
    static func url(_ name: String) -> URL {
        Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures")!
    }

    static func text(_ name: String) throws -> String {
        try String(contentsOf: url(name), encoding: .utf8)
    }

    /// One lexeme and its generated forms (see scripts/generate-lemma-fixtures.py).
    struct Lexeme: Sendable, CustomStringConvertible {
        let lemma: String
        let kind: String
        let forms: [String]
        var description: String { lemma }
    }

    static func lexemes(_ name: String) throws -> [Lexeme] {
        try text(name).split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let columns = line.split(separator: "\t").map(String.init)
            return Lexeme(lemma: columns[0], kind: columns[1], forms: columns[2].split(separator: ",").map(String.init))
        }
    }

    /// ../shared beside the checkout, when it is there (see `Checkout`).
    static var shared: URL? { Checkout.shared }

    /// Analyzers are expensive to open; tests share these.
    static let lemmaKeys: LemmaKeys = try! LemmaKeys()
    static let analyzer = TextAnalyzer(lemmaKeys: lemmaKeys)
}
