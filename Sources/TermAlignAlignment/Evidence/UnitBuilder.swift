import TermAlignMatching
import TermAlignText

/// Turns an analyzed document into the aligner's view of its paragraphs or sentences.
struct UnitBuilder: Sendable {
    let text: AnalyzedText
    let occurrences: [Occurrence]
    let anchors: AnchorKinds
    /// For each paragraph, the range of its sentences.
    let sentencesByParagraph: [Range<Int>]

    init(text: AnalyzedText, occurrences: [Occurrence], anchors: AnchorKinds) {
        self.text = text
        self.occurrences = occurrences
        self.anchors = anchors
        sentencesByParagraph = Self.sentencesByParagraph(text)
    }

    /// Paragraph ranges.
    var paragraphRanges: [ByteRange] { text.paragraphs.map(\.range) }
    /// Sentence ranges.
    var sentenceRanges: [ByteRange] { text.sentences.map(\.range) }

    private static func sentencesByParagraph(_ text: AnalyzedText) -> [Range<Int>] {
        var result = [Range<Int>](repeating: 0..<0, count: text.paragraphs.count)
        var start = 0
        for paragraph in text.paragraphs.indices {
            var end = start
            while end < text.sentences.count && text.sentences[end].paragraph == paragraph { end += 1 }
            result[paragraph] = start..<end
            start = end
        }
        return result
    }

    /// The aligner's units for `ranges` (paragraphs or sentences of this document, in order).
    ///
    /// - Parameters:
    ///   - markers: The units that open with a list marker, and the marker, in unit order.
    ///   - collectsNumbers: Also keep each unit's numbers (``UnitSequence/numbers``).
    ///   - silenced: Units whose words are no evidence of a counterpart (datelines: a report's date
    ///     and place recur in the sentence that tells where the talks took place); empty for none.
    func units(_ ranges: [ByteRange], markers: [(unit: Int, marker: ByteRange)], collectsNumbers: Bool = false,
               silenced: [Bool] = []) -> UnitSequence {
        var sequence = UnitSequence(lengths: [], anchors: AnchorTable())
        var numbers = UnitNumbers()
        sequence.lengths.reserveCapacity(ranges.count)
        var nextOccurrence = 0, nextMarker = 0
        let scans = collectsNumbers || !anchors.isDisjoint(with: [.numbers, .acronyms, .marks, .names, .words])
        let kept = keptKinds
        // One buffer for every unit's anchors: the table copies them out, sorted.
        var found: [Anchor] = []
        text.document.bytes.withUnsafeBufferPointer { bytes in
            var scanner = EvidenceScanner(bytes, numbers: collectsNumbers, words: true)
            for (index, range) in ranges.enumerated() {
                sequence.lengths.append(Double(VisibleLength.count(bytes, range.range)))
                found.removeAll(keepingCapacity: true)
                var scanned = range.range
                // Markers come in unit order: the next one is this unit's or a later one's.
                if nextMarker < markers.count && markers[nextMarker].unit == index {
                    let marker = markers[nextMarker].marker
                    nextMarker += 1
                    if anchors.contains(.sections), let value = SectionNumeral.value(of: text.text(of: marker)) {
                        found.append(Anchor(.section, payload: UInt64(value)))
                    }
                    scanned = marker.upperBound..<range.upperBound
                }
                if scans {
                    scanner.scan(scanned)
                    if collectsNumbers { numbers.append(scanner.mentions ?? []) }
                    for anchor in scanner.anchors where kept & 1 << (anchor.rawValue >> Anchor.kindShift) != 0 {
                        found.append(anchor)
                    }
                }
                // Occurrences come sorted: take those that start inside this unit.
                while nextOccurrence < occurrences.count && occurrences[nextOccurrence].range.lowerBound < range.lowerBound {
                    nextOccurrence += 1
                }
                while nextOccurrence < occurrences.count && occurrences[nextOccurrence].range.lowerBound < range.upperBound {
                    if anchors.contains(.concepts) {
                        found.append(Anchor(.concept, payload: UInt64(occurrences[nextOccurrence].conceptIndex)))
                    }
                    nextOccurrence += 1
                }
                if !silenced.isEmpty && silenced[index] { found.removeAll(keepingCapacity: true) }
                sequence.anchors.append(&found)
            }
        }
        if collectsNumbers { sequence.numbers = numbers }
        return sequence
    }

