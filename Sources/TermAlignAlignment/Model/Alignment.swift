import TermAlignText

/// One row of an alignment: for each version the stretch of text that says the same thing, or nil
/// where a version has nothing for it.
public struct AlignedSegment: Sendable, Hashable {
    /// "s1", "s2" … in document order.
    public let id: String
    /// For each document of the alignment (same order): the bytes this segment covers, or nil.
    /// A document's non-nil ranges follow each other without gap or overlap from 0 to its end.
    public let ranges: [ByteRange?]
    /// For each document: the paragraphs or sentences (indices into ``Alignment/units``) it holds.
    public let units: [Range<Int>?]
    /// How sure the aligner is of this segment, in [0, 1]: the probability of its beads given the
    /// documents, lowered where the documents do not look like versions of one text.
    public let confidence: Double
    /// The index of the aligned paragraph group (passage) that holds this segment, counted from 0.
    /// Sentence segments of one passage share it; at paragraph level every segment is its own passage.
    public let passage: Int
    /// Pairs of versions that group this segment's units more finely than the segment does (see
    /// ``PairGrouping``); empty where every pair takes the segment as one bead.
    public let pairs: [PairGrouping]

    /// Creates a segment.
    ///
    /// - Parameters:
    ///   - id: Its id.
    ///   - ranges: Byte ranges per document.
    ///   - units: Unit ranges per document.
    ///   - passage: The paragraph group that holds it.
    ///   - confidence: Its confidence.
    ///   - pairs: Finer groupings of pairs of versions.
    public init(id: String, ranges: [ByteRange?], units: [Range<Int>?], passage: Int = 0, confidence: Double,
                pairs: [PairGrouping] = []) {
        self.id = id
        self.ranges = ranges
        self.units = units
        self.passage = passage
        self.confidence = confidence
        self.pairs = pairs
    }

    /// The beads of documents `first` and `second` in this segment: their own grouping where they
    /// have one, else the segment's units as one bead (nil when either has no units here).
    public func beads(_ first: Int, _ second: Int) -> [UnitPair]? {
        let (low, high) = (min(first, second), max(first, second))
        guard let lowUnits = units[low], let highUnits = units[high] else { return nil }
        let beads = pairs.first { $0.first == low && $0.second == high }?.beads ?? [UnitPair(first: lowUnits, second: highUnits)]
        return low == first ? beads : beads.map { UnitPair(first: $0.second, second: $0.first) }
    }

    /// The bead shape: how many units each document contributes (1–1, 2–1, 1–0 …).
    public var shape: [Int] { units.map { $0?.count ?? 0 } }
}

/// Something the reader of an alignment should know: the documents may not correspond.
public struct AlignmentWarning: Sendable, Hashable, CustomStringConvertible {
    /// What kind of problem.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Two versions do not look like translations of each other.
        case unrelated
        /// A version is much longer or shorter than its language pair makes likely (abridged?).
        case sizeMismatch = "size-mismatch"
        /// Many units of a version have no counterpart.
        case manyUnmatched = "many-unmatched"
        /// A version has a single unit: there is nothing to align inside it.
        case singleUnit = "single-unit"
        /// Two versions part further than the aligner's band may grow (its memory budget): the
        /// alignment of that stretch is the best within the band, and may be wrong.
        case bandLimit = "band-limit"
    }

    /// The kind.
    public let kind: Kind
    /// The ids of the documents concerned.
    public let documents: [String]
    /// What was seen, with figures.
    public let message: String

    /// Creates a warning.
    ///
    /// - Parameters:
    ///   - kind: The kind.
    ///   - documents: The document ids concerned.
    ///   - message: The explanation.
    public init(kind: Kind, documents: [String], message: String) {
        self.kind = kind
        self.documents = documents
        self.message = message
    }

    /// "warning: ru, en: …".
    public var description: String { "\(documents.joined(separator: ", ")): \(message)" }
}

/// What the aligner found out about one pair of versions.
public struct PairSummary: Sendable, Hashable {
    /// Indices of the two documents (first < second).
    public let documents: (Int, Int)
    /// Characters of the second per character of the first, estimated from the documents.
    public let lengthRatio: Double
    /// The length variance per character (about 2–6 for real translations).
    public let lengthVariance: Double
    /// Anchors in the one-to-one segments of each side, and how many they share.
    public let anchors: (first: Int, second: Int, shared: Int)
    /// How much the pair looks like two versions of one text, in [0, 1].
    public let relatedness: Double

