import CTermAlignICU

/// ICU on its own, for benchmarks that hold TermAlign's normalizer to ICU's speed on the same bytes.
package enum ICUBaseline {
    /// UTF-8 → UTF-16 with ICU.
    package static func utf16(_ bytes: [UInt8]) throws(TextError) -> [UInt16] {
        var status: Int32 = 0
        var output = [UInt16](repeating: 0, count: bytes.count + 1)
        let count = bytes.withUnsafeBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                ta_utf8_to_utf16(source.baseAddress, source.count, target.baseAddress, target.count, &status)
            }
        }
        try checkSuccess(status, "converting UTF-8 to UTF-16")
        output.removeLast(output.count - Int(count))
        return output
    }

    /// ICU's NFKC_Casefold of UTF-16 text into `output` (which must be large enough); returns the
    /// number of units written.
    package static func nfkcCasefold(_ text: [UInt16], into output: inout [UInt16]) throws(TextError) -> Int {
        var status: Int32 = 0
        let count = text.withUnsafeBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                ta_icu_nfkc_casefold_utf16(source.baseAddress, source.count, target.baseAddress, target.count, &status)
            }
        }
        try checkSuccess(status, "normalizing with ICU")
        return Int(count)
    }
}
