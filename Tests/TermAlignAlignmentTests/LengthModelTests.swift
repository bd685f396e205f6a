import Foundation
import Testing
@testable import TermAlignAlignment

@Suite("Length model")
struct LengthModelTests {
    @Test("the tabulated tail cost stays within 1.2e-7 of the computed one, and grows with z")
    func tabulatedTail() {
        var previous = -Double.infinity
        // Steps that fall between table entries, across the table's end and past it.
        for step in 0..<9_000 {
            let z = Double(step) * 0.000_87
            let tabulated = LengthModel.tailCost(z)
            #expect(abs(tabulated - LengthModel.exactTailCost(z)) < 1.2e-7, "z = \(z)")
            #expect(tabulated >= previous, "z = \(z)")
            previous = tabulated
        }
        // Across the switch to the asymptotic series (x = 26, z ≈ 36.77) the cost keeps growing smoothly.
        let switchover = 26 * 2.0.squareRoot()
        let below = LengthModel.exactTailCost(switchover - 1e-9), above = LengthModel.exactTailCost(switchover + 1e-9)
        #expect(above >= below && above - below < 1e-6)
        // Two-sided tail: P(|Z| ≥ 1.96) = 5 %.
        #expect(abs(LengthModel.tailCost(1.959_964) - -log(0.05)) < 1e-6)
        #expect(LengthModel.tailCost(0) == 0)
    }

    @Test("from the capped misfit on, the tail cost is at least the cap; just below it, less", arguments: [2.5, 5, 9.75])
    func cappedMisfit(cap: Double) {
        let misfit = LengthModel.misfit(costing: cap)
        #expect(misfit > 0 && misfit < 8)
        #expect(LengthModel.tailCost(misfit - 1 / LengthModel.tailTableSteps) < cap)
        for step in 0..<4_000 {
            let z = misfit + Double(step) * 0.003_7
            #expect(LengthModel.tailCost(z) >= cap, "z = \(z)")
        }
        #expect(LengthModel.misfit(costing: .infinity) == .infinity)
    }
}
