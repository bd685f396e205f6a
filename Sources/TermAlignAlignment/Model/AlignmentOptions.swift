/// What the segments of an alignment are made of.
public enum AlignmentUnit: String, Sendable, Hashable, CaseIterable, Codable {
    /// Paragraphs (runs of non-blank lines, headings, numbered items), merged where versions differ.
    case paragraph
    /// Sentences inside aligned paragraphs.
    case sentence
}

/// Evidence the aligner may use besides lengths.
public struct AnchorKinds: OptionSet, Sendable, Hashable {
    public let rawValue: Int

    /// Creates a set from its raw value.
    ///
    /// - Parameter rawValue: The bits.
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// Numbers and dates in any script (2001年7月16日 = 16 июля 2001 года = July 16, 2001; 二十 = 20).
    public static let numbers = AnchorKinds(rawValue: 1 << 0)
    /// Acronyms and codes: words with two capitals or a digit (NATO, AUKUS, ООН, HCoV, RaTG13).
    public static let acronyms = AnchorKinds(rawValue: 1 << 1)
    /// Section and item numerals (I = 一 = 1).
    public static let sections = AnchorKinds(rawValue: 1 << 2)
    /// Glossary concepts, when the aligner has a matcher.
    public static let concepts = AnchorKinds(rawValue: 1 << 3)

    /// Question and exclamation marks, brackets, opening quotation marks (？ = ?, « = “ = 「).
    public static let marks = AnchorKinds(rawValue: 1 << 4)

    /// Capitalized words inside a passage, as a consonant skeleton that Cyrillic and Latin spellings
    /// share (Каталонии = Catalonia, Мадрид = Madrid).
    public static let names = AnchorKinds(rawValue: 1 << 5)

    /// Everyday words of a built-in trilingual lexicon, in any inflection (government = правительства
    /// = 政府; vaccines = вакцинами = 疫苗): the evidence that tells apart sentences of similar length.
    public static let words = AnchorKinds(rawValue: 1 << 6)

    /// Everything.
    public static let all: AnchorKinds = [.numbers, .acronyms, .sections, .concepts, .marks, .names, .words]
}

/// How to align.
public struct AlignmentOptions: Sendable, Hashable {
    /// Paragraphs or sentences.
    public var unit: AlignmentUnit
    /// The anchors to use; none gives a pure length-based (Gale–Church) alignment.
    public var anchors: AnchorKinds
    /// Re-estimate each pair's length ratio and variance from a first alignment of the documents
    /// (otherwise the ratio of their total lengths and a typical variance are used).
    public var estimatesLengthModel: Bool
    /// How many passages the sentence level's estimation pass reads at most, evenly spread, and how
    /// many paragraphs the paragraph level's reads (in four stretches) when the pivot has more than
    /// twice as many: a few thousand pairs pin the model down, and a long document need not be
    /// aligned twice.
    package var estimationPassages = 1_000
    /// The most threads the work runs on at once; nil (default): one per core. 1 keeps it all on the
    /// calling thread, which costs the least CPU time: for jobs that run many alignments side by side.
    public var threads: Int?

    /// Creates options.
    ///
    /// - Parameters:
    ///   - unit: Paragraphs or sentences (the default).
    ///   - anchors: The anchors to use; all by default.
    ///   - estimatesLengthModel: Re-estimate the length model from the documents (default true).
    ///   - threads: The most threads at once; nil (default): one per core.
    public init(unit: AlignmentUnit = .sentence, anchors: AnchorKinds = .all, estimatesLengthModel: Bool = true,
                threads: Int? = nil) {
        self.unit = unit
        self.anchors = anchors
        self.estimatesLengthModel = estimatesLengthModel
        self.threads = threads
    }
}
