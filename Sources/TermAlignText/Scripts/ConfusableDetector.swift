/// Finds mixed-script words whose foreign letters imitate letters of the word's main script.
///
/// A word qualifies when ICU's restriction-level check says it mixes scripts and at least one letter
/// outside its main script has the same UTS #39 skeleton as a letter of the main script. Latin,
/// Cyrillic and Greek — the scripts that imitate each other in ru/en text — are the look-alike
/// alphabets.
enum ConfusableDetector {
    /// For each script, its letters by confusable skeleton.
    private static let lookalikes: [Script: [String: Unicode.Scalar]] = {
        let alphabets: [(Script, [ClosedRange<UInt32>])] = [
            (.latin, [0x41...0x5A, 0x61...0x7A]),
            (.cyrillic, [0x400...0x45F]),
            (.greek, [0x391...0x3A9, 0x3B1...0x3C9]),
        ]
        var table: [Script: [String: Unicode.Scalar]] = [:]
        for (script, ranges) in alphabets {
            var bySkeleton: [String: Unicode.Scalar] = [:]
            for value in ranges.joined() {
                guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic,
                      let skeleton = try? SpoofChecker.skeleton(of: String(scalar)) else { continue }
                if bySkeleton[skeleton].map({ $0.value > value }) ?? true { bySkeleton[skeleton] = scalar }
            }
            table[script] = bySkeleton
        }
        return table
    }()

    /// Checks one word.
    ///
    /// - Parameters:
    ///   - bytes: The document.
    ///   - range: The word's original bytes.
    ///   - preferred: The script that wins a tie for main script (the document's).
    static func check(_ bytes: UnsafeBufferPointer<UInt8>, range: ByteRange,
                      preferred: Script?) throws(TextError) -> ConfusableToken? {
        var letters: [(range: ByteRange, scalar: Unicode.Scalar, script: Script)] = []
        var offset = range.lowerBound
        while offset < range.upperBound {
            let (value, length) = UTF8Scanning.decode(bytes, at: offset)
            if let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic {
                let script = Script(of: scalar)
                if script != .common && script != .inherited {
                    letters.append((ByteRange(lowerBound: offset, upperBound: offset + length), scalar, script))
                }
            }
            offset += length
        }
        var counts: [Script: Int] = [:]
        for letter in letters { counts[letter.script, default: 0] += 1 }
        guard counts.count >= 2 else { return nil }
        guard try SpoofChecker.isMixedScript(UnsafeBufferPointer(rebasing: bytes[range.range])) else { return nil }
        let main = counts.max { lhs, rhs in
            if lhs.value != rhs.value { return lhs.value < rhs.value }
            if (lhs.key == preferred) != (rhs.key == preferred) { return lhs.key == preferred }
            return lhs.key > rhs.key
        }!.key
        let twins = lookalikes[main] ?? [:]
        var suspicious: [ConfusableToken.Letter] = []
        for letter in letters where letter.script != main {
            guard let skeleton = try? SpoofChecker.skeleton(of: String(letter.scalar)),
                  let twin = twins[skeleton] else { continue }
            suspicious.append(.init(range: letter.range, scalar: letter.scalar, script: letter.script, looksLike: twin))
        }
        guard !suspicious.isEmpty else { return nil }
        let others = counts.keys.filter { $0 != main }.sorted()
        return ConfusableToken(range: range, mainScript: main, scripts: [main] + others, letters: suspicious)
    }

    /// Whether a word's key could mix the look-alike alphabets at all: it holds letters from two of
    /// Latin, Greek and Cyrillic, judged by UTF-8 lead bytes. The cheap filter before the real check.
    static func mayMixScripts(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
        // One bit per alphabet, read from a table: asked of every word, so no array is built for
        // the count and no byte takes a branch.
        alphabetBits.withUnsafeBufferPointer { bits in
            var seen: UInt8 = 0
            for byte in key { seen |= bits[Int(byte)] }
            return seen & (seen &- 1) != 0
        }
    }

    /// Latin (1: a–z and the lead bytes of Latin-1 and Latin Extended letters), Greek (2) and
    /// Cyrillic (4) by UTF-8 byte.
    private static let alphabetBits: [UInt8] = (0...255).map { (byte: Int) -> UInt8 in
        switch byte {
        case 0x61...0x7A, 0xC3...0xCA: return 1
        case 0xCD...0xCF: return 2
        case 0xD0...0xD4: return 4
        default: return 0
        }
    }
}
