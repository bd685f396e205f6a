/// Typed access to a node of a ``YAMLTree`` with errors that point at it.
package struct YAMLNode {
    let tree: YAMLTree
    let index: Int
    let file: String
    /// Shared by all nodes of one document: how many more nodes may be visited.
    let budget: YAMLBudget

    package init(tree: YAMLTree, index: Int, file: String, budget: YAMLBudget) {
        self.tree = tree
        self.index = index
        self.file = file
        self.budget = budget
    }

    /// The root of the YAML document in `bytes`, nil for an empty one: for other files of
    /// TermAlign's own that are YAML (a waiver file).
    package static func root(of bytes: [UInt8], file: String) throws(GlossaryError) -> YAMLNode? {
        let tree = try YAMLTree(bytes: bytes, file: file)
        return tree.root.map { YAMLNode(tree: tree, index: $0, file: file, budget: YAMLBudget(bytes: bytes.count)) }
    }

    private var node: YAMLTree.Node { tree.nodes[index] }

    package var location: SourceLocation {
        SourceLocation(file: file, line: Int(node.line), column: Int(node.column))
    }

    var isScalar: Bool { node.kind == .scalar }

    /// A container's child at `offset` (a mapping's keys and values alternate).
    private func child(_ offset: Int) -> YAMLNode {
        YAMLNode(tree: tree, index: Int(tree.children[Int(node.first) + offset]), file: file, budget: budget)
    }

    /// A scalar's text as written.
    private var scalarText: String? { node.kind == .scalar ? tree.texts[Int(node.first)] : nil }

    package func fail(_ message: String) -> GlossaryError {
        GlossaryError(.structure, file: file, location: location, message: message)
    }

    /// A scalar as text, trimmed; control characters other than tab and line feed are refused, since
    /// no other glossary format could hold them.
    package func string(_ what: @autoclosure () -> String) throws(GlossaryError) -> String {
        guard let text = scalarText else { throw fail("\(what()) must be text, not a \(kindName)") }
        try budget.spend(textBytes: text.utf8.count, at: self)
        if let bad = text.unicodeScalars.first(where: { $0.value < 0x20 && $0 != "\t" && $0 != "\n" }) {
            throw fail("\(what()) contains control character U+\(hex(bad.value))")
        }
        return text.trimmingWhitespace()
    }

    /// A scalar as text, or `nil` when empty.
    package func optionalString(_ what: @autoclosure () -> String) throws(GlossaryError) -> String? {
        if isNull { return nil }
        let text = try string(what())
        return text.isEmpty ? nil : text
    }

    /// One scalar or a sequence of scalars, as non-empty texts.
    func strings(_ what: @autoclosure () -> String) throws(GlossaryError) -> [String] {
        guard node.kind == .sequence else { return try optionalString(what()).map { [$0] } ?? [] }
        try budget.spend(Int(node.count), at: self)
        var texts: [String] = []
        for offset in 0..<Int(node.count) {
            if let text = try child(offset).optionalString(what()) { texts.append(text) }
        }
        return texts
    }

    func bool(_ what: @autoclosure () -> String) throws(GlossaryError) -> Bool {
        switch try string(what()).lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default: throw fail("\(what()) must be true or false")
        }
    }

    /// The items of a sequence.
    package func items(_ what: @autoclosure () -> String) throws(GlossaryError) -> [YAMLNode] {
        if isNull { return [] }
        guard node.kind == .sequence else { throw fail("\(what()) must be a list, not a \(kindName)") }
        try budget.spend(Int(node.count), at: self)
        return (0..<Int(node.count)).map(child)
    }

    /// The entries of a mapping, keys as text, refusing duplicate keys and keys not in `allowed`.
    package func entries(_ what: @autoclosure () -> String, allowed: Set<String>? = nil) throws(GlossaryError) -> [(key: String, value: YAMLNode)] {
        guard node.kind == .mapping else { throw fail("\(what()) must be a mapping, not a \(kindName)") }
        let pairs = Int(node.count) / 2
        try budget.spend(pairs, at: self)
        // A glossary's mappings have a dozen keys at most: those are checked against the entries so far,
        // and only a larger (hostile or odd) mapping pays for a set.
        var seen: Set<String> = []
        var entries: [(key: String, value: YAMLNode)] = []
        entries.reserveCapacity(pairs)
        for pair in 0..<pairs {
            let key = child(2 * pair), value = child(2 * pair + 1)
            let name = try key.string("a key in \(what())")
            let repeated = pairs <= 16 ? entries.contains { $0.key == name } : !seen.insert(name).inserted
            guard !repeated else { throw key.fail("duplicate key \"\(name)\" in \(what())") }
            if let allowed, !allowed.contains(name) {
                throw key.fail("unknown key \"\(name)\" in \(what()) (expected one of: \(allowed.sorted().joined(separator: ", ")))")
            }
            entries.append((name, value))
        }
        return entries
    }

    /// Whether the node is YAML's null: an empty or `~`/`null` plain scalar (the core schema's
    /// spellings; the document is composed without implicit tags), an explicit `!!null`, or empty text.
    package var isNull: Bool {
        let node = node
        guard node.kind == .scalar else { return false }
        let text = tree.texts[Int(node.first)]
        if node.nullTag || text.isEmpty { return true }
        switch text {
        case "~", "null", "Null", "NULL": return node.plain
        default: return false
        }
    }

    private var kindName: String {
        switch node.kind {
        case .scalar: return "single value"
        case .mapping: return "mapping"
        case .sequence: return "list"
        }
    }
}

/// Aliases let a small file stand for an exponentially large tree (a YAML "billion laughs"), or a
/// large scalar stand for itself thousands of times. A document without them has fewer nodes than
/// bytes, and its texts, read once each, add up to less than its size; reading stops once the nodes
/// visited exceed the file's size, or the text read exceeds ``textFactor`` times it (plus
/// ``textAllowance``, for small files that reuse a note): by then aliases are multiplying the
/// document, and what is built from it would be too.
package final class YAMLBudget {
    /// How many times its own size a document's texts may add up to through aliases.
    static let textFactor = 4
    /// Text any document may read beyond ``textFactor`` times its size.
    static let textAllowance = 1 << 20
    private var remainingNodes: Int
    private var remainingText: Int

    package init(bytes: Int) {
        remainingNodes = bytes + 64
        remainingText = bytes * Self.textFactor + Self.textAllowance
    }

    func spend(_ nodes: Int, at node: YAMLNode) throws(GlossaryError) {
        remainingNodes -= nodes
        if remainingNodes < 0 { throw Self.expanded(at: node) }
    }

    func spend(textBytes: Int, at node: YAMLNode) throws(GlossaryError) {
        remainingText -= textBytes
        if remainingText < 0 { throw Self.expanded(at: node) }
    }

    private static func expanded(at node: YAMLNode) -> GlossaryError {
        node.fail("the document expands far beyond its size through anchors and aliases (&name, *name); "
                  + "write the glossary without them")
    }
}
