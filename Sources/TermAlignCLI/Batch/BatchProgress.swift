import Foundation
import TermAlignCommandSupport

/// "termalign: batch 120/1000 sets, 35.2 sets/s, about 25 s left" on standard error, for a terminal.
struct BatchProgress {
    let total: Int
    let enabled: Bool
    private var done = 0
    private let start = ContinuousClock.now
    private var lastShown = ContinuousClock.now

    init(total: Int, enabled: Bool) {
        self.total = total
        self.enabled = enabled
    }

    mutating func advance() {
        done += 1
        guard enabled, ContinuousClock.now - lastShown > .milliseconds(250) || done == total else { return }
        lastShown = .now
        let seconds = max(1e-3, Self.seconds(ContinuousClock.now - start))
        let rate = Double(done) / seconds
        let left = rate > 0 ? Double(total - done) / rate : 0
        Console.progress("termalign: batch \(done)/\(total) sets, \(Console.decimal(rate, places: 1)) sets/s, about "
                         + "\(Console.decimal(left)) s left", done: false)
    }

    func finish() {
        if enabled { Console.progress("", done: false) }
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
