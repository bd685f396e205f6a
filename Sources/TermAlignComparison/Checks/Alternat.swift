import TermAlignGlossary
import TermAlignMatching
import TermAlignText

/// The order in which the two sides name themselves. Each side names itself first in its own version
/// (Russia first in Russian, China first in Chinese): the diplomatic alternat. It is recognised so it
/// is reported once, as information, and never taken for a divergence. A side is named by its name,
/// its adjective or its leaders (see ``PartyNames``); the first named in a passage comes first.
struct Alternat {
    let context: ComparisonContext
    /// Per document: the mentions of the two sides, found by the term matcher with ``PartyNames``.
    let mentions: [[Occurrence]]

    func finding() -> Finding? {
        // passage → document → the side it names first, with both first mentions.
        var firsts = [[(party: String, evidence: [Evidence])?]](
            repeating: [(party: String, evidence: [Evidence])?](repeating: nil, count: context.documents.count),
            count: context.passages.count)
        for (document, found) in mentions.enumerated() {
            var byPassage: [Int: [Occurrence]] = [:]
            for mention in found {
                guard let segment = context.alignment.segmentIndex(containing: mention.range.lowerBound, in: document) else { continue }
                byPassage[context.alignment.segments[segment].passage, default: []].append(mention)
            }
            for (passage, names) in byPassage {
                guard let russia = names.first(where: { $0.concept == PartyNames.russia }),
                      let china = names.first(where: { $0.concept == PartyNames.china }) else { continue }
                let ordered = [russia, china].sorted { $0.range.lowerBound < $1.range.lowerBound }
                firsts[passage][document] = (ordered[0].concept, ordered.map {
                    Evidence(document: document, range: $0.range, text: $0.text)
                })
            }
        }
        // Passages where the versions that name both sides disagree on who comes first.
        let disagreeing = firsts.filter { orders in Set(orders.compactMap { $0?.party }).count == 2 }
        guard let first = disagreeing.first else { return nil }
        let documents = context.documents.indices.filter { document in disagreeing.contains { $0[document] != nil } }
        let described = documents.map { document -> String in
            let parties = disagreeing.compactMap { $0[document]?.party }
            let russia = parties.count { $0 == PartyNames.russia }
            let counts = [("Russia", russia), ("China", parties.count - russia)].filter { $0.1 > 0 }
            return "\(context.ids[document]) names " + counts.map { "\($0.0) first in \($0.1)" }.joined(separator: ", ")
        }
        let evidence = first.compactMap { $0 }.flatMap(\.evidence)
        let segment = evidence.map { context.segment(at: $0.range.lowerBound, in: $0.document) }.min() ?? 0
        return Finding(kind: .alternat, severity: .info, segment: segment, documents: documents, evidence: evidence, message:
            "The sides name themselves in a different order in \(disagreeing.count) aligned passage\(disagreeing.count == 1 ? "" : "s"): "
            + described.joined(separator: "; ") + ". This is the alternat (each side names itself first in its own version), not a divergence.")
    }
}

/// The names of the two sides as a small glossary, so the term matcher finds them with everything
/// it knows: Russian case forms through lemma keys («России», «Китайская», «Путина»), Chinese without
/// word boundaries, the longest name winning (中华人民共和国 over 中国). 中俄 and 俄中 name both sides;
/// the first character decides. A side's leaders name it too: the actor named first decides, so in
/// "President Xi Jinping and Russian President Vladimir Putin" China comes first, although the first
/// country word is "Russian".
enum PartyNames {
    static let russia = "russia"
    static let china = "china"

    static let glossary = Glossary(title: "The sides", concepts: [
        concept(russia, ru: ["Россия", "российский", "РФ", "Путин", "Мишустин", "Медведев", "Лавров"],
                zh: ["俄罗斯联邦", "俄罗斯", "俄方", "俄中", "普京", "米舒斯京", "梅德韦杰夫", "拉夫罗夫"],
                en: ["Russia", "Russian", "Putin", "Mishustin", "Medvedev", "Lavrov"]),
        concept(china, ru: ["Китай", "китайский", "КНР", "Си Цзиньпин", "Ли Цян", "Ли Кэцян", "Ван И"],
                zh: ["中国", "中方", "中华人民共和国", "中俄", "习近平", "李强", "李克强", "王毅"],
                en: ["China", "Chinese", "PRC", "Xi Jinping", "President Xi", "Li Qiang", "Li Keqiang", "Wang Yi"]),
    ])

    private static func concept(_ id: String, ru: [String], zh: [String], en: [String]) -> Concept {
        Concept(id: id, sections: [("ru", ru), ("zh", zh), ("en", en)].map { language, terms in
            LanguageSection(language: language, terms: terms.map { Term($0) })
        })
    }
}
