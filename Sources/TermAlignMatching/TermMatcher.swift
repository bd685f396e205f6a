import TermAlignGlossary
import TermAlignText

/// A glossary compiled for matching: finds every concept of the glossary in documents of its
/// languages, with the exact original words of each occurrence.
///
/// Russian and English terms are keyed by the lemma keys of their words, exactly as document words
/// are, and matched as word sequences through one Aho–Corasick automaton per language, so every
/// inflected form («специальной военной операции»), plural, possessive, capitalization, hyphen or
/// space, and quotation marks inside a term match. Terms marked `reorderable` also match with their
/// words in another order within a short window. Chinese terms are matched on normalized characters
/// (Traditional folded to Simplified, full-width folded), never on word boundaries. Overlapping
/// matches resolve leftmost-longest; a shorter concept inside a longer term is reported only when
/// its concept is marked independent. Matches never cross a paragraph or sentence end.
///
/// A matcher is immutable and `Sendable`: compile it once and use it for any number of documents,
/// from any number of tasks.
///
/// ```swift
/// let glossary = try Glossary.load(contentsOf: "glossary.yaml").glossary
/// let matcher = try TermMatcher(glossary: glossary)
/// for occurrence in try matcher.occurrences(in: Document.load(path: "statement.ru.txt")) {
///     print(occurrence.concept, occurrence.text, occurrence.match)
/// }
/// ```
public struct TermMatcher: Sendable {
    /// The glossary the matcher was compiled from.
    public let glossary: Glossary
    /// The analyzer whose normalization and lemma keys terms and documents share.
    public let analyzer: TextAnalyzer
    /// How loosely terms match.
    public let options: MatchingOptions
    /// Terms that are never matched, with the reason (report them: they are glossary defects).
    public let skippedTerms: [SkippedTerm]

    /// The compiled terms, with the concepts, shared by every occurrence found.
    let matchedTerms: MatchedTerms
    let wordMatchers: [Language: WordMatcher]
    let characterMatcher: CharacterMatcher?
    let independent: [Bool]

    /// Compiles a glossary with the default analyzer (opening the Hunspell dictionaries).
    ///
    /// - Parameters:
    ///   - glossary: The glossary.
    ///   - options: Matching options.
    /// - Throws: ``/TermAlignText/TextError`` when the lemma dictionaries are missing or ICU fails.
    /// - Complexity: O(total term length).
    public init(glossary: Glossary, options: MatchingOptions = MatchingOptions()) throws(TextError) {
        try self.init(glossary: glossary, analyzer: TextAnalyzer(), options: options)
    }

    /// Compiles a glossary.
    ///
    /// - Parameters:
    ///   - glossary: The glossary.
    ///   - analyzer: The analyzer for terms and documents; it should have lemma keys, or Russian and
    ///     English terms match only in the forms written.
    ///   - options: Matching options.
    /// - Throws: ``/TermAlignText/TextError`` when ICU fails.
    /// - Complexity: O(total term length).
    public init(glossary: Glossary, analyzer: TextAnalyzer, options: MatchingOptions = MatchingOptions()) throws(TextError) {
        self.glossary = glossary
        self.analyzer = analyzer
        self.options = options
        var compiler = MatcherCompiler(analyzer: analyzer)
        try compiler.add(glossary)
        skippedTerms = compiler.skipped
        var terms = compiler.takeTerms()
        var wordMatchers: [Language: WordMatcher] = [:]
        for language in [Language.ru, .en] {
            guard let indices = compiler.indices[language], !indices.isEmpty else { continue }
            wordMatchers[language] = WordMatcher(terms: terms, indices: indices,
                                                 vocabulary: compiler.vocabularies[language] ?? [:])
        }
        if let indices = compiler.indices[.zh], !indices.isEmpty {
            characterMatcher = CharacterMatcher(terms: &terms, indices: indices)
        } else {
            characterMatcher = nil
        }
        matchedTerms = MatchedTerms(terms: CompiledTerms(terms), concepts: glossary.concepts)
        self.wordMatchers = wordMatchers
        independent = glossary.concepts.map(\.independent)
    }

