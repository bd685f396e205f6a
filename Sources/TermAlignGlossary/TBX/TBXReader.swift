/// Reads TBX: v3 (`tbx/text/body/conceptEntry/langSec/termSec`, DCA style, namespaces ed-2 and ed:3.0)
/// and v2 (`martif/text/body/termEntry/langSet/tig|ntig`). Everything the model does not hold is
/// skipped and reported, by kind, in the warnings.
struct TBXReader {
    /// A start tag being read.
    struct Element {
        let name: String
        /// The name without its namespace prefix (every reader decision looks at it, so it is cut once).
        let local: Substring
        let attributes: [XMLAttribute]
        let offset: Int

        init(name: String, attributes: [XMLAttribute], offset: Int) {
            self.name = name
            local = name.lastIndex(of: ":").map { name[name.index(after: $0)...] } ?? name[...]
            self.attributes = attributes
            self.offset = offset
        }

        func attribute(_ name: String) -> String? { attributes.first { $0.name == name }?.value }

        /// `type`, or "" when absent.
        var type: String { attribute("type") ?? "" }
    }

    private var scanner: XMLScanner
    private let progress: (@Sendable (Double) -> Void)?
    private var nextProgress = 0
    private var glossary = Glossary()
    private var sourceMap = GlossarySourceMap()
    private var skipped = SkipLog()

    init(bytes: [UInt8], file: String, limits: XMLLimits, progress: (@Sendable (Double) -> Void)?) {
        scanner = XMLScanner(bytes: bytes, file: file, limits: limits)
        self.progress = progress
    }

    mutating func read() throws(GlossaryError) -> LoadedGlossary {
        guard let root = try nextChild() else { throw scanner.error(scanner.position, "no root element") }
        switch root.local {
        case "tbx":
            if let namespace = root.attribute("xmlns"), !TBXVocabulary.namespaces.contains(namespace) {
                throw scanner.error(root.offset, "unsupported TBX namespace \"\(namespace)\" (expected "
                                    + TBXVocabulary.namespaces.sorted().joined(separator: " or ") + ")", kind: .structure)
            }
        case "martif": break
        default:
            throw scanner.error(root.offset, "not a TBX file: the root element is <\(root.name)>, "
                                + "expected <tbx> (TBX v3) or <martif> (TBX v2)", kind: .structure)
        }
        while let child = try nextChild() {
            switch child.local {
            case "tbxHeader", "martifHeader": try readHeader(child)
            case "text": try readText(child)
            default: try skip(child, in: root)
            }
        }
        while try scanner.next() != nil {}
        progress?(1)
        return LoadedGlossary(glossary: glossary, format: .tbx, warnings: skipped.warnings, sourceMap: sourceMap)
    }

    // MARK: Structure

    private mutating func readHeader(_ header: Element) throws(GlossaryError) {
        while let child = try nextChild() {
            switch child.local {
            case "fileDesc":
                while let part = try nextChild() {
                    switch part.local {
                    case "titleStmt":
                        while let item = try nextChild() {
                            switch item.local {
                            case "title": glossary.title = try nonEmpty(readContent())
                            case "note": glossary.summary = try nonEmpty(readContent())
                            default: try skip(item, in: part)
                            }
                        }
                    case "sourceDesc":
                        while let item = try nextChild() {
                            if item.local == "p", let source = try nonEmpty(readContent()) {
                                glossary.sources.append(source)
                            } else if item.local != "p" {
                                try skip(item, in: part)
                            }
                        }
                    default: try skip(part, in: child)
                    }
                }
            default: try skip(child, in: header)
            }
        }
    }

    private mutating func readText(_ text: Element) throws(GlossaryError) {
        while let child = try nextChild() {
            guard child.local == "body" else {
                try skip(child, in: text)
                continue
            }
            while let entry = try nextChild() {
                if entry.local == "conceptEntry" || entry.local == "termEntry" {
                    try readConcept(entry)
                } else {
                    try skip(entry, in: child)
                }
            }
        }
    }

