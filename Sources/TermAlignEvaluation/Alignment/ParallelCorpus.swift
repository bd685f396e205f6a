import Foundation
import TermAlignText

/// The line-parallel ru/zh/en test sets of `../shared/parallel`, grouped into their documents.
package struct ParallelCorpus: Sendable {
    /// The set's name ("un_v1.0_devset").
    package let name: String
    /// The languages of the columns.
    package let languages: [Language]
    /// Documents: runs of consecutive lines with one document id, each line one string per language.
    package let documents: [[[String]]]

    /// The four three-way sets, with how each names a line's document.
    package static let sets: [(name: String, meta: String, column: Int, separator: Character)] = [
        ("un_v1.0_devset", "un_v1.0_devset.ids", 0, " "),
        ("tico19_test", "tico19_test.meta.tsv", 1, "\t"),
        ("ntrex128_newstest2019", "ntrex128_newstest2019.docids", 0, "\t"),
        ("flores200_devtest", "flores200_devtest.meta.tsv", 0, "\t"),
    ]

    /// Reads one set from the `parallel` directory, or nil when it is not there.
    package static func load(_ set: (name: String, meta: String, column: Int, separator: Character),
                             from directory: URL) -> ParallelCorpus? {
        let data = directory.appendingPathComponent("\(set.name).ru-zh-en.tsv")
        let meta = directory.appendingPathComponent("meta").appendingPathComponent(set.meta)
        guard let text = try? String(contentsOf: data, encoding: .utf8),
              let ids = try? String(contentsOf: meta, encoding: .utf8) else { return nil }
        let rows = text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.isEmpty }
        let keys = ids.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.isEmpty }.map { line in
            line.split(separator: set.separator, omittingEmptySubsequences: false)[set.column]
        }
        var documents: [[[String]]] = []
        var previous: Substring?
        for (row, key) in zip(rows, keys) {
            let columns = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard columns.count == 3 else { continue }
            if key != previous { documents.append([]) }
            previous = key
            documents[documents.count - 1].append(columns)
        }
        return ParallelCorpus(name: set.name, languages: [.ru, .zh, .en], documents: documents)
    }

    /// The Tatoeba ru–zh test set, which no parameter of the aligner was tuned on: its unrelated
    /// everyday sentences, in runs of `size` lines standing for documents.
    package static func heldOut(from directory: URL, size: Int = 20) -> ParallelCorpus? {
        let data = directory.appendingPathComponent("tatoeba_test_v2021-08-07_cmn.ru-zh.tsv")
        guard let text = try? String(contentsOf: data, encoding: .utf8) else { return nil }
        let rows = text.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
            .filter { $0.count == 2 }
        let documents = stride(from: 0, to: rows.count, by: size).map { Array(rows[$0..<min(rows.count, $0 + size)]) }
        return ParallelCorpus(name: "tatoeba (held out)", languages: [.ru, .zh], documents: documents)
    }

    /// Whether a line ends like a sentence: lines that do not (titles, fragments) would run into the
    /// next line once joined into a paragraph, so pairs are built from the others.
    package static func endsSentence(_ line: String) -> Bool {
        guard var last = line.last else { return false }
        if "\"'»”’)）」』".contains(last), line.count > 1 { last = line[line.index(line.endIndex, offsetBy: -2)] }
        return ".!?。！？…".contains(last)
    }

    /// The lines of documents in languages `a` and `b` whose both sides end like sentences.
    package func pairs(_ a: Language, _ b: Language) -> [[(String, String)]] {
        guard let indexA = languages.firstIndex(of: a), let indexB = languages.firstIndex(of: b) else { return [] }
        return documents.map { lines in
            lines.filter { Self.endsSentence($0[indexA]) && Self.endsSentence($0[indexB]) }
                .map { ($0[indexA], $0[indexB]) }
        }.filter { !$0.isEmpty }
    }
}
