import TermAlignGlossary
import TermAlignMatching
import TermAlignText

/// How two statements in one language (2022 and 2023, say) use the glossary's concepts: which
/// appear, which disappear, and which are rendered by other terms.
public struct TermDiff: Sendable {
    /// What happened to a concept from the old statement to the new one.
    public enum Change: String, Sendable, Hashable, CaseIterable {
        /// Absent from the old statement, present in the new one.
        case appeared
        /// Present in the old statement, absent from the new one.
        case disappeared
        /// Present in both, but the set of terms used differs.
        case renderingChanged = "rendering-changed"
        /// Present in both with the same terms.
        case unchanged
    }

    /// One concept's use in each statement.
    public struct Entry: Sendable, Hashable {
        /// The concept id.
        public let concept: String
        /// What changed.
        public let change: Change
        /// Its occurrences in the old statement, in text order.
        public let old: [Occurrence]
        /// Its occurrences in the new statement, in text order.
        public let new: [Occurrence]

        /// Creates an entry.
        ///
        /// - Parameters:
        ///   - concept: The concept id.
        ///   - change: What changed.
        ///   - old: Occurrences in the old statement.
        ///   - new: Occurrences in the new statement.
        public init(concept: String, change: Change, old: [Occurrence], new: [Occurrence]) {
            self.concept = concept
            self.change = change
            self.old = old
            self.new = new
        }
    }

    /// The old statement.
    public let old: Document
    /// The new statement.
    public let new: Document
    /// Every concept found in either, by change (appeared, disappeared, rendering changed,
    /// unchanged), then by glossary order.
    public let entries: [Entry]

    /// Compares the concepts of two statements in one language.
    ///
    /// - Parameters:
    ///   - old: The earlier statement.
    ///   - new: The later statement.
    ///   - matcher: The compiled glossary.
    /// - Throws: ``ComparisonError/languageMismatch(old:new:)`` for statements in different
    ///   languages, ``ComparisonError/undeterminedLanguage(document:)``, or a text error.
    /// - Complexity: O(n) in the statements' length.
    public init(old: Document, new: Document, matcher: TermMatcher) throws(ComparisonError) {
        for document in [old, new] where document.language == .undetermined {
            throw .undeterminedLanguage(document: document.path ?? document.id)
        }
        guard old.language == new.language else {
            throw .languageMismatch(old: old.path ?? old.id, new: new.path ?? new.id)
        }
        let before: [Occurrence], after: [Occurrence]
        do {
            (before, after) = (try matcher.occurrences(in: old), try matcher.occurrences(in: new))
        } catch {
            throw .text(error)
        }
        let concepts = Set(before.map(\.conceptIndex)).union(after.map(\.conceptIndex)).sorted()
        let entries = concepts.map { index -> Entry in
            let (was, now) = (before.filter { $0.conceptIndex == index }, after.filter { $0.conceptIndex == index })
            let change: Change
            if was.isEmpty {
                change = .appeared
            } else if now.isEmpty {
                change = .disappeared
            } else {
                change = Set(was.map(\.term.text)) == Set(now.map(\.term.text)) ? .unchanged : .renderingChanged
            }
            return Entry(concept: matcher.glossary.concepts[index].id, change: change, old: was, new: now)
        }
        self.old = old
        self.new = new
        self.entries = Change.allCases.flatMap { change in entries.filter { $0.change == change } }
    }

    /// The entries with a change (all but `unchanged`).
    public var changes: [Entry] { entries.filter { $0.change != .unchanged } }
}
