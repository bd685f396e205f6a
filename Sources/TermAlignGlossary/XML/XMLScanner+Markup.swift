/// Comments, CDATA sections, processing instructions, the XML declaration and the document type
/// declaration.
extension XMLScanner {
    /// `<!--…-->`, `<![CDATA[…]]>` or `<!DOCTYPE …>`.
    mutating func scanDeclarationOrSection() throws(GlossaryError) {
        let start = position
        if looking(at: "<!--") {
            position += 4
            try skip(past: "-->", from: start, "unterminated comment: missing '-->'")
        } else if looking(at: "<![CDATA[") {
            guard !openElements.isEmpty else { throw error(start, "a CDATA section outside the root element") }
            position += 9
            let contentStart = position
            try skip(past: "]]>", from: start, "unterminated CDATA section: missing ']]>'")
            appendText(bytes[contentStart..<(position - 3)], at: contentStart)
        } else if looking(at: "<!DOCTYPE") {
            guard !seenRoot else { throw error(start, "a document type declaration after the root element") }
            guard !entities.declared else { throw error(start, "a second document type declaration") }
            position += 9
            try scanDocumentType(start: start)
        } else {
            throw error(start, "expected a comment, CDATA section or DOCTYPE after '<!'")
        }
    }

    /// `<?target …?>`: the XML declaration (checked for its encoding) or an instruction (ignored).
    mutating func scanProcessingInstruction() throws(GlossaryError) {
        let start = position
        position += 2
        let target = try scanName(what: "processing instruction target")
        let contentStart = position
        try skip(past: "?>", from: start, "unterminated processing instruction: missing '?>'")
        guard target.lowercased() == "xml" else { return }
        guard start == 0 && target == "xml" else {
            throw error(start, "the XML declaration must be the very first thing in the file")
        }
        try checkDeclaration(contentStart, position - 2)
    }

    // MARK: Document type

    /// After `<!DOCTYPE`: the root name, an external id (never fetched) and the internal subset, in
    /// which entity declarations are recorded and everything else is skipped.
    private mutating func scanDocumentType(start: Int) throws(GlossaryError) {
        guard skipWhitespace() else { throw error(position, "expected whitespace after <!DOCTYPE") }
        _ = try scanName(what: "document type name")
        skipWhitespace()
        _ = try scanExternalID()
        skipWhitespace()
        entities.declared = true
        if position < bytes.count, bytes[position] == UInt8(ascii: "[") {
            position += 1
            try scanInternalSubset()
            skipWhitespace()
        }
        guard position < bytes.count, bytes[position] == UInt8(ascii: ">") else {
            throw error(position, "expected '>' to close the document type declaration")
        }
        position += 1
    }

    /// `SYSTEM "uri"` or `PUBLIC "id" "uri"`; the system literal, or `nil` when there is none.
    private mutating func scanExternalID() throws(GlossaryError) -> String? {
        if looking(at: "SYSTEM") {
            position += 6
            skipWhitespace()
            return try scanQuoted(what: "system literal")
        }
        if looking(at: "PUBLIC") {
            position += 6
            skipWhitespace()
            _ = try scanQuoted(what: "public identifier")
            skipWhitespace()
            return try scanQuoted(what: "system literal")
        }
        return nil
    }

    mutating func scanQuoted(what: String) throws(GlossaryError) -> String {
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'") else {
            throw error(position, "expected a quoted \(what)")
        }
        let quote = bytes[position]
        let start = position + 1
        position = start
        while position < bytes.count && bytes[position] != quote {
            let byte = bytes[position]
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D {
                throw error(position, "control character U+\(hex(byte)) is not allowed in XML")
            }
            position += 1
        }
        guard position < bytes.count else { throw error(start - 1, "unterminated \(what)") }
        position += 1
        return String(decoding: bytes[start..<(position - 1)], as: UTF8.self)
    }

    private mutating func scanInternalSubset() throws(GlossaryError) {
        while true {
            skipWhitespace()
            guard position < bytes.count else { throw error(position, "unterminated internal DTD subset: missing ']'") }
            let start = position
            if bytes[position] == UInt8(ascii: "]") {
                position += 1
                return
            }
            if bytes[position] == UInt8(ascii: "%") {
                throw error(start, "parameter entity references are not supported: TermAlign never reads DTDs",
                            kind: .unsafe)
            }
            if looking(at: "<!--") {
                position += 4
                try skip(past: "-->", from: start, "unterminated comment: missing '-->'")
            } else if looking(at: "<?") {
                position += 2
                try skip(past: "?>", from: start, "unterminated processing instruction: missing '?>'")
            } else if looking(at: "<!ENTITY") {
                position += 8
                try scanEntityDeclaration(start: start)
            } else if looking(at: "<!ELEMENT") || looking(at: "<!ATTLIST") || looking(at: "<!NOTATION") {
                try skipDeclaration(start: start)
            } else {
                throw error(start, "unexpected content in the internal DTD subset")
            }
        }
    }

    /// Skips a declaration up to its `>`, stepping over quoted strings.
    private mutating func skipDeclaration(start: Int) throws(GlossaryError) {
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: ">") {
                position += 1
                return
            }
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                _ = try scanQuoted(what: "literal")
            } else {
                position += 1
            }
        }
        throw error(start, "unterminated markup declaration: missing '>'")
    }

    /// `<!ENTITY name "value">`, `<!ENTITY name SYSTEM "uri">` or a parameter entity (recorded so that
    /// a reference to it fails clearly).
    private mutating func scanEntityDeclaration(start: Int) throws(GlossaryError) {
        guard skipWhitespace() else { throw error(position, "expected whitespace after <!ENTITY") }
        var parameter = false
        if position < bytes.count, bytes[position] == UInt8(ascii: "%") {
            parameter = true
            position += 1
            skipWhitespace()
        }
        let name = try scanName(what: "entity name")
        skipWhitespace()
        let definition: XMLEntityTable.Definition
        if let system = try scanExternalID() {
            definition = .external(system: system)
        } else {
            let valueStart = position + 1
            _ = try scanQuoted(what: "entity value")
            definition = .internal(valueStart..<(position - 1))
        }
        try skipDeclaration(start: start)
        // The first declaration of a name binds (XML 1.0 §4.2); parameter entities are never used.
        if !parameter && entities.definitions[name] == nil { entities.definitions[name] = definition }
    }
}
