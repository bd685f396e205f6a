/// Chinese numerals: 二十 = 20, 一百二十三 = 123, 两千零一 = 2001, 二〇二二 = 2022.
enum ChineseNumeral {
    private static let digits: [UInt32: Int] = [
        0x3007: 0, 0x96F6: 0, 0x4E00: 1, 0x4E8C: 2, 0x4E24: 2, 0x4E09: 3, 0x56DB: 4, 0x4E94: 5, 0x516D: 6,
        0x4E03: 7, 0x516B: 8, 0x4E5D: 9,
    ]
    private static let smallUnits: [UInt32: Int] = [0x5341: 10, 0x767E: 100, 0x5343: 1000]
    private static let largeUnits: [UInt32: Int] = [0x4E07: 10_000, 0x4EBF: 100_000_000]

    /// Characters that count things after a numeral: 年 月 日 号 届 次 项 条 章 节 倍 名 位 岁 周 天 点 世纪.
    private static let counters: Set<UInt32> = Set("年月日号號届屆次项項条條章节節倍名位岁歲周天点點世轮輪期".unicodeScalars.map(\.value))

    /// The numerals of the tables above, one bit per scalar from U+3000: `isNumeral` is asked of every
    /// scalar the evidence scanner passes, so it tests a bit instead of hashing.
    private static let numeralBits: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: (0xA000 - 0x3000) / 64)
        for scalar in [digits.keys, smallUnits.keys, largeUnits.keys].joined() {
            let index = Int(scalar - 0x3000)
            bits[index >> 6] |= 1 << UInt64(index & 63)
        }
        return bits
    }()

    @inline(__always)
    static func isNumeral(_ value: UInt32) -> Bool {
        guard value >= 0x3000 && value < 0xA000 else { return false }
        let index = Int(value - 0x3000)
        return numeralBits[index >> 6] & (1 << UInt64(index & 63)) != 0
    }

    static func isCounter(_ value: UInt32) -> Bool { counters.contains(value) }

    /// Runs of numerals that are words, not numbers: 一一 (one by one), 万一 (in case), 千万 (by all means).
    static func isIdiom(_ run: [UInt32]) -> Bool {
        let idioms: [[UInt32]] = [[0x4E00, 0x4E00], [0x4E07, 0x4E00], [0x5343, 0x4E07], [0x767E, 0x4E07]]
        return idioms.contains(run) || run.allSatisfy { largeUnits[$0] != nil || smallUnits[$0] != nil } && run.count > 1
    }

    /// The value of a run of numerals, or nil when it is not a well-formed number.
    static func value(of run: [UInt32]) -> Int? {
        guard !run.isEmpty, run.count <= 16 else { return nil }
        if run.allSatisfy({ digits[$0] != nil }) {
            // Digit by digit, as years are written: 二〇二二.
            return run.count == 1 ? digits[run[0]] : run.reduce(0) { $0 * 10 + digits[$1]! }
        }
        var total = 0
        var section = 0
        var digit: Int?
        for value in run {
            if let next = digits[value] {
                guard digit == nil || next == 0 || digit == 0 else { return nil } // 四五 is not a number
                digit = next
            } else if let unit = smallUnits[value] {
                section += (digit ?? 1) * unit
                digit = nil
            } else if let unit = largeUnits[value] {
                // 亿 scales everything before it; 万 only what follows the last 亿 (一亿两千万).
                total = unit == 10_000 ? total + (section + (digit ?? 0)) * unit : (total + section + (digit ?? 0)) * unit
                section = 0
                digit = nil
            }
        }
        return total + section + (digit ?? 0)
    }
}
