/// A paragraph of a document: a run of non-blank lines, a numbered item, or a section heading.
public struct Paragraph: Hashable, Sendable {
    /// What kind of paragraph this is.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// Running text.
        case text
        /// A section heading: a line led by a section numeral (I, II, 一, 二, 第一章 …) that is short and
        /// does not end like a sentence, or a numeral standing alone on its line.
        case heading
        /// A numbered or bulleted item (1., 1), (a), а), 1、, （一）, 第一条, ①, • …).
        case item
    }

    /// The paragraph's text, without surrounding whitespace.
    public let range: ByteRange
    /// Text, heading or item.
    public let kind: Kind
    /// The numbering that leads the paragraph ("II.", "1)", "一、"), if any.
    public let marker: ByteRange?

    /// Creates a paragraph.
    ///
    /// - Parameters:
    ///   - range: Its text, trimmed.
    ///   - kind: Text, heading or item.
    ///   - marker: The leading numbering, inside `range`.
    public init(range: ByteRange, kind: Kind, marker: ByteRange?) {
        self.range = range
        self.kind = kind
        self.marker = marker
    }
}

/// A sentence of a document.
public struct Sentence: Hashable, Sendable {
    /// The sentence's text, without surrounding whitespace.
    public let range: ByteRange
    /// The index of its paragraph in ``AnalyzedText/paragraphs``.
    public let paragraph: Int

    /// Creates a sentence.
    ///
    /// - Parameters:
    ///   - range: Its text, trimmed.
    ///   - paragraph: The index of the paragraph that holds it.
    public init(range: ByteRange, paragraph: Int) {
        self.range = range
        self.paragraph = paragraph
    }
}
