#if canImport(Glibc)
import Glibc
#endif

/// Small helpers for walking UTF-8 bytes by scalar without building strings.
///
/// `@_spi(Engine) public` rather than `package` so that ``decode(_:at:)`` inlines into the other
/// stages' scanners (see ``HashIndex``).
@_spi(Engine) public enum UTF8Scanning {
    /// The scalar value at `index` and its length; ill-formed bytes read as U+FFFD, one byte each.
    @inlinable @inline(__always)
    @_spi(Engine) public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard length > 1, index + length <= bytes.count else { return (0xFFFD, 1) }
        var value = UInt32(lead) & (0xFF >> (length + 1))
        for offset in 1..<length {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { return (0xFFFD, 1) }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        return (value, length)
    }

    /// The start of the scalar that ends at `end` (exclusive).
    @inline(__always)
    @_spi(Engine) public static func previousStart(_ bytes: UnsafeBufferPointer<UInt8>, before end: Int, floor: Int) -> Int {
        var index = end - 1
        while index > floor, end - index < 4, bytes[index] & 0xC0 == 0x80 { index -= 1 }
        return index
    }

    /// Whitespace, or an invisible character that formats rather than writes (BOM, zero-width
    /// characters, soft hyphen): what trimming removes and what makes a line blank.
    @inline(__always)
    static func isBlank(_ value: UInt32) -> Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0xAD, 0x1680, 0x2000...0x200D, 0x2028, 0x2029, 0x202F,
             0x205F, 0x2060, 0x3000, 0xFEFF:
            return true
        default:
            return false
        }
    }

    /// Trims blank scalars from both ends of `range`.
    package static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        while start < range.upperBound {
            let (value, length) = decode(bytes, at: start)
            guard isBlank(value) else { break }
            start += length
        }
        var end = range.upperBound
        while end > start {
            let previous = previousStart(bytes, before: end, floor: start)
            guard isBlank(decode(bytes, at: previous).value) else { break }
            end = previous
        }
        return start..<end
    }

    /// The first position of `byte` in `bytes[range]`, found by memchr.
    @_spi(Engine) public static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        guard let base = bytes.baseAddress, range.lowerBound < range.upperBound,
              let found = memchr(base + range.lowerBound, Int32(byte), range.count) else { return nil }
        return UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
    }
}
