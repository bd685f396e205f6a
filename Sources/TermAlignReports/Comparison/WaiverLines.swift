import TermAlignComparison

/// One line per waived finding and per stale waiver, as every report format lists them (each
/// format escapes and styles the lines its own way).
struct WaiverLines {
    let comparison: Comparison

    /// "fingerprint · kind · severity · segment · concept — reason (by, date)".
    var waived: [String] {
        comparison.waived.map { item in
            let finding = item.finding
            let concepts = [finding.concept, finding.relatedConcept].compactMap { $0 }.joined(separator: " → ")
            let fields = [finding.fingerprint, finding.kind.rawValue, finding.severity.rawValue,
                          comparison.alignment.segments[finding.segment].id] + (concepts.isEmpty ? [] : [concepts])
            return fields.joined(separator: " · ") + " — " + Self.said(item.waiver)
        }
    }

    /// "fingerprint — reason (by, date), file:line".
    var stale: [String] {
        comparison.staleWaivers.map { waiver in
            waiver.fingerprint + " — " + Self.said(waiver) + (waiver.location.map { ", \($0.file):\($0.line)" } ?? "")
        }
    }

    private static func said(_ waiver: Waiver) -> String {
        let who = [waiver.author, waiver.date].compactMap { $0 }
        return waiver.reason + (who.isEmpty ? "" : " (\(who.joined(separator: ", ")))")
    }
}