    /// A matcher from its parts, as an archive holds them.
    init(glossary: Glossary, analyzer: TextAnalyzer, options: MatchingOptions, skippedTerms: [SkippedTerm],
         matchedTerms: MatchedTerms, independent: [Bool], wordMatchers: [Language: WordMatcher], characterMatcher: CharacterMatcher?) {
        self.glossary = glossary
        self.analyzer = analyzer
        self.options = options
        self.skippedTerms = skippedTerms
        self.matchedTerms = matchedTerms
        self.wordMatchers = wordMatchers
        self.characterMatcher = characterMatcher
        self.independent = independent
    }

    /// The compiled terms, by index.
    var terms: CompiledTerms { matchedTerms.terms }

    /// The languages that have at least one usable term.
    public var languages: [Language] {
        Language.allCases.filter { $0 == .zh ? characterMatcher != nil : wordMatchers[$0] != nil }
    }

    /// The number of terms compiled (the glossary's terms less ``skippedTerms``).
    public var termCount: Int { terms.count }

    /// The number of automaton states over all languages (a measure of the compiled size).
    public var automatonStateCount: Int {
        wordMatchers.values.reduce(0) { $0 + $1.automaton.stateCount } + (characterMatcher?.automaton.stateCount ?? 0)
    }

    /// Finds the glossary's concepts in a document of the glossary's languages.
    ///
    /// - Parameter document: A document; its language selects the glossary section.
    /// - Returns: The occurrences in document order (start, then longest first).
    /// - Throws: ``/TermAlignText/TextError/undeterminedLanguage(source:)`` when the document's language is not
    ///   known (give it when loading the document); ``/TermAlignText/TextError`` when ICU fails.
    /// - Complexity: O(n) in the document's length, independent of the glossary's size.
    public func occurrences(in document: Document) throws(TextError) -> [Occurrence] {
        guard document.language != .undetermined else {
            throw .undeterminedLanguage(source: document.path ?? document.id)
        }
        return occurrences(in: try analyzer.analyze(document, components: Self.analysis(for: document.language)))
    }

    /// What matching needs of a document's analysis in `language`: Chinese is matched on its
    /// normalized characters, Russian and English on their words' lemma keys. The one place that
    /// says so: the aligner and the comparer add what they need themselves to this.
    public static func analysis(for language: Language) -> TextAnalyzer.Components {
        language == .zh ? [] : [.words, .lemmas]
    }

    /// Finds the glossary's concepts in a document already analyzed by ``analyzer`` — with words and
    /// lemmas for Russian and English (Chinese needs only the normalization).
    ///
    /// - Parameter analyzed: The analysis of a Russian, Chinese or English document.
    /// - Returns: The occurrences in document order; none for another language.
    /// - Complexity: O(n) in the document's length, independent of the glossary's size.
    public func occurrences(in analyzed: AnalyzedText) -> [Occurrence] {
        let candidates: [Candidate]
        switch analyzed.document.language {
        case .zh:
            guard let characterMatcher else { return [] }
            candidates = CharacterScanner(matcher: characterMatcher, terms: terms, discontinuous: options.discontinuousGap > 0)
                .candidates(in: analyzed)
        case .ru, .en:
            guard let matcher = wordMatchers[analyzed.document.language] else { return [] }
            candidates = WordScanner(matcher: matcher, terms: terms, analyzer: analyzer,
                                     slack: options.reorderSlack, gap: options.discontinuousGap).candidates(in: analyzed)
        case .undetermined:
            return []
        }
        return OverlapResolver.resolve(candidates, independent: independent).map { candidate in
            Occurrence(terms: matchedTerms, term: candidate.term, conceptIndex: Int(candidate.concept), range: candidate.range,
                       text: analyzed.text(of: candidate.range), match: candidate.kind, inserted: candidate.inserted)
        }
    }
}
