import TermAlignText

/// How often each concept of a glossary is rendered each way, by source and period, over a dated
/// corpus: what ``Tracker`` counts, and what shards of a corpus merge into (``merged(with:)``) with
/// the same result whatever the order.
public struct Tracking: Sendable, Equatable {
    /// One count: a concept rendered by one term of one language, in one source's documents of one period.
    public struct Key: Sendable, Hashable, Comparable {
        /// The language of the term.
        public let language: String
        /// The glossary term matched (its text): the rendering.
        public let rendering: String
        /// The source (outlet) of the documents.
        public let source: String
        /// The period: "2023", "2023-03" or "2023-03-21".
        public let period: String

        /// Creates a key.
        public init(language: String, rendering: String, source: String, period: String) {
            self.language = language
            self.rendering = rendering
            self.source = source
            self.period = period
        }

        /// Ordered by language, rendering, source, then period: the order of the reports.
        public static func < (lhs: Key, rhs: Key) -> Bool {
            (lhs.language, lhs.rendering, lhs.source, lhs.period) < (rhs.language, rhs.rendering, rhs.source, rhs.period)
        }
    }

    /// Where a concept was seen: the document's date and id.
    public struct Sighting: Sendable, Hashable, Comparable {
        /// The document's date (YYYY-MM-DD).
        public let date: String
        /// The document's id.
        public let document: String

        /// Creates a sighting.
        public init(date: String, document: String) {
            self.date = date
            self.document = document
        }

        /// Ordered by date, then document id.
        public static func < (lhs: Sighting, rhs: Sighting) -> Bool { (lhs.date, lhs.document) < (rhs.date, rhs.document) }
    }

    /// A keyword-in-context line of one occurrence.
    public struct Sample: Sendable, Hashable, Comparable {
        /// Where it is.
        public let sighting: Sighting
        /// Its byte offset in the document's text.
        public let offset: Int
        /// The language of the term it matched.
        public let language: String
        /// The term it matched.
        public let rendering: String
        /// The words before it, the words themselves, and the words after it.
        public let before: String, text: String, after: String

        /// Creates a sample.
        public init(sighting: Sighting, offset: Int, language: String, rendering: String, before: String, text: String, after: String) {
            self.sighting = sighting
            self.offset = offset
            self.language = language
            self.rendering = rendering
            self.before = before
            self.text = text
            self.after = after
        }

        /// Ordered by date, document, offset, then rendering: which samples a tracking keeps first.
        public static func < (lhs: Sample, rhs: Sample) -> Bool {
            (lhs.sighting.date, lhs.sighting.document, lhs.offset, lhs.rendering) < (rhs.sighting.date, rhs.sighting.document, rhs.offset, rhs.rendering)
        }
    }

    /// What is known of one concept.
    public struct Concept: Sendable, Equatable {
        /// Occurrences by rendering, source and period.
        public var counts: [Key: Int] = [:]
        /// The earliest and the latest document it is in.
        public var first: Sighting, last: Sighting
        /// The earliest occurrences of each rendering, at most ``Tracking/samplesPerRendering`` each.
        public var samples: [Sample] = []

        /// Occurrences in all.
        public var total: Int { counts.values.reduce(0, +) }
    }

    /// The period the counts are by.
    public let period: TrackingPeriod
    /// How many samples each rendering keeps.
    public let samplesPerRendering: Int
    /// Documents counted.
    public var documents = 0
    /// Documents left out because they could not be read (each reported where it was read).
    public var skipped = 0
    /// The concepts seen, by id.
    public var concepts: [String: Concept] = [:]

    /// An empty tracking.
    ///
    /// - Parameters:
    ///   - period: The period the counts are by.
    ///   - samplesPerRendering: Samples kept per rendering of a concept.
    public init(period: TrackingPeriod, samplesPerRendering: Int) {
        self.period = period
        self.samplesPerRendering = samplesPerRendering
    }

    /// This tracking and `other` (of other documents) as one: counts added, first and last seen taken
    /// over both, samples the earliest of both. The result does not depend on the order of merging.
    ///
    /// - Precondition: Both count by the same period and keep as many samples.
    public func merged(with other: Tracking) -> Tracking {
        var result = self
        result.merge(other)
        return result
    }

    /// Adds `other` (a tracking of other documents) into this one, in place: what a corpus's running
    /// total does for each document, without copying the total (see ``merged(with:)``).
    ///
    /// - Precondition: Both count by the same period and keep as many samples.
    public mutating func merge(_ other: Tracking) {
        precondition(period == other.period && samplesPerRendering == other.samplesPerRendering)
        documents += other.documents
        skipped += other.skipped
        for (id, concept) in other.concepts {
            guard var mine = concepts.removeValue(forKey: id) else {
                concepts[id] = concept
                continue
            }
            for (key, count) in concept.counts { mine.counts[key, default: 0] += count }
            mine.first = min(mine.first, concept.first)
            mine.last = max(mine.last, concept.last)
            let useful = concept.samples.filter { Self.mayKeep($0, among: mine.samples, each: samplesPerRendering) }
            if !useful.isEmpty {
                mine.samples = Self.earliest(mine.samples + useful, each: samplesPerRendering)
            }
            concepts[id] = mine
        }
    }

    /// Whether `sample` could be among the earliest `each` of its rendering once added to `kept`
    /// (an earliest list): false when `kept` has `each` of that rendering before it already — most
    /// samples of a long corpus, which the running total so drops without sorting.
    static func mayKeep(_ sample: Sample, among kept: [Sample], each: Int) -> Bool {
        var earlier = 0
        for other in kept where other.language == sample.language && other.rendering == sample.rendering && other < sample {
            earlier += 1
            if earlier >= each { return false }
        }
        return each > 0
    }

    /// The earliest `each` samples of each rendering, in order. Samples equal in that order are one
    /// occurrence (the same place of the same document), kept once; nothing is hashed, since the
    /// lists are short and the running total calls this for every document.
    static func earliest(_ samples: [Sample], each: Int) -> [Sample] {
        var kept: [(language: String, rendering: String, count: Int)] = []
        var result: [Sample] = []
        var previous: Sample?
        for sample in samples.sorted() {
            if let previous, !(previous < sample) { continue }
            previous = sample
            if let index = kept.firstIndex(where: { $0.language == sample.language && $0.rendering == sample.rendering }) {
                guard kept[index].count < each else { continue }
                kept[index].count += 1
            } else {
                guard each > 0 else { continue }
                kept.append((sample.language, sample.rendering, 1))
            }
            result.append(sample)
        }
        return result
    }
}
