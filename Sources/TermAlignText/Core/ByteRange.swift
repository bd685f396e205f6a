/// A half-open range of UTF-8 bytes in a document's original input, exactly as it was given (a BOM
/// included).
///
/// Every span TermAlign reports — tokens, sentences, paragraphs, and later occurrences and aligned
/// segments — is a `ByteRange`, so any result can be checked by slicing the input. Bounds are stored as
/// 32-bit offsets: documents are limited to ``Document/maximumSize`` bytes.
public struct ByteRange: Hashable, Comparable, Sendable, CustomStringConvertible {
    private let start: UInt32
    private let end: UInt32

    /// Creates a range from its bounds.
    ///
    /// - Parameters:
    ///   - lowerBound: The first byte offset in the range.
    ///   - upperBound: The offset just past the last byte; at least `lowerBound`.
    public init(lowerBound: Int, upperBound: Int) {
        precondition(0 <= lowerBound && lowerBound <= upperBound && upperBound <= Int(UInt32.max),
                     "ByteRange bounds out of order or beyond 4 GiB")
        start = UInt32(lowerBound)
        end = UInt32(upperBound)
    }

    /// Creates a byte range from a Swift range of offsets.
    ///
    /// - Parameter range: Offsets into a document's bytes.
    public init(_ range: Range<Int>) {
        self.init(lowerBound: range.lowerBound, upperBound: range.upperBound)
    }

    /// The first byte offset in the range.
    public var lowerBound: Int { Int(start) }
    /// The offset just past the last byte of the range.
    public var upperBound: Int { Int(end) }
    /// The number of bytes covered.
    public var count: Int { Int(end - start) }
    /// Whether the range covers no byte.
    public var isEmpty: Bool { start == end }
    /// The same range as a Swift `Range`, for slicing.
    public var range: Range<Int> { lowerBound..<upperBound }

    /// Whether `other` lies entirely inside this range.
    ///
    /// - Parameter other: The range to test.
    public func contains(_ other: ByteRange) -> Bool {
        start <= other.start && other.end <= end
    }

    /// Orders ranges by start, then by end.
    public static func < (lhs: ByteRange, rhs: ByteRange) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }

    /// `[start, end)`, as JSON output writes it.
    public var description: String { "[\(start), \(end))" }
}
