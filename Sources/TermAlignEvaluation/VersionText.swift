import TermAlignText

/// One constructed version: its text, built piece by piece, and for every gold sentence its byte
/// range and the source sentences it stands for (empty for text no other version has: a lead, a
/// dateline).
package struct VersionText: Sendable {
    package let language: Language
    package private(set) var bytes: [UInt8] = []
    /// Gold sentences, in order.
    package private(set) var sentences: [ByteRange] = []
    /// For each gold sentence, the indices of the source sentences it renders.
    package private(set) var sources: [[Int]] = []
    private var paragraphOpen = false

    package init(language: Language) { self.language = language }

    /// Starts a paragraph: after the previous one, a blank line, or one line break (as reposts do).
    package mutating func startParagraph(singleBreak: Bool = false) {
        if !bytes.isEmpty { bytes += Array((singleBreak ? "\n" : "\n\n").utf8) }
        paragraphOpen = false
    }

    /// Adds a sentence to the open paragraph, standing for `sources` (empty: no counterpart).
    package mutating func add(_ sentence: String, sources: [Int]) {
        if paragraphOpen && language != .zh { bytes.append(0x20) }
        let start = bytes.count
        bytes += Array(sentence.utf8)
        sentences.append(ByteRange(lowerBound: start, upperBound: bytes.count))
        self.sources.append(sources)
        paragraphOpen = true
    }

    /// The text as a document.
    package func document(id: String) -> Document { Document(text: String(decoding: bytes, as: UTF8.self), id: id, language: language) }
}
