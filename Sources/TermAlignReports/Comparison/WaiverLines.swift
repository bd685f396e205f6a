import TermAlignComparison

/// One line per waived finding and per stale waiver, as every report format lists them (each
/// format escapes and styles the lines its own way). Made once, when the report is written.
struct WaiverLines {
    /// "fingerprint · kind · severity · segment · concept — reason (by, date)".
    let waived: [String]
    /// "fingerprint — reason (by, date), file:line".
    let stale: [String]

    init(comparison: Comparison) {
        waived = comparison.waived.map { item in
            let finding = item.finding
            let concepts = [finding.concept, finding.relatedConcept].compactMap { $0 }.joined(separator: " → ")
            let fields = [finding.fingerprint, finding.kind.rawValue, finding.severity.rawValue,
                          comparison.alignment.segments[finding.segment].id] + (concepts.isEmpty ? [] : [concepts])
            return fields.joined(separator: " · ") + " — " + Self.said(item.waiver)
        }
        stale = comparison.staleWaivers.map { waiver in
            waiver.fingerprint + " — " + Self.said(waiver) + (waiver.location.map { ", \($0.file):\($0.line)" } ?? "")
        }
    }

    private static func said(_ waiver: Waiver) -> String {
        let who = [waiver.author, waiver.date].compactMap { $0 }
        return waiver.reason + (who.isEmpty ? "" : " (\(who.joined(separator: ", ")))")
    }
}
