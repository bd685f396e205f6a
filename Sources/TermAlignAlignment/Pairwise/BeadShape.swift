import Foundation

/// How many units of each side a bead takes, and what it costs a priori (−ln of its prior probability,
/// after Gale & Church 1993: 1–1 89 %, a merge 9 %, 2–2 1 %; a deletion 2 %, not 1 %).
struct BeadShape: Sendable, Equatable {
    let a: Int
    let b: Int
    let cost: Double

    init(_ a: Int, _ b: Int, probability: Double) {
        self.a = a
        self.b = b
        cost = -log(probability)
    }

    var isDeletion: Bool { a == 0 || b == 0 }

    /// The most units any of `shapes` takes of one side: how far anchor runs must reach.
    static func maxSpan(_ shapes: [BeadShape]) -> Int { shapes.map { max($0.a, $0.b) }.max() ?? 1 }

    /// Sentences: 1–1, 1–0, 0–1, 2–1, 1–2, 2–2, 3–1, 1–3.
    static let sentence: [BeadShape] = [
        BeadShape(1, 1, probability: 0.89),
        // Twice Gale and Church's 1 %: their parliamentary proceedings dropped fewer sentences than
        // news and statement translations do, and the lexicon's words now tell a dropped sentence
        // from half of a merge, so the deletion that is there need not be talked out of.
        BeadShape(1, 0, probability: 0.02), BeadShape(0, 1, probability: 0.02),
        BeadShape(2, 1, probability: 0.0445), BeadShape(1, 2, probability: 0.0445),
        // Rarer than Gale and Church's 0.011: a 2–2 bead mostly stands for two 1–1 beads whose lengths
        // happen to fit better together than apart.
        BeadShape(2, 2, probability: 0.001),
        // A long sentence rendered as three (Chinese run-on sentences into English or Russian, and back).
        BeadShape(3, 1, probability: 0.004), BeadShape(1, 3, probability: 0.004),
    ]

    /// Paragraphs, with the same shapes: one version's paragraph is often two or three of another's.
    static let paragraph: [BeadShape] = sentence
}
