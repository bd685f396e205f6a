/// One step of reading an XML document: what ``XMLScanner`` hands to a format reader.
package enum XMLEvent {
    /// A start tag (an empty-element tag gives a start and then an end).
    case start(name: String, attributes: [XMLAttribute], offset: Int)
    /// An end tag.
    case end(name: String, offset: Int)
    /// Character data between tags: text, CDATA and expanded references, line ends normalized;
    /// `blank` when it is XML white space only (the indentation between elements).
    case text(String, offset: Int, blank: Bool)
}

/// One attribute of a start tag, its value normalized as XML requires.
package struct XMLAttribute {
    package let name: String
    package let value: String
}

/// How much an XML document may ask of the reader. The defaults refuse a "billion laughs" document
/// after a megabyte of expansion, whatever the nesting.
public struct XMLLimits: Hashable, Sendable {
    /// The most bytes entity references may produce in one document (each reference costs at least 1).
    public var entityExpansion: Int
    /// The deepest nesting of entity references inside entity values.
    public var entityDepth: Int
    /// The deepest nesting of elements.
    public var elementDepth: Int

    /// Creates limits.
    ///
    /// - Parameters:
    ///   - entityExpansion: Bytes entity references may produce in all.
    ///   - entityDepth: Nesting of entity references.
    ///   - elementDepth: Nesting of elements.
    public init(entityExpansion: Int = 1 << 20, entityDepth: Int = 8, elementDepth: Int = 256) {
        self.entityExpansion = entityExpansion
        self.entityDepth = entityDepth
        self.elementDepth = elementDepth
    }
}
