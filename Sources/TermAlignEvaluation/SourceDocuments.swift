import Foundation
import TermAlignText

/// Real documents in three languages, sentence by sentence, to build evaluation versions from: the
/// news documents of NTREX-128 (whole articles, by document id) and runs of the UN devset's
/// sentences (formal register; its consecutive lines come from different documents).
package struct SourceDocument: Sendable {
    /// "ntrex:bbc.381790" or "un:120".
    package let name: String
    /// Each sentence in every language.
    package let sentences: [[Language: String]]

    package init(name: String, sentences: [[Language: String]]) {
        self.name = name
        self.sentences = sentences
    }

    /// The sentence `index` in `language`.
    package func sentence(_ index: Int, _ language: Language) -> String { sentences[index][language]! }
}

package enum SourceDocuments {
    /// The documents of `../shared/parallel` (or `directory`) with at least `minimumSentences`
    /// sentences that end like sentences in all three languages; empty when the files are absent.
    ///
    /// - Parameters:
    ///   - directory: The `parallel` folder.
    ///   - unChunk: How many UN sentences make one document.
    package static func load(from directory: URL, minimumSentences: Int = 6, unChunk: Int = 10) -> [SourceDocument] {
        var result: [SourceDocument] = []
        for set in [("ntrex128_newstest2019", "ntrex128_newstest2019.docids"), ("un_v1.0_devset", "un_v1.0_devset.ids")] {
            let data = directory.appendingPathComponent("\(set.0).ru-zh-en.tsv")
            let meta = directory.appendingPathComponent("meta").appendingPathComponent(set.1)
            guard let text = try? String(contentsOf: data, encoding: .utf8),
                  let ids = try? String(contentsOf: meta, encoding: .utf8) else { continue }
            let rows = text.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
            let keys = ids.split(separator: "\n").map { $0.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init) ?? "" }
            var groups: [(key: String, sentences: [[Language: String]])] = []
            for (row, key) in zip(rows, keys) where row.count == 3 {
                let line: [Language: String] = [.ru: String(row[0]), .zh: String(row[1]), .en: String(row[2])]
                guard line.values.allSatisfy(Self.endsSentence) else { continue }
                let isUN = set.0.hasPrefix("un")
                let group = isUN ? "un:\(result.count + groups.count)" : "ntrex:\(key)"
                if isUN, let last = groups.last, last.sentences.count < unChunk {
                    groups[groups.count - 1].sentences.append(line)
                } else if !isUN, let last = groups.last, last.key == group {
                    groups[groups.count - 1].sentences.append(line)
                } else {
                    groups.append((group, [line]))
                }
            }
            result += groups.filter { $0.sentences.count >= minimumSentences }.map {
                SourceDocument(name: $0.key, sentences: $0.sentences)
            }
        }
        return result
    }

    /// Documents no parameter of the aligner or the checks was chosen on: FLORES-200 (Wikinews,
    /// Wikivoyage, Wikijunior), its consecutive articles in runs of `chunk` sentences.
    package static func heldOut(from directory: URL, chunk: Int = 10) -> [SourceDocument] {
        let data = directory.appendingPathComponent("flores200_devtest.ru-zh-en.tsv")
        guard let text = try? String(contentsOf: data, encoding: .utf8) else { return [] }
        var result: [SourceDocument] = []
        var current: [[Language: String]] = []
        for row in text.split(separator: "\n").map({ $0.split(separator: "\t", omittingEmptySubsequences: false) }) where row.count == 3 {
            let line: [Language: String] = [.ru: String(row[0]), .zh: String(row[1]), .en: String(row[2])]
            guard line.values.allSatisfy(Self.endsSentence) else { continue }
            current.append(line)
            if current.count == chunk {
                result.append(SourceDocument(name: "flores:\(result.count)", sentences: current))
                current = []
            }
        }
        return result
    }

    /// Whether a line ends like a sentence (a title or a fragment would run into the next sentence).
    static func endsSentence(_ line: String) -> Bool {
        guard var last = line.last else { return false }
        if "\"'»”’)）」』".contains(last), line.count > 1 { last = line[line.index(line.endIndex, offsetBy: -2)] }
        return ".!?。！？".contains(last)
    }
}
