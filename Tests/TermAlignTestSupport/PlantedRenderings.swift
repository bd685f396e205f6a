/// What `PlantedCorpus` plants: four concepts of the shipped glossary, each with its renderings per
/// language, the forms a carrier sentence takes, how much each side's outlets favour each rendering,
/// and from which day the concept is spoken of at all.
public enum PlantedRenderings {
    /// Whose outlet a source is: the renderings each side favours differ.
    public enum Side: Sendable { case china, russia }

    /// One rendering: the glossary term it counts as, its nominative and genitive forms (the same in
    /// Chinese and English), and its weight in each side's outlets.
    public struct Rendering: Sendable {
        public let term: String
        let nominative: String
        let genitive: String
        let china: Int
        let russia: Int

        init(_ term: String, _ nominative: String? = nil, genitive: String? = nil, china: Int, russia: Int) {
            self.term = term
            self.nominative = nominative ?? term
            self.genitive = genitive ?? nominative ?? term
            self.china = china
            self.russia = russia
        }

        func weight(_ side: Side) -> Int { side == .china ? china : russia }
    }

    /// A planted concept: its renderings by language, the first day it occurs, and case-insensitive
    /// fragments that keep a real sentence out of the corpus when it might hold the concept already
    /// (`caseSensitiveGuards` for abbreviations that are ordinary words in lower case).
    public struct Concept: Sendable {
        public let id: String
        public let from: String
        public let renderings: [String: [Rendering]]
        let guards: [String]
        let caseSensitiveGuards: [String]
    }

    /// The four concepts.
    public static let concepts: [Concept] = [
        Concept(id: "special-military-operation", from: "2022-02-24", renderings: [
            "ru": [Rendering("специальная военная операция", genitive: "специальной военной операции", china: 2, russia: 5),
                   Rendering("спецоперация", genitive: "спецоперации", china: 1, russia: 3),
                   Rendering("специальная операция", genitive: "специальной операции", china: 1, russia: 2)],
            "zh": [Rendering("特别军事行动", china: 1, russia: 1)],
            "en": [Rendering("special military operation", china: 1, russia: 4),
                   Rendering("special operation", china: 1, russia: 2)],
        ], guards: ["операци", "operation", "军事行动", "軍事行動"], caseSensitiveGuards: ["СВО"]),
        Concept(id: "ukraine-crisis", from: "2022-02-24", renderings: [
            "ru": [Rendering("украинский кризис", genitive: "украинского кризиса", china: 4, russia: 1),
                   Rendering("кризис на Украине", genitive: "кризиса на Украине", china: 1, russia: 2)],
            "zh": [Rendering("乌克兰危机", china: 1, russia: 1)],
            "en": [Rendering("Ukraine crisis", china: 4, russia: 1),
                   Rendering("crisis in Ukraine", china: 1, russia: 2)],
        ], guards: ["украин", "ukrain", "乌克兰", "烏克蘭"], caseSensitiveGuards: []),
        Concept(id: "multipolar-world", from: "2019-01-01", renderings: [
            "ru": [Rendering("многополярный мир", genitive: "многополярного мира", china: 2, russia: 4),
                   Rendering("многополярный миропорядок", genitive: "многополярного миропорядка", china: 1, russia: 2)],
            "zh": [Rendering("世界多极化", china: 4, russia: 1),
                   Rendering("多极世界", china: 1, russia: 3)],
            "en": [Rendering("multipolar world", china: 2, russia: 4),
                   Rendering("world multipolarity", china: 3, russia: 1)],
        ], guards: ["многополяр", "multipolar", "多极", "多極"], caseSensitiveGuards: []),
        Concept(id: "nato-enlargement", from: "2019-01-01", renderings: [
            "ru": [Rendering("расширение НАТО", genitive: "расширения НАТО", china: 1, russia: 1)],
            "zh": [Rendering("北约扩张", china: 3, russia: 1),
                   Rendering("北约东扩", china: 1, russia: 2)],
            "en": [Rendering("enlargement of NATO", china: 1, russia: 4),
                   Rendering("NATO expansion", china: 4, russia: 1),
                   Rendering("NATO enlargement", china: 1, russia: 1)],
        ], guards: ["нато", "nato", "北约", "北約"], caseSensitiveGuards: []),
    ]

    /// The outlets: a name, a side, and the languages they publish in.
    public static let sources: [(name: String, side: Side, languages: [String])] = [
        ("xinhua", .china, ["zh", "en", "ru"]), ("people", .china, ["zh", "en"]), ("cgtn", .china, ["en", "ru"]),
        ("tass", .russia, ["ru", "en"]), ("ria", .russia, ["ru", "zh"]), ("rt", .russia, ["en", "ru"]),
    ]

    /// Carrier sentences: `{n}` takes the nominative form, `{g}` the genitive.
    static let carriers: [String: [String]] = [
        "ru": ["Главная тема дня — {n}.", "Участники встречи коснулись темы {g}.", "Эксперты вновь обсуждают значение {g}."],
        "zh": ["双方就{n}交换了意见。", "评论文章再次谈到{n}。", "专家们继续讨论{n}的影响。"],
        "en": ["The talks touched on the {n} once again.", "Commentators returned to the {n} this week.", "Experts keep debating the {n}."],
    ]

    /// Whether a real sentence may hold one of the concepts already, and so stays out.
    static func guarded(_ sentence: String) -> Bool {
        let lowered = sentence.lowercased()
        return concepts.contains { concept in
            concept.guards.contains { lowered.contains($0) } || concept.caseSensitiveGuards.contains { sentence.contains($0) }
        }
    }
}
