import Foundation

extension Tracking {
    /// Why a file is not a tracking `track` wrote.
    public struct ReadingError: Error, Sendable, CustomStringConvertible {
        /// The file.
        public let file: String
        /// What is wrong, and what to do.
        public let message: String

        /// "file: message".
        public var description: String { "\(file): \(message)" }
    }

    /// Reads a tracking back from the JSON `track` writes (schema in docs/tracking.md), to merge it.
    ///
    /// - Parameters:
    ///   - json: The file's bytes.
    ///   - file: Its name, for messages.
    /// - Returns: The tracking, and the name of the glossary it was counted with (trackings of
    ///   different glossaries do not add up).
    /// - Throws: ``ReadingError`` for JSON that is not a tracking.
    public static func read(_ json: [UInt8], file: String) throws(ReadingError) -> (tracking: Tracking, glossary: String) {
        func fail(_ message: String) -> ReadingError {
            ReadingError(file: file, message: message + "; give files that termalign track --format json wrote")
        }
        guard let object = try? JSONSerialization.jsonObject(with: Data(json)) as? [String: Any] else { throw fail("not a JSON object") }
        guard object["kind"] as? String == "termalign-tracking", object["schemaVersion"] as? Int == 1 else {
            throw fail("not a tracking (no \"kind\": \"termalign-tracking\", schema 1)")
        }
        guard let periodName = object["period"] as? String, let period = TrackingPeriod(rawValue: periodName),
              let samples = object["samplesPerRendering"] as? Int, let documents = object["documents"] as? Int,
              let concepts = object["concepts"] as? [[String: Any]] else { throw fail("a tracking without period, samplesPerRendering, documents or concepts") }
        var tracking = Tracking(period: period, samplesPerRendering: samples)
        tracking.documents = documents
        tracking.skipped = object["skipped"] as? Int ?? 0
        for entry in concepts {
            guard let id = entry["concept"] as? String, let first = sighting(entry["first"]), let last = sighting(entry["last"]),
                  let counts = entry["counts"] as? [[String: Any]], let kept = entry["samples"] as? [[String: Any]] else {
                throw fail("a concept entry without concept, first, last, counts or samples")
            }
            var concept = Concept(first: first, last: last)
            for count in counts {
                guard let language = count["language"] as? String, let rendering = count["rendering"] as? String,
                      let source = count["source"] as? String, let when = count["period"] as? String, let n = count["count"] as? Int else {
                    throw fail("a count of \(id) without language, rendering, source, period or count")
                }
                concept.counts[Key(language: language, rendering: rendering, source: source, period: when), default: 0] += n
            }
            for sample in kept {
                guard let seen = sighting(sample), let offset = sample["offset"] as? Int, let language = sample["language"] as? String,
                      let rendering = sample["rendering"] as? String, let before = sample["before"] as? String,
                      let text = sample["text"] as? String, let after = sample["after"] as? String else {
                    throw fail("a sample of \(id) without its fields")
                }
                concept.samples.append(Sample(sighting: seen, offset: offset, language: language, rendering: rendering,
                                              before: before, text: text, after: after))
            }
            tracking.concepts[id] = concept
        }
        return (tracking, object["glossary"] as? String ?? "")
    }

    private static func sighting(_ value: Any?) -> Sighting? {
        guard let object = value as? [String: Any], let date = object["date"] as? String, let document = object["document"] as? String else {
            return nil
        }
        return Sighting(date: date, document: document)
    }
}
