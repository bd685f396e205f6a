import CTermAlignICU

/// What matching normalization does on top of ICU's NFKC_Casefold (which always applies: it folds
/// case and compatibility forms, turns full-width ASCII half-width, and removes default ignorables
/// such as soft hyphens, zero-width characters and a BOM).
public struct NormalizationOptions: OptionSet, Hashable, Sendable {
    /// The C bridge's `TA_NORM_*` bits.
    public let rawValue: UInt32

    /// Creates options from their C bridge bits.
    ///
    /// - Parameter rawValue: `TA_NORM_*` bits.
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// ё/Ё → е; й stays й.
    public static let foldYo = NormalizationOptions(rawValue: UInt32(TA_NORM_FOLD_YO))
    /// U+0301 stress marks after Cyrillic letters are dropped.
    public static let stripStress = NormalizationOptions(rawValue: UInt32(TA_NORM_STRIP_STRESS))
    /// «»“”„「」『』‹› → `"`, ‘’‚‛ʼ → `'`, dashes and minus signs → `-`.
    public static let unifyPunctuation = NormalizationOptions(rawValue: UInt32(TA_NORM_UNIFY_PUNCTUATION))
    /// Traditional Chinese characters → Simplified (ICU "Traditional-Simplified").
    public static let traditionalToSimplified =
        NormalizationOptions(rawValue: UInt32(TA_NORM_TRADITIONAL_TO_SIMPLIFIED))
    /// Whitespace runs → one space, or a blank line ("\n\n") when the run holds a paragraph break;
    /// nothing at the edges of the text or between two Chinese characters (a line wrapped inside a
    /// Chinese sentence is not a word gap).
    public static let collapseWhitespace =
        NormalizationOptions(rawValue: UInt32(TA_NORM_COLLAPSE_WHITESPACE))

    /// Tests only: every character through the general path, to check the fast path against it.
    package static let reference = NormalizationOptions(rawValue: UInt32(TA_NORM_REFERENCE))

    /// Everything: the normalization that text and glossary terms share for matching.
    public static let matching: NormalizationOptions = [
        .foldYo, .stripStress, .unifyPunctuation, .traditionalToSimplified, .collapseWhitespace,
    ]
}
