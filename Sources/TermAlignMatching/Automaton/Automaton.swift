/// An Aho–Corasick automaton over integer symbols: lemma-key ids for Russian and English words,
/// character ids for Chinese. Patterns are term keys; a scan reports every pattern that ends at each
/// position in one pass, so matching costs the same per input symbol for ten terms or a million.
///
/// Symbol ids are dense (0..<symbolCount); a negative symbol (a word or character no term uses)
/// sends the scan back to the root.
struct Automaton: Sendable {
    /// The root's transitions, one slot per symbol (0 = stay at the root): most input symbols are
    /// looked up here, in one load.
    let rootNext: [Int32]
    let edges: EdgeTable
    let fail: [Int32]
    /// Pattern length in symbols, per state.
    let depth: [Int32]
    /// The pattern group a state completes, or -1.
    let terminal: [Int32]
    /// The nearest proper suffix state that completes a pattern, or -1.
    let outputLink: [Int32]
    /// Whether some pattern goes on from a state (it has a child): the search for interrupted
    /// terms stops at a state that none does without looking up the words that follow.
    let hasChildren: [Bool]

    /// The number of states (for statistics).
    var stateCount: Int { fail.count }

    /// Builds the automaton.
    ///
    /// - Parameters:
    ///   - patterns: Non-empty symbol sequences; equal sequences share one group.
    ///   - symbolCount: The number of distinct symbols.
    /// - Returns: The automaton and, per pattern, its group (the index of its terminal's group).
    /// - Complexity: O(total pattern length) expected.
    static func build(patterns: [[Int32]], symbolCount: Int) -> (automaton: Automaton, groupOfPattern: [Int32]) {
        var rootNext = [Int32](repeating: 0, count: symbolCount)
        var building: [UInt64: Int32] = [:]
        var children: [[Int32]] = [[]]
        var edgeList: [(from: Int32, symbol: Int32, to: Int32)] = []
        var depth: [Int32] = [0]
        var terminal: [Int32] = [-1]
        var groupOfPattern: [Int32] = []
        var groupCount: Int32 = 0
        groupOfPattern.reserveCapacity(patterns.count)

        for pattern in patterns {
            precondition(!pattern.isEmpty, "empty patterns match everywhere and must be skipped earlier")
            var state: Int32 = 0
            for symbol in pattern {
                let existing: Int32? = state == 0
                    ? (rootNext[Int(symbol)] != 0 ? rootNext[Int(symbol)] : nil)
                    : building[UInt64(UInt32(state)) << 32 | UInt64(UInt32(symbol))]
                if let existing {
                    state = existing
                    continue
                }
                let next = Int32(depth.count)
                depth.append(depth[Int(state)] + 1)
                terminal.append(-1)
                children.append([])
                children[Int(state)].append(next)
                if state == 0 {
                    rootNext[Int(symbol)] = next
                } else {
                    building[UInt64(UInt32(state)) << 32 | UInt64(UInt32(symbol))] = next
                    edgeList.append((state, symbol, next))
                }
                state = next
            }
            if terminal[Int(state)] < 0 {
                terminal[Int(state)] = groupCount
                groupCount += 1
            }
            groupOfPattern.append(terminal[Int(state)])
        }

        // Symbols of each state's incoming edge, for the breadth-first pass.
        var incoming = [Int32](repeating: -1, count: depth.count)
        for (symbol, child) in rootNext.enumerated() where child != 0 { incoming[Int(child)] = Int32(symbol) }
        for edge in edgeList { incoming[Int(edge.to)] = edge.symbol }

        let edges = EdgeTable(edgeList)
        var fail = [Int32](repeating: 0, count: depth.count)
        var outputLink = [Int32](repeating: -1, count: depth.count)
        var queue = children[0]
        var head = 0
        // Breadth first from the root's children (whose failure is the root): a state's failure is
        // known before its children's.
        while head < queue.count {
            let parent = Int(queue[head])
            head += 1
            for child in children[parent] {
                let symbol = incoming[Int(child)]
                var candidate = fail[parent]
                var target: Int32 = 0
                while true {
                    if let next = Self.transition(candidate, symbol, rootNext, edges) {
                        target = next
                        break
                    }
                    if candidate == 0 { break }
                    candidate = fail[Int(candidate)]
                }
                fail[Int(child)] = target
                outputLink[Int(child)] = terminal[Int(target)] >= 0 ? target : outputLink[Int(target)]
                queue.append(child)
            }
        }
        let automaton = Automaton(rootNext: rootNext, edges: edges, fail: fail, depth: depth,
                                  terminal: terminal, outputLink: outputLink, hasChildren: children.map { !$0.isEmpty })
        return (automaton, groupOfPattern)
    }

    /// The patterns of each group, from ``build(patterns:symbolCount:)``'s `groupOfPattern` (groups
    /// are numbered in order of first appearance).
    ///
    /// - Parameters:
    ///   - groupOfPattern: Each pattern's group.
    ///   - patterns: What to list for each pattern (its term index).
    static func members(of groupOfPattern: [Int32], patterns: [Int32]) -> [[Int32]] {
        var groups: [[Int32]] = []
        for (pattern, group) in groupOfPattern.enumerated() {
            if Int(group) == groups.count { groups.append([]) }
            groups[Int(group)].append(patterns[pattern])
        }
        return groups
    }

    /// The state after reading `symbol` in `state`.
    ///
    /// - Complexity: Amortized O(1) over a scan.
    @inline(__always)
    func step(_ state: Int32, _ symbol: Int32) -> Int32 {
        guard symbol >= 0 else { return 0 }
        var current = state
        while current != 0 {
            if let next = edges.target(from: current, symbol: symbol) { return next }
            current = fail[Int(current)]
        }
        return rootNext[Int(symbol)]
    }

    /// The state that extends `state`'s prefix of a pattern by `symbol`, following no failure link:
    /// nil when no pattern goes on that way. The search for interrupted terms walks these edges.
    @inline(__always)
    func child(of state: Int32, _ symbol: Int32) -> Int32? {
        Self.transition(state, symbol, rootNext, edges)
    }

    /// Calls `body` with (group, length) for every pattern that ends in `state`, longest first.
    @inline(__always)
    func forEachMatch(endingIn state: Int32, _ body: (_ group: Int32, _ length: Int) -> Void) {
        var current = terminal[Int(state)] >= 0 ? state : outputLink[Int(state)]
        while current > 0 {
            body(terminal[Int(current)], Int(depth[Int(current)]))
            current = outputLink[Int(current)]
        }
    }

    private static func transition(_ state: Int32, _ symbol: Int32, _ rootNext: [Int32], _ edges: EdgeTable) -> Int32? {
        if state == 0 {
            let next = rootNext[Int(symbol)]
            return next == 0 ? nil : next
        }
        return edges.target(from: state, symbol: symbol)
    }
}
