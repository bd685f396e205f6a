import CTermAlignICU

/// Locating ill-formed UTF-8 (the C bridge scans; Swift only walks the results).
package enum UTF8Validation {
    /// The ill-formed sequences of `bytes`, each the maximal subpart that one U+FFFD replaces.
    ///
    /// - Complexity: O(n).
    package static func invalidSequences(in bytes: [UInt8], stopAtFirst: Bool) -> [ByteRange] {
        bytes.withUnsafeBufferPointer { buffer -> [ByteRange] in
            guard let base = buffer.baseAddress else { return [] }
            var found: [ByteRange] = []
            var offset = 0
            while offset < buffer.count {
                let rest = buffer.count - offset
                let first = ta_utf8_first_invalid(base + offset, rest)
                if first == rest { break }
                let start = offset + first
                let length = ta_utf8_invalid_length(base + start, buffer.count - start)
                found.append(ByteRange(lowerBound: start, upperBound: start + length))
                if stopAtFirst { break }
                offset = start + length
            }
            return found
        }
    }

    /// The 1-based line and column (in characters) of a byte offset, for one error message.
    static func lineAndColumn(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        LineColumnIndex(bytes).location(of: offset)
    }
}
