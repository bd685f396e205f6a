import TermAlignText

/// What names a finding from one run to the next, so that a reviser's decision about it (a waiver)
/// outlives edits elsewhere in the versions: its kind, its concepts, the languages of the versions
/// involved, and for each piece of evidence its words and a dozen letters either side of them —
/// never a segment number or a byte offset, which any sentence added before it would change, nor
/// the order the versions are given in.
/// Letters only, lowercased: spacing, punctuation and case may change around a finding without
/// changing its name. Findings that would share a name are told apart by their order ("-2").
///
/// The hash is FNV-1a (64 bits), fixed here: a waiver file keeps these names for years.
enum FindingFingerprint {
    /// The layout of the named parts; a new layout must change it, so that old names go stale
    /// rather than match something else.
    static let layout = "termalign-finding-1"
    /// How many letters of the text either side of each piece of evidence are part of the name.
    static let neighbourhood = 12

    /// `findings` with their fingerprints set.
    static func assign(_ findings: [Finding], documents: [Document]) -> [Finding] {
        var seen: [String: Int] = [:]
        return findings.map { finding in
            var named = finding
            let base = name(of: finding, documents: documents)
            let number = seen[base, default: 0] + 1
            seen[base] = number
            named.fingerprint = number == 1 ? base : "\(base)-\(number)"
            return named
        }
    }

    /// The name of one finding: 16 hexadecimal digits.
    static func name(of finding: Finding, documents: [Document]) -> String {
        var parts = [layout, finding.kind.rawValue, finding.concept ?? "", finding.relatedConcept ?? ""]
        // Sorted, so that the order the versions are given in does not rename a finding.
        parts += finding.documents.map { documents[$0].language.rawValue }.sorted()
        parts += finding.evidence.map { evidence in
            let document = documents[evidence.document]
            return [document.language.rawValue, letters(evidence.text, keep: .max),
                    letters(text(document, before: evidence.range.lowerBound), keep: neighbourhood, fromEnd: true),
                    letters(text(document, after: evidence.range.upperBound), keep: neighbourhood)].joined(separator: "\u{1E}")
        }.sorted()
        // A finding without evidence (a whole version's coverage, say) is named by what it says,
        // without its figures.
        if finding.evidence.isEmpty { parts.append(letters(finding.message, keep: .max)) }
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in parts.joined(separator: "\u{1F}").utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// The letters of `text` (and its digits, which a number mismatch is about), lowercased: the
    /// first `keep` of them, or the last when `fromEnd`.
    private static func letters(_ text: String, keep: Int, fromEnd: Bool = false) -> String {
        var all: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars where isLetterOrDigit(scalar) { all.append(scalar) }
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: fromEnd ? all.suffix(keep) : all.prefix(keep))
        return String(kept).lowercased()
    }

    /// Whether a character is a letter or a digit: Basic Latin, Cyrillic and the CJK ideographs by
    /// their ranges (Unicode's property tables cost hundreds of instructions a look-up), the rest by
    /// their properties.
    private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x400...0x481, 0x48A...0x52F, 0x4E00...0x9FFF: return true
        case 0...0x7F, 0x2000...0x206F, 0xFF00...0xFF0F: return false
        default: return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        }
    }

    /// The text just before byte `offset`.
    private static func text(_ document: Document, before offset: Int) -> String {
        var start = max(0, offset - 8 * neighbourhood)
        while start < offset, document.bytes[start] & 0xC0 == 0x80 { start += 1 }
        return String(decoding: document.bytes[start..<offset], as: UTF8.self)
    }

    /// The text just after byte `offset`.
    private static func text(_ document: Document, after offset: Int) -> String {
        var end = min(document.bytes.count, offset + 8 * neighbourhood)
        while end > offset, end < document.bytes.count, document.bytes[end] & 0xC0 == 0x80 { end -= 1 }
        return String(decoding: document.bytes[offset..<end], as: UTF8.self)
    }
}
