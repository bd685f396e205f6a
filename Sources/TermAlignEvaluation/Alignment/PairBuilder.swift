import TermAlignAlignment
import TermAlignText

/// Builds a perturbed pair of versions from parallel sentences: sentences are joined into the same
/// paragraphs in both versions, then version B loses sentences, splits some at a comma and merges
/// some with the next, and version A loses a few; the gold beads record every change.
package struct PairBuilder {
    /// Sentence-level changes, each with its probability at every sentence.
    package var deletion = 0.04
    package var split = 0.04
    package var merge = 0.04
    /// Paragraph sizes, in sentences.
    package var paragraphSizes = 2...6

    private var random: SplitMix64

    package init(seed: UInt64) { random = SplitMix64(seed: seed) }

    /// A piece of text in a version, with the gold sentences it stands for.
    private struct Piece {
        var text: String
        var paragraphEnd = false
    }

    /// A change to one parallel line.
    package enum Change: Sendable, Equatable {
        /// The line is missing from version A (a 0–1 bead) or from version B (1–0).
        case deleteFromA, deleteFromB
        /// Version B splits the line in two at a comma (1–2).
        case split
        /// Version B joins the line to the next one (2–1).
        case merge
        /// Version B has the line and the next one in the other order (2–2).
        case swap
    }

    /// Builds a randomly perturbed pair, or nil when the changes left a version empty.
    ///
    /// - Parameters:
    ///   - lines: Parallel sentences (A, B).
    ///   - languages: The languages of A and B.
    ///   - name: The documents' id stem.
    package mutating func build(_ lines: [(String, String)], languages: (Language, Language), name: String) -> GoldPair? {
        var changes: [Int: Change] = [:]
        var paragraphEnds = Set<Int>()
        var paragraphLeft = Int.random(in: paragraphSizes, using: &random)
        var index = 0
        while index < lines.count {
            paragraphLeft -= 1
            let roll = Double.random(in: 0..<1, using: &random)
            if roll < deletion {
                changes[index] = Int.random(in: 0..<3, using: &random) == 0 ? .deleteFromA : .deleteFromB
            } else if roll < deletion + split, Self.split(lines[index].1, languages.1) != nil {
                changes[index] = .split
            } else if roll < deletion + split + merge, index + 1 < lines.count, paragraphLeft > 0,
                      Self.merge(lines[index].1, lines[index + 1].1, languages.1) != nil {
                changes[index] = .merge
                index += 1
                paragraphLeft -= 1
            }
            if paragraphLeft <= 0 {
                paragraphEnds.insert(index)
                paragraphLeft = Int.random(in: paragraphSizes, using: &random)
            }
            index += 1
        }
        return Self.assemble(lines, languages: languages, name: name, paragraphEnds: paragraphEnds, changes: changes)
    }

    /// Builds a pair with the given changes, or nil when they leave a version empty.
    ///
    /// - Parameters:
    ///   - lines: Parallel sentences (A, B).
    ///   - languages: The languages of A and B.
    ///   - name: The documents' id stem.
    ///   - paragraphEnds: Lines that end a paragraph (the last line always does).
    ///   - changes: What happens to which line; `merge` and `swap` take the next line along.
    package static func assemble(_ lines: [(String, String)], languages: (Language, Language), name: String,
                                 paragraphEnds: Set<Int>, changes: [Int: Change]) -> GoldPair? {
        var piecesA: [Piece] = [], piecesB: [Piece] = []
        var beads: [UnitPair] = []
        func endParagraph(_ index: Int) {
            guard paragraphEnds.contains(index) || index == lines.count - 1 else { return }
            if !piecesA.isEmpty { piecesA[piecesA.count - 1].paragraphEnd = true }
            if !piecesB.isEmpty { piecesB[piecesB.count - 1].paragraphEnd = true }
        }
        var index = 0
        while index < lines.count {
            let (a, b) = lines[index]
            let next = index + 1 < lines.count ? lines[index + 1] : nil
            switch changes[index] {
            case .deleteFromA?:
                piecesB.append(Piece(text: b))
                beads.append(.init(first: 0..<0, second: piecesB.count - 1..<piecesB.count))
            case .deleteFromB?:
                piecesA.append(Piece(text: a))
                beads.append(.init(first: piecesA.count - 1..<piecesA.count, second: 0..<0))
            case .split? where split(b, languages.1) != nil:
                let halves = split(b, languages.1)!
                piecesA.append(Piece(text: a))
                piecesB.append(Piece(text: halves.0))
                piecesB.append(Piece(text: halves.1))
                beads.append(.init(first: piecesA.count - 1..<piecesA.count, second: piecesB.count - 2..<piecesB.count))
            case .merge? where next != nil && merge(b, next!.1, languages.1) != nil:
                piecesA.append(Piece(text: a))
                piecesA.append(Piece(text: next!.0))
                piecesB.append(Piece(text: merge(b, next!.1, languages.1)!))
                beads.append(.init(first: piecesA.count - 2..<piecesA.count, second: piecesB.count - 1..<piecesB.count))
                index += 1
            case .swap? where next != nil:
                piecesA.append(Piece(text: a))
                piecesA.append(Piece(text: next!.0))
                piecesB.append(Piece(text: next!.1))
                piecesB.append(Piece(text: b))
                beads.append(.init(first: piecesA.count - 2..<piecesA.count, second: piecesB.count - 2..<piecesB.count))
                index += 1
            default:
                piecesA.append(Piece(text: a))
                piecesB.append(Piece(text: b))
                beads.append(.init(first: piecesA.count - 1..<piecesA.count, second: piecesB.count - 1..<piecesB.count))
            }
            endParagraph(index)
            index += 1
        }
        guard !piecesA.isEmpty && !piecesB.isEmpty else { return nil }
        let (documentA, sentencesA) = document(piecesA, languages.0, id: "\(name).a")
        let (documentB, sentencesB) = document(piecesB, languages.1, id: "\(name).b")
        return GoldPair(documents: [documentA, documentB], sentences: [sentencesA, sentencesB], beads: beads)
    }

    /// Joins pieces into paragraphs (blank lines between) and records each piece's byte range.
    private static func document(_ pieces: [Piece], _ language: Language, id: String) -> (Document, [ByteRange]) {
        var bytes: [UInt8] = []
        var ranges: [ByteRange] = []
        var startOfParagraph = true
        for piece in pieces {
            if !startOfParagraph && language != .zh { bytes.append(0x20) }
            let start = bytes.count
            bytes += Array(piece.text.utf8)
            ranges.append(ByteRange(lowerBound: start, upperBound: bytes.count))
            startOfParagraph = piece.paragraphEnd
            if piece.paragraphEnd { bytes += [0x0A, 0x0A] }
        }
        return (Document(text: String(decoding: bytes, as: UTF8.self), id: id, language: language), ranges)
    }

    /// Splits a sentence at the comma nearest its middle into two sentences, or nil.
    static func split(_ sentence: String, _ language: Language) -> (String, String)? {
        let characters = Array(sentence)
        let commas = characters.indices.filter { characters[$0] == "," || characters[$0] == "，" }
        guard let comma = commas.min(by: { abs($0 - characters.count / 2) < abs($1 - characters.count / 2) }),
              comma > characters.count / 4, comma < characters.count * 3 / 4 else { return nil }
        let head = String(characters[..<comma])
        let tail = String(characters[(comma + 1)...]).drop { $0 == " " }
        guard let first = tail.first, !head.isEmpty else { return nil }
        if language == .zh { return (head + "。", String(tail)) }
        return (head + ".", first.uppercased() + tail.dropFirst())
    }

    /// Joins a sentence to the next with a semicolon, or nil when it does not end with a full stop.
    static func merge(_ first: String, _ second: String, _ language: Language) -> String? {
        guard let last = first.last, last == "." || last == "。" else { return nil }
        let head = first.dropLast()
        return language == .zh ? head + "；" + second : head + "; " + second
    }
}
