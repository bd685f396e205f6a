import TermAlignText

/// A glossary's concepts, in file order: an array, or — for a glossary read back from TermAlign's
/// start-up cache — concepts decoded from the cache's bytes when first asked for, so that a
/// 100,000-concept termbase costs a run only the concepts it uses.
///
/// It is used like an array (it is one, once changed): index it, iterate it, append to it.
public struct ConceptList: RandomAccessCollection, MutableCollection, RangeReplaceableCollection, ExpressibleByArrayLiteral,
                           Hashable, Sendable {
    /// The concepts, when they are an array: built so, or changed after being read back (the
    /// first change decodes them all). Empty while they are archived.
    private var array: [Concept]
    /// The concepts read back and not changed since.
    private var archived: ArchivedList<Concept>?

    /// No concepts.
    public init() { self.init([]) }

    /// The given concepts.
    ///
    /// - Parameter concepts: The concepts, in file order.
    public init(_ concepts: [Concept]) {
        array = concepts
        archived = nil
    }

    /// The given concepts.
    ///
    /// - Parameter elements: The concepts, in file order.
    public init(arrayLiteral elements: Concept...) { self.init(elements) }

    /// Concepts decoded from an archive when used.
    package init(archived: ArchivedList<Concept>) {
        array = []
        self.archived = archived
    }

    /// The first position.
    public var startIndex: Int { 0 }

    /// The position after the last concept.
    public var endIndex: Int { archived?.count ?? array.count }

    /// The concept at `position`.
    public subscript(position: Int) -> Concept {
        // Read in place: reports ask for a concept's identifier once per occurrence, and a copy of
        // a concept is a retain and a release of each of its fields.
        _read {
            if let archived { yield archived[position] } else { yield array[position] }
        }
        _modify {
            materialize()
            yield &array[position]
        }
    }

    /// Replaces the concepts in `subrange` with `newElements`.
    public mutating func replaceSubrange<C: Collection<Concept>>(_ subrange: Range<Int>, with newElements: C) {
        materialize()
        array.replaceSubrange(subrange, with: newElements)
    }

    /// Reserves room for `minimumCapacity` concepts.
    public mutating func reserveCapacity(_ minimumCapacity: Int) {
        materialize()
        array.reserveCapacity(minimumCapacity)
    }

    /// Decodes every concept read back into the array, before a change.
    private mutating func materialize() {
        guard let list = archived else { return }
        array = (0..<list.count).map { list[$0] }
        archived = nil
    }

    /// Whether both lists hold equal concepts in the same order.
    public static func == (left: ConceptList, right: ConceptList) -> Bool {
        left.elementsEqual(right)
    }

    /// Hashes the concepts in order.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for concept in self { hasher.combine(concept) }
    }
}
