import Dispatch
import Foundation

/// Independent pieces of work spread over the cores, their results collected in order: the versions
/// of a text are analyzed, scanned and aligned pair by pair this way.
package enum Concurrently {
    /// `body(0) … body(count − 1)`, run concurrently on at most `threads` threads.
    ///
    /// - Parameters:
    ///   - count: How many pieces.
    ///   - threads: The most pieces that run at once; nil: as many as the cores take. With 1 every
    ///     piece runs on the calling thread, in order.
    ///   - body: One piece of work; it must not depend on the others.
    /// - Returns: The results, in index order.
    package static func map<Value: Sendable>(_ count: Int, threads: Int? = nil, _ body: @Sendable (Int) -> Value) -> [Value] {
        let workers = min(count, max(1, threads ?? count))
        guard workers > 1 else { return (0..<count).map(body) }
        let slots = Slots<Value>(count: count)
        // Worker w takes pieces w, w + workers, …: no more than `workers` run at once.
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for index in stride(from: worker, to: count, by: workers) { slots.store(index, body(index)) }
        }
        return slots.collected()
    }

    /// `work` over a sequence of any length, `window` items at a time spread over `threads` threads,
    /// each result handed to `consume` in item order once the window is done: a stream of results in
    /// order, with no more than a window's items and results held at once.
    ///
    /// - Parameters:
    ///   - items: The items, read as the stream goes.
    ///   - threads: The most items worked on at once; nil: as many as the cores take.
    ///   - window: How many items are taken at a time (at least 1).
    ///   - work: One item's work; it must not depend on the others.
    ///   - consume: Receives each result, in order, on the calling thread.
    package static func stream<Item: Sendable, Value: Sendable>(
        _ items: some Sequence<Item>, threads: Int?, window: Int, work: @Sendable (Item) -> Value,
        consume: (Value) throws -> Void
    ) rethrows {
        var iterator = items.makeIterator()
        while true {
            var chunk: [Item] = []
            while chunk.count < max(1, window), let item = iterator.next() { chunk.append(item) }
            if chunk.isEmpty { return }
            let taken = chunk
            for value in map(taken.count, threads: threads, { work(taken[$0]) }) { try consume(value) }
        }
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