    /// Which sentences are cut short: they do not end like a sentence (see `SentenceEnd`) and are
    /// not a heading or a dateline (`datelines`, from ``datelineSentences()``).
    func partialSentences(datelines: [Bool]) -> [Bool] {
        text.document.bytes.withUnsafeBufferPointer { bytes in
            text.sentences.indices.map { index in
                let sentence = text.sentences[index]
                return text.paragraphs[sentence.paragraph].kind != .heading && !datelines[index]
                    && !SentenceEnd.isSentenceEnd(bytes, sentence.range.range)
            }
        }
    }

    /// Which sentences are a news agency's dateline or a timestamp («МОСКВА, 4 февраля. /ТАСС/.»,
    /// 新华社北京2月4日电): a report's, which the text it quotes does not have.
    func datelineSentences() -> [Bool] {
        text.document.bytes.withUnsafeBufferPointer { bytes in
            text.sentences.map { Dateline.isDateline(bytes, $0.range.range) }
        }
    }

    /// One bit per ``Anchor/Kind`` raw value: the kinds the scanner reads that the options keep.
    private var keptKinds: UInt32 {
        let kinds: [(Anchor.Kind, AnchorKinds)] = [(.number, .numbers), (.acronym, .acronyms), (.mark, .marks),
                                                   (.name, .names), (.word, .words)]
        return kinds.reduce(0) { bits, pair in anchors.contains(pair.1) ? bits | 1 << pair.0.rawValue : bits }
    }

    /// The aligner's paragraphs: units with their headings marked.
    ///
    /// - Parameters:
    ///   - sentences: This document's sentence units, when they are built anyway: a paragraph's
    ///     anchors are then its sentences' anchors, and its text is not scanned again.
    ///   - collectsNumbers: Also keep each paragraph's numbers (when `sentences` is nil).
    func paragraphUnits(from sentences: UnitSequence? = nil, collectsNumbers: Bool = false) -> UnitSequence {
        var sequence: UnitSequence
        if let sentences, sentencesCoverMarkers {
            let lengths = text.document.bytes.withUnsafeBufferPointer { bytes in
                paragraphRanges.map { Double(VisibleLength.count(bytes, $0.range)) }
            }
            sequence = UnitSequence(lengths: lengths, anchors: sentences.anchors.grouped(sentencesByParagraph))
        } else {
            sequence = units(paragraphRanges, markers: paragraphMarkers(), collectsNumbers: collectsNumbers)
        }
        sequence.headings = text.paragraphs.map { $0.kind == .heading }
        if let datelines = sentences?.headings, !datelines.isEmpty {
            // A paragraph that is only a dateline is a heading as well.
            for (index, range) in sentencesByParagraph.enumerated() where !range.isEmpty && range.allSatisfy({ datelines[$0] }) {
                sequence.headings[index] = true
            }
        }
        if let partial = sentences?.partial, !partial.isEmpty {
            sequence.partial = sentencesByParagraph.map { $0.isEmpty ? false : partial[$0.upperBound - 1] }
        }
        return sequence
    }

    /// Whether every paragraph's marker lies in its first sentence, so that the sentences' anchors are
    /// exactly the paragraph's (the marker read as a section numeral, not as a number).
    private var sentencesCoverMarkers: Bool {
        text.paragraphs.indices.allSatisfy { index in
            guard let marker = text.paragraphs[index].marker else { return true }
            let sentences = sentencesByParagraph[index]
            return !sentences.isEmpty && text.sentences[sentences.lowerBound].range.contains(marker)
        }
    }

    /// The markers of paragraphs, by paragraph index, in order.
    func paragraphMarkers() -> [(unit: Int, marker: ByteRange)] {
        text.paragraphs.enumerated().compactMap { index, paragraph in paragraph.marker.map { (index, $0) } }
    }

    /// The markers of paragraphs, by the index of the paragraph's first sentence, in order.
    func sentenceMarkers() -> [(unit: Int, marker: ByteRange)] {
        sentencesByParagraph.enumerated().compactMap { index, range in
            guard !range.isEmpty, let marker = text.paragraphs[index].marker,
                  text.sentences[range.lowerBound].range.contains(marker) else { return nil }
            return (range.lowerBound, marker)
        }
    }
}
