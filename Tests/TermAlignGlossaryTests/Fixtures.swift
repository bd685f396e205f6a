import Foundation
import TermAlignTestSupport
@testable import TermAlignGlossary

/// The test fixtures and the shipped glossary.
enum Fixtures {
    static func path(_ name: String) -> String {
        Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil)!.path
    }

    /// The repository root (see `Checkout`).
    static var root: URL { Checkout.root }

    static let shippedYAML = root.appendingPathComponent("glossaries/china-russia-joint-statements.yaml").path
    static let shippedTBX = root.appendingPathComponent("glossaries/china-russia-joint-statements.tbx").path

    static func load(_ name: String) throws -> LoadedGlossary { try Glossary.load(contentsOf: path(name)) }

    /// The error loading a fixture throws, or `nil` when it loads.
    static func loadError(_ name: String) -> GlossaryError? {
        do {
            _ = try Glossary.load(contentsOf: path(name))
            return nil
        } catch {
            return error
        }
    }

    static func load(text: String, format: GlossaryFormat) throws -> LoadedGlossary {
        try Glossary.load(bytes: Array(text.utf8), file: "inline.\(format)", format: format)
    }
}
