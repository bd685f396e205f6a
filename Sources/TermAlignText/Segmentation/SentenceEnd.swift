/// Whether a stretch of text ends the way a sentence does: with a full stop, a question or an
/// exclamation mark, an ellipsis, a semicolon or a colon (in any width), before any closing quotes,
/// brackets and spaces. A title, a dateline, a quoted fragment and the last words of an excerpt
/// do not.
package enum SentenceEnd {
    package static func isSentenceEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var end = range.upperBound
        while end > range.lowerBound {
            let start = UTF8Scanning.previousStart(bytes, before: end, floor: range.lowerBound)
            let value = UTF8Scanning.decode(bytes, at: start).value
            end = start
            switch value {
            case 0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x3000, 0x22, 0x27, 0x29, 0x5D, 0xBB, 0x2019, 0x201D, 0xFF09, 0x300D,
                 0x300F, 0x3011:
                continue // spaces, closing quotes and brackets
            case 0x2E, 0x21, 0x3F, 0x3B, 0x3A, 0x2026, 0x3002, 0xFF01, 0xFF1F, 0xFF1B, 0xFF1A, 0xFF0E:
                return true
            default:
                return false
            }
        }
        return false
    }
}
