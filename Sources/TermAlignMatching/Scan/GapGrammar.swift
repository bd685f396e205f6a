import TermAlignText

/// What may stand between the words of a term that is found interrupted ("persons and institutions of
/// the two countries located abroad" for "persons located abroad"): words of one clause that extend
/// the term's phrase without leaving it. A gap is allowed when it is
/// - a coordination that the term's words distribute over: a coordinator and one to three words that
///   do not open a new noun phrase ("and institutions", ", projects and institutions", «и транспарентной»),
///   perhaps followed by a modifier as below; or one to three words and a coordinator ("nuclear
///   [disarmament and] non-proliferation", «устойчивым [экономическим ростом и] развитием»);
/// - a modifier: a preposition and up to four words ("of the two countries"); in Russian, whose
///   genitive needs no preposition, also up to two words without one («всех стран»);
/// - one content word: an adjective or adverb ("sustainable [urban] development", "rights and
///   [legal] interests");
/// - after a preposition of the term, a determiner or a possessive ("in [the country's] internal
///   affairs").
/// No gap holds a clause's punctuation (a comma outside a list, a colon, a semicolon, a dash, a
/// bracket or a quotation mark) or a word that opens a clause (that, which, который, что); the
/// scanner also refuses a gap that holds one of the term's own words. The grammar sees only each
/// word's ``WordClass``, which the scanner reads once per word of a document.
struct GapGrammar {
    /// The most words a gap may hold, and the most words between two term words at all.
    static let longest = 8

    /// What a word is to the grammar.
    enum WordClass: UInt8 {
        case content, coordinator, preposition, determiner, function, clauseOpener
        /// The parts of "as well as" and «а также», which coordinate as a whole.
        case asWord, wellWord, aWord, takzheWord

        var isCoordinatorPart: Bool { self == .asWord || self == .wellWord || self == .aWord || self == .takzheWord }
    }

    /// Listed words by ``hash(_:)`` of their bytes.
    private let classes: [UInt64: (word: [UInt8], wordClass: WordClass)]
    /// The byte length of the longest listed word: a longer word is content without a look-up.
    private let longestListed: Int
    /// Whether a genitive needs no preposition (Russian: «всех стран»).
    private let genitiveWithoutPreposition: Bool

    /// The grammar of `language` (built once per language: a document's scan takes it as it is).
    static func of(_ language: Language) -> GapGrammar {
        switch language {
        case .en: return english
        case .ru: return russian
        default: return GapGrammar(classes: [:], genitiveWithoutPreposition: false)
        }
    }

    private static let english = GapGrammar(classes: lists(.en), genitiveWithoutPreposition: false)
    private static let russian = GapGrammar(classes: lists(.ru), genitiveWithoutPreposition: true)

    private init(classes: [String: WordClass], genitiveWithoutPreposition: Bool) {
        var hashed: [UInt64: (word: [UInt8], wordClass: WordClass)] = [:]
        for (word, wordClass) in classes {
            let bytes = Array(word.utf8)
            precondition(hashed.updateValue((bytes, wordClass), forKey: Self.hash(bytes)) == nil, "two listed words share a hash")
        }
        self.classes = hashed
        longestListed = classes.keys.map(\.utf8.count).max() ?? 0
        self.genitiveWithoutPreposition = genitiveWithoutPreposition
    }

    /// The class of a word from its bytes as the matching key writes them (lowercase): a listed word
    /// is looked up by a hash of its bytes (hashing a Cyrillic `String` normalizes it first, which
    /// cost more than the rest of the search), a Russian form of «который» opens a clause, and a
    /// word ending in 's is a possessive, which the grammar takes as a determiner.
    func wordClass(_ word: UnsafeBufferPointer<UInt8>) -> WordClass {
        if word.count <= longestListed, let listed = classes[Self.hash(word)], listed.word.elementsEqual(word) {
            return listed.wordClass
        }
        if word.starts(with: Self.kotor) { return .clauseOpener }
        if word.last == 0x73 { // s
            let beforeS = word.dropLast()
            if beforeS.last == 0x27 || beforeS.suffix(Self.rightQuote.count).elementsEqual(Self.rightQuote) { return .determiner }
        }
        return .content
    }

    private static let kotor = Array("котор".utf8)
    private static let rightQuote = Array("’".utf8)

