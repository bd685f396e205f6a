import Yams

/// Typed access to a YAML node with errors that point at it: the YAML reader's only contact with Yams.
struct YAMLNode {
    let node: Node
    let file: String
    /// Shared by all nodes of one document: how many more nodes may be visited.
    let budget: YAMLBudget

    var location: SourceLocation {
        SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    func fail(_ message: String) -> GlossaryError {
        GlossaryError(.structure, file: file, location: location, message: message)
    }

    /// A scalar as text, trimmed; control characters other than tab and line feed are refused, since
    /// no other glossary format could hold them.
    func string(_ what: String) throws(GlossaryError) -> String {
        guard case let .scalar(scalar) = node else { throw fail("\(what) must be text, not a \(kindName)") }
        if let bad = scalar.string.unicodeScalars.first(where: { $0.value < 0x20 && $0 != "\t" && $0 != "\n" }) {
            throw fail("\(what) contains control character U+\(hex(bad.value))")
        }
        return scalar.string.trimmingWhitespace()
    }

    /// A scalar as text, or `nil` when empty.
    func optionalString(_ what: String) throws(GlossaryError) -> String? {
        if isNull { return nil }
        let text = try string(what)
        return text.isEmpty ? nil : text
    }

    /// One scalar or a sequence of scalars, as non-empty texts.
    func strings(_ what: String) throws(GlossaryError) -> [String] {
        switch node {
        case .sequence(let sequence):
            try budget.spend(sequence.count, at: self)
            var texts: [String] = []
            for item in sequence {
                if let text = try YAMLNode(node: item, file: file, budget: budget).optionalString(what) { texts.append(text) }
            }
            return texts
        default:
            return try optionalString(what).map { [$0] } ?? []
        }
    }

    func bool(_ what: String) throws(GlossaryError) -> Bool {
        switch try string(what).lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default: throw fail("\(what) must be true or false")
        }
    }

    /// The items of a sequence.
    func items(_ what: String) throws(GlossaryError) -> [YAMLNode] {
        if isNull { return [] }
        guard case let .sequence(sequence) = node else { throw fail("\(what) must be a list, not a \(kindName)") }
        try budget.spend(sequence.count, at: self)
        return sequence.map { YAMLNode(node: $0, file: file, budget: budget) }
    }

    /// The entries of a mapping, keys as text, refusing duplicate keys and keys not in `allowed`.
    func entries(_ what: String, allowed: Set<String>? = nil) throws(GlossaryError) -> [(key: String, value: YAMLNode)] {
        guard case let .mapping(mapping) = node else { throw fail("\(what) must be a mapping, not a \(kindName)") }
        try budget.spend(mapping.count, at: self)
        var seen: Set<String> = []
        var entries: [(key: String, value: YAMLNode)] = []
        for (keyNode, valueNode) in mapping {
            let key = YAMLNode(node: keyNode, file: file, budget: budget)
            let name = try key.string("a key in \(what)")
            guard seen.insert(name).inserted else { throw key.fail("duplicate key \"\(name)\" in \(what)") }
            if let allowed, !allowed.contains(name) {
                throw key.fail("unknown key \"\(name)\" in \(what) (expected one of: \(allowed.sorted().joined(separator: ", ")))")
            }
            entries.append((name, YAMLNode(node: valueNode, file: file, budget: budget)))
        }
        return entries
    }

    /// Whether the node is YAML's null: an empty or `~`/`null` plain scalar (the core schema's
    /// spellings; the document is composed without implicit tags), an explicit `!!null`, or empty text.
    var isNull: Bool {
        guard case let .scalar(scalar) = node else { return false }
        if scalar.tag.rawValue == Tag.Name.null.rawValue || scalar.string.isEmpty { return true }
        switch scalar.string {
        case "~", "null", "Null", "NULL": return scalar.style == .plain
        default: return false
        }
    }

    private var kindName: String {
        switch node {
        case .scalar: return "single value"
        case .mapping: return "mapping"
        case .sequence: return "list"
        case .alias: return "alias"
        }
    }
}

/// Aliases let a small file stand for an exponentially large tree (a YAML "billion laughs"). A
/// document without them has fewer nodes than bytes, so visiting more nodes than that means aliases
/// are multiplying the tree: reading stops there.
final class YAMLBudget {
    private var remaining: Int

    init(bytes: Int) { remaining = bytes + 64 }

    func spend(_ nodes: Int, at node: YAMLNode) throws(GlossaryError) {
        remaining -= nodes
        if remaining < 0 {
            throw node.fail("the document expands far beyond its size through anchors and aliases (&name, *name); "
                            + "write the glossary without them")
        }
    }
}