    private mutating func readConcept(_ entry: Element) throws(GlossaryError) {
        let location = scanner.location(of: entry.offset)
        guard let id = entry.attribute("id"), !id.isEmpty else {
            throw scanner.error(entry.offset, "<\(entry.name)> without an id", kind: .structure)
        }
        reportProgress()
        var concept = Concept(id: id)
        var termLocations: [[SourceLocation?]] = []
        while let child = try nextChild() {
            switch child.local {
            case "langSec", "langSet":
                try readLanguage(child, into: &concept, locations: &termLocations)
            case "descripGrp", "adminGrp", "noteGrp":
                while let item = try nextChild() { try readConceptItem(item, into: &concept, parent: child) }
            default:
                try readConceptItem(child, into: &concept, parent: entry)
            }
        }
        sourceMap.terms.append(termLocations.flatMap { $0 })
        sourceMap.concepts.append(location)
        glossary.concepts.append(concept)
    }

    private mutating func readConceptItem(_ item: Element, into concept: inout Concept, parent: Element) throws(GlossaryError) {
        switch (item.local, item.type) {
        case ("descrip", "subjectField"):
            try set(&concept.subjectField, item)
        case ("descrip", "definition"):
            try set(&concept.definition, item)
        case ("descrip", let type) where TBXVocabulary.relationTypes[type] != nil:
            try readRelation(item, kind: TBXVocabulary.relationTypes[type]!, into: &concept)
        case ("ref", "crossReference"):
            try readRelation(item, kind: .related, into: &concept)
        case ("admin", "source"):
            if let source = try nonEmpty(readContent()) { concept.sources.append(source) }
        case ("admin", TBXVocabulary.hintsType):
            let hints = try readContent().split(separator: " ")
            for hint in hints where hint != Substring(TBXVocabulary.independentHint) {
                skipped.record("unknown concept matching hint \"\(hint)\"", at: scanner.location(of: item.offset))
            }
            concept.independent = hints.contains(Substring(TBXVocabulary.independentHint))
        case ("note", _):
            if let note = try nonEmpty(readContent()) { concept.notes.append(note) }
        default:
            try skip(item, in: parent)
        }
    }

    private mutating func readRelation(_ item: Element, kind: RelationKind, into concept: inout Concept) throws(GlossaryError) {
        let content = try readContent()
        guard let target = item.attribute("target") ?? item.attribute("id"), !target.isEmpty else {
            skipped.record("<\(item.name) type=\"\(item.type)\"> without a target (\"\(content)\")",
                           at: scanner.location(of: item.offset))
            return
        }
        if !concept.relations[kind].contains(target) { concept.relations[kind].append(target) }
    }

    private mutating func readLanguage(_ section: Element, into concept: inout Concept,
                                       locations: inout [[SourceLocation?]]) throws(GlossaryError) {
        guard let language = section.attribute("xml:lang") ?? section.attribute("lang"), !language.isEmpty else {
            throw scanner.error(section.offset, "<\(section.name)> without xml:lang", kind: .structure)
        }
        while let child = try nextChild() {
            switch (child.local, child.type) {
            case ("termSec", _), ("tig", _), ("ntig", _):
                let location = scanner.location(of: child.offset)
                let term = try readTerm(child)
                // A section exists once it has a term: a langSec holding only a definition adds none.
                var index = concept.sections.firstIndex { $0.language == language } ?? -1
                if index < 0 {
                    index = concept.sections.count
                    concept.sections.append(LanguageSection(language: language, terms: []))
                    locations.append([])
                }
                concept.sections[index].terms.append(term)
                locations[index].append(location)
            case ("descripGrp", _):
                while let item = try nextChild() { try readLanguageItem(item, language: language, into: &concept, parent: child) }
            default:
                try readLanguageItem(child, language: language, into: &concept, parent: section)
            }
        }
    }

    /// A language-level item: a definition, or something skipped.
    private mutating func readLanguageItem(_ item: Element, language: String, into concept: inout Concept,
                                           parent: Element) throws(GlossaryError) {
        guard item.local == "descrip" && item.type == "definition" else { return try skip(item, in: parent) }
        if let definition = try nonEmpty(readContent()) { concept.definitions[language] = definition }
    }

    // MARK: Terms

    private mutating func readTerm(_ container: Element) throws(GlossaryError) -> Term {
        var term = Term("")
        var sawTerm = false
        try readTermItems(of: container, into: &term, sawTerm: &sawTerm)
        guard sawTerm else {
            throw scanner.error(container.offset, "<\(container.name)> without a <term>", kind: .structure)
        }
        return term
    }