    /// Creates a summary.
    ///
    /// - Parameters:
    ///   - documents: The two document indices.
    ///   - lengthRatio: Estimated ratio.
    ///   - lengthVariance: Estimated variance.
    ///   - anchors: Anchor counts.
    ///   - relatedness: Relatedness in [0, 1].
    public init(documents: (Int, Int), lengthRatio: Double, lengthVariance: Double,
                anchors: (first: Int, second: Int, shared: Int), relatedness: Double) {
        self.documents = documents
        self.lengthRatio = lengthRatio
        self.lengthVariance = lengthVariance
        self.anchors = anchors
        self.relatedness = relatedness
    }

    public static func == (lhs: PairSummary, rhs: PairSummary) -> Bool {
        lhs.documents == rhs.documents && lhs.lengthRatio == rhs.lengthRatio && lhs.lengthVariance == rhs.lengthVariance
            && lhs.anchors == rhs.anchors && lhs.relatedness == rhs.relatedness
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(documents.0)
        hasher.combine(documents.1)
        hasher.combine(lengthRatio)
    }
}

/// N language versions aligned: segments that cover every byte of every document exactly once.
public struct Alignment: Sendable {
    /// The documents, in the order given.
    public let documents: [Document]
    /// Paragraphs or sentences.
    public let unit: AlignmentUnit
    /// Each document's units (paragraph or sentence ranges, trimmed), which ``AlignedSegment/units`` index.
    public let units: [[ByteRange]]
    /// The segments, in document order.
    public let segments: [AlignedSegment]
    /// The pairs of documents the alignment measured.
    public let pairs: [PairSummary]
    /// What looked wrong.
    public let warnings: [AlignmentWarning]

    /// Creates an alignment.
    ///
    /// - Parameters:
    ///   - documents: The documents.
    ///   - unit: The unit.
    ///   - units: Units per document.
    ///   - segments: The segments.
    ///   - pairs: Per-pair figures.
    ///   - warnings: Warnings.
    public init(documents: [Document], unit: AlignmentUnit, units: [[ByteRange]], segments: [AlignedSegment],
                pairs: [PairSummary], warnings: [AlignmentWarning]) {
        self.init(documents: documents, unit: unit, units: units, segments: segments, pairs: pairs, warnings: warnings, numbers: [])
    }

    /// Creates an alignment that keeps the numbers the aligner read in each unit.
    package init(documents: [Document], unit: AlignmentUnit, units: [[ByteRange]], segments: [AlignedSegment],
                 pairs: [PairSummary], warnings: [AlignmentWarning], numbers: [UnitNumbers]) {
        self.numbers = numbers.count == documents.count
            && zip(numbers, units).allSatisfy { $0.unitCount == $1.count } ? numbers : []
        self.documents = documents
        self.unit = unit
        self.units = units
        self.segments = segments
        self.pairs = pairs
        self.warnings = warnings
        holding = documents.indices.map { document in segments.indices.filter { segments[$0].ranges[document] != nil } }
    }

    /// For each document, the indices of the segments that hold some of its text, in order.
    private let holding: [[Int]]
    /// For each document, the numbers of each unit as the aligner read them; empty when not known.
    package let numbers: [UnitNumbers]

    /// The index of the segment that holds byte `offset` of document `document`.
    ///
    /// - Parameters:
    ///   - offset: A byte offset.
    ///   - document: A document index.
    /// - Returns: The segment's index in ``segments``, or nil when `offset` is outside the document.
    /// - Complexity: O(log segments).
    public func segmentIndex(containing offset: Int, in document: Int) -> Int? {
        let list = holding[document]
        var low = 0, high = list.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = segments[list[middle]].ranges[document]!
            if offset < range.lowerBound { high = middle - 1 } else if offset >= range.upperBound { low = middle + 1 } else {
                return list[middle]
            }
        }
        return nil
    }

    /// The segment that holds byte `offset` of document `document`.
    ///
    /// - Parameters:
    ///   - offset: A byte offset.
    ///   - document: A document index.
    /// - Complexity: O(log segments).
    public func segment(containing offset: Int, in document: Int) -> AlignedSegment? {
        segmentIndex(containing: offset, in: document).map { segments[$0] }
    }
}
