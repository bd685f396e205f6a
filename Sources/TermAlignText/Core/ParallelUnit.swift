/// A stretch of text known to say the same thing in every version that has it: a translation unit of
/// an XLIFF or TMX file, which a comparison takes as one aligned segment instead of aligning.
public struct ParallelUnit: Sendable, Hashable {
    /// The unit's id in its file (XLIFF `id`, TMX `tuid`, or its number), which findings name.
    public let id: String
    /// For each version, in order, the bytes of its text in this unit, or nil where the version has
    /// none (an untranslated unit).
    public let ranges: [ByteRange?]

    /// Creates a unit.
    ///
    /// - Parameters:
    ///   - id: The unit's id.
    ///   - ranges: Its text in each version.
    public init(id: String, ranges: [ByteRange?]) {
        self.id = id
        self.ranges = ranges
    }
}
