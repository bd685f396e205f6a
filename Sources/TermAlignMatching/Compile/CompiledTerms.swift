import TermAlignText

/// A matcher's compiled terms, by index: an array when compiled, or — read back from the start-up
/// cache — decoded when a scan first meets them, with their concepts' positions at hand for every
/// term (the scans group terms by concept before they look at anything else).
struct CompiledTerms: Sendable {
    /// The terms when compiled (empty when archived).
    private let array: [CompiledTerm]
    /// The terms when read back, and the position of each one's concept.
    private let archived: (terms: ArchivedList<CompiledTerm>, concepts: [Int32])?

    init(_ terms: [CompiledTerm]) {
        array = terms
        archived = nil
    }

    init(archived terms: ArchivedList<CompiledTerm>, concepts: [Int32]) {
        array = []
        archived = (terms, concepts)
    }

    var count: Int { archived?.concepts.count ?? array.count }

    /// Term `index`, read in place from the array: a copy of a whole term (a dozen strings and
    /// arrays) would be a retain and a release of each, for every candidate a scan offers.
    subscript(index: Int) -> CompiledTerm {
        _read {
            if let archived { yield archived.terms[index] } else { yield array[index] }
        }
    }

    /// The position in the glossary of the concept of term `index`.
    func concept(_ index: Int32) -> Int32 {
        if let archived { return archived.concepts[Int(index)] }
        return array[Int(index)].concept
    }
}
