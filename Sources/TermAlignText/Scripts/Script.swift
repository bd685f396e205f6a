import CTermAlignICU

/// A Unicode script (ISO 15924), as ICU's UScriptCode names it.
public struct Script: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// ICU's UScriptCode value.
    public let code: Int32

    /// The script with ICU code `code`.
    ///
    /// - Parameter code: A UScriptCode value.
    public init(code: Int32) { self.code = code }

    /// The script of a Unicode scalar.
    ///
    /// - Parameter scalar: Any scalar.
    public init(of scalar: Unicode.Scalar) { code = max(0, ta_script_of(scalar.value)) }

    /// The four-letter ISO 15924 code ("Cyrl").
    public var isoCode: String { String(cString: ta_script_short_name(code)) }
    /// The English name ICU gives ("Cyrillic").
    public var name: String { String(cString: ta_script_long_name(code)) }
    /// The long name.
    public var description: String { name }

    /// Orders scripts by ICU code, so that ties resolve the same way every time.
    public static func < (lhs: Script, rhs: Script) -> Bool { lhs.code < rhs.code }

    /// Characters shared by several scripts (digits, punctuation).
    public static let common = Script(code: 0)
    /// Combining marks that take their base's script.
    public static let inherited = Script(code: 1)
    /// Latin.
    public static let latin = Script(code: 25)
    /// Cyrillic.
    public static let cyrillic = Script(code: 8)
    /// Han (Chinese characters).
    public static let han = Script(code: 17)
    /// Greek.
    public static let greek = Script(code: 14)
    /// Hiragana.
    public static let hiragana = Script(code: 20)
    /// Katakana.
    public static let katakana = Script(code: 22)
}

/// How many letters of each script a stretch of text holds, and which script dominates.
public struct ScriptProfile: Hashable, Sendable {
    /// Letter counts by script, only scripts that occur.
    public let letterCounts: [Script: Int]

    /// Counts the letters of UTF-8 bytes (ill-formed bytes are skipped).
    ///
    /// - Parameter bytes: UTF-8 text.
    /// - Complexity: O(n).
    public init<Bytes: Collection<UInt8>>(utf8 bytes: Bytes) {
        var counts = [UInt32](repeating: 0, count: Int(ta_script_code_limit()))
        let counted: Void? = bytes.withContiguousStorageIfAvailable { buffer in
            counts.withUnsafeMutableBufferPointer { out in
                ta_script_histogram(buffer.baseAddress, buffer.count, out.baseAddress)
            }
        }
        if counted == nil {
            let copy = Array(bytes)
            copy.withUnsafeBufferPointer { buffer in
                counts.withUnsafeMutableBufferPointer { out in
                    ta_script_histogram(buffer.baseAddress, buffer.count, out.baseAddress)
                }
            }
        }
        var nonzero: [Script: Int] = [:]
        for (code, count) in counts.enumerated() where count > 0 {
            nonzero[Script(code: Int32(code))] = Int(count)
        }
        letterCounts = nonzero
    }

    /// The script with the most letters (the lowest ICU code among equals), or `nil` without letters.
    public var dominant: Script? {
        letterCounts.max { lhs, rhs in
            lhs.value != rhs.value ? lhs.value < rhs.value : lhs.key > rhs.key
        }?.key
    }

    /// The number of letters counted.
    public var letterTotal: Int { letterCounts.values.reduce(0, +) }
}
