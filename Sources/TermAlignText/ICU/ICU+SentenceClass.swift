import CTermAlignICU

/// What a character is to ICU's sentence break rules (UAX #29 Sentence_Break), as far as
/// ``SentenceBreakScanner`` needs to know.
enum SentenceClass: UInt8 {
    case other = 0
    case space = 1
    case lower = 2
    case upper = 3
    case otherLetter = 4
    case numeric = 5
    /// The full stop and its kin: ambiguous between an abbreviation and a sentence end.
    case aTerm = 6
    /// ! ? 。 and their kin.
    case sTerm = 7
    case close = 8
    case sContinue = 9
    /// Extend and Format: part of the character before them.
    case extend = 10
    /// CR, LF, NEL, LS, PS.
    case separator = 11
}

/// ICU's sentence classes of the Basic Multilingual Plane, read from ICU's properties once (64 KiB);
/// characters beyond it are asked of ICU one by one.
struct SentenceClassTable: Sendable {
    static let shared = SentenceClassTable()

    /// Classes of U+0000 to U+FFFF.
    let basic: [SentenceClass]
    /// For each byte that leads a UTF-8 character: its length when no character it leads is a
    /// terminator (ATerm or STerm), so a scan for terminators can pass it undecoded; 0 otherwise.
    let skips: [UInt8]

    private init() {
        let basic = (0..<0x10000 as Range<UInt32>).map(Self.icuClass(of:))
        self.basic = basic
        skips = (0..<256).map { lead in
            // The code points each lead byte can begin (C0, C1 and E0 lead no well-formed shorter ones).
            let range: Range<Int>
            switch lead {
            case 0..<0x80: range = lead..<lead + 1
            case 0xC0..<0xE0: range = (lead & 0x1F) << 6..<((lead & 0x1F) + 1) << 6
            case 0xE0..<0xF0: range = (lead & 0x0F) << 12..<((lead & 0x0F) + 1) << 12
            default: return 0 // continuation bytes never lead; four-byte characters are decoded
            }
            let terminates = basic[range].contains { $0 == .aTerm || $0 == .sTerm }
            return terminates ? 0 : lead < 0x80 ? 1 : lead < 0xE0 ? 2 : 3
        }
    }

    /// The class of any code point, asked of ICU: the source of the table, and the only way beyond
    /// the Basic Multilingual Plane.
    static func icuClass(of codePoint: UInt32) -> SentenceClass {
        SentenceClass(rawValue: UInt8(ta_sentence_class(codePoint))) ?? .other
    }
}
