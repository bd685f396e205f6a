import TermAlignAlignment
import TermAlignText

/// Numbers and dates that differ between aligned segments, compared by value across scripts
/// (1900亿 = 190 млрд = 190 billion; XXIV = 第二十四届; a year's last two digits = the year).
///
/// A segment's numbers are held against the whole passage (paragraph group) of another version, so
/// a number a translation moves to the next sentence is not missing. Two versions that each give a
/// number the other lacks in the same segment disagree: an `error` where the segment pairs one
/// sentence with one and the aligner is sure of it, a `warning` otherwise. A number only one version
/// gives is `info`: translations drop and add them (a century, a count spelled out). Number words
/// («обеих», "two"), single Chinese numerals (第三方), digits in names and codes (COVID-19, 5G) and
/// item numbers are never held against a version; neither is text cut short.
struct NumberCheck {
    let context: ComparisonContext

    /// At least this confidence, and one sentence against one, for different numbers to be an error.
    static let confidentSegment = 0.8

    func findings() -> [Finding] {
        context.passages.flatMap(findings(in:))
    }

    private func findings(in passage: ComparisonContext.Passage) -> [Finding] {
        let segments = context.alignment.segments
        let documents = passage.present.indices.filter { passage.present[$0] }
        guard documents.count >= 2 else { return [] }
        // Every version's values in the passage, weak ones included: present is present.
        var values = [[Double]](repeating: [], count: context.documents.count)
        for document in documents {
            for segment in passage.segments where segments[segment].ranges[document] != nil {
                forEachNumber(in: segment, of: document) { values[document].append($0.value) }
            }
        }
        var result: [Finding] = []
        for segment in passage.segments {
            let holders = documents.filter { context.isCutShort($0, in: segment) == false }
            guard holders.count >= 2 else { continue }
            // Per holder: its strong numbers here that some other holder's passage lacks.
            var unmatched: [(document: Int, mentions: [NumberMention])] = []
            for document in holders {
                var lacking: [NumberMention] = []
                forEachNumber(in: segment, of: document) { mention in
                    guard !Self.isWeak(mention), !isListMarker(mention, in: document) else { return }
                    if holders.contains(where: { $0 != document && !Self.contains(values[$0], mention.value) }) { lacking.append(mention) }
                }
                if !lacking.isEmpty { unmatched.append((document, lacking)) }
            }
            guard !unmatched.isEmpty else { continue }
            result.append(finding(segment, holders: holders, unmatched: unmatched))
        }
        return result
    }

    private func finding(_ segment: Int, holders: [Int], unmatched: [(document: Int, mentions: [NumberMention])]) -> Finding {
        let found = context.alignment.segments[segment]
        var evidence: [Evidence] = []
        var described: [String] = []
        for (document, mentions) in unmatched {
            let texts = mentions.map { context.documents[document].text(in: ByteRange($0.range)) }
            evidence += zip(mentions, texts).map { Evidence(document: document, range: ByteRange($0.range), text: $1) }
            described.append("\(context.ids[document]) " + texts.map { ComparisonContext.quote($0) }.joined(separator: ", "))
        }
        let others = holders.filter { document in !unmatched.contains { $0.document == document } }
        guard unmatched.count >= 2 else {
            return Finding(kind: .numberMismatch, severity: .info, segment: segment, documents: holders, evidence: evidence, message:
                "\(described[0]): a number the aligned passage of \(context.names(others)) does not give (dropped, or written another way).")
        }
        let oneToOne = holders.allSatisfy { found.units[$0]?.count == 1 }
        let severity: Severity = oneToOne && found.confidence >= Self.confidentSegment ? .error : .warning
        return Finding(kind: .numberMismatch, severity: severity, segment: segment, documents: holders, evidence: evidence,
                       message: "The aligned passages give different numbers: " + described.joined(separator: "; ") + ".")
    }

    /// Whether `values` hold `value`, or a year whose last two digits it is (30 = 1930 in "the 1930s",
    /// «30-е годы», 20 世纪 30 年代).
    private static func contains(_ values: [Double], _ value: Double) -> Bool {
        values.contains { other in
            // Equal to the last bits of a double: 5.69 million and 569 万 are computed two ways.
            abs(other - value) <= 1e-9 * max(abs(other), abs(value))
                || Self.isYearEnding(value, of: other) || Self.isYearEnding(other, of: value)
        }
    }

    private static func isYearEnding(_ short: Double, of year: Double) -> Bool {
        short >= 0 && short < 100 && short == short.rounded() && year >= 1000 && year < 3000 && year == year.rounded()
            && year.truncatingRemainder(dividingBy: 100) == short
    }

    /// Calls `body` with each number of a segment in one version, without copying the aligner's.
    private func forEachNumber(in segment: Int, of document: Int, _ body: (NumberMention) -> Void) {
        let found = context.alignment.segments[segment]
        if !context.alignment.numbers.isEmpty, let units = found.units[document] {
            for mention in context.alignment.numbers[document].mentions(of: units) { body(mention) }
        } else if let range = found.ranges[document] {
            for mention in NumberMention.scan(context.documents[document], range) { body(mention) }
        }
    }

    /// Number words, single Chinese numerals (第三方 "third party", 三方) and digits in codes are
    /// often paraphrased or part of a name: they count as present but are never held against a version.
    private static func isWeak(_ mention: NumberMention) -> Bool {
        mention.written == .word || mention.written == .code || (mention.written == .numerals && mention.range.count <= 3)
    }

    /// Item numbers ("1.", "(2)") that the text layer found opening a paragraph: versions number
    /// items their own way (1. / 一、 / I.).
    private func isListMarker(_ mention: NumberMention, in document: Int) -> Bool {
        let markers = context.markers[document]
        var low = 0, high = markers.count
        while low < high {
            let middle = (low + high) / 2
            if markers[middle].upperBound <= mention.range.lowerBound { low = middle + 1 } else { high = middle }
        }
        return low < markers.count && markers[low].lowerBound <= mention.range.lowerBound
    }
}
