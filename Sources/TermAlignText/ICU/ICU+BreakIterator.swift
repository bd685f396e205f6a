import CTermAlignICU

/// An ICU break iterator (word or sentence) over UTF-8, reporting byte offsets.
///
/// ICU keeps a pointer to the text it iterates. This owner binds the text only for the duration of
/// ``forEachBoundary(in:_:)`` and unbinds it before returning, so the pointer can never outlive the
/// caller's buffer.
///
/// `@unchecked Sendable`: an ICU iterator must not be used by two threads at once; instances are only
/// reached through ``BreakIteratorPool``, which lends each to one borrower at a time.
final class BreakIterator: @unchecked Sendable {
    /// What the iterator finds.
    enum Kind {
        case word
        case sentence
    }

    private let handle: OpaquePointer

    /// How much text ICU sees at once. Word boundaries never depend on text across a space or a
    /// line break, nor sentence boundaries across a line break, so windows end just after one: ICU's
    /// UTF-16 copy stays small whatever the input.
    static let windowSize = 1 << 20

    /// The end of the window starting at `start`: about ``windowSize`` bytes later, just after a
    /// line break or (with `afterSpaces`) a space — or at `limit`, if a stretch has none.
    static func windowEnd(in text: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int? = nil,
                          afterSpaces: Bool = true) -> Int {
        let limit = limit ?? text.count
        guard limit - start > windowSize else { return limit }
        func cutsAfter(_ byte: UInt8) -> Bool { byte == 0x0A || (afterSpaces && byte == 0x20) }
        var cut = start + windowSize
        while cut > start, !cutsAfter(text[cut - 1]) { cut -= 1 }
        if cut > start { return cut }
        cut = start + windowSize
        while cut < limit, !cutsAfter(text[cut - 1]) { cut += 1 }
        return cut
    }

    /// Opens an iterator.
    ///
    /// - Parameters:
    ///   - kind: Words or sentences.
    ///   - locale: An ICU locale ("ru", "zh", "en", "root").
    init(_ kind: Kind, locale: String) throws(TextError) {
        var status: Int32 = 0
        let opened = ta_breaker_open(kind == .word ? Int32(TA_BREAK_WORD) : Int32(TA_BREAK_SENTENCE),
                                     locale, &status)
        try checkSuccess(status, "opening a \(kind) break iterator for \(locale)")
        guard let opened else {
            throw TextError.icu(operation: "opening a break iterator", status: status, name: "no iterator")
        }
        handle = opened
    }

    deinit { ta_breaker_close(handle) }

    /// Frees the UTF-16 copy of the text last iterated when it is larger than a short paragraph's;
    /// an idle iterator would otherwise hold up to twice ``windowSize`` bytes until its next use.
    func trim() { ta_breaker_trim(handle, Self.keptUnits) }

    /// The largest UTF-16 copy ``trim()`` keeps, in units.
    static let keptUnits: Int32 = 16_384

    /// The UTF-16 units the iterator's copy holds room for.
    var bufferedUnits: Int { Int(ta_breaker_buffer_capacity(handle)) }

    /// Calls `body` with every boundary after the start (ending with the text's length) and the ICU
    /// rule status of the piece that ends there.
    ///
    /// - Parameters:
    ///   - text: UTF-8 bytes, bound only during this call.
    ///   - viaUTF16: Iterate a UTF-16 copy (two to three times faster in ICU); only for well-formed
    ///     text, such as a matching key. Offsets are UTF-8 either way.
    ///   - body: Receives (boundary offset, rule status).
    /// - Complexity: O(n).
    func forEachBoundary(in text: UnsafeBufferPointer<UInt8>, viaUTF16: Bool = false,
                         _ body: (Int, Int32) -> Void) throws(TextError) {
        var status: Int32 = 0
        if viaUTF16 {
            ta_breaker_set_text_via_utf16(handle, text.baseAddress, text.count, &status)
        } else {
            ta_breaker_set_text(handle, text.baseAddress, text.count, &status)
        }
        defer { ta_breaker_reset(handle) }
        try checkSuccess(status, "binding text to a break iterator")
        var ruleStatus: Int32 = 0
        while true {
            let boundary = ta_breaker_next(handle, &ruleStatus)
            if boundary < 0 { break }
            body(Int(boundary), ruleStatus)
        }
    }
}
