import Foundation
import TermAlignText

/// The versions of one text to compare in a batch, and the units of the file that aligns them, if any.
public struct VersionSet: Sendable {
    /// The versions, each with its language and a distinct id.
    public var documents: [Document]
    /// The units of an aligned file (XLIFF, TMX), or nil to align the versions.
    public var units: [ParallelUnit]?

    /// Creates a set.
    ///
    /// - Parameters:
    ///   - documents: The versions.
    ///   - units: The units of an aligned file, or nil.
    public init(documents: [Document], units: [ParallelUnit]? = nil) {
        self.documents = documents
        self.units = units
    }
}

extension Comparer {
    /// Compares many sets of versions with one compiled glossary, several at a time, and hands each
    /// result to `body` in the order of `sets`, as soon as it and the sets of its window are done.
    ///
    /// A set that cannot be compared (too few versions, an empty one, units that do not fit) gives
    /// its error in its place; it does not stop the others. Each comparison runs on one thread (the
    /// `threads` option is not used); the sets run on `threads` threads at once.
    ///
    /// - Parameters:
    ///   - sets: The sets, read as the batch goes.
    ///   - threads: The most sets compared at once; nil: as many as the cores take.
    ///   - body: Receives each set's index and result, in order, on the calling thread.
    /// - Complexity: Memory holds `4 × threads` sets and their results at a time.
    public func compareEach(_ sets: some Sequence<VersionSet>, threads: Int? = nil,
                            _ body: (Int, Result<Comparison, ComparisonError>) throws -> Void) rethrows {
        let comparer = oneThreadEach
        let workers = max(1, threads ?? ProcessInfo.processInfo.activeProcessorCount)
        var index = 0
        try Concurrently.stream(sets, threads: workers, window: 4 * workers, work: { set in
            Result { () throws(ComparisonError) -> Comparison in try comparer.compare(set) }
        }, consume: { result in
            try body(index, result)
            index += 1
        })
    }

    /// Compares one set: aligned by its units when it has them, by the aligner otherwise.
    ///
    /// - Throws: ``ComparisonError`` as ``compare(_:)-([Document])`` and ``compare(_:units:)``.
    public func compare(_ set: VersionSet) throws(ComparisonError) -> Comparison {
        if let units = set.units { return try compare(set.documents, units: units) }
        return try compare(set.documents)
    }

    /// This comparer with each comparison on one thread: what a batch runs many of at once.
    package var oneThreadEach: Comparer {
        var single = options
        single.threads = 1
        return with(options: single)
    }
}
