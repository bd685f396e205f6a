@_spi(Engine) import TermAlignText
import TermAlignGlossary

/// A compiled glossary in the start-up cache's byte layout: the glossary, the compiled terms and the
/// automata as they are in memory, so that reading it back compiles nothing (`MatcherCache` keys and
/// stores it). Only a matcher with the default analyzer is archived: the analyzer is opened again
/// when read, and the cache's key names its configuration.
extension TermMatcher {
    package func archive(into out: inout BinaryArchiveWriter) {
        glossary.archive(into: &out)
        out.integer(skippedTerms.count)
        for skipped in skippedTerms {
            out.strings([skipped.concept, skipped.language, skipped.term, skipped.reason.rawValue])
        }
        out.bools(independent)
        out.numbers((0..<terms.count).map { terms.concept(Int32($0)) })
        out.list((0..<terms.count).lazy.map { terms[$0] }) { $0.archive(into: &$1) }
        let languages = wordMatchers.keys.sorted { $0.rawValue < $1.rawValue }
        out.strings(languages.map(\.rawValue))
        for language in languages { wordMatchers[language]!.archive(into: &out) }
        out.bool(characterMatcher != nil)
        characterMatcher?.archive(into: &out)
    }

    package init(archive input: inout BinaryArchiveReader, analyzer: TextAnalyzer,
                 options: MatchingOptions) throws(BinaryArchiveReader.Damaged) {
        let glossary = try Glossary(archive: &input)
        var skipped: [SkippedTerm] = []
        for _ in 0..<(try input.count()) {
            let fields = try input.strings()
            guard fields.count == 4, let reason = SkippedTerm.Reason(rawValue: fields[3]) else { throw BinaryArchiveReader.Damaged() }
            skipped.append(SkippedTerm(concept: fields[0], language: fields[1], term: fields[2], reason: reason))
        }
        let independent = try input.bools()
        let concepts = try input.int32s()
        let conceptCount = Int32(glossary.concepts.count)
        // Terms are decoded when a scan meets them; their concepts are checked now, as everything
        // else a scan indexes with.
        let archived = try input.list { (input) throws(BinaryArchiveReader.Damaged) in try CompiledTerm(archive: &input) }
        guard independent.count == glossary.concepts.count, archived.count == concepts.count,
              concepts.allSatisfy({ $0 >= 0 && $0 < conceptCount }) else { throw BinaryArchiveReader.Damaged() }
        let terms = CompiledTerms(archived: archived, concepts: concepts)
        var wordMatchers: [Language: WordMatcher] = [:]
        for tag in try input.strings() {
            guard let language = Language(rawValue: tag) else { throw BinaryArchiveReader.Damaged() }
            wordMatchers[language] = try WordMatcher(archive: &input)
        }
        let characterMatcher = try input.bool() ? try CharacterMatcher(archive: &input) : nil
        // Every index the scanners follow stays inside what it indexes.
        let inRange = { (list: [Int32]) in list.allSatisfy { $0 >= 0 && Int($0) < terms.count } }
        guard input.isAtEnd, wordMatchers.values.allSatisfy({ $0.groups.allSatisfy(inRange) && inRange($0.anchorTerms) }),
              characterMatcher?.groups.allSatisfy(inRange) ?? true else { throw BinaryArchiveReader.Damaged() }
        self.init(glossary: glossary, analyzer: analyzer, options: options, skippedTerms: skipped,
                  matchedTerms: MatchedTerms(terms: terms, concepts: glossary.concepts), independent: independent,
                  wordMatchers: wordMatchers, characterMatcher: characterMatcher)
    }
}

extension CompiledTerm {
    fileprivate func archive(into out: inout BinaryArchiveWriter) {
        for number in [concept, section, position] { out.integer(Int(number)) }
        out.string(text)
        out.bool(isReorderable)
        out.numbers(symbols)
        out.string(normalizedWords)
        out.bool(caseSensitiveWords != nil)
        if let caseSensitiveWords { out.strings(caseSensitiveWords) }
        out.numbers(edges.leading)
        out.numbers(edges.trailing)
    }

    /// A term as archived. Its section and position in its concept are not checked against the
    /// glossary, which would decode the concept: the file passed its checksum, and the arrays they
    /// index are bounds-checked.
    fileprivate init(archive input: inout BinaryArchiveReader) throws(BinaryArchiveReader.Damaged) {
        let concept = try input.integer(), section = try input.integer(), position = try input.integer()
        guard concept >= 0, section >= 0, position >= 0, concept <= Int32.max, section <= Int32.max, position <= Int32.max
        else { throw BinaryArchiveReader.Damaged() }
        let text = try input.string()
        let reorderable = try input.bool(), symbols = try input.int32s()
        let normalized = try input.string()
        let caseSensitive = try input.bool() ? try input.strings() : nil
        self.init(concept: Int32(concept), section: Int32(section), position: Int32(position), text: text, isReorderable: reorderable,
                  symbols: symbols, normalizedWords: normalized, caseSensitiveWords: caseSensitive,
                  edges: TermEdges(leading: try input.bytes(), trailing: try input.bytes()))
    }
}

extension Automaton {
    fileprivate func archive(into out: inout BinaryArchiveWriter) {
        out.numbers(rootNext)
        edges.index.archive(into: &out)
        for table in [fail, depth, terminal, outputLink] { out.numbers(table) }
        out.bools(hasChildren)
    }

