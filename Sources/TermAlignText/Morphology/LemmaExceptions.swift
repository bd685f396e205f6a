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

    /// Russian forms the dictionary does not lead back to their lemma: suppletive plurals (люди is
    /// the plural of человек), neuters in -мя (времени, временами), the numerals один/два/три/четыре,
    /// and compounds with a fleeting vowel that the dictionary lacks (миропорядка).
    static let russian: [String: String] = {
        var table: [String: String] = [
            "люди": "человек", "людей": "человек", "людям": "человек", "людьми": "человек", "людях": "человек",
            "дети": "ребенок", "детей": "ребенок", "детям": "ребенок", "детьми": "ребенок", "детях": "ребенок",
            "двух": "два", "двум": "два", "двумя": "два", "две": "два",
            "трех": "три", "трем": "три", "тремя": "три",
            "четырех": "четыре", "четырем": "четыре", "четырьмя": "четыре",
        ]
        for form in ["одного", "одному", "одним", "одном", "одна", "одной", "одну", "одною", "одно", "одни",
                     "одних", "одними"] {
            table[form] = "один"
        }
        for stem in ["вре", "и", "зна", "бре", "пле", "се", "пла", "сте", "те", "вы"] {
            for ending in ["мени", "менем", "мена", "мен", "менам", "менами", "менах"] {
                // The genitive plural of семя and стремя is семян, стремян; «семен» is a name.
                if ending == "мен" && (stem == "се" || stem == "сте") { continue }
                table[stem + ending] = stem + "мя"
            }
        }
        table["семян"] = "семя"
        table["стремян"] = "стремя"
        for compound in ["миропорядок"] {
            let stem = String(compound.dropLast(2)) + "к"
            for ending in ["а", "у", "ом", "е", "и", "ов", "ам", "ами", "ах"] { table[stem + ending] = compound }
        }
        return table
    }()
}
