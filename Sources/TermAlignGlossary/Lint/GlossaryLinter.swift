import TermAlignText

/// Checks a glossary for the defects that would make matching or comparison wrong.
public struct GlossaryLinter: Sendable {
    /// Computes term keys as the matcher will.
    public let keyer: TermKeyer

    /// Creates a linter.
    ///
    /// - Parameter keyer: The keyer (its analyzer's lemmatizers decide which terms collide).
    public init(keyer: TermKeyer) { self.keyer = keyer }

    /// Lints a glossary read from a file; findings carry file locations.
    ///
    /// - Parameter loaded: The glossary and its source map.
    /// - Returns: The findings, in file order (concept by concept), relation checks after term checks.
    /// - Throws: ``/TermAlignText/TextError`` when ICU fails while keying terms.
    /// - Complexity: O(terms · term length + relations).
    public func lint(_ loaded: LoadedGlossary) throws(TextError) -> [LintFinding] {
        try lint(loaded.glossary, sourceMap: loaded.sourceMap)
    }

    /// Lints a glossary.
    ///
    /// - Parameters:
    ///   - glossary: The glossary.
    ///   - sourceMap: Where its concepts and terms are, if it came from a file.
    /// - Throws: ``/TermAlignText/TextError`` when ICU fails while keying terms.
    public func lint(_ glossary: Glossary, sourceMap: GlossarySourceMap = GlossarySourceMap()) throws(TextError) -> [LintFinding] {
        var context = Context(glossary: glossary, sourceMap: sourceMap)
        let languages = glossary.languages
        var firstUse: [String: Int] = [:]
        for (index, concept) in glossary.concepts.enumerated() {
            if let earlier = firstUse[concept.id] {
                context.report(.duplicateConceptID, concept: index,
                               "concept id \"\(concept.id)\" is used again (first by concept #\(earlier + 1))")
            } else {
                firstUse[concept.id] = index
            }
            if concept.termCount == 0 {
                context.report(.noTerms, concept: index, "concept \(concept.id) has no terms")
            } else {
                for language in languages where concept.terms(in: language).isEmpty {
                    context.report(.missingLanguage, concept: index, language: language,
                                   "concept \(concept.id) has no \(language) term")
                }
            }
            try lintTerms(of: index, in: &context)
        }
        lintRelations(in: &context)
        return context.findings
    }

    private func lintTerms(of index: Int, in context: inout Context) throws(TextError) {
        let concept = context.glossary.concepts[index]
        for (sectionIndex, section) in concept.sections.enumerated() {
            var seen: [TermKey: Term] = [:]
            let preferred = section.terms.filter { $0.status == .preferred }
            if preferred.count > 1 {
                context.report(.multiplePreferred, concept: index, language: section.language,
                               "concept \(concept.id) has \(preferred.count) preferred \(section.language) terms: "
                                   + preferred.map { "\"\($0.text)\"" }.joined(separator: ", "))
            }
            for (termIndex, term) in section.terms.enumerated() {
                let at = (termIndex, sectionIndex, index)
                // One analysis gives both the key and the look-alike check.
                let analyzed = try keyer.analyze(term.text, language: section.language,
                                                 components: [.words, .lemmas, .confusables])
                let key = keyer.key(of: analyzed, hints: term.hints)
                if key.isEmpty {
                    context.report(.emptyKey, term: at, language: section.language,
                                   "\(section.language) term \"\(term.text)\" of \(concept.id) has no letters or digits to match")
                    continue
                }
                // Two spellings of one key that different sides use ("colour" and "color revolution")
                // are told apart by the written form, which the matcher prefers when exact.
                if let earlier = seen[key], earlier.text == term.text || Set(earlier.usage) == Set(term.usage) {
                    context.report(.duplicateTerm, term: at, language: section.language,
                                   "\(section.language) term \"\(term.text)\" of \(concept.id) matches as \"\(earlier.text)\" does (key \"\(key)\")")
                } else if seen[key] == nil {
                    seen[key] = term
                }
                let owner = KeyOwner.Key(language: section.language, key: key)
                if let other = context.keyOwners[owner], other.concept != concept.id {
                    context.report(.sharedTerm, term: at, language: section.language,
                                   "\(section.language) term \"\(term.text)\" of \(concept.id) has the key \"\(key)\" of "
                                       + "\"\(other.text)\" in \(other.concept): the matcher cannot tell them apart")
                } else if context.keyOwners[owner] == nil {
                    context.keyOwners[owner] = KeyOwner(concept: concept.id, text: term.text)
                }
                if let confusable = analyzed.confusables.first {
                    let letters = confusable.letters.map { "\($0.codePoint) (\($0.script))" }.joined(separator: ", ")
                    context.report(.mixedScript, term: at, language: section.language,
                                   "\(section.language) term \"\(term.text)\" of \(concept.id) mixes scripts: \(letters)")
                }
            }
        }
    }

