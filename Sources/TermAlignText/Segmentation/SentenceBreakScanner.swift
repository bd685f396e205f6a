/// Finds the sentence boundaries ICU's sentence break finds inside one paragraph, without ICU.
///
/// ICU's sentence rules are those of UAX #29 (SB5–SB11, SB998) with no tailoring for ru, zh or en, so
/// a boundary can only follow a terminator, its closing marks and its spaces ("SATerm Close* Sp*"),
/// and is cancelled there by SB6, SB7, SB8 or SB8a. The classes are ICU's own
/// (``SentenceClassTable``), so every script is covered; ICU remains the test oracle. Line breaks
/// inside the paragraph count as spaces, as in the copy ICU used to read, where they were blanked.
struct SentenceBreakScanner {
    private let basic: UnsafeBufferPointer<SentenceClass>
    private let skips: UnsafeBufferPointer<UInt8>

    /// Runs `body` with a scanner over the shared class table.
    static func with<Result>(_ body: (SentenceBreakScanner) -> Result) -> Result {
        let table = SentenceClassTable.shared
        return table.basic.withUnsafeBufferPointer { basic in
            table.skips.withUnsafeBufferPointer { skips in body(SentenceBreakScanner(basic: basic, skips: skips)) }
        }
    }

    /// What follows a sentence terminator, while the boundary after it is still undecided.
    private struct Pending {
        /// A full stop (ATerm) rather than ! or ? (STerm): only it can be an abbreviation (SB6–SB8).
        let fullStop: Bool
        /// The terminator came right after an upper- or lowercase letter (SB7).
        let afterLetter: Bool
        /// Nothing has come after the terminator yet (SB6, SB7).
        var bare = true
        /// Spaces have come after it, so a closing mark no longer joins it (SB9).
        var spaced = false
    }

    /// Calls `body` with every boundary strictly inside `range`, in order: the paragraph's start and
    /// end are boundaries anyway.
    ///
    /// - Precondition: `bytes[range]` is well-formed UTF-8 and `range` starts and ends between characters.
    /// - Complexity: O(n): the look-ahead of SB8 stops at the next terminator, so no byte is read more
    ///   than twice.
    func forEachBoundary(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ body: (Int) -> Void) {
        var index = range.lowerBound
        let end = range.upperBound
        var pending: Pending?
        while index < end {
            if pending == nil {
                // Until the next terminator nothing can break: pass the characters that are none
                // undecoded.
                let skip = Int(skips[Int(bytes[index])])
                if skip != 0 {
                    index += skip
                    continue
                }
            }
            var (current, length) = classAt(bytes, index)
            switch current {
            case .extend where index > range.lowerBound:
                index += length // SB5: part of the character before
                continue
            case .extend: current = .other
            case .separator: current = .space
            default: break
            }
            if var term = pending {
                if current == .space || (current == .close && !term.spaced) {
                    // SB9, SB10: the terminator's closing marks and spaces belong to its sentence.
                    term.bare = false
                    term.spaced = term.spaced || current == .space
                    pending = term
                    index += length
                    continue
                }
                if !continues(term, with: current, bytes, at: index, end: end) { body(index) }
            }
            if current == .aTerm || current == .sTerm {
                // After a terminator's tail (SB8a) no letter comes right before; elsewhere, look back.
                let before = pending == nil ? classBefore(index, in: bytes, floor: range.lowerBound) : .other
                pending = Pending(fullStop: current == .aTerm, afterLetter: before == .upper || before == .lower)
            } else {
                pending = nil
            }
            index += length
        }
    }

    /// The class of the character before `index`, its Extend and Format marks passed over (SB5);
    /// other at the paragraph's start, as a mark there is.
    private func classBefore(_ index: Int, in bytes: UnsafeBufferPointer<UInt8>, floor: Int) -> SentenceClass {
        var cursor = index
        while cursor > floor {
            cursor = UTF8Scanning.previousStart(bytes, before: cursor, floor: floor)
            switch classAt(bytes, cursor).class {
            case .extend: continue
            case .separator: return .space
            case let found: return found
            }
        }
        return .other
    }

    /// Whether the sentence goes on past `term` into the character of class `next` at `index`.
    private func continues(_ term: Pending, with next: SentenceClass, _ bytes: UnsafeBufferPointer<UInt8>,
                           at index: Int, end: Int) -> Bool {
        switch next {
        case .sContinue, .sTerm, .aTerm: return true // SB8a
        default: break
        }
        guard term.fullStop else { return false }
        if term.bare && (next == .numeric || (next == .upper && term.afterLetter)) { return true } // SB6, SB7
        // SB8: a lowercase letter ahead, before any other letter or terminator, means an abbreviation.
        var cursor = index
        while cursor < end {
            let (ahead, length) = classAt(bytes, cursor)
            switch ahead {
            case .lower: return true
            case .upper, .otherLetter, .aTerm, .sTerm: return false
            default: cursor += length
            }
        }
        return false
    }

    @inline(__always)
    private func classAt(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> (class: SentenceClass, length: Int) {
        let (value, length) = UTF8Scanning.decode(bytes, at: index)
        return (value < 0x10000 ? basic[Int(value)] : SentenceClassTable.icuClass(of: value), length)
    }
}
