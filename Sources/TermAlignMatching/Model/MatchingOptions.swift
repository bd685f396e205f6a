/// How loosely terms match.
public struct MatchingOptions: Sendable, Hashable {
    /// How many other words may stand among the words of a reordered term: «лиц, постоянно
    /// находящихся за рубежом» is «находящиеся за рубежом лица» with one. Beyond it, the words are
    /// taken to belong to different phrases.
    public var reorderSlack: Int

    /// Creates options.
    ///
    /// - Parameter reorderSlack: Other words allowed inside a reordered term (default 2).
    public init(reorderSlack: Int = 2) {
        self.reorderSlack = max(0, reorderSlack)
    }
}
