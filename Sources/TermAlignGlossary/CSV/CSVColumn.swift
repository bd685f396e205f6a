/// The columns of a spreadsheet glossary: a row per term, concept fields on any row of the concept.
enum CSVColumn: String, CaseIterable {
    case concept, language, term, status, note
    case partOfSpeech, grammaticalGender, termType, usage, framing, context, match
    case subjectField, definition, conceptNote, sources, independent
    case broader, narrower, related, contrast

    /// The columns of a headerless file, in order.
    static let headerless: [CSVColumn] = [.concept, .language, .term, .status, .note]

    /// Separates the items of list cells (usage, match, relations).
    static let itemSeparator: Unicode.Scalar = ";"

    /// Whether the column describes the concept rather than the term.
    var isConceptLevel: Bool {
        switch self {
        case .subjectField, .definition, .conceptNote, .sources, .independent, .broader, .narrower, .related, .contrast:
            return true
        default:
            return false
        }
    }

    /// Reads a header cell: a column name or a common alias, ignoring case, spaces, "_" and "-".
    init?(header: String) {
        let key = header.lowercased().filter { !" _-".contains($0) }
        let aliases: [String: CSVColumn] = [
            "conceptid": .concept, "id": .concept, "lang": .language, "languagetag": .language,
            "notes": .note, "termnote": .note, "pos": .partOfSpeech, "gender": .grammaticalGender,
            "type": .termType, "side": .usage, "customersubset": .usage, "usagenote": .framing,
            "hints": .match, "subject": .subjectField, "conceptnotes": .conceptNote, "source": .sources,
        ]
        guard let column = Self.allCases.first(where: { $0.rawValue.lowercased() == key }) ?? aliases[key] else {
            return nil
        }
        self = column
    }
}
