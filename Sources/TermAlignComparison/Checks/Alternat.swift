import TermAlignText

/// The order in which the two sides name themselves. Each side names itself first in its own version
/// (Russia first in Russian, China first in Chinese): the diplomatic alternat. It is recognised so it
/// is reported once, as information, and never taken for a divergence.
struct Alternat {
    let context: ComparisonContext

    enum Party: String { case russia = "Russia", china = "China" }

    func finding() -> Finding? {
        var firsts: [[(passage: Int, party: Party, evidence: [Evidence])?]] = []
        for (number, passage) in context.passages.enumerated() {
            firsts.append(context.documents.indices.map { document in
                guard passage.present[document] else { return nil }
                return order(in: document, passage).map { (number, $0.0, $0.1) }
            })
        }
        // Passages where the versions that name both sides disagree on who comes first.
        let disagreeing = firsts.filter { orders in Set(orders.compactMap { $0?.party }).count == 2 }
        guard let first = disagreeing.first else { return nil }
        let documents = context.documents.indices.filter { document in disagreeing.contains { $0[document] != nil } }
        let described = documents.map { document -> String in
            let parties = disagreeing.compactMap { $0[document]?.party }
            let russia = parties.count { $0 == .russia }
            let counts = [(Party.russia, russia), (.china, parties.count - russia)].filter { $0.1 > 0 }
            return "\(context.ids[document]) names " + counts.map { "\($0.0.rawValue) first in \($0.1)" }.joined(separator: ", ")
        }
        let evidence = first.compactMap { $0 }.flatMap(\.evidence)
        let segment = evidence.map { context.segment(at: $0.range.lowerBound, in: $0.document) }.min() ?? 0
        return Finding(kind: .alternat, severity: .info, segment: segment, documents: documents, evidence: evidence, message:
            "The sides name themselves in a different order in \(disagreeing.count) aligned passage\(disagreeing.count == 1 ? "" : "s"): "
            + described.joined(separator: "; ") + ". This is the alternat (each side names itself first in its own version), not a divergence.")
    }

    /// Which side a version names first in a passage, with the two first mentions.
    private func order(in document: Int, _ passage: ComparisonContext.Passage) -> (Party, [Evidence])? {
        let segments = context.alignment.segments[passage.segments].compactMap { $0.ranges[document] }
        guard let start = segments.first?.lowerBound, let end = segments.last?.upperBound else { return nil }
        let mentions = PartyNames.mentions(in: context.documents[document], ByteRange(lowerBound: start, upperBound: end))
        guard let russia = mentions.first(where: { $0.party == .russia }),
              let china = mentions.first(where: { $0.party == .china }) else { return nil }
        let sorted = [russia, china].sorted { $0.range.lowerBound < $1.range.lowerBound }
        let evidence = sorted.map { Evidence(document: document, range: $0.range, text: context.documents[document].text(in: $0.range)) }
        return (sorted[0].party, evidence)
    }
}

/// Names of the two sides in Russian, Chinese and English, including adjectives and "the Russian
/// side" forms; Russian words are matched by stem so every case form counts.
enum PartyNames {
    struct Mention { let party: Alternat.Party; let range: ByteRange }

    private static let wordStems: [(String, Alternat.Party)] = [
        ("russia", .russia), ("росси", .russia), ("рф", .russia),
        ("china", .china), ("chinese", .china), ("prc", .china), ("китай", .china), ("кнр", .china),
    ]
    /// Chinese names, longest first; 中俄 and 俄中 name both sides, the first character decides.
    private static let chinese: [(String, Alternat.Party)] = [
        ("中华人民共和国", .china), ("俄罗斯联邦", .russia), ("俄罗斯", .russia), ("中国", .china), ("中方", .china),
        ("中俄", .china), ("俄中", .russia), ("俄方", .russia),
    ]

    static func mentions(in document: Document, _ range: ByteRange) -> [Mention] {
        let text = document.text(in: range)
        var result: [Mention] = []
        var offset = range.lowerBound
        var word = ""
        var wordStart = offset
        func endWord() {
            guard !word.isEmpty else { return }
            let lowered = word.lowercased()
            if let party = wordStems.first(where: { stem in
                stem.0.count <= 3 ? lowered == stem.0 : lowered.hasPrefix(stem.0)
            })?.1 {
                result.append(Mention(party: party, range: ByteRange(lowerBound: wordStart, upperBound: offset)))
            }
            word = ""
        }
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.properties.isAlphabetic && !(0x4E00...0x9FFF).contains(scalar.value) {
                if word.isEmpty { wordStart = offset }
                word.unicodeScalars.append(scalar)
            } else {
                endWord()
                if let (name, party) = chinese.first(where: { Self.matches($0.0, scalars, at: index) }) {
                    let length = name.utf8.count
                    result.append(Mention(party: party, range: ByteRange(lowerBound: offset, upperBound: offset + length)))
                    offset += length
                    index += name.unicodeScalars.count
                    continue
                }
            }
            offset += UTF8.width(scalar)
            index += 1
        }
        endWord()
        return result
    }

    private static func matches(_ name: String, _ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        var position = index
        for scalar in name.unicodeScalars {
            guard position < scalars.count, scalars[position] == scalar else { return false }
            position += 1
        }
        return true
    }
}