    private mutating func readTermItems(of container: Element, into term: inout Term, sawTerm: inout Bool) throws(GlossaryError) {
        while let item = try nextChild() {
            switch (item.local, item.type) {
            case ("term", _):
                guard !sawTerm else { throw scanner.error(item.offset, "a second <term> in one <\(container.name)>", kind: .structure) }
                sawTerm = true
                term.text = try readContent().trimmingWhitespace()
            case ("termGrp", _), ("descripGrp", _), ("adminGrp", _), ("termNoteGrp", _):
                try readTermItems(of: item, into: &term, sawTerm: &sawTerm)
            case ("termNote", "administrativeStatus"), ("termNote", "normativeAuthorization"):
                let value = try readContent().trimmingWhitespace()
                if let status = TermStatus(tbx: value) {
                    term.status = status
                } else {
                    skipped.record("administrativeStatus \"\(value)\" (not a TBX status)", at: scanner.location(of: item.offset))
                }
            case ("termNote", "partOfSpeech"): try set(&term.partOfSpeech, item)
            case ("termNote", "grammaticalGender"): try set(&term.grammaticalGender, item)
            case ("termNote", "termType"): try set(&term.termType, item)
            case ("termNote", "usageNote"): try set(&term.framing, item)
            case ("termNote", "customerSubset"), ("admin", "customerSubset"):
                if let usage = try nonEmpty(readContent()) { term.usage.append(usage) }
            case ("termNote", TBXVocabulary.hintsType):
                for name in try readContent().split(separator: " ") {
                    if let hint = MatchingHints(name: String(name)) {
                        term.hints.insert(hint)
                    } else {
                        skipped.record("unknown matching hint \"\(name)\"", at: scanner.location(of: item.offset))
                    }
                }
            case ("descrip", "context"): try set(&term.context, item)
            case ("note", _):
                if let note = try nonEmpty(readContent()) { term.notes.append(note) }
            default:
                try skip(item, in: container)
            }
        }
    }

    // MARK: Events

    /// The next child element of the current element, or `nil` at its end tag. Text between child
    /// elements is reported as skipped unless it is white space.
    private mutating func nextChild() throws(GlossaryError) -> Element? {
        while let event = try scanner.next() {
            switch event {
            case let .start(name, attributes, offset):
                return Element(name: name, attributes: attributes, offset: offset)
            case .end:
                return nil
            case let .text(_, offset, blank):
                if !blank {
                    let parent = scanner.openElements.last ?? "the document"
                    skipped.record("text directly inside <\(parent)>", at: scanner.location(of: offset))
                }
            }
        }
        return nil
    }

    /// All text inside the current element (nested elements' text included), up to its end tag.
    private mutating func readContent() throws(GlossaryError) -> String {
        var content = ""
        var depth = 0
        while let event = try scanner.next() {
            switch event {
            case .start: depth += 1
            case .end:
                if depth == 0 { return content }
                depth -= 1
            case let .text(text, _, _): content += text
            }
        }
        return content
    }

    /// Consumes an element the model does not hold, and records it.
    private mutating func skip(_ element: Element, in parent: Element) throws(GlossaryError) {
        let type = element.attribute("type").map { " type=\"\($0)\"" } ?? ""
        skipped.record("<\(element.local)\(type)> in <\(parent.local)>", at: scanner.location(of: element.offset))
        _ = try readContent()
    }

    /// Reads a single-valued field; a second value for it is skipped and reported.
    private mutating func set(_ field: inout String?, _ item: Element) throws(GlossaryError) {
        let value = try nonEmpty(readContent())
        guard field == nil else {
            skipped.record("a second <\(item.local) type=\"\(item.type)\">", at: scanner.location(of: item.offset))
            return
        }
        field = value
    }

    private func nonEmpty(_ text: String) -> String? {
        let trimmed = text.trimmingWhitespace()
        return trimmed.isEmpty ? nil : trimmed
    }

    private mutating func reportProgress() {
        guard let progress, scanner.position >= nextProgress else { return }
        nextProgress = scanner.position + (1 << 22)
        progress(Double(scanner.position) / Double(max(1, scanner.bytes.count)))
    }
}

extension String {
    /// The string without leading and trailing white space and line ends.
    func trimmingWhitespace() -> String {
        // Most values have no edge white space: tell from the edge bytes without Unicode properties.
        if let first = utf8.first, let last = utf8.last, first > 0x20 && first < 0x80 && last > 0x20 && last < 0x80 {
            return self
        }
        // Scalars, not characters: a space followed by a combining mark is one character, and
        // trimming it would drop the mark.
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        if first == scalars.startIndex && last == scalars.index(before: scalars.endIndex) { return self }
        return String(scalars[first...last])
    }
}
