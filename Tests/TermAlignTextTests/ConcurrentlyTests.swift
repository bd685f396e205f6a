import Foundation
import Testing
@testable import TermAlignText

/// `Concurrently.map` returns every result in order, however many threads it may use, and never runs
/// more pieces at once than it is allowed.
struct ConcurrentlyTests {
    /// Counts the pieces running at once and remembers the most.
    private final class Overlap: @unchecked Sendable {  // every access is under `lock`
        private let lock = NSLock()
        private var running = 0
        private(set) var most = 0
        private(set) var threads: Set<UInt> = []

        func enter() {
            lock.lock()
            running += 1
            most = max(most, running)
            threads.insert(UInt(bitPattern: Int(bitPattern: pthread_self())))
            lock.unlock()
        }

        func leave() {
            lock.lock()
            running -= 1
            lock.unlock()
        }

        var mostAtOnce: Int { lock.lock(); defer { lock.unlock() }; return most }
        var threadCount: Int { lock.lock(); defer { lock.unlock() }; return threads.count }
    }

    @Test(arguments: [nil, 1, 2, 3, 16] as [Int?])
    func resultsComeInOrderAndNoMoreRunAtOnceThanAllowed(_ threads: Int?) {
        let overlap = Overlap()
        let results = Concurrently.map(9, threads: threads) { index in
            overlap.enter()
            usleep(2_000)  // long enough for pieces to overlap where they may
            overlap.leave()
            return index * index
        }
        #expect(results == (0..<9).map { $0 * $0 })
        if let threads { #expect(overlap.mostAtOnce <= threads) }
    }

    @Test func oneThreadRunsEveryPieceOnTheCaller() {
        let overlap = Overlap()
        let caller = UInt(bitPattern: Int(bitPattern: pthread_self()))
        let seen = Concurrently.map(4, threads: 1) { _ in
            overlap.enter()
            overlap.leave()
            return UInt(bitPattern: Int(bitPattern: pthread_self()))
        }
        #expect(seen == [caller, caller, caller, caller])
        #expect(overlap.threadCount == 1)
    }

    @Test func noPiecesGiveNoResults() {
        #expect(Concurrently.map(0, threads: 2) { $0 }.isEmpty)
    }
}
