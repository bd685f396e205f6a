import Foundation
import TermAlignMatching
import TermAlignText

/// One dated document of a corpus.
public struct DatedDocument: Sendable {
    /// The document's id.
    public let id: String
    /// Its date, YYYY-MM-DD.
    public let date: String
    /// Its source (outlet, agency, ministry).
    public let source: String
    /// The text, with its language.
    public let document: Document

    /// Creates a dated document.
    ///
    /// - Parameters:
    ///   - id: Its id.
    ///   - date: Its date (YYYY-MM-DD).
    ///   - source: Its source.
    ///   - document: Its text and language.
    public init(id: String, date: String, source: String, document: Document) {
        self.id = id
        self.date = date
        self.source = source
        self.document = document
    }
}

/// Counts each concept's renderings over a dated corpus with one compiled glossary: by term,
/// language, source and period, with first and last sightings and keyword-in-context samples.
public struct Tracker: Sendable {
    /// The compiled glossary.
    public let matcher: TermMatcher
    /// The period counts are by.
    public let period: TrackingPeriod
    /// Samples kept per rendering of each concept.
    public let samplesPerRendering: Int
    /// Characters of context on each side of a sample.
    public let context: Int

    /// Creates a tracker.
    ///
    /// - Parameters:
    ///   - matcher: The compiled glossary.
    ///   - period: The period counts are by (a month by default).
    ///   - samplesPerRendering: Samples kept per rendering (3 by default).
    ///   - context: Characters of context each side of a sample (40 by default).
    public init(matcher: TermMatcher, period: TrackingPeriod = .month, samplesPerRendering: Int = 3, context: Int = 40) {
        self.matcher = matcher
        self.period = period
        self.samplesPerRendering = samplesPerRendering
        self.context = context
    }

    /// The tracking of one document.
    ///
    /// - Throws: ``/TermAlignText/TextError`` when the document cannot be analyzed.
    public func track(_ dated: DatedDocument) throws(TextError) -> Tracking {
        var tracking = Tracking(period: period, samplesPerRendering: samplesPerRendering)
        tracking.documents = 1
        let sighting = Tracking.Sighting(date: dated.date, document: dated.id)
        let when = period.of(dated.date)
        var samples: [String: [Tracking.Sample]] = [:]
        for occurrence in try matcher.occurrences(in: dated.document) {
            let key = Tracking.Key(language: occurrence.termLanguage, rendering: occurrence.term.text,
                                   source: dated.source, period: when)
            if tracking.concepts[occurrence.concept] == nil {
                tracking.concepts[occurrence.concept] = Tracking.Concept(first: sighting, last: sighting)
            }
            tracking.concepts[occurrence.concept]!.counts[key, default: 0] += 1
            let kept = samples[occurrence.concept, default: []].count { $0.language == key.language && $0.rendering == key.rendering }
            if kept < samplesPerRendering {
                samples[occurrence.concept, default: []].append(sample(occurrence, key: key, sighting: sighting, in: dated.document))
            }
        }
        for (concept, list) in samples { tracking.concepts[concept]!.samples = Tracking.earliest(list, each: samplesPerRendering) }
        return tracking
    }

    /// The tracking of a corpus, documents tracked on `threads` threads and merged as they come.
    ///
    /// - Parameters:
    ///   - documents: The documents, read as the work goes.
    ///   - threads: The most documents at once; nil: one per core.
    ///   - failed: Receives each document that cannot be analyzed, with why; it is left out.
    public func track(_ documents: some Sequence<DatedDocument>, threads: Int? = nil,
                      failed: (DatedDocument, TextError) -> Void = { _, _ in }) -> Tracking {
        var total = Tracking(period: period, samplesPerRendering: samplesPerRendering)
        let workers = max(1, threads ?? ProcessInfo.processInfo.activeProcessorCount)
        Concurrently.stream(documents, threads: workers, window: 16 * workers, work: { dated in
            (dated, Result { () throws(TextError) -> Tracking in try track(dated) })
        }, consume: { dated, result in
            switch result {
            case let .success(one): total.merge(one)
            case let .failure(error): failed(dated, error)
            }
        })
        return total
    }

    private func sample(_ occurrence: Occurrence, key: Tracking.Key, sighting: Tracking.Sighting,
                        in document: Document) -> Tracking.Sample {
        // A window of bytes wide enough for `context` characters of any script; a character cut at
        // its far edge is dropped with the characters beyond `context`.
        let window = 4 * context + 4
        let start = occurrence.range.lowerBound, end = occurrence.range.upperBound
        let before = document.text(in: ByteRange(lowerBound: max(0, start - window), upperBound: start))
        let after = document.text(in: ByteRange(lowerBound: end, upperBound: min(document.bytes.count, end + window)))
        return Tracking.Sample(sighting: sighting, offset: occurrence.range.lowerBound, language: key.language,
                               rendering: key.rendering, before: String(before.suffix(context)).onOneLine,
                               text: occurrence.text.onOneLine, after: String(after.prefix(context)).onOneLine)
    }
}
