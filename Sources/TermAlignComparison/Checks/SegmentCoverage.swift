import TermAlignText

/// Sentences (or paragraphs) that some versions have and another lacks altogether: the aligner's
/// 1–0 and 0–1 beads, reported once with the concepts they carry.
struct SegmentCoverage {
    let context: ComparisonContext

    func findings() -> [Finding] {
        let segments = context.alignment.segments
        // Most segments have every version: only those that lack one are looked at, and only their
        // occurrences are collected.
        var lacksOne = [Bool](repeating: false, count: segments.count)
        var occurrencesBySegment: [Int: [Int]] = [:]
        for (index, segment) in segments.enumerated() where segment.ranges.contains(where: { $0 == nil }) {
            lacksOne[index] = true
            occurrencesBySegment[index] = []
        }
        guard !occurrencesBySegment.isEmpty else { return [] }
        for (position, located) in context.occurrences.enumerated() where lacksOne[located.segment] {
            occurrencesBySegment[located.segment]!.append(position)
        }
        return segments.indices.compactMap { segment in
            occurrencesBySegment[segment].flatMap { finding(segment, occurrences: $0) }
        }
    }

    private func finding(_ segment: Int, occurrences: [Int]) -> Finding? {
        let ranges = context.alignment.segments[segment].ranges
        let absent = ranges.indices.filter { ranges[$0] == nil }
        guard !absent.isEmpty else { return nil }
        let withText = ranges.indices.filter { document in
            ranges[document].map { hasText(context.documents[document], $0) } ?? false
        }
        guard !withText.isEmpty else { return nil }
        let evidence = withText.map { document in
            let range = context.documents[document].trimmed(ranges[document]!)
            return Evidence(document: document, range: range, text: context.documents[document].text(in: range))
        }
        var concepts: [String] = []
        for position in occurrences where !concepts.contains(context.occurrences[position].occurrence.concept) {
            concepts.append(context.occurrences[position].occurrence.concept)
        }
        let carrying = concepts.isEmpty ? "" : " It carries \(concepts.joined(separator: ", "))."
        let excerpt = ComparisonContext.quote(Self.excerpt(evidence[0].text))
        if context.isOmission(having: withText, lacking: absent) {
            return Finding(kind: .omission, severity: .warning, segment: segment, documents: (withText + absent).sorted(),
                           evidence: evidence, message:
                "\(context.names(absent)) \(absent.count == 1 ? "has" : "have") nothing for this passage of \(context.names(withText)): \(excerpt).\(carrying)")
        }
        return Finding(kind: .addition, severity: .warning, segment: segment, documents: (withText + absent).sorted(),
                       evidence: evidence, message:
            "\(context.names(withText)) \(withText.count == 1 ? "has" : "have") a passage that \(context.names(absent)) \(absent.count == 1 ? "does" : "do") not: \(excerpt).\(carrying)")
    }

    private func hasText(_ document: Document, _ range: ByteRange) -> Bool {
        document.text(in: range).contains { $0.isLetter || $0.isNumber }
    }

    /// The first 80 characters, cut at a word where possible.
    static func excerpt(_ text: String) -> String {
        guard text.count > 80 else { return text }
        let cut = text.prefix(80)
        let word = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return String(word) + " …"
    }
}