    private func lintRelations(in context: inout Context) {
        let index = GlossaryIndex(context.glossary)
        for (position, concept) in context.glossary.concepts.enumerated() {
            for (kind, target) in concept.relations.all {
                if target == concept.id {
                    context.report(.contradictoryRelation, concept: position,
                                   "concept \(concept.id) is \(kind) to itself")
                } else if index.concept(id: target) == nil {
                    context.report(.danglingRelation, concept: position,
                                   "concept \(concept.id): \(kind) concept \"\(target)\" does not exist")
                }
            }
            let relations = index.relations(of: concept.id)
            for target in relations.broader where relations.narrower.contains(target) && concept.id < target {
                context.report(.contradictoryRelation, concept: position,
                               "concepts \(concept.id) and \(target) are each broader than the other")
            }
        }
        for cycle in Self.broaderCycles(index) {
            context.report(.contradictoryRelation, concept: index.position(of: cycle[0]) ?? 0,
                           "broader concepts form a cycle: " + (cycle + [cycle[0]]).joined(separator: " → "))
        }
    }

    /// Cycles of length three or more along broader relations (two-concept cycles are reported as
    /// mutual broader/narrower), each once, starting at its first concept in file order.
    static func broaderCycles(_ index: GlossaryIndex) -> [[String]] {
        var state: [String: Int] = [:]  // 1 on the path, 2 done
        var cycles: [[String]] = []
        var path: [String] = []
        func visit(_ id: String) {
            state[id] = 1
            path.append(id)
            for next in index.relations(of: id).broader where index.concept(id: next) != nil {
                switch state[next] {
                case 1:
                    let cycle = Array(path[path.lastIndex(of: next)!...])
                    if cycle.count > 2 { cycles.append(cycle) }
                case nil: visit(next)
                default: break
                }
            }
            path.removeLast()
            state[id] = 2
        }
        for concept in index.glossary.concepts where state[concept.id] == nil { visit(concept.id) }
        return cycles
    }

    /// The first term to claim a key in a language.
    private struct KeyOwner {
        struct Key: Hashable {
            let language: String
            let key: TermKey
        }

        let concept: String
        let text: String
    }

    /// Findings gathered with their locations.
    private struct Context {
        let glossary: Glossary
        let sourceMap: GlossarySourceMap
        var findings: [LintFinding] = []
        var keyOwners: [KeyOwner.Key: KeyOwner] = [:]

        mutating func report(_ rule: LintRule, concept: Int, language: String? = nil, _ message: String) {
            findings.append(LintFinding(rule: rule, severity: rule.severity, message: message,
                                        concept: glossary.concepts[concept].id, language: language,
                                        location: sourceMap.location(ofConcept: concept)))
        }

        mutating func report(_ rule: LintRule, term: (term: Int, section: Int, concept: Int), language: String, _ message: String) {
            let location = sourceMap.location(ofTerm: term.term, section: term.section, concept: term.concept, in: glossary)
            findings.append(LintFinding(rule: rule, severity: rule.severity, message: message,
                                        concept: glossary.concepts[term.concept].id, language: language,
                                        location: location))
        }
    }
}
