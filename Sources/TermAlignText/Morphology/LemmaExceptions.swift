/// Word forms whose dictionary form no affix rule derives: irregular plurals. Keys and values are in
/// normalized form (lower case, ё as е). The lemmatizer replaces the form by its lemma before its
/// usual steps, so every form of these lexemes meets the lemma's key.
enum LemmaExceptions {
    /// English irregular plurals (Hunspell's en_US dictionary lists them as words of their own).
    /// Compounds in -men are handled by a rule, not listed. "bases" stays the plural of "base": in
    /// statements that reading ("military bases") is the common one.
    static let english: [String: String] = [
        "men": "man", "women": "woman", "children": "child", "feet": "foot", "teeth": "tooth",
        "mice": "mouse", "geese": "goose", "oxen": "ox",
        "lives": "life", "wives": "wife", "knives": "knife", "halves": "half", "selves": "self",
        "leaves": "leaf", "wolves": "wolf", "shelves": "shelf", "thieves": "thief", "calves": "calf",
        "crises": "crisis", "analyses": "analysis", "hypotheses": "hypothesis", "theses": "thesis",
        "diagnoses": "diagnosis", "emphases": "emphasis", "syntheses": "synthesis",
        "parentheses": "parenthesis", "oases": "oasis",
        "criteria": "criterion", "phenomena": "phenomenon", "memoranda": "memorandum",
        "moratoria": "moratorium", "referenda": "referendum", "curricula": "curriculum", "fora": "forum",
        "indices": "index", "appendices": "appendix", "matrices": "matrix",
    ]

    /// Russian suppletive plurals (люди is the plural of человек, дети of ребёнок).
    static let russian: [String: String] = [
        "люди": "человек", "людей": "человек", "людям": "человек", "людьми": "человек", "людях": "человек",
        "дети": "ребенок", "детей": "ребенок", "детям": "ребенок", "детьми": "ребенок", "детях": "ребенок",
    ]
}
