/// The compiled terms of Chinese: normalized characters as symbols (so Traditional and full-width
/// text, folded by normalization, matches too), one automaton over them. Never uses word boundaries.
struct CharacterMatcher: Sendable {
    /// Character id per BMP code point (-1: no term uses it).
    let basicIDs: [Int32]
    /// Character ids beyond the BMP.
    let supplementaryIDs: [UInt32: Int32]
    let automaton: Automaton
    let groups: [[Int32]]
    /// The longest term in characters (the scan remembers that many character offsets).
    let longest: Int

    /// Compiles `indices` of `terms`, whose symbols are still raw code points.
    init(terms: inout [CompiledTerm], indices: [Int32]) {
        var basic = [Int32](repeating: -1, count: 0x10000)
        var supplementary: [UInt32: Int32] = [:]
        var next: Int32 = 0
        func id(of scalar: Int32) -> Int32 {
            if scalar < 0x10000 {
                if basic[Int(scalar)] < 0 { basic[Int(scalar)] = next; next += 1 }
                return basic[Int(scalar)]
            }
            if let known = supplementary[UInt32(scalar)] { return known }
            supplementary[UInt32(scalar)] = next
            next += 1
            return next - 1
        }
        var longest = 1
        for index in indices {
            terms[Int(index)].symbols = terms[Int(index)].symbols.map(id(of:))
            longest = max(longest, terms[Int(index)].symbols.count)
        }
        let (automaton, groupOfPattern) = Automaton.build(patterns: indices.map { terms[Int($0)].symbols },
                                                          symbolCount: Int(next))
        let groups = Automaton.members(of: groupOfPattern, patterns: indices)
        basicIDs = basic
        supplementaryIDs = supplementary
        self.automaton = automaton
        self.groups = groups
        self.longest = longest
    }

    @inline(__always)
    func id(of scalar: UInt32) -> Int32 {
        scalar < 0x10000 ? basicIDs[Int(scalar)] : supplementaryIDs[scalar] ?? -1
    }
}
