import TermAlignAlignment
import TermAlignText

/// Numbers and dates that differ between aligned passages, compared by value across scripts
/// (1900亿 = 190 млрд = 190 billion). A number written as a word («обеих», "two") is not held against
/// a version, since translations paraphrase them, but it does count as the number being there.
struct NumberCheck {
    let context: ComparisonContext

    func findings() -> [Finding] {
        var values: [[Double]] = []
        return context.passages.compactMap { finding(in: $0, values: &values) }
    }

    /// - Parameter values: Room for each version's numbers, kept from passage to passage.
    private func finding(in passage: ComparisonContext.Passage, values: inout [[Double]]) -> Finding? {
        let segments = context.alignment.segments
        // Only segments every version of the passage shares: a missing sentence is reported as such.
        let documents = passage.present.indices.filter { passage.present[$0] }
        guard documents.count >= 2 else { return nil }
        let shared = passage.segments.filter { segment in documents.allSatisfy { segments[segment].ranges[$0] != nil } }
        guard !shared.isEmpty, isDisputed(shared, documents, values: &values) else { return nil }
        var firstSegment = Int.max
        let mentions = documents.map { document in
            shared.flatMap { segment in
                numbers(in: segment, of: document).filter { !isListMarker($0, in: document) }
                    .map { (mention: $0, segment: segment) }
            }
        }
        let values = mentions.map { Set($0.map(\.mention.value)) }
        var disputed = Set<Double>()
        for (position, list) in mentions.enumerated() {
            for (mention, _) in list where !Self.isWeak(mention) {
                if values.indices.contains(where: { $0 != position && !values[$0].contains(mention.value) }) {
                    disputed.insert(mention.value)
                }
            }
        }
        guard !disputed.isEmpty else { return nil }
        var evidence: [Evidence] = []
        var described: [String] = []
        for (position, document) in documents.enumerated() {
            let shown = mentions[position].filter { disputed.contains($0.mention.value) }
            let texts = shown.map { context.documents[document].text(in: ByteRange($0.mention.range)) }
            evidence += zip(shown, texts).map { Evidence(document: document, range: ByteRange($0.mention.range), text: $1) }
            firstSegment = min(firstSegment, shown.first?.segment ?? .max)
            described.append("\(context.ids[document]) " + (texts.isEmpty ? "none of them" : texts.map { ComparisonContext.quote($0) }.joined(separator: ", ")))
        }
        return Finding(kind: .numberMismatch, severity: .error, segment: firstSegment, documents: documents, evidence: evidence,
                       message: "The aligned passages give different numbers: " + described.joined(separator: "; ") + ".")
    }

    /// Whether some version has a number (not a weak one) that another lacks: what ``finding(in:values:)``
    /// then describes. Most passages agree, and this answers without building sets or mentions.
    private func isDisputed(_ shared: [Int], _ documents: [Int], values: inout [[Double]]) -> Bool {
        while values.count < documents.count { values.append([]) }
        for (position, document) in documents.enumerated() {
            values[position].removeAll(keepingCapacity: true)
            for segment in shared {
                forEachNumber(in: segment, of: document) { mention in
                    if !isListMarker(mention, in: document) { values[position].append(mention.value) }
                }
            }
            values[position].sort()
        }
        for (position, document) in documents.enumerated() {
            for segment in shared {
                var disputed = false
                forEachNumber(in: segment, of: document) { mention in
                    guard !disputed, !Self.isWeak(mention), !isListMarker(mention, in: document) else { return }
                    disputed = documents.indices.contains { other in
                        other != position && !values[other].sortedContains(mention.value)
                    }
                }
                if disputed { return true }
            }
        }
        return false
    }

    /// The numbers of a segment in one version: those the aligner read in its units, or read now.
    private func numbers(in segment: Int, of document: Int) -> [NumberMention] {
        var mentions: [NumberMention] = []
        forEachNumber(in: segment, of: document) { mentions.append($0) }
        return mentions
    }

    /// Calls `body` with each number of a segment in one version, without copying the aligner's.
    private func forEachNumber(in segment: Int, of document: Int, _ body: (NumberMention) -> Void) {
        let found = context.alignment.segments[segment]
        if !context.alignment.numbers.isEmpty, let units = found.units[document] {
            for mention in context.alignment.numbers[document].mentions(of: units) { body(mention) }
        } else {
            for mention in NumberMention.scan(context.documents[document], found.ranges[document]!) { body(mention) }
        }
    }

    /// Number words and single Chinese numerals (第三方 "third party", 三方) are often paraphrased or
    /// part of a word: they count as present but are never held against a version.
    private static func isWeak(_ mention: NumberMention) -> Bool {
        mention.written == .word || (mention.written == .numerals && mention.range.count <= 3)
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

