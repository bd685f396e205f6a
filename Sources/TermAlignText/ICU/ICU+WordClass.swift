import CTermAlignICU

/// What a character is to ICU's word break rules, as far as ``PlainWordScanner`` needs to know.
enum WordClass: UInt8 {
    case other = 0
    case letter = 1
    case numeric = 2
    case midLetter = 3
    /// MidNumLet and Single_Quote: "." and "'" join letters to letters and digits to digits.
    case midNumLet = 4
    case midNum = 5
    case extendNumLet = 6
    /// Needs ICU's full rules or its dictionaries.
    case complex = 7
}

/// ICU's word classes of the characters a plain line may hold, read from ICU's properties once.
///
/// Only Latin, Greek and Cyrillic (below U+0530) and general punctuation from U+2010 to U+2027
/// are looked up; every other character is ``WordClass/complex``, which sends its line to ICU.
struct WordClassTable: Sendable {
    static let shared = WordClassTable()

    /// Code points below this are in ``low``.
    static let lowLimit: UInt32 = 0x530
    /// The punctuation range of ``punctuation``.
    static let punctuationRange: Range<UInt32> = 0x2010..<0x2028

    /// Classes (``WordClass`` raw values) of U+0000 to ``lowLimit``.
    let low: [UInt8]
    /// Classes of ``punctuationRange``.
    let punctuation: [UInt8]

    private init() {
        low = (0..<Self.lowLimit).map { UInt8(ta_word_class($0)) }
        punctuation = Self.punctuationRange.map { UInt8(ta_word_class($0)) }
    }
}
