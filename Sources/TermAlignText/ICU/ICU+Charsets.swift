import CTermAlignICU

/// Text in encodings other than UTF-8 (UTF-16 from Windows' "Unicode" save, Windows-1251, KOI8-R,
/// GB18030, Big5 …), through ICU's charset detector and converters.
public enum TextEncoding {
    /// A charset ICU's detector finds likely, with its confidence (0–100).
    public struct Candidate: Hashable, Sendable {
        /// ICU's name of the charset ("UTF-16LE", "windows-1251", "GB18030").
        public let name: String
        /// How sure the detector is, 0–100.
        public let confidence: Int
    }

    /// The likely charsets of `bytes`, best first (at most `limit`).
    ///
    /// - Throws: ``TextError/icu(operation:status:name:)`` when the detector fails.
    public static func candidates(of bytes: [UInt8], limit: Int = 4) throws(TextError) -> [Candidate] {
        var names = [CChar](repeating: 0, count: limit * Int(TA_CHARSET_NAME_CAPACITY))
        var confidences = [Int32](repeating: 0, count: limit)
        var status: Int32 = 0
        let count = bytes.withUnsafeBufferPointer { buffer in
            ta_detect_charsets(buffer.baseAddress, buffer.count, &names, &confidences, Int32(limit), &status)
        }
        try checkSuccess(status, "detecting the text's encoding")
        return (0..<Int(max(count, 0))).map { index in
            let start = index * Int(TA_CHARSET_NAME_CAPACITY)
            let name = names[start..<start + Int(TA_CHARSET_NAME_CAPACITY)].prefix { $0 != 0 }
            return Candidate(name: String(decoding: name.map { UInt8(bitPattern: $0) }, as: UTF8.self),
                             confidence: Int(confidences[index]))
        }
    }

    /// `bytes` in charset `from` converted to charset `to` (ill-formed or unmappable input becomes
    /// U+FFFD or the target's substitute).
    ///
    /// - Throws: ``TextError/icu(operation:status:name:)`` for a charset name ICU does not know.
    public static func convert(_ bytes: [UInt8], from: String, to: String = "UTF-8") throws(TextError) -> [UInt8] {
        // A guess first; ICU says how much a longer result needs, and the second call has that.
        var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
        var length = try convert(bytes, from: from, to: to, into: &output)
        if length > output.count {
            output = [UInt8](repeating: 0, count: length)
            length = try convert(bytes, from: from, to: to, into: &output)
        }
        return Array(output.prefix(length))
    }

    /// One conversion into `output`: the converted length, which may exceed the room there was.
    private static func convert(_ bytes: [UInt8], from: String, to: String, into output: inout [UInt8]) throws(TextError) -> Int {
        var status: Int32 = 0
        let capacity = output.count
        let length = bytes.withUnsafeBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                ta_convert(to, from, source.baseAddress, source.count, target.baseAddress, capacity, &status)
            }
        }
        try checkSuccess(status, "converting from \(from) to \(to)")
        return Int(length)
    }
}
