#if canImport(Glibc)
import Glibc
#endif

/// Whether a match's original bytes are its term's text as written (an exact match).
enum ExactText {
    /// Compares with memcmp over the string's own UTF-8 storage: tens of thousands of matches ask,
    /// and a generic comparison of a slice with a UTF-8 view cost more than the scan that found them.
    static func matches(_ bytes: ArraySlice<UInt8>, _ text: String) -> Bool {
        let compared = text.utf8.withContiguousStorageIfAvailable { utf8 in
            guard utf8.count == bytes.count else { return false }
            return bytes.withUnsafeBufferPointer { original in
                utf8.isEmpty || memcmp(original.baseAddress!, utf8.baseAddress!, utf8.count) == 0
            }
        }
        return compared ?? bytes.elementsEqual(text.utf8)
    }
}
