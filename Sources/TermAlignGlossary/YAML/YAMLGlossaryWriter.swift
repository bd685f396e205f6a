/// Writes a glossary in TermAlign's YAML: block style, one key per line, lists of ids inline, a term
/// with nothing but its text in its short form. The same glossary always gives the same bytes.
enum YAMLGlossaryWriter {
    static func write(_ glossary: Glossary) -> String {
        var out = ""
        scalar("title", glossary.title, indent: 0, to: &out)
        scalar("summary", glossary.summary, indent: 0, to: &out)
        list("sources", glossary.sources, indent: 0, inline: false, to: &out)
        out += glossary.concepts.isEmpty ? "concepts: []\n" : "concepts:\n"
        for concept in glossary.concepts {
            out += "\n  - id: \(YAMLScalar.render(concept.id))\n"
            write(concept, to: &out)
        }
        return out
    }

    private static func write(_ concept: Concept, to out: inout String) {
        let indent = 4
        scalar("subjectField", concept.subjectField, indent: indent, to: &out)
        scalar("definition", concept.definition, indent: indent, to: &out)
        if !concept.definitions.isEmpty {
            out += "    definitions:\n"
            for (language, text) in concept.definitions.sorted(by: { $0.key < $1.key }) {
                scalar(language, text, indent: indent + 2, to: &out)
            }
        }
        notes(concept.notes, indent: indent, to: &out)
        list("sources", concept.sources, indent: indent, inline: false, to: &out)
        if concept.independent { out += "    independent: true\n" }
        for kind in RelationKind.allCases {
            list(kind.rawValue, concept.relations[kind], indent: indent, inline: true, to: &out)
        }
        guard !concept.sections.isEmpty else { return }
        out += "    terms:\n"
        for section in concept.sections {
            out += "      \(YAMLScalar.render(section.language)):"
            out += section.terms.isEmpty ? " []\n" : "\n"
            for term in section.terms { write(term, to: &out) }
        }
    }

    private static func write(_ term: Term, to out: inout String) {
        if term.isBare {
            out += "        - \(YAMLScalar.render(term.text))\n"
            return
        }
        out += "        - term: \(YAMLScalar.render(term.text))\n"
        let indent = 10
        scalar("status", term.status?.rawValue, indent: indent, to: &out)
        scalar("partOfSpeech", term.partOfSpeech, indent: indent, to: &out)
        scalar("grammaticalGender", term.grammaticalGender, indent: indent, to: &out)
        scalar("termType", term.termType, indent: indent, to: &out)
        list("usage", term.usage, indent: indent, inline: true, to: &out)
        scalar("framing", term.framing, indent: indent, to: &out)
        scalar("context", term.context, indent: indent, to: &out)
        notes(term.notes, indent: indent, to: &out)
        list("match", term.hints.names, indent: indent, inline: true, to: &out)
    }

    private static func scalar(_ key: String, _ value: String?, indent: Int, to out: inout String) {
        guard let value else { return }
        out += String(repeating: " ", count: indent) + "\(YAMLScalar.render(key)): \(YAMLScalar.render(value))\n"
    }

    private static func notes(_ notes: [String], indent: Int, to out: inout String) {
        if notes.count == 1 {
            scalar("note", notes[0], indent: indent, to: &out)
        } else {
            list("notes", notes, indent: indent, inline: false, to: &out)
        }
    }

    /// `key: [a, b]` when every item is safe inline and `inline` is asked for, a block list otherwise.
    private static func list(_ key: String, _ items: [String], indent: Int, inline: Bool, to out: inout String) {
        guard !items.isEmpty else { return }
        let pad = String(repeating: " ", count: indent)
        if inline && items.allSatisfy({ YAMLScalar.isPlainSafe($0, inFlow: true) }) {
            out += pad + "\(key): [\(items.joined(separator: ", "))]\n"
            return
        }
        out += pad + "\(key):\n"
        for item in items { out += pad + "  - \(YAMLScalar.render(item))\n" }
    }
}
