/// How loosely terms match.
public struct MatchingOptions: Sendable, Hashable {
    /// How many other words may stand among the words of a reordered term: «лиц, постоянно
    /// находящихся за рубежом» is «находящиеся за рубежом лица» with one. Beyond it, the words are
    /// taken to belong to different phrases.
    public var reorderSlack: Int
    /// How many words may interrupt a term found in order (``MatchKind/discontinuous``): "persons and
    /// institutions of the two countries located abroad" holds six. 0 turns the search off.
    public var discontinuousGap: Int

    /// Creates options.
    ///
    /// - Parameters:
    ///   - reorderSlack: Other words allowed inside a reordered term (default 2).
    ///   - discontinuousGap: Words allowed inside a discontinuous term (default 8, at most 8).
    public init(reorderSlack: Int = 2, discontinuousGap: Int = 8) {
        self.reorderSlack = max(0, reorderSlack)
        self.discontinuousGap = min(max(0, discontinuousGap), GapGrammar.longest)
    }
}
