import Foundation
import TermAlignMatching
@_spi(Engine) import TermAlignText

/// Aligns N language versions of one text: paragraphs first, then sentences inside aligned
/// paragraphs, into segments that cover every byte of every version exactly once.
///
/// Evidence: lengths (Gale–Church, with each pair's length ratio and variance estimated from the
/// documents), numbers and dates in any script, acronyms, section numerals, names, everyday words
/// of a built-in trilingual lexicon, and glossary concepts when the aligner has a
/// ``/TermAlignMatching/TermMatcher``. Three or more versions are aligned to one pivot and merged,
/// so the result is one consistent multi-way alignment.
///
/// ```swift
/// let aligner = try Aligner()
/// let alignment = try aligner.align([russian, chinese, english])
/// for segment in alignment.segments { print(segment.id, segment.ranges, segment.confidence) }
/// ```
public struct Aligner: Sendable {
    /// The analyzer that segments the documents.
    public let analyzer: TextAnalyzer
    /// The matcher whose concepts anchor the alignment, if any.
    public let matcher: TermMatcher?
    /// The options.
    public let options: AlignmentOptions

    /// An aligner without a glossary.
    ///
    /// - Parameter options: The options.
    public init(options: AlignmentOptions = AlignmentOptions()) {
        analyzer = TextAnalyzer(lemmaKeys: nil)
        matcher = nil
        self.options = options
    }

    /// An aligner that also uses the matcher's glossary concepts as anchors.
    ///
    /// - Parameters:
    ///   - matcher: A compiled glossary.
    ///   - options: The options.
    public init(matcher: TermMatcher, options: AlignmentOptions = AlignmentOptions()) {
        analyzer = matcher.analyzer
        self.matcher = matcher
        self.options = options
    }

    /// Aligns documents.
    ///
    /// - Parameter documents: Two or more versions (any languages, ids distinct).
    /// - Returns: The alignment.
    /// - Throws: ``AlignmentError`` for fewer than two versions, an empty or binary version, or an ICU failure.
    /// - Complexity: About linear in the documents' length (banded dynamic programming).
    public func align(_ documents: [Document]) throws(AlignmentError) -> Alignment {
        try Self.validate(documents)
        var texts: [AnalyzedText] = []
        var occurrences: [[Occurrence]] = []
        do {
            for document in documents {
                if let matcher {
                    let components = TermMatcher.analysis(for: document.language).union(.sentences)
                    let text = try matcher.analyzer.analyze(document, components: components)
                    texts.append(text)
                    occurrences.append(matcher.occurrences(in: text))
                } else {
                    texts.append(try analyzer.analyze(document, components: [.sentences]))
                    occurrences.append([])
                }
            }
        } catch {
            throw .text(error)
        }
        return try align(texts, occurrences: occurrences)
    }

    /// Aligns documents analyzed by the caller (with paragraphs and sentences), with the occurrences
    /// found in them: what a comparison that has both already calls.
    ///
    /// - Parameters:
    ///   - texts: The analyzed versions.
    ///   - occurrences: For each version its occurrences, sorted (or empty arrays).
    /// - Throws: ``AlignmentError`` as ``align(_:)``.
    public func align(_ texts: [AnalyzedText], occurrences: [[Occurrence]]) throws(AlignmentError) -> Alignment {
        var run = try prepared(texts, occurrences: occurrences)
        return run.align()
    }

    /// ``align(_:occurrences:)`` with the CPU time of each of its stages (units, paragraphs,
    /// sentences, segments), for the benchmark.
    ///
    /// - Parameter clock: The process's CPU time so far, in seconds.
    package func alignTimingStages(_ texts: [AnalyzedText], occurrences: [[Occurrence]], clock: @escaping () -> Double)
        throws(AlignmentError) -> (alignment: Alignment, stages: [(stage: String, seconds: Double)]) {
        var run = try prepared(texts, occurrences: occurrences)
        run.clock = clock
        return (run.align(), run.stageTimes)
    }

    private func prepared(_ texts: [AnalyzedText], occurrences: [[Occurrence]]) throws(AlignmentError) -> AlignmentRun {
        try Self.validate(texts.map(\.document))
        for text in texts where text.sentences.isEmpty { throw .noText(document: Self.name(text.document)) }
        let builders = texts.indices.map { index in
            UnitBuilder(text: texts[index], occurrences: index < occurrences.count ? occurrences[index] : [],
                        anchors: options.anchors)
        }
        return AlignmentRun(texts: texts, builders: builders, options: options)
    }

    /// The one check of a set of versions, which the comparer also makes before it analyzes them:
    /// two or more, distinct ids, each text (not binary) and not blank.
    package static func validate(_ documents: [Document]) throws(AlignmentError) {
        guard documents.count >= 2 else { throw .tooFewDocuments(count: documents.count) }
        var ids = Set<String>()
        for document in documents {
            guard ids.insert(document.id).inserted else { throw .duplicateIdentifier(document.id) }
            do { try document.checkIsText() } catch { throw .text(error) }
            let blank = document.bytes.allSatisfy { $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) }
            if blank { throw .noText(document: Self.name(document)) }
        }
    }

    static func name(_ document: Document) -> String { document.path ?? document.id }
}
