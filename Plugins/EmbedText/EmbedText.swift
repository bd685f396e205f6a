import Foundation
import PackagePlugin

/// Embeds data files of the package in the library as Swift string constants at build time, so that
/// the data has one home (the file) and a `termalign` copied anywhere still carries it; nothing
/// generated is committed.
@main
struct EmbedText: BuildToolPlugin {
    /// What each target embeds: a file of the package (relative to its root), and the type and the
    /// static property that hold its text.
    static let embeddings: [String: [(file: String, type: String, property: String)]] = [
        "TermAlignGlossary": [("glossaries/china-russia-joint-statements.yaml", "ShippedGlossary", "yaml")],
        "TermAlignAlignment": [("Sources/TermAlignAlignment/Evidence/core-lexicon.txt", "CoreLexicon", "entries")],
    ]

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let tool = try context.tool(named: "TermAlignEmbedText").url
        return (Self.embeddings[target.name] ?? []).map { embedding in
            let input = context.package.directoryURL.appending(path: embedding.file)
            let output = context.pluginWorkDirectoryURL.appending(path: "\(embedding.type)+\(embedding.property).swift")
            return .buildCommand(
                displayName: "Embedding \(embedding.file) as \(embedding.type).\(embedding.property)",
                executable: tool,
                arguments: [input.path, output.path, embedding.file, embedding.type, embedding.property],
                inputFiles: [input],
                outputFiles: [output]
            )
        }
    }
}
