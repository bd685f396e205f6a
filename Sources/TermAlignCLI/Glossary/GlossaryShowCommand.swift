import ArgumentParser
import TermAlign
import TermAlignCommandSupport

/// `termalign glossary show`: concepts for people, with relations seen from both ends.
struct GlossaryShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show concepts with their terms, statuses, notes and relations (inverse relations marked ←).",
        discussion: "Example: termalign glossary show glossaries/china-russia-joint-statements.yaml persons-located-abroad"
    )

    @OptionGroup var input: GlossaryInput

    @Argument(help: "Concept ids to show; all when none are given.")
    var concepts: [String] = []

    func run() throws {
        let loaded = try input.load()
        let index = GlossaryIndex(loaded.glossary)
        for id in concepts where index.concept(id: id) == nil {
            throw ValidationError("no concept \"\(id)\" in \(input.name)")
        }
        let shown = concepts.isEmpty ? Array(loaded.glossary.concepts) : concepts.compactMap { index.concept(id: $0) }
        let out = try ByteSink.destination(nil, inputs: [], forPeople: true)
        for (number, concept) in shown.enumerated() {
            if number > 0 { out.write("\n") }
            out.write(Self.render(concept, index: index))
        }
        try out.finish()
    }

    static func render(_ concept: Concept, index: GlossaryIndex) -> String {
        var text = concept.id + (concept.subjectField.map { " (\($0))" } ?? "") + "\n"
        if let definition = concept.definition { text += "  definition: \(definition)\n" }
        for (language, definition) in concept.definitions.sorted(by: { $0.key < $1.key }) {
            text += "  definition [\(language)]: \(definition)\n"
        }
        for section in concept.sections {
            for term in section.terms {
                var labels = [term.status?.rawValue ?? "status unspecified"]
                if !term.usage.isEmpty { labels.append("usage: " + term.usage.joined(separator: ", ")) }
                if let framing = term.framing { labels.append("framing: \(framing)") }
                if !term.hints.isEmpty { labels.append("match: " + term.hints.names.joined(separator: ", ")) }
                text += "  \(Console.left(section.language, 4)) \(term.text)  [\(labels.joined(separator: "; "))]\n"
                for note in term.notes { text += "       note: \(note)\n" }
            }
        }
        let all = index.relations(of: concept.id)
        for kind in RelationKind.allCases where !all[kind].isEmpty {
            let targets = all[kind].map { concept.relations[kind].contains($0) ? $0 : "← \($0)" }
            text += "  \(kind): \(targets.joined(separator: ", "))\n"
        }
        for note in concept.notes { text += "  note: \(note)\n" }
        for source in concept.sources { text += "  source: \(source)\n" }
        return text
    }
}
