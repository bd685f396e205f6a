import Synchronization

/// Reusable break iterators: opening one costs far more than iterating a sentence, so iterators are
/// borrowed and returned instead of opened per document.
final class BreakIteratorPool: Sendable {
    private struct Key: Hashable {
        let word: Bool
        let locale: String
    }

    private let idle = Mutex<[Key: [BreakIterator]]>([:])

    /// Runs `body` with an iterator of the given kind that no one else uses meanwhile.
    func with<Result>(_ kind: BreakIterator.Kind, locale: String,
                      _ body: (BreakIterator) throws(TextError) -> Result) throws(TextError) -> Result {
        let key = Key(word: kind == .word, locale: locale)
        let iterator: BreakIterator
        if let reused = idle.withLock({ $0[key]?.popLast() }) {
            iterator = reused
        } else {
            iterator = try BreakIterator(kind, locale: locale)
        }
        defer {
            iterator.trim()
            idle.withLock { $0[key, default: []].append(iterator) }
        }
        return try body(iterator)
    }
}
