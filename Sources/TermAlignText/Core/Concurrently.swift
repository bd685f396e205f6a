import Dispatch
import Foundation

/// Independent pieces of work spread over the cores, their results collected in order: the versions
/// of a text are analyzed, scanned and aligned pair by pair this way.
package enum Concurrently {
    /// `body(0) … body(count − 1)`, run concurrently.
    ///
    /// - Parameters:
    ///   - count: How many pieces.
    ///   - body: One piece of work; it must not depend on the others.
    /// - Returns: The results, in index order.
    package static func map<Value: Sendable>(_ count: Int, _ body: @Sendable (Int) -> Value) -> [Value] {
        guard count > 1 else { return (0..<count).map(body) }
        let slots = Slots<Value>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in slots.store(index, body(index)) }
        return slots.collected()
    }
}

/// Results written by concurrent workers, each into its own slot.
///
/// `@unchecked Sendable`: every slot is written by exactly one iteration of `concurrentPerform`, under
/// the lock, and read only after it returns.
private final class Slots<Value: Sendable>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func store(_ index: Int, _ value: Value) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    func collected() -> [Value] { slots.map { $0! } }
}
