import Foundation
import TermAlignCommandSupport

/// "termalign: batch 120/1000 sets, 35.2 sets/s, about 25 s left" on standard error, for a terminal
/// (without the total and the time left when the manifest is standard input).
struct BatchProgress {
    let total: Int?
    let enabled: Bool
    private var done = 0
    private let start = ContinuousClock.now
    private var lastShown = ContinuousClock.now

    init(total: Int?, enabled: Bool) {
        self.total = total
        self.enabled = enabled
    }

    mutating func advance() {
        done += 1
        guard enabled, ContinuousClock.now - lastShown > .milliseconds(250) || done == total else { return }
        lastShown = .now
        let seconds = max(1e-3, Self.seconds(ContinuousClock.now - start))
        let rate = Double(done) / seconds
        let speed = "\(Console.decimal(rate, places: 1)) sets/s"
        guard let total else {
            Console.progress("termalign: batch \(done) sets, \(speed)", done: false)
            return
        }
        let left = rate > 0 ? Double(max(0, total - done)) / rate : 0
        Console.progress("termalign: batch \(done)/\(total) sets, \(speed), about \(Console.decimal(left)) s left", done: false)
    }

    func finish() {
        if enabled { Console.progress("", done: false) }
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
