// The per-code-point table behind ta_normalize: for every BMP code point, what matching normalization
// makes of it when it stands alone between two normalization boundaries.

#ifndef CTERMALIGN_NORMALIZER_TABLE_H
#define CTERMALIGN_NORMALIZER_TABLE_H

#include <stdint.h>

#define TA_CP_MASK 0x001FFFFFu
/// ICU NFKC_Casefold has a normalization boundary before this code point.
#define TA_F_BOUNDARY (1u << 21)
/// Maps to exactly the single code point in TA_CP_MASK.
#define TA_F_SIMPLE (1u << 22)
/// Maps to nothing (default ignorables: soft hyphen, zero-width characters, BOM …).
#define TA_F_DELETE (1u << 23)
/// The single-code-point mapping has the same UTF-8 length as the source (the map stays byte-exact).
#define TA_F_SAME_LENGTH (1u << 24)
/// White_Space; with TA_F_NEWLINE a line break, with TA_F_PARAGRAPH a paragraph or page break.
#define TA_F_SPACE (1u << 25)
#define TA_F_NEWLINE (1u << 26)
#define TA_F_PARAGRAPH (1u << 27)
/// The image (its first character, for a multi-character image) is Han, kana, bopomofo or CJK
/// punctuation: whitespace between two such images is not a word gap. Judged on images, not sources,
/// so that the key of a key is the key itself (㍿ becomes 株式会社, and is ideographic).
#define TA_F_IDEOGRAPHIC (1u << 28)
/// A Cyrillic letter, which may carry a stress mark.
#define TA_F_CYRILLIC (1u << 29)
/// The image starts one of the multi-character Traditional-Simplified rules: where it lands in a key
/// is a place the phrase pass must look at.
#define TA_F_PHRASE_START (1u << 30)

/// Options that change the table (the others only change the normalizer's loop).
#define TA_TABLE_OPTIONS (TA_NORM_FOLD_YO | TA_NORM_UNIFY_PUNCTUATION | TA_NORM_TRADITIONAL_TO_SIMPLIFIED)

/// A built table and facts about it that let the normalizer skip lookups.
typedef struct ta_table {
    uint32_t entries[0x10000];
    /// U+0400…U+047F all start a normalization segment, and а…я (U+0430…U+044F) map to themselves:
    /// lower-case basic Cyrillic can be copied as it is.
    int cyrillic_lowercase_is_plain;
    /// U+4000…U+9FFF all start a normalization segment and map to one character of the same length.
    int cjk_is_simple;
    /// Traditional-Simplified rules of several characters, when the options fold Traditional script.
    const struct ta_phrase_rules *phrases;
} ta_table;

/// The table for `options`, built on first use (thread-safe) and kept for the process's life.
/// Returns NULL with `*status` set when ICU fails.
const ta_table *ta_normalizer_table(uint32_t options, int32_t *status);

/// Flags of a supplementary code point, computed on the fly (it always takes the slow path).
uint32_t ta_supplementary_entry(uint32_t cp);

/// Whether a code point is Han, kana, bopomofo or CJK punctuation.
int ta_is_ideographic(uint32_t cp);

#endif
