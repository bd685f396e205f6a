/// The number a heading or item marker stands for, whatever its style: "II." = "二、" = "2)" = "(б)" = 2,
/// "第三章" = 3. Two versions number their sections alike even when they write the numbers differently.
enum SectionNumeral {
    /// The value of a marker's text, or nil for a bullet.
    static func value(of marker: String) -> Int? {
        if let plain = plainDigits(marker) { return plain }
        let scalars = marker.unicodeScalars.filter { !Self.isDecoration($0.value) }
        guard !scalars.isEmpty else { return nil }
        let values = scalars.map(\.value)
        if values.allSatisfy({ EvidenceScanner.digit($0) != nil }) {
            return values.prefix(6).reduce(0) { $0 * 10 + EvidenceScanner.digit($1)! }
        }
        if let digits = leadingDigits(values) { return digits } // 1.2 → 1
        if let roman = roman(values) { return roman }
        if values.allSatisfy(ChineseNumeral.isNumeral) { return ChineseNumeral.value(of: values) }
        if values.count == 1 { return letterOrdinal(values[0]) }
        return nil
    }

    /// The common marker, ASCII digits with dots, brackets or spaces ("12.", "(3)"), read from its
    /// bytes; nil for any other, which the general reading handles.
    private static func plainDigits(_ marker: String) -> Int? {
        var value = 0, digits = 0
        for byte in marker.utf8 {
            switch byte {
            case 0x30...0x39:
                if digits < 6 { value = value * 10 + Int(byte - 0x30) }
                digits += 1
            case 0x28, 0x29, 0x2E, 0x20: continue
            default: return nil
            }
        }
        return digits > 0 ? value : nil
    }

    /// 第 and the unit characters of 第三章 (章节節篇编編条條款项項), brackets, dots, the Chinese
    /// enumeration comma.
    private static func isDecoration(_ value: UInt32) -> Bool {
        switch value {
        case 0x28, 0x29, 0x2E, 0x20, 0xFF08, 0xFF09, 0xFF0E, 0x3001, 0x7B2C: return true
        case 0x7AE0, 0x8282, 0x7BC0, 0x7BC7, 0x7F16, 0x7DE8, 0x6761, 0x689D, 0x6B3E, 0x9879, 0x9805: return true
        default: return false
        }
    }

    private static func leadingDigits(_ values: [UInt32]) -> Int? {
        let digits = values.prefix { EvidenceScanner.digit($0) != nil }
        guard !digits.isEmpty else { return nil }
        return digits.prefix(6).reduce(0) { $0 * 10 + EvidenceScanner.digit($1)! }
    }

    private static func roman(_ scalars: [UInt32]) -> Int? {
        var values: [Int] = []
        for scalar in scalars {
            switch scalar {
            case 0x49: values.append(1) // I
            case 0x56: values.append(5) // V
            case 0x58: values.append(10) // X
            case 0x4C: values.append(50) // L
            case 0x43: values.append(100) // C
            default: return nil
            }
        }
        guard !values.isEmpty else { return nil }
        var total = 0
        for (index, value) in values.enumerated() {
            total += index + 1 < values.count && values[index + 1] > value ? -value : value
        }
        return total > 0 ? total : nil
    }

    /// a, b, c … and а, б, в … as 1, 2, 3 (Russian skips ё, й as list letters rarely matter).
    private static func letterOrdinal(_ value: UInt32) -> Int? {
        if value >= 0x61 && value <= 0x7A { return Int(value - 0x61) + 1 }
        if value >= 0x430 && value <= 0x44F { return Int(value - 0x430) + 1 }
        return nil
    }
}
