/// How many characters a stretch of UTF-8 shows: what lengths are compared by, wherever versions
/// are measured against each other (the aligner's units, the comparison's passages).
package enum VisibleLength {
    /// Characters other than ASCII whitespace: bytes that are neither UTF-8 continuation bytes nor
    /// space, tab, LF, VT, FF or CR. Eight bytes at a time, each test exact per byte.
    package static func count(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var count = 0
        var index = range.lowerBound
        if let base = UnsafeRawPointer(bytes.baseAddress) {
            let ones: UInt64 = 0x0101_0101_0101_0101, low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
            let highs: UInt64 = 0x8080_8080_8080_8080
            while index + 8 <= range.upperBound {
                let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                // 10xxxxxx: the high bit set, the next one clear.
                let continuation = word & ~(word << 1) & highs
                // Bytes equal to 0x20 become zero, and a zero byte is the only one whose high bit
                // stays clear below.
                let spaced = word ^ (ones &* 0x20)
                let space = ~(((spaced & low7) &+ low7) | spaced | low7)
                // 0x09 ≤ byte ≤ 0x0D: below 0x80, at least 9 and not at least 14 (no sum carries
                // into the next byte: the low seven bits stay below 0x80).
                let low = word & low7
                let atLeast9 = (low &+ ones &* (0x80 - 0x09)) & highs
                let atLeast14 = (low &+ ones &* (0x80 - 0x0E)) & highs
                let control = atLeast9 & ~atLeast14 & ~word & highs
                count &+= 8 - (continuation | space | control).nonzeroBitCount
                index += 8
            }
        }
        while index < range.upperBound {
            let byte = bytes[index]
            if byte & 0xC0 != 0x80 && byte != 0x20 && !(byte >= 0x09 && byte <= 0x0D) { count += 1 }
            index += 1
        }
        return count
    }
}
