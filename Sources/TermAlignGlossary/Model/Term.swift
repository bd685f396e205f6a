/// One designation of a concept in one language, with what a reviser needs to judge a rendering.
public struct Term: Hashable, Sendable {
    /// The term as written ("находящиеся за рубежом лица").
    public var text: String
    /// Its normative status; `nil` when the glossary does not say.
    public var status: TermStatus?
    /// Part of speech (TBX `partOfSpeech`: "noun", "adjective" …).
    public var partOfSpeech: String?
    /// Grammatical gender (TBX `grammaticalGender`: "masculine", "feminine", "neuter").
    public var grammaticalGender: String?
    /// Term type (TBX `termType`: "fullForm", "acronym", "abbreviation", "phrase" …).
    public var termType: String?
    /// Whose usage the term reflects — which side's official texts use it ("russia", "china").
    /// Written as TBX `customerSubset`, one per label.
    public var usage: [String]
    /// A framing or register label ("euphemism", "official", "pejorative"). Written as TBX `usageNote`.
    public var framing: String?
    /// An example of use (TBX `descrip[@type=context]`).
    public var context: String?
    /// Notes on this term.
    public var notes: [String]
    /// Hints for the term matcher.
    public var hints: MatchingHints

    /// Creates a term.
    ///
    /// - Parameters:
    ///   - text: The term.
    ///   - status: Its status.
    ///   - partOfSpeech: Part of speech.
    ///   - grammaticalGender: Grammatical gender.
    ///   - termType: Term type.
    ///   - usage: Whose usage it reflects.
    ///   - framing: Framing or register label.
    ///   - context: An example of use.
    ///   - notes: Notes.
    ///   - hints: Matching hints.
    public init(_ text: String, status: TermStatus? = nil, partOfSpeech: String? = nil,
                grammaticalGender: String? = nil, termType: String? = nil, usage: [String] = [],
                framing: String? = nil, context: String? = nil, notes: [String] = [],
                hints: MatchingHints = []) {
        self.text = text
        self.status = status
        self.partOfSpeech = partOfSpeech
        self.grammaticalGender = grammaticalGender
        self.termType = termType
        self.usage = usage
        self.framing = framing
        self.context = context
        self.notes = notes
        self.hints = hints
    }

    /// Whether only the text is set (such a term is written in its short form).
    public var isBare: Bool { self == Term(text) }
}

/// The normative status of a term (TBX `administrativeStatus`).
public enum TermStatus: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// The rendering to use.
    case preferred
    /// An acceptable rendering.
    case admitted
    /// A rendering to avoid.
    case deprecated
    /// A rendering replaced by a newer one.
    case superseded

    /// The TBX picklist value ("preferredTerm-admn-sts").
    public var tbxValue: String { rawValue + "Term-admn-sts" }

    /// Reads a TBX picklist value or a plain name, case-insensitively ("preferredTerm-admn-sts",
    /// "preferredTerm", "Preferred").
    ///
    /// - Parameter value: The value as written.
    public init?(tbx value: String) {
        let lowered = value.lowercased()
        guard let status = Self.allCases.first(where: { lowered == $0.rawValue || lowered.hasPrefix($0.rawValue + "term") })
        else { return nil }
        self = status
    }

    /// The status name.
    public var description: String { rawValue }
}

/// Hints that change how a term is matched in text.
public struct MatchingHints: OptionSet, Hashable, Sendable {
    /// The hint bits.
    public let rawValue: Int

    /// Creates hints.
    ///
    /// - Parameter rawValue: Hint bits.
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// The words of a multi-word term may appear in another order within a short window
    /// («находящиеся за рубежом лица» ⇄ «лиц, находящихся за рубежом»).
    public static let reorderable = MatchingHints(rawValue: 1 << 0)
    /// Letter case matters ("US" is not "us").
    public static let caseSensitive = MatchingHints(rawValue: 1 << 1)
    /// Match the written form only, without lemma keys (names, fixed titles).
    public static let literal = MatchingHints(rawValue: 1 << 2)

    /// Every hint with its name in files, in a fixed order.
    public static let named: [(name: String, hint: MatchingHints)] = [
        ("reorderable", .reorderable), ("case-sensitive", .caseSensitive), ("literal", .literal),
    ]

    /// The names of the hints set, in ``named`` order.
    public var names: [String] { Self.named.filter { contains($0.hint) }.map(\.name) }

    /// Reads a hint name.
    ///
    /// - Parameter name: "reorderable", "case-sensitive" or "literal".
    public init?(name: String) {
        guard let hint = Self.named.first(where: { $0.name == name })?.hint else { return nil }
        self = hint
    }
}
