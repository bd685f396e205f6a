import CTermAlignICU

/// ICU's spoof checker (UTS #39): confusable skeletons and the restriction-level check.
enum SpoofChecker {
    /// The confusable skeleton of UTF-8 text: two strings that look alike have the same skeleton.
    static func skeleton(of text: String) throws(TextError) -> String {
        try Array(text.utf8).withUnsafeBufferPointer { (bytes: UnsafeBufferPointer<UInt8>) throws(TextError) -> String in
            var capacity = bytes.count * 4 + 16
            while true {
                var status: Int32 = 0
                var output = [UInt8](repeating: 0, count: capacity)
                let needed = output.withUnsafeMutableBufferPointer {
                    ta_spoof_skeleton(bytes.baseAddress, bytes.count, $0.baseAddress, capacity, &status)
                }
                try checkSuccess(status, "computing a confusable skeleton")
                if Int(needed) <= capacity { return String(decoding: output[0..<Int(needed)], as: UTF8.self) }
                capacity = Int(needed)
            }
        }
    }

    /// Whether UTF-8 text mixes scripts beyond what UTS #39 "highly restrictive" allows (Latin with
    /// Cyrillic, say; Han with Latin is allowed).
    static func isMixedScript(_ bytes: UnsafeBufferPointer<UInt8>) throws(TextError) -> Bool {
        var status: Int32 = 0
        let mixed = ta_spoof_is_mixed_script(bytes.baseAddress, bytes.count, &status)
        try checkSuccess(status, "checking a token's scripts")
        return mixed != 0
    }
}
