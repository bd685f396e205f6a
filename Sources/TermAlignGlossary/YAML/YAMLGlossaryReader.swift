/// Reads TermAlign's native YAML glossary (see `glossaries/README.md` for the format). Unknown keys
/// are errors: in a hand-edited file a misspelt key would otherwise drop its data silently.
struct YAMLGlossaryReader {
    static let glossaryKeys: Set<String> = ["title", "summary", "sources", "concepts"]
    static let conceptKeys: Set<String> = [
        "id", "subjectField", "definition", "definitions", "note", "notes", "sources", "independent",
        "broader", "narrower", "related", "contrast", "terms",
    ]
    static let termKeys: Set<String> = [
        "term", "status", "partOfSpeech", "grammaticalGender", "termType", "usage", "framing", "context",
        "note", "notes", "match",
    ]

    let bytes: [UInt8]
    let file: String

    func read() throws(GlossaryError) -> LoadedGlossary {
        let tree = try YAMLTree(bytes: bytes, file: file)
        guard let root = tree.root else {
            throw GlossaryError(.structure, file: file, message: "the file is empty: expected a glossary mapping")
        }
        var glossary = Glossary()
        var sourceMap = GlossarySourceMap()
        for (key, value) in try YAMLNode(tree: tree, index: root, file: file, budget: YAMLBudget(bytes: bytes.count)).entries("the glossary", allowed: Self.glossaryKeys) {
            switch key {
            case "title": glossary.title = try value.optionalString("title")
            case "summary": glossary.summary = try value.optionalString("summary")
            case "sources": glossary.sources = try value.strings("sources")
            default:
                for item in try value.items("concepts") {
                    glossary.concepts.append(try readConcept(item, sourceMap: &sourceMap))
                }
            }
        }
        return LoadedGlossary(glossary: glossary, format: .yaml, warnings: [], sourceMap: sourceMap)
    }

    private func readConcept(_ node: YAMLNode, sourceMap: inout GlossarySourceMap) throws(GlossaryError) -> Concept {
        let entries = try node.entries("a concept", allowed: Self.conceptKeys)
        guard let idNode = entries.first(where: { $0.key == "id" })?.value else { throw node.fail("a concept without an id") }
        var concept = Concept(id: try idNode.string("id"))
        let what = "concept \(concept.id)"
        try checkStructure(!concept.id.isEmpty, at: idNode.location, "a concept id must not be empty")
        try checkStructure(!(entries.contains { $0.key == "note" } && entries.contains { $0.key == "notes" }),
                           at: node.location, "\(what) has both note and notes: use one")
        var termLocations: [SourceLocation?] = []
        for (key, value) in entries {
            switch key {
            case "subjectField": concept.subjectField = try value.optionalString("subjectField of \(what)")
            case "definition": concept.definition = try value.optionalString("definition of \(what)")
            case "definitions":
                for (language, text) in try value.entries("definitions of \(what)") {
                    concept.definitions[language] = try text.optionalString("definition of \(what) in \(language)")
                }
            case "note", "notes": concept.notes = try value.strings("notes of \(what)")
            case "sources": concept.sources = try value.strings("sources of \(what)")
            case "independent": concept.independent = try value.bool("independent of \(what)")
            case "terms":
                for (language, list) in try value.entries("terms of \(what)") {
                    try checkStructure(!language.isEmpty, at: list.location, "an empty language tag in \(what)")
                    var section = LanguageSection(language: language, terms: [])
                    for item in try list.items("\(language) terms of \(what)") {
                        section.terms.append(try readTerm(item, in: what))
                        termLocations.append(item.location)
                    }
                    concept.sections.append(section)
                }
            case "id": break
            default:
                let kind = RelationKind(rawValue: key)!
                concept.relations[kind] = try value.strings("\(key) of \(what)")
            }
        }
        sourceMap.concepts.append(node.location)
        sourceMap.terms.append(termLocations)
        return concept
    }

    private func readTerm(_ node: YAMLNode, in concept: String) throws(GlossaryError) -> Term {
        if node.isScalar { return Term(try node.string("a term of \(concept)")) }
        let entries = try node.entries("a term of \(concept)", allowed: Self.termKeys)
        guard let textNode = entries.first(where: { $0.key == "term" })?.value else {
            throw node.fail("a term of \(concept) without its text (key \"term\")")
        }
        var term = Term(try textNode.string("term"))
        let what = "term \"\(term.text)\""
        try checkStructure(!(entries.contains { $0.key == "note" } && entries.contains { $0.key == "notes" }),
                           at: node.location, "\(what) has both note and notes: use one")
        for (key, value) in entries {
            switch key {
            case "status":
                let name = try value.string("status of \(what)")
                guard let status = TermStatus(rawValue: name) else {
                    throw value.fail("unknown status \"\(name)\" of \(what) (expected preferred, admitted, deprecated or superseded)")
                }
                term.status = status
            case "partOfSpeech": term.partOfSpeech = try value.optionalString("partOfSpeech of \(what)")
            case "grammaticalGender": term.grammaticalGender = try value.optionalString("grammaticalGender of \(what)")
            case "termType": term.termType = try value.optionalString("termType of \(what)")
            case "usage": term.usage = try value.strings("usage of \(what)")
            case "framing": term.framing = try value.optionalString("framing of \(what)")
            case "context": term.context = try value.optionalString("context of \(what)")
            case "note", "notes": term.notes = try value.strings("notes of \(what)")
            case "match":
                for name in try value.strings("match hints of \(what)") {
                    guard let hint = MatchingHints(name: name) else {
                        throw value.fail("unknown match hint \"\(name)\" of \(what) (expected "
                                         + MatchingHints.named.map(\.name).joined(separator: ", ") + ")")
                    }
                    term.hints.insert(hint)
                }
            default: break
            }
        }
        return term
    }
}