    fileprivate init(archive input: inout BinaryArchiveReader) throws(BinaryArchiveReader.Damaged) {
        let rootNext = try input.int32s()
        let edges = EdgeTable(index: try HashIndex(archive: &input))
        let fail = try input.int32s(), depth = try input.int32s()
        let terminal = try input.int32s(), outputLink = try input.int32s()
        let hasChildren = try input.bools()
        let states = fail.count
        // What the scans follow stays inside the tables, and fail and output links lead to shallower
        // states, so no walk along them can loop.
        guard states > 0, [depth.count, terminal.count, outputLink.count, hasChildren.count].allSatisfy({ $0 == states }),
              depth[0] == 0, rootNext.allSatisfy({ $0 >= 0 && Int($0) < states }),
              edges.index.valuesAreBelow(UInt32(states)),
              (1..<states).allSatisfy({ state in
                  let failure = Int(fail[state]), output = Int(outputLink[state])
                  return failure >= 0 && failure < states && depth[failure] < depth[state]
                      && (output == -1 || (output >= 0 && output < states && depth[output] < depth[state]))
              }) else { throw BinaryArchiveReader.Damaged() }
        self.init(rootNext: rootNext, edges: edges, fail: fail, depth: depth, terminal: terminal,
                  outputLink: outputLink, hasChildren: hasChildren)
    }
}

extension WordMatcher {
    fileprivate func archive(into out: inout BinaryArchiveWriter) {
        vocabulary.archive(into: &out)
        automaton.archive(into: &out)
        out.lists(groups)
        out.numbers(anchorStart)
        out.numbers(anchorTerms)
        out.lists(anchorKeys)
        out.bools(opensTerm)
        out.bools(continuesTerm)
        out.numbers(openingFilter)
    }

    fileprivate init(archive input: inout BinaryArchiveReader) throws(BinaryArchiveReader.Damaged) {
        vocabulary = try Vocabulary(archive: &input)
        let words = vocabulary.count
        automaton = try Automaton(archive: &input)
        groups = try input.lists()
        anchorStart = try input.int32s()
        anchorTerms = try input.int32s()
        anchorKeys = try input.lists()
        opensTerm = try input.bools()
        continuesTerm = try input.bools()
        openingFilter = try input.uint64s()
        guard anchorStart.count == words + 1, opensTerm.count == words,
              continuesTerm.count == words, automaton.rootNext.count == words,
              anchorKeys.count == anchorTerms.count, anchorStart.first == 0,
              anchorStart.last == Int32(anchorTerms.count), zip(anchorStart, anchorStart.dropFirst()).allSatisfy({ $0 <= $1 }),
              automaton.terminal.allSatisfy({ $0 >= -1 && Int($0) < groups.count }),
              openingFilter.count == WordMatcher.filterWords else { throw BinaryArchiveReader.Damaged() }
    }
}

extension Vocabulary {
    fileprivate func archive(into out: inout BinaryArchiveWriter) {
        out.numbers(bytes)
        out.numbers(starts)
        index.archive(into: &out)
        let aside = collided.sorted { $0.value < $1.value }
        out.strings(aside.map(\.key))
        out.numbers(aside.map(\.value))
    }

    fileprivate init(archive input: inout BinaryArchiveReader) throws(BinaryArchiveReader.Damaged) {
        let bytes = try input.bytes(), starts = try input.uint32s()
        let index = try HashIndex(archive: &input)
        let keys = try input.strings(), symbols = try input.int32s()
        // Every key's bytes lie inside, in order, and every symbol names a key.
        guard let first = starts.first, first == 0, starts.last == UInt32(bytes.count),
              zip(starts, starts.dropFirst()).allSatisfy({ $0 <= $1 }), index.valuesAreBelow(UInt32(starts.count - 1)),
              keys.count == symbols.count, symbols.allSatisfy({ $0 >= 0 && Int($0) < starts.count - 1 })
        else { throw BinaryArchiveReader.Damaged() }
        self.init(bytes: bytes, starts: starts, index: index,
                  collided: Dictionary(zip(keys, symbols), uniquingKeysWith: { first, _ in first }))
    }
}

extension CharacterMatcher {
    fileprivate func archive(into out: inout BinaryArchiveWriter) {
        out.numbers(basicIDs)
        let supplementary = supplementaryIDs.keys.sorted()
        out.numbers(supplementary)
        out.numbers(supplementary.map { supplementaryIDs[$0]! })
        automaton.archive(into: &out)
        out.lists(groups)
        out.integer(longest)
    }

    fileprivate init(archive input: inout BinaryArchiveReader) throws(BinaryArchiveReader.Damaged) {
        basicIDs = try input.int32s()
        let scalars = try input.uint32s(), ids = try input.int32s()
        guard basicIDs.count == 0x10000, scalars.count == ids.count else { throw BinaryArchiveReader.Damaged() }
        supplementaryIDs = Dictionary(zip(scalars, ids), uniquingKeysWith: { first, _ in first })
        automaton = try Automaton(archive: &input)
        groups = try input.lists()
        longest = try input.integer()
        let symbols = Int32(automaton.rootNext.count)
        guard basicIDs.allSatisfy({ $0 >= -1 && $0 < symbols }), ids.allSatisfy({ $0 >= 0 && $0 < symbols }), longest >= 1,
              automaton.terminal.allSatisfy({ $0 >= -1 && Int($0) < groups.count }) else { throw BinaryArchiveReader.Damaged() }
    }
}
