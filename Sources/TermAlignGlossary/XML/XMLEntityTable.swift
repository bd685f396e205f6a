/// The general entities a document declares in its internal DTD subset.
struct XMLEntityTable {
    /// What an entity name stands for.
    enum Definition {
        /// Replacement text: a range of the document's bytes (the literal between the quotes).
        case `internal`(Range<Int>)
        /// An external entity: never read.
        case external(system: String)
    }

    var definitions: [String: Definition] = [:]
    /// Whether the document had a DOCTYPE.
    var declared = false
    /// Bytes (and references) produced by expansion so far, against ``XMLLimits/entityExpansion``.
    var expanded = 0
    /// Entities being expanded, innermost last: a name met again is a recursive definition.
    var active: [String] = []

    static let predefined: [String: UInt8] = [
        "lt": UInt8(ascii: "<"), "gt": UInt8(ascii: ">"), "amp": UInt8(ascii: "&"),
        "apos": UInt8(ascii: "'"), "quot": UInt8(ascii: "\""),
    ]
}

extension XMLScanner {
    /// Appends text with line ends normalized (CR LF and lone CR become LF).
    mutating func appendText(_ slice: ArraySlice<UInt8>, at offset: Int) {
        if textBuffer.isEmpty { textStart = offset }
        appendNormalizingLineEnds(slice, to: &textBuffer)
    }

    /// A reference at `position` (`&name;`, `&#N;`, `&#xN;`), expanded into `output`.
    ///
    /// - Parameter depth: How many entity values this reference is nested in.
    mutating func scanReference(into output: inout [UInt8], depth: Int) throws(GlossaryError) {
        let start = position
        position += 1
        if position < bytes.count, bytes[position] == UInt8(ascii: "#") {
            position += 1
            try scanCharacterReference(start: start, into: &output)
            return
        }
        let name: String
        do {
            name = try scanName(what: "entity name")
        } catch {
            throw self.error(start, "'&' must start a reference like &amp; (write a literal & as &amp;)")
        }
        guard position < bytes.count, bytes[position] == UInt8(ascii: ";") else {
            throw error(start, "'&' must start a reference like &amp; (missing ';' after &\(name))")
        }
        position += 1
        if let byte = XMLEntityTable.predefined[name] {
            output.append(byte)
            return
        }
        try expandEntity(name, at: start, into: &output, depth: depth)
    }

    private mutating func scanCharacterReference(start: Int, into output: inout [UInt8]) throws(GlossaryError) {
        var radix = 10
        if position < bytes.count, bytes[position] == UInt8(ascii: "x") {
            radix = 16
            position += 1
        }
        var value: UInt32 = 0
        let digitsStart = position
        while position < bytes.count, let digit = Character(Unicode.Scalar(bytes[position])).hexDigitValue,
              digit < radix {
            value = min(value &* UInt32(radix) &+ UInt32(digit), 0x11_0000)
            position += 1
        }
        guard position > digitsStart, position < bytes.count, bytes[position] == UInt8(ascii: ";") else {
            throw error(start, "malformed character reference")
        }
        position += 1
        let legal = value == 0x9 || value == 0xA || value == 0xD || (0x20...0xD7FF).contains(value)
            || (0xE000...0xFFFD).contains(value) || (0x1_0000...0x10_FFFF).contains(value)
        guard legal, let scalar = Unicode.Scalar(value) else {
            throw error(start, "character reference to U+\(hex(value)), which XML does not allow")
        }
        output.append(contentsOf: String(scalar).utf8)
    }

    /// Expands a declared general entity, refusing external ones, recursion, and expansion past the
    /// limits. Each reference costs at least one unit, so empty entities cannot multiply work unseen.
    private mutating func expandEntity(_ name: String, at start: Int, into output: inout [UInt8],
                                       depth: Int) throws(GlossaryError) {
        guard let definition = entities.definitions[name] else {
            throw error(start, "undefined entity &\(name);")
        }
        switch definition {
        case let .external(system):
            throw error(start, "external entity &\(name); (SYSTEM \"\(system)\") is not resolved: "
                        + "TermAlign never reads external entities or DTDs", kind: .unsafe)
        case let .internal(range):
            guard depth < limits.entityDepth else {
                throw error(start, "entity references nest deeper than \(limits.entityDepth) levels", kind: .unsafe)
            }
            guard !entities.active.contains(name) else {
                throw error(start, "entity &\(name); refers to itself", kind: .unsafe)
            }
            entities.expanded += max(1, range.count)
            guard entities.expanded <= limits.entityExpansion else {
                throw error(start, "entity expansion exceeds \(limits.entityExpansion) bytes "
                            + "(a \"billion laughs\" document?); refused", kind: .unsafe)
            }
            entities.active.append(name)
            defer { entities.active.removeLast() }
            let saved = position
            position = range.lowerBound
            while position < range.upperBound {
                let byte = bytes[position]
                if byte == UInt8(ascii: "&") {
                    try scanReference(into: &output, depth: depth + 1)
                } else if byte == UInt8(ascii: "<") {
                    throw error(position, "markup inside the value of entity &\(name); is not supported")
                } else {
                    output.append(byte)
                    position += 1
                }
            }
            position = saved
        }
    }
}

/// Appends `slice` to `output`, CR LF and lone CR becoming LF.
func appendNormalizingLineEnds(_ slice: ArraySlice<UInt8>, to output: inout [UInt8]) {
    var index = slice.startIndex
    while index < slice.endIndex {
        let byte = slice[index]
        if byte == 0x0D {
            output.append(0x0A)
            if index + 1 < slice.endIndex, slice[index + 1] == 0x0A { index += 1 }
        } else {
            output.append(byte)
        }
        index += 1
    }
}
