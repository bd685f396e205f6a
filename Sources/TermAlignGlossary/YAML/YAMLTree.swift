import CTermAlignYAML

/// One YAML document read from libyaml's events into flat arrays: a node is an index, a container's
/// children a run of indices, and an alias the index of the node its anchor named (shared, not
/// copied). Built without recursion, so nesting depth cannot exhaust the stack.
///
/// A tree of node values (as a YAML library composes it) took twelve times the file's size and most
/// of the load time of a large glossary; these arrays take about four times (estimated from the
/// node and text counts of the 4.8 MB bench glossary: 436,000 nodes, 336,000 texts).
package final class YAMLTree {
    enum Kind: UInt8 { case scalar, sequence, mapping }

    struct Node {
        var kind: Kind
        /// A scalar: plain (unquoted), or tagged `!!null`.
        var plain: Bool, nullTag: Bool
        /// 1-based, column in characters.
        var line: Int32, column: Int32
        /// A scalar's index into `texts`; a container's first index into `children`.
        var first: Int32
        /// A container's children (a mapping's keys and values alternate).
        var count: Int32
    }

    /// How deeply sequences and mappings may nest.
    static let maximumDepth = 64

    // Constants once read: a `var` of a class is checked for exclusive access at every read.
    let nodes: [Node]
    let children: [Int32]
    let texts: [String]
    /// The document's root node, or nil for an empty stream.
    package let root: Int?

    /// What the reader builds, moved into the tree's constants at the end.
    private struct Parts {
        var nodes: [Node] = []
        var children: [Int32] = []
        var texts: [String] = []
        var root: Int?
    }

    /// Reads `bytes` (UTF-8) as one YAML document.
    ///
    /// - Throws: ``GlossaryError`` of kind `.syntax` with the line and column libyaml gives.
    /// - Complexity: O(n) in the size of the text.
    package init(bytes: [UInt8], file: String) throws(GlossaryError) {
        let parts = try bytes.withUnsafeBufferPointer { (buffer) throws(GlossaryError) -> Parts in
            guard let parser = ta_yaml_open(buffer.baseAddress, buffer.count) else {
                throw GlossaryError(.syntax, file: file, message: "YAML: out of memory")
            }
            defer { ta_yaml_close(parser) }
            var parts = Parts()
            try Self.read(parser, file: file, into: &parts)
            return parts
        }
        nodes = parts.nodes
        children = parts.children
        texts = parts.texts
        root = parts.root
    }

    private static func read(_ parser: OpaquePointer, file: String, into parts: inout Parts) throws(GlossaryError) {
        // Open containers: their node and where their children start in `pending`.
        var open: [(node: Int, start: Int)] = []
        var pending: [Int32] = []
        var anchors: [String: Int] = [:]
        var documents = 0
        // Anchors of containers still open, innermost last.
        var pendingAnchors: [(node: Int, name: String)] = []
        var event = ta_yaml_event()
        func fail(_ problem: String) -> GlossaryError {
            let location = SourceLocation(file: file, line: Int(event.line) + 1, column: Int(event.column) + 1)
            return GlossaryError(.syntax, file: file, location: location, message: "YAML: \(problem)")
        }
        func place(_ node: Int) {
            if open.isEmpty { parts.root = node } else { pending.append(Int32(node)) }
        }
        func add(_ kind: Kind, first: Int, plain: Bool = false, nullTag: Bool = false) -> Int {
            parts.nodes.append(Node(kind: kind, plain: plain, nullTag: nullTag, line: Int32(clamping: event.line + 1),
                              column: Int32(clamping: event.column + 1), first: Int32(first), count: 0))
            return parts.nodes.count - 1
        }
        while true {
            switch ta_yaml_next(parser, &event) {
            case Int32(TA_YAML_STREAM_END):
                return
            case Int32(TA_YAML_DOCUMENT_START):
                documents += 1
                if documents > 1 { throw fail("expected a single document in the stream, but found another document") }
            case Int32(TA_YAML_SCALAR):
                let text = String(decoding: UnsafeBufferPointer(start: event.value, count: event.length), as: UTF8.self)
                parts.texts.append(text)
                let isNull = event.tag.map { String(cString: $0) == "tag:yaml.org,2002:null" } ?? false
                let node = add(.scalar, first: parts.texts.count - 1, plain: event.plain != 0, nullTag: isNull)
                if let anchor = event.anchor { anchors[String(cString: anchor)] = node }
                place(node)
            case Int32(TA_YAML_SEQUENCE_START), Int32(TA_YAML_MAPPING_START):
                // libyaml's scanner checks every open level at every token, so nesting costs time
                // quadratically (200,000 levels took three minutes): reading stops at a depth no
                // glossary needs (the format nests six).
                guard open.count < Self.maximumDepth else {
                    throw fail("nesting deeper than \(Self.maximumDepth) levels; a glossary needs six at most")
                }
                let node = add(event.kind == Int32(TA_YAML_SEQUENCE_START) ? .sequence : .mapping, first: 0)
                place(node)
                // An anchor names its node once the node is complete: an alias inside it is undefined,
                // as in YAML, rather than a cycle.
                open.append((node, pending.count))
                if let anchor = event.anchor { pendingAnchors.append((node, String(cString: anchor))) }
            case Int32(TA_YAML_SEQUENCE_END), Int32(TA_YAML_MAPPING_END):
                let (node, start) = open.removeLast()
                parts.nodes[node].first = Int32(parts.children.count)
                parts.nodes[node].count = Int32(pending.count - start)
                parts.children.append(contentsOf: pending[start...])
                pending.removeSubrange(start...)
                if let last = pendingAnchors.last, last.node == node {
                    anchors[last.name] = node
                    pendingAnchors.removeLast()
                }
            case Int32(TA_YAML_ALIAS):
                let name = String(cString: event.anchor)
                guard let node = anchors[name] else { throw fail("found undefined alias *\(name)") }
                place(node)
            case Int32(TA_YAML_ERROR):
                var problem: UnsafePointer<CChar>?, context: UnsafePointer<CChar>?
                var line: UInt64 = 0, column: UInt64 = 0
                ta_yaml_error(parser, &problem, &context, &line, &column)
                event.line = line
                event.column = column
                let text = problem.map { String(cString: $0) } ?? "the text is not YAML"
                throw fail(context.map { "\(text) \(String(cString: $0))" } ?? text)
            default:
                break // document end
            }
        }
    }
}
