import TermAlignGlossary

/// A finding the reviser has accepted, named by its ``Finding/fingerprint``: it is left out of a
/// comparison's findings, counts and exit status, and listed as waived.
public struct Waiver: Sendable, Hashable {
    /// The fingerprint of the finding waived.
    public var fingerprint: String
    /// Why the finding is accepted.
    public var reason: String
    /// Who accepted it, if said.
    public var author: String?
    /// When (as written, an ISO date by `termalign waive`), if said.
    public var date: String?
    /// The finding's kind and concept when it was waived, for a person reading the file.
    public var kind: String?, concept: String?
    /// Where the waiver is written, when it was read from a file.
    public var location: SourceLocation?

    /// Creates a waiver.
    ///
    /// - Parameters:
    ///   - fingerprint: The finding's fingerprint.
    ///   - reason: Why it is accepted.
    ///   - author: Who accepted it.
    ///   - date: When.
    ///   - kind: The finding's kind, for the reader of the file.
    ///   - concept: The finding's concept, for the reader of the file.
    ///   - location: Where it is written.
    public init(fingerprint: String, reason: String, author: String? = nil, date: String? = nil,
                kind: String? = nil, concept: String? = nil, location: SourceLocation? = nil) {
        self.fingerprint = fingerprint
        self.reason = reason
        self.author = author
        self.date = date
        self.kind = kind
        self.concept = concept
        self.location = location
    }

    /// Whether `text` has the form of a fingerprint: 16 hexadecimal digits, then "-2", "-3" … for a
    /// finding that shares its name with an earlier one.
    public static func isFingerprint(_ text: String) -> Bool {
        let parts = text.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
        let hex = parts[0].utf8
        guard hex.count == 16, hex.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }) else { return false }
        guard parts.count == 2 else { return true }
        return Int(parts[1]).map { $0 >= 2 && String($0) == parts[1] } ?? false
    }
}

/// A finding left out of a comparison's findings by a waiver.
public struct WaivedFinding: Sendable, Hashable {
    /// The finding.
    public let finding: Finding
    /// The waiver that names it.
    public let waiver: Waiver

    /// Creates a waived finding.
    ///
    /// - Parameters:
    ///   - finding: The finding.
    ///   - waiver: The waiver that names it.
    public init(finding: Finding, waiver: Waiver) {
        self.finding = finding
        self.waiver = waiver
    }
}

extension Waiver {
    /// Splits `findings` into those no waiver names and those one does, and lists the waivers that
    /// name no finding (stale: the finding is gone, or the text around it changed).
    static func apply(_ waivers: [Waiver], to findings: [Finding]) -> (kept: [Finding], waived: [WaivedFinding], stale: [Waiver]) {
        guard !waivers.isEmpty else { return (findings, [], []) }
        var byFingerprint: [String: Waiver] = [:]
        for waiver in waivers where byFingerprint[waiver.fingerprint] == nil { byFingerprint[waiver.fingerprint] = waiver }
        var kept: [Finding] = [], waived: [WaivedFinding] = [], used = Set<String>()
        for finding in findings {
            if let waiver = byFingerprint[finding.fingerprint] {
                waived.append(WaivedFinding(finding: finding, waiver: waiver))
                used.insert(waiver.fingerprint)
            } else {
                kept.append(finding)
            }
        }
        var reported = Set<String>()
        let stale = waivers.filter { !used.contains($0.fingerprint) && reported.insert($0.fingerprint).inserted }
        return (kept, waived, stale)
    }
}
