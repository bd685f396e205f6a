/// What a sink writes in place of bytes that could drive a terminal, for output read by people
/// (text, Markdown, TSV): C0 controls other than tab and line feed, and DEL, become their Control
/// Pictures (ESC is ␛, CR is ␍), as the HTML report shows them; C1 controls (U+0080–U+009F, which
/// some terminals obey as ESC sequences) and bytes that are not UTF-8 become U+FFFD. Everything
/// else passes unchanged, so text without such bytes is written byte for byte.
enum ControlPictures {
    /// U+FFFD REPLACEMENT CHARACTER.
    static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    /// Whether `byte`, met on its own or as a lead byte, needs a look: a control, DEL, or not ASCII.
    @inline(__always)
    static func mayNeedPicture(_ byte: UInt8) -> Bool {
        (byte < 0x20 && byte != 0x0A && byte != 0x09) || byte >= 0x7F
    }

    /// The picture of an ASCII control or DEL.
    @inline(__always)
    static func picture(ofASCII byte: UInt8) -> (UInt8, UInt8, UInt8) {
        byte == 0x7F ? (0xE2, 0x90, 0xA1) : (0xE2, 0x90, 0x80 + byte)
    }

    /// The sequence at `index` (whose byte is at least 0x80): its length and whether it is well-formed
    /// UTF-8. An ill-formed one is its maximal subpart (the lead and the continuation bytes that could
    /// follow it), which one U+FFFD stands for, as Unicode recommends and the lossy reading does.
    static func sequence(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (length: Int, valid: Bool) {
        let lead = bytes[index]
        let length: Int
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE, 0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return (1, false)
        }
        guard index + 1 < bytes.count, bytes[index + 1] >= low && bytes[index + 1] <= high else { return (1, false) }
        var taken = 2
        while taken < length, index + taken < bytes.count, bytes[index + taken] & 0xC0 == 0x80 { taken += 1 }
        return (taken, taken == length)
    }
}
