import TermAlignGlossary
import TermAlignText

/// Keys every glossary term as the text stage keys documents and sorts them by language.
struct MatcherCompiler {
    let keyer: TermKeyer
    private(set) var terms: [CompiledTerm] = []
    private(set) var indices: [Language: [Int32]] = [:]
    private(set) var vocabularies: [Language: [String: Int32]] = [:]
    private(set) var skipped: [SkippedTerm] = []

    init(analyzer: TextAnalyzer) { keyer = TermKeyer(analyzer: analyzer) }

    /// The compiled terms, moved out: a caller that changes them then changes the only copy.
    mutating func takeTerms() -> [CompiledTerm] {
        defer { terms = [] }
        return terms
    }

    mutating func add(_ glossary: Glossary) throws(TextError) {
        // Appending one by one would leave up to twice the room the terms need, for the matcher's life.
        terms.reserveCapacity(terms.count + glossary.termCount)
        for (conceptIndex, concept) in glossary.concepts.enumerated() {
            for (sectionIndex, section) in concept.sections.enumerated() {
                let language = Language(tag: section.language)
                for (position, term) in section.terms.enumerated() {
                    guard language != .undetermined else {
                        skipped.append(SkippedTerm(concept: concept.id, language: section.language, term: term.text,
                                                   reason: .unsupportedLanguage))
                        continue
                    }
                    let analyzed = try keyer.analyze(term.text, language: section.language, components: [.words, .lemmas])
                    let key = keyer.key(of: analyzed, hints: term.hints)
                    guard !key.isEmpty else {
                        skipped.append(SkippedTerm(concept: concept.id, language: section.language, term: term.text,
                                                   reason: .emptyKey))
                        continue
                    }
                    add(term, at: (Int32(conceptIndex), Int32(sectionIndex), Int32(position)), as: language,
                        key: key, analyzed: analyzed)
                }
            }
        }
    }

    private mutating func add(_ term: Term, at place: (concept: Int32, section: Int32, position: Int32),
                              as language: Language, key: TermKey, analyzed: AnalyzedText) {
        let symbols: [Int32]
        var normalizedWords = ""
        var caseSensitiveWords: [String]?
        var edges = TermEdges()
        if language == .zh {
            // Raw code points for now; CharacterMatcher renumbers them densely.
            symbols = key.parts[0].unicodeScalars.map { Int32(bitPattern: $0.value) }
        } else {
            // Updated in place: a copy taken out of the dictionary would be copied whole per term.
            var ids: [Int32] = []
            for part in key.parts {
                if let known = vocabularies[language]?[part] {
                    ids.append(known)
                } else {
                    let id = Int32(vocabularies[language, default: [:]].count)
                    vocabularies[language, default: [:]][part] = id
                    ids.append(id)
                }
            }
            symbols = ids
            normalizedWords = analyzed.tokens.map { WordScanner.withoutDots(analyzed.normalizedText(of: $0)) }
                .joined(separator: " ")
            if let first = analyzed.tokens.first, let last = analyzed.tokens.last {
                let key = analyzed.normalized.key
                edges = TermEdges(leading: key[..<first.keyRange.lowerBound].filter { $0 != 0x20 },
                                  trailing: key[last.keyRange.upperBound...].filter { $0 != 0x20 })
            }
            if term.hints.contains(.caseSensitive) {
                caseSensitiveWords = analyzed.tokens.map { WordScanner.withoutDots(analyzed.text(of: $0.range)) }
            }
        }
        indices[language, default: []].append(Int32(terms.count))
        terms.append(CompiledTerm(concept: place.concept, section: place.section, position: place.position,
                                  text: term.text, isReorderable: term.hints.contains(.reorderable) && symbols.count > 1,
                                  symbols: symbols, normalizedWords: normalizedWords,
                                  caseSensitiveWords: caseSensitiveWords, edges: edges))
    }
}
