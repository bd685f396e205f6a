import Foundation

/// Gale–Church length evidence: in a true bead the other side's length is `ratio` times this side's,
/// with a variance proportional to the length.
struct LengthModel: Sendable, Equatable {
    /// Characters of side B per character of side A.
    var ratio: Double
    /// Variance of `lengthB − ratio·lengthA` per character of B's expected length.
    var variance: Double

    /// The variance per character seen in real parallel text, with the lengths used here (letters,
    /// digits and punctuation, not spaces): 2–3 for ru–en, about 2 for ru–zh, 5 for zh–en.
    static let typicalVariance = 4.0

    /// Characters per character, measured on the UN, TICO-19, NTREX and FLORES ru/zh/en sets (en
    /// is 0.87 of ru, zh 0.31 of ru, zh 0.36 of en).
    static func typicalRatio(from a: String, to b: String) -> Double {
        let perEnglish: [String: Double] = ["en": 1, "ru": 1.15, "zh": 0.36]
        guard let fromA = perEnglish[a], let toB = perEnglish[b] else { return 1 }
        return toB / fromA
    }

    /// The normalized length difference of a bead (0 for a perfect fit).
    @inline(__always)
    func delta(_ lengthA: Double, _ lengthB: Double) -> Double {
        let expected = max(1, (ratio * lengthA + lengthB) / 2)
        return (lengthB - ratio * lengthA) / (variance * expected).squareRoot()
    }

    /// −ln of the two-sided tail probability of the length difference.
    @inline(__always)
    func cost(_ lengthA: Double, _ lengthB: Double) -> Double {
        Self.tailCost(abs(delta(lengthA, lengthB)))
    }

    /// −ln P(|Z| ≥ z) for a standard normal Z, read from ``tailTable`` by linear interpolation where
    /// it reaches (within 1.2·10⁻⁷ of the exact value, finer than the `Float` the costs are kept in):
    /// every cell of the dynamic program asks for it, and `erfc` and `log` were a fifth of the time of
    /// aligning paragraphs.
    @inline(__always)
    static func tailCost(_ z: Double) -> Double {
        let position = z * tailTableSteps
        guard position < Double(tailTable.count - 1) else { return exactTailCost(z) }
        let index = Int(position)
        let fraction = position - Double(index)
        return tailTable.withUnsafeBufferPointer { table in
            table[index] + (table[index + 1] - table[index]) * fraction
        }
    }

    /// The least z on ``tailTable``'s grid from which ``tailCost(_:)`` is at least `cost` (infinity
    /// when no z in the table reaches it): a capped cost needs no look-up beyond it.
    static func misfit(costing cost: Double) -> Double {
        guard cost < .infinity, let below = tailTable.lastIndex(where: { $0 < cost }) else { return cost < .infinity ? 0 : .infinity }
        // Beyond the table the exact cost only grows (it is over 30 at its end).
        return below + 1 < tailTable.count ? Double(below + 1) / tailTableSteps : .infinity
    }

    /// Table steps per unit of z.
    static let tailTableSteps = 1024.0
    /// ``exactTailCost(_:)`` at z = 0, 1/1024, 2/1024 … up to 8 (64 KB; a worse misfit is rare).
    static let tailTable: [Double] = (0...8 * 1024).map { exactTailCost(Double($0) / tailTableSteps) }

    /// −ln P(|Z| ≥ z) computed; where erfc nears the end of `Double`'s range (x ≥ 26), its
    /// asymptotic series, which agrees there to 10⁻⁸ (cut at x = 5 without the series' second and
    /// third terms, the cost dropped by 0.02 there, so a worse misfit could cost less).
    static func exactTailCost(_ z: Double) -> Double {
        let x = z / 2.0.squareRoot()
        if x < 26 { return -log(erfc(x)) }
        let inverse = 1 / (x * x)
        return x * x + log(x * Double.pi.squareRoot()) - log(1 - inverse / 2 + 3 * inverse * inverse / 4)
    }
}
