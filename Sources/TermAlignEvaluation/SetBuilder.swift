import TermAlignText

/// Builds the evaluation sets: for each source document and case, a complete version and a derived
/// one (two derived ones for the three-way case), deterministically from a seed.
package struct SetBuilder {
    package let sources: [SourceDocument]
    package let seed: UInt64

    package init(sources: [SourceDocument], seed: UInt64 = 0x5EED_7E57) {
        self.sources = sources
        self.seed = seed
    }

    /// The (complete, derived) language pairs, taken in turn.
    private static let pairs: [(Language, Language)] = [(.en, .zh), (.zh, .ru), (.ru, .en), (.zh, .en), (.ru, .zh), (.en, .ru)]

    /// Every set that can be built for `cases` from the first `limit` source documents of each kind.
    package func sets(_ cases: [EvaluationCase] = EvaluationCase.allCases, limit: Int? = nil) -> [ConstructedSet] {
        let chosen = limit.map { limit in
            // The first `limit` of each kind (news, UN, held out).
            ["ntrex", "un", "flores"].flatMap { kind in sources.filter { $0.name.hasPrefix(kind) }.prefix(limit) }
        } ?? sources
        var result: [ConstructedSet] = []
        for evaluationCase in cases {
            for (index, source) in chosen.enumerated() {
                if let set = build(evaluationCase, source, index: index) { result.append(set) }
            }
        }
        return result
    }

    /// One set, or nil when the source document does not lend itself to the case.
    package func build(_ evaluationCase: EvaluationCase, _ source: SourceDocument, index: Int) -> ConstructedSet? {
        let caseNumber = EvaluationCase.allCases.firstIndex(of: evaluationCase)!
        var random = SplitMix64(seed: seed &+ UInt64(index) &* 0x1_0001 &+ UInt64(caseNumber))
        let paragraphs = Self.paragraphs(source.sentences.count, &random)
        let (fullLanguage, derivedLanguage) = Self.pairs[(index + caseNumber) % Self.pairs.count]
        let full = Self.render(source, fullLanguage, paragraphs)
        var derived = VersionText(language: derivedLanguage)
        var outside: [(document: Int, sentences: [Int])] = []   // 0: complete, 1: derived
        var inText: [Int] = []                                   // complete version's gold sentences
        let lead = Self.lead(sources, after: index, derivedLanguage)
        switch evaluationCase {
        case .excerpt:
            guard paragraphs.count >= 3 else { return nil }
            let first = 1, count = min(paragraphs.count - 1, 2 + random.below(2))
            derived.startParagraph()
            derived.add(lead, sources: [])
            derived.startParagraph(singleBreak: random.chance(50))
            derived.add(Self.dateline(derivedLanguage, &random), sources: [])
            let kept = Array(paragraphs[first..<(first + count)])
            for (number, paragraph) in kept.enumerated() {
                derived.startParagraph(singleBreak: random.chance(30))
                for sentence in paragraph {
                    let isLast = number == kept.count - 1 && sentence == paragraph.last
                    let text = source.sentence(sentence, derivedLanguage)
                    derived.add(isLast ? Self.cutOff(text, derivedLanguage) : text, sources: [sentence])
                }
            }
            let keptSentences = Set(kept.flatMap { $0 })
            outside.append((0, full.sources.indices.filter { !keptSentences.contains(full.sources[$0][0]) }))
            outside.append((1, [0, 1]))
        case .abridged:
            guard paragraphs.count >= 5 else { return nil }
            let dropped = 2 + random.below(max(1, paragraphs.count - 4))
            let later = min(2 + dropped, paragraphs.count - 1)
            for paragraph in paragraphs[0..<2] {
                derived.startParagraph()
                for sentence in paragraph { derived.add(source.sentence(sentence, derivedLanguage), sources: [sentence]) }
            }
            let kept = paragraphs[later][random.below(paragraphs[later].count)]
            derived.startParagraph()
            derived.add(source.sentence(kept, derivedLanguage), sources: [kept])
            let keptSentences = Set(paragraphs[0..<2].flatMap { $0 } + [kept])
            outside.append((0, full.sources.indices.filter { !keptSentences.contains(full.sources[$0][0]) }))
        case .droppedSentence:
            guard let paragraph = paragraphs.firstIndex(where: { $0.count >= 3 }) else { return nil }
            let members = paragraphs[paragraph]
            let drop = members[1 + random.below(members.count - 2)]
            for paragraph in paragraphs {
                derived.startParagraph()
                for sentence in paragraph where sentence != drop {
                    derived.add(source.sentence(sentence, derivedLanguage), sources: [sentence])
                }
            }
            inText = [drop]
        case .splitSentence:
            guard let (target, pieces) = Self.splittable(source, derivedLanguage) else { return nil }
            derived = Self.render(source, derivedLanguage, paragraphs, replacing: [target: pieces])
        case .quotedFragment:
            let candidates = source.sentences.indices.filter { Self.fragment(source.sentence($0, derivedLanguage), derivedLanguage) != nil }
            guard !candidates.isEmpty else { return nil }
            let quoted = candidates[random.below(candidates.count)]
            derived.startParagraph()
            derived.add(lead, sources: [])
            derived.startParagraph(singleBreak: random.chance(50))
            derived.add(Self.fragment(source.sentence(quoted, derivedLanguage), derivedLanguage)!, sources: [quoted])
            outside.append((0, full.sources.indices.filter { full.sources[$0] != [quoted] }))
            outside.append((1, [0]))
        case .threeWay:
            return threeWay(source, index: index, paragraphs: paragraphs, &random)
        }
        // The complete version first, except every third set.
        let derivedFirst = index % 3 == 2
        let order = derivedFirst ? [derived, full] : [full, derived]
        func position(_ version: Int) -> Int { derivedFirst ? 1 - version : version }
        var divergences: [ConstructedDivergence] = []
        for (version, sentences) in outside {
            let text = version == 0 ? full : derived
            for sentence in sentences {
                divergences.append(ConstructedDivergence(kind: .outside, document: position(version), lacking: position(1 - version),
                                                         range: text.sentences[sentence]))
            }
        }
        for sentence in inText {
            divergences.append(ConstructedDivergence(kind: .inText, document: position(0), lacking: position(1),
                                                     range: full.sentences[sentence]))
        }
        let clean = order.map { Self.render(source, $0.language, paragraphs) }
        return ConstructedSet(name: "\(evaluationCase.rawValue) \(source.name) \(fullLanguage)→\(derivedLanguage)",
                              evaluationCase: evaluationCase, versions: order, divergences: divergences, clean: clean)
    }

    /// (f) A complete version, one that renders a sentence as three and one that joins two sentences.
    private func threeWay(_ source: SourceDocument, index: Int, paragraphs: [[Int]], _ random: inout SplitMix64) -> ConstructedSet? {
        let languages: [Language] = [[.zh, .ru, .en], [.en, .zh, .ru], [.ru, .en, .zh]][index % 3]
        guard let (target, pieces) = Self.splittable(source, languages[1]) else { return nil }
        // Two sentences of one paragraph, neither of them the split one, joined in the third version.
        guard let paragraph = paragraphs.first(where: { $0.count >= 2 && !$0.prefix(2).contains(target) }) else { return nil }
        let joined = Self.join(source.sentence(paragraph[0], languages[2]), source.sentence(paragraph[1], languages[2]), languages[2])
        let full = Self.render(source, languages[0], paragraphs)
        let split = Self.render(source, languages[1], paragraphs, replacing: [target: pieces])
        let merged = Self.render(source, languages[2], paragraphs, joining: (paragraph[0], joined))
        return ConstructedSet(name: "three-way \(source.name) \(languages.map(\.rawValue).joined(separator: "/"))",
                              evaluationCase: .threeWay, versions: [full, split, merged], divergences: [],
                              clean: languages.map { Self.render(source, $0, paragraphs) })
    }

    // MARK: - Pieces

    /// Paragraph sizes of two to four sentences.
    static func paragraphs(_ count: Int, _ random: inout SplitMix64) -> [[Int]] {
        var result: [[Int]] = []
        var next = 0
        while next < count {
            let size = min(count - next, 2 + random.below(3))
            result.append(Array(next..<next + size))
            next += size
        }
        return result
    }

    /// The whole source in one language, with sentences replaced by pieces or two joined into one.
    static func render(_ source: SourceDocument, _ language: Language, _ paragraphs: [[Int]],
                       replacing: [Int: [String]] = [:], joining: (first: Int, text: String)? = nil) -> VersionText {
        var text = VersionText(language: language)
        for paragraph in paragraphs {
            text.startParagraph()
            for sentence in paragraph {
                if let joining, sentence == joining.first + 1 { continue }
                if let joining, sentence == joining.first {
                    text.add(joining.text, sources: [sentence, sentence + 1])
                } else if let pieces = replacing[sentence] {
                    for piece in pieces { text.add(piece, sources: [sentence]) }
                } else {
                    text.add(source.sentence(sentence, language), sources: [sentence])
                }
            }
        }
        return text
    }

    /// A first sentence of another document: what a news report's lead looks like to the aligner —
    /// a sentence of the same register that the text does not have.
    static func lead(_ sources: [SourceDocument], after index: Int, _ language: Language) -> String {
        sources[(index + 7) % sources.count].sentence(0, language)
    }

    static func dateline(_ language: Language, _ random: inout SplitMix64) -> String {
        switch language {
        case .zh: return random.chance(50) ? "新华社北京3月21日电" : "2023-03-22 08:15"
        case .ru: return random.chance(50) ? "МОСКВА, 21 марта. /ТАСС/." : "21 марта 2023 года, 18:40"
        default: return random.chance(50) ? "BEIJING, March 21 (Xinhua) --" : "2022-02-26 12:05"
        }
    }

    /// The sentence cut off a little past its middle, at a word where words are spaced, without its
    /// final punctuation: where an excerpt ends.
    static func cutOff(_ sentence: String, _ language: Language) -> String {
        let characters = Array(sentence)
        var cut = characters.count * 11 / 20
        if language != .zh {
            while cut < characters.count && characters[cut] != " " { cut += 1 }
        }
        return String(characters[..<max(1, cut)]).trimmingCharacters(in: " ,，、")
    }

    /// The longest sentence that splits at two commas into three pieces of some length, and the
    /// pieces, each a sentence of its own. Only a line that is one sentence in every language: a
    /// line the source already renders as two sentences in one of them would become one sentence
    /// against four, not against three.
    static func splittable(_ source: SourceDocument, _ language: Language) -> (Int, [String])? {
        var best: (index: Int, pieces: [String])?
        for index in source.sentences.indices where source.sentences[index].allSatisfy({ isOneSentence($0.value, $0.key) }) {
            let sentence = source.sentence(index, language)
            guard let pieces = split(sentence, language) else { continue }
            if best.map({ sentence.count > source.sentence($0.index, language).count }) ?? true { best = (index, pieces) }
        }
        return best.map { ($0.index, $0.pieces) }
    }

    /// Whether `text` holds no sentence stop but at its end: none of 。！？ in Chinese, no . ! ?
    /// followed by a space and a capital letter elsewhere.
    static func isOneSentence(_ text: String, _ language: Language) -> Bool {
        let characters = Array(text.trimmingCharacters(in: " "))
        guard characters.count > 1 else { return true }
        for index in 0..<characters.count - 1 {
            if language == .zh {
                if "。！？".contains(characters[index]) && !"”」』）".contains(characters[index + 1]) { return false }
            } else if ".!?".contains(characters[index]), characters[index + 1] == " ",
                      index + 2 < characters.count, characters[index + 2].isUppercase {
                return false
            }
        }
        return true
    }

    static func split(_ sentence: String, _ language: Language) -> [String]? {
        let characters = Array(sentence)
        let comma: Character = language == .zh ? "，" : ","
        // A comma between clauses, not one inside a number (76,000; 57,9).
        let commas = characters.indices.filter { index in
            characters[index] == comma && (language == .zh || (index + 1 < characters.count && characters[index + 1] == " "))
        }
        guard commas.count >= 2, characters.count >= (language == .zh ? 30 : 80) else { return nil }
        func nearest(_ fraction: Double) -> Int {
            commas.min { abs(Double($0) / Double(characters.count) - fraction) < abs(Double($1) / Double(characters.count) - fraction) }!
        }
        let first = nearest(1.0 / 3), second = nearest(2.0 / 3)
        guard first < second, first >= 8, second - first >= 8, characters.count - second >= 8 else { return nil }
        let stop: String = language == .zh ? "。" : "."
        let pieces = [String(characters[..<first]), String(characters[(first + 1)..<second]), String(characters[(second + 1)...])]
            .map { $0.trimmingCharacters(in: " ") }
        return pieces.enumerated().map { number, piece in
            var text = number == 0 || language == .zh ? piece : piece.prefix(1).uppercased() + piece.dropFirst()
            if number < 2 { text += stop }
            return text
        }
    }

    /// Two sentences as one: the first one's stop becomes a semicolon.
    static func join(_ first: String, _ second: String, _ language: Language) -> String {
        var head = first
        while let last = head.last, ".。!?！？".contains(last) { head.removeLast() }
        if language == .zh { return head + "；" + second }
        return head + "; " + second.prefix(1).lowercased() + second.dropFirst()
    }

    /// A middle stretch of a sentence as a news agency quotes it: no capital, no full stop, in quotes.
    static func fragment(_ sentence: String, _ language: Language) -> String? {
        let quotes: (String, String) = language == .ru ? ("«", "»") : ("“", "”")
        if language == .zh {
            let characters = Array(sentence)
            guard characters.count >= 24 else { return nil }
            let piece = String(characters[(characters.count / 4)..<(characters.count * 3 / 4)]).trimmingCharacters(in: "，、。；")
            return quotes.0 + piece + quotes.1
        }
        let words = sentence.split(separator: " ")
        guard words.count >= 10 else { return nil }
        var piece = words[(words.count / 4)..<(words.count * 3 / 4)].joined(separator: " ").trimmingCharacters(in: ",.;:")
        piece = piece.prefix(1).lowercased() + piece.dropFirst()
        return quotes.0 + piece + quotes.1
    }
}

private extension String {
    /// Without the given characters at either end.
    func trimmingCharacters(in set: String) -> String {
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice.removeFirst() }
        while let last = slice.last, set.contains(last) { slice.removeLast() }
        return String(slice)
    }
}