    /// FNV-1a over the bytes: the lists are short, and the word found is compared byte for byte.
    private static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        bytes.reduce(0xCBF2_9CE4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01B3 }
    }

    /// Whether a gap of words of `classes`, with `commas` (a comma right before each word), is one of
    /// the allowed shapes; `afterPreposition`: the term word before the gap is a preposition.
    func allows(_ classes: [WordClass], commasBefore commas: [Bool], afterPreposition: Bool) -> Bool {
        guard !classes.isEmpty, classes.count <= Self.longest, !classes.contains(.clauseOpener) else { return false }
        if let (start, length) = multiWordCoordinator(classes) {
            var shorter = classes, shorterCommas = commas
            shorter.replaceSubrange(start..<start + length, with: [.coordinator])
            shorterCommas.replaceSubrange(start..<start + length, with: [commas[start]])
            return allows(shorter, commasBefore: shorterCommas, afterPreposition: afterPreposition)
        }
        // The parts of a multi-word coordinator, alone, are a function word ("as") and content words.
        let words = !classes.contains(where: \.isCoordinatorPart) ? classes
            : classes.map { $0 == .asWord || $0 == .wellWord ? .function : $0 == .aWord || $0 == .takzheWord ? .content : $0 }
        if let coordinator = words.lastIndex(of: .coordinator) {
            return coordination(words, commas, at: coordinator)
        }
        if commas.contains(true) { return false }
        if afterPreposition && words.count <= 2 && words.allSatisfy({ $0 == .determiner }) { return true }
        if isModifier(words[...]) { return true }
        if words.count <= 2 && genitiveWithoutPreposition && words.allSatisfy({ $0 == .content }) { return true }
        return words.count == 1 && words[0] == .content
    }

    private func multiWordCoordinator(_ classes: [WordClass]) -> (Int, Int)? {
        for start in classes.indices {
            if classes[start] == .asWord, start + 2 < classes.count, classes[start + 1] == .wellWord, classes[start + 2] == .asWord {
                return (start, 3)
            }
            if classes[start] == .aWord, start + 1 < classes.count, classes[start + 1] == .takzheWord { return (start, 2) }
        }
        return nil
    }

    private func coordination(_ words: [WordClass], _ commas: [Bool], at coordinator: Int) -> Bool {
        let before = words[..<coordinator], after = words[(coordinator + 1)...]
        // "disarmament and": the item before the coordinator, the term's word after it.
        if after.isEmpty {
            return (1...3).contains(before.count) && !commas.contains(true) && before.allSatisfy { $0 == .content }
        }
        guard !commas[after.startIndex...].contains(true) else { return false }
        // A list before the coordinator: items of one to three content words, each after a comma.
        if !before.isEmpty {
            guard commas[before.startIndex] else { return false }
            var itemLength = 0
            for index in before.indices {
                if commas[index] { itemLength = 0 }
                itemLength += 1
                if itemLength > 3 || words[index] != .content { return false }
            }
        }
        // The coordinated item, which does not open a noun phrase of its own, then perhaps a modifier.
        let modifier = after.firstIndex(of: .preposition)
        let item = after[..<(modifier ?? after.endIndex)]
        guard (1...3).contains(item.count), item.allSatisfy({ $0 == .content }) else { return false }
        return modifier.map { isModifier(words[$0...]) } ?? true
    }

    private func isModifier(_ words: ArraySlice<WordClass>) -> Bool {
        guard words.first == .preposition, words.count <= 5 else { return false }
        return !words.dropFirst().contains { $0 == .coordinator || $0 == .function }
    }

    // MARK: - Word lists

    private static func lists(_ language: Language) -> [String: WordClass] {
        var result: [String: WordClass] = [:]
        func add(_ words: [String], _ wordClass: WordClass) { for word in words { result[word] = wordClass } }
        switch language {
        case .en:
            add(["and", "or", "&"], .coordinator)
            add(["of", "in", "from", "for", "between", "among", "within", "across"], .preposition)
            add(["the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our", "your", "my", "each",
                 "every", "all", "both", "any", "some", "such"], .determiner)
            add(["to", "by", "with", "on", "at", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
                 "will", "would", "can", "could", "should", "may", "might", "must", "do", "does", "did", "it", "they", "we",
                 "he", "she", "you", "i", "them", "us", "than", "then", "so", "also", "there", "here", "into", "onto", "over",
                 "under", "about", "against", "after", "before"], .function)
            add(["that", "which", "who", "whom", "whose", "where", "when", "while", "because", "if", "but", "not"], .clauseOpener)
            result["as"] = .asWord
            result["well"] = .wellWord
        case .ru:
            add(["и", "или"], .coordinator)
            add(["в", "во", "на", "для", "из", "между", "среди", "со", "с", "у", "по"], .preposition)
            add(["он", "она", "оно", "они", "мы", "вы", "я", "ты", "это", "этот", "эта", "эти", "тот", "та", "те", "был",
                 "была", "было", "были", "быть", "есть", "как", "так", "же", "ли", "бы", "уже", "к", "о", "об", "от", "до",
                 "за", "под", "над", "при", "про", "без", "через", "его", "её", "ее", "их"], .function)
            // Every form of «который» opens a clause too (``wordClass(_:)`` takes its stem).
            add(["что", "чтобы", "где", "когда", "если", "но", "не"], .clauseOpener)
            result["а"] = .aWord
            result["также"] = .takzheWord
        default:
            break
        }
        return result
    }
}
