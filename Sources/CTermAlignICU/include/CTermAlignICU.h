// The only door to system ICU (libicu-dev, ICU 72).
//
// This header deliberately speaks only <stdint.h>/<stddef.h> types: a Swift module that sees ICU's own
// headers and also imports Foundation fails a clean build (Foundation ships different ICU headers), and
// ICU's symbols carry a version suffix that only C can name through ICU's macros. Everything here takes
// UTF-8 in and hands back UTF-8 and byte offsets.
//
// Status values are ICU UErrorCode numbers (0 success, negative warnings, positive failures) plus the
// TermAlign-specific failures below, which sit far above ICU's range.

#ifndef CTERMALIGN_ICU_H
#define CTERMALIGN_ICU_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

enum {
    /// The input is not well-formed UTF-8; the offending byte offset is reported separately.
    TA_STATUS_INVALID_UTF8 = 0x10001,
    /// The input or the key would exceed 4 GiB - 1 bytes, the limit of 32-bit offsets.
    TA_STATUS_TOO_LARGE = 0x10002,
    /// malloc failed.
    TA_STATUS_OUT_OF_MEMORY = 0x10003,
    /// The key would outgrow TA_KEY_EXPANSION_FACTOR times the source (plus TA_KEY_EXPANSION_ALLOWANCE
    /// bytes); the offset of the character at which it did is reported separately.
    TA_STATUS_EXPANSION = 0x10004,
};

/// How much larger than its source a key may grow. Running text keeps its length (case folding,
/// full-width forms and ligatures change it by a byte or two here and there); only text made of
/// characters that each stand for many (U+FDFA is 18 letters, ㍿ four) comes near.
#define TA_KEY_EXPANSION_FACTOR 4
#define TA_KEY_EXPANSION_ALLOWANCE 4096

/// Returns ICU's symbolic name for a status ("U_ILLEGAL_ARGUMENT_ERROR"), or a TermAlign name.
const char *ta_status_name(int32_t status);

// MARK: - Normalization for matching

enum {
    /// ё/Ё → е (never й → и).
    TA_NORM_FOLD_YO = 1u << 0,
    /// Drop U+0301 COMBINING ACUTE ACCENT after a Cyrillic letter (Russian stress marks).
    TA_NORM_STRIP_STRESS = 1u << 1,
    /// «»“”„「」『』 and kin → '"', ‘’‚‛ʼ → '\'', dashes and minus signs → '-'.
    TA_NORM_UNIFY_PUNCTUATION = 1u << 2,
    /// Traditional Chinese → Simplified (ICU "Traditional-Simplified", one character at a time).
    TA_NORM_TRADITIONAL_TO_SIMPLIFIED = 1u << 3,
    /// Replace ill-formed UTF-8 by U+FFFD (one per maximal subpart) and record it instead of failing.
    TA_NORM_LOSSY = 1u << 4,
    /// Collapse each whitespace run to one space ("\n\n" when it holds a paragraph break); drop it at
    /// the edges of the text and between two ideographic characters.
    TA_NORM_COLLAPSE_WHITESPACE = 1u << 5,
    /// Tests only: take the general path for every character, never the fast identity loop, so that
    /// the two can be compared byte for byte.
    TA_NORM_REFERENCE = 1u << 30,
};

/// A normalized key and the map from key bytes back to source bytes.
///
/// Chunks tile both the key and the source, in order: chunk i covers key bytes
/// [chunk_key[i], chunk_key[i+1]) and source bytes [chunk_source[i], chunk_source[i+1]); a sentinel
/// entry at index chunk_count holds the two total lengths. An *identity* chunk maps byte for byte
/// (each source code point became one key code point of the same UTF-8 length); an *atomic* chunk
/// (flag 1) maps every key byte to the whole source range, and may have no key bytes at all (a
/// deleted character, a dropped space).
typedef struct ta_keymap {
    uint8_t *key;
    size_t key_length;
    size_t key_capacity;
    /// Set by the caller who lends `key` (with `key_capacity`) for the normalizer to write into. The
    /// normalizer never frees or reallocates a lent buffer: if the key outgrows it, the key moves to a
    /// buffer of its own and this flag is cleared. ta_keymap_free leaves a lent buffer alone.
    int key_is_lent;
    uint32_t *chunk_key;
    uint32_t *chunk_source;
    uint8_t *chunk_atomic;
    size_t chunk_count;
    size_t chunk_capacity;
    /// Lossy mode: pairs (offset, length) of each ill-formed subsequence that became U+FFFD.
    uint32_t *invalid;
    size_t invalid_count;
    size_t invalid_capacity;
} ta_keymap;

/// The per-character table behind ta_normalize for `options` (built now if it is not yet) as bytes a
/// later run can install with ta_normalizer_table_load: building it opens ICU's transliterator
/// registry, which is a third of a short run. Returns a buffer to free with free() and sets
/// `*length`; NULL with `*status` set when ICU fails.
uint8_t *ta_normalizer_table_save(uint32_t options, size_t *length, int32_t *status);

/// Installs a table saved by ta_normalizer_table_save for `options`, unless this process has one
/// already. Returns 1 when the bytes were a table and it is in place, 0 when they were not (nothing
/// changes, and the table is built on first use as usual).
int32_t ta_normalizer_table_load(uint32_t options, const uint8_t *bytes, size_t length);

/// Whether this process has the table for `options` already.
int32_t ta_normalizer_table_ready(uint32_t options);

/// ICU's version ("72.1"), written into `out` (at least 32 bytes).
void ta_icu_version(char *out);

/// Frees the buffers of a keymap filled by ta_normalize and zeroes it.
void ta_keymap_free(ta_keymap *map);

/// Normalizes UTF-8 `source` into `map`, which must be zeroed, or zeroed but for a lent key buffer.
///
/// On TA_STATUS_INVALID_UTF8 (strict mode), `*error_offset` is the offset of the first ill-formed
/// byte; on TA_STATUS_EXPANSION, of the character at which the key outgrew its bound. Thread-safe: the tables are built once per option set and never change.
int32_t ta_normalize(const uint8_t *source, size_t length, uint32_t options, ta_keymap *map,
                     size_t *error_offset);

/// Offset of the first ill-formed UTF-8 byte, or `length` when `source` is well-formed.
size_t ta_utf8_first_invalid(const uint8_t *source, size_t length);

/// Length of the ill-formed subsequence starting at `source` (the maximal subpart, at least 1).
size_t ta_utf8_invalid_length(const uint8_t *source, size_t length);

// MARK: - Raw ICU, for benchmarks

/// UTF-8 → UTF-16 with ICU (u_strFromUTF8). Returns the UTF-16 length, or -1 with `*status` set.
int64_t ta_utf8_to_utf16(const uint8_t *source, size_t length, uint16_t *destination,
                         size_t capacity, int32_t *status);

/// ICU's own NFKC_Casefold over UTF-16 (unorm2_normalize), the baseline the normalizer is held to.
int64_t ta_icu_nfkc_casefold_utf16(const uint16_t *source, size_t length, uint16_t *destination,
                                   size_t capacity, int32_t *status);

// MARK: - Break iteration over UTF-8

enum {
    TA_BREAK_WORD = 0,
    TA_BREAK_SENTENCE = 1,
};

/// An ICU break iterator bound to UTF-8 text through UText; boundaries are byte offsets.
typedef struct ta_breaker ta_breaker;

ta_breaker *ta_breaker_open(int32_t kind, const char *locale, int32_t *status);
void ta_breaker_close(ta_breaker *breaker);

/// Binds `text`. ICU keeps this pointer: the caller keeps the bytes alive and unchanged until
/// ta_breaker_reset or ta_breaker_close.
void ta_breaker_set_text(ta_breaker *breaker, const uint8_t *text, size_t length, int32_t *status);

/// Binds well-formed UTF-8 `text` through a UTF-16 copy the breaker owns: ICU iterates UTF-16 two to
/// three times faster than UTF-8 UText. Boundaries still come back as UTF-8 byte offsets. `text` must
/// stay alive and unchanged until the next bind, reset or close (offsets are mapped by walking it).
void ta_breaker_set_text_via_utf16(ta_breaker *breaker, const uint8_t *text, size_t length, int32_t *status);

/// Releases the bound text.
void ta_breaker_reset(ta_breaker *breaker);

/// Releases the bound text and frees a UTF-16 copy larger than `keep_units` units: an idle breaker
/// then holds no copy of the last large document it iterated.
void ta_breaker_trim(ta_breaker *breaker, int32_t keep_units);

/// How many UTF-16 units the breaker's copy can hold without growing (0 when it has none).
int32_t ta_breaker_buffer_capacity(const ta_breaker *breaker);

/// The next boundary after the current one, or -1 at the end. `*rule_status` receives the ICU rule
/// status of the segment that ends there (for words: 0 none, 100 number, 200 letter, 300 kana,
/// 400 ideographic).
int64_t ta_breaker_next(ta_breaker *breaker, int32_t *rule_status);

// MARK: - Word break classes

/// What a character is to the word scanner that spares ICU the plain stretches of a key.
enum {
    TA_WORD_OTHER = 0,
    TA_WORD_LETTER = 1,
    TA_WORD_NUMERIC = 2,
    TA_WORD_MID_LETTER = 3,
    TA_WORD_MID_NUM_LET = 4,
    TA_WORD_MID_NUM = 5,
    TA_WORD_EXTEND_NUM_LET = 6,
    /// Anything whose boundaries need ICU's full rules or dictionaries.
    TA_WORD_COMPLEX = 7,
};

/// The class of a code point under ICU's word break rules, reduced to the TA_WORD_* values.
int32_t ta_word_class(uint32_t code_point);

// MARK: - Sentence break classes

/// What a character is to ICU's sentence break rules (UAX #29 Sentence_Break, CR, LF and Sep merged).
enum {
    TA_SENTENCE_OTHER = 0,
    TA_SENTENCE_SP = 1,
    TA_SENTENCE_LOWER = 2,
    TA_SENTENCE_UPPER = 3,
    TA_SENTENCE_OLETTER = 4,
    TA_SENTENCE_NUMERIC = 5,
    TA_SENTENCE_ATERM = 6,
    TA_SENTENCE_STERM = 7,
    TA_SENTENCE_CLOSE = 8,
    TA_SENTENCE_SCONTINUE = 9,
    /// Extend and Format: they attach to the character before them (rule SB5).
    TA_SENTENCE_EXTEND = 10,
    /// CR, LF and Sep: a hard boundary after them (rules SB3, SB4).
    TA_SENTENCE_SEPARATOR = 11,
};

/// The class of a code point under ICU's sentence break rules, as a TA_SENTENCE_* value.
int32_t ta_sentence_class(uint32_t code_point);

// MARK: - Scripts

/// ICU's UScriptCode of a code point (0 Common, 1 Inherited, …), or -1 for an invalid code point.
int32_t ta_script_of(uint32_t code_point);

/// Adds one to `counts[script]` for every letter (general category L*) in well-formed UTF-8 `text`;
/// `counts` has ta_script_code_limit() entries. Ill-formed bytes are skipped.
void ta_script_histogram(const uint8_t *text, size_t length, uint32_t *counts);

/// Number of UScriptCode values (the size of a histogram).
int32_t ta_script_code_limit(void);

/// ISO 15924 code ("Cyrl") and long name ("Cyrillic") of a script code; "" when unknown.
const char *ta_script_short_name(int32_t script);
const char *ta_script_long_name(int32_t script);

// MARK: - Spoof checks

/// ICU's confusable skeleton (UTS #39) of UTF-8 `text`, written as UTF-8. Returns the full length
/// needed (which may exceed `capacity`), or -1 with `*status` set.
int64_t ta_spoof_skeleton(const uint8_t *text, size_t length, uint8_t *destination,
                          size_t capacity, int32_t *status);

/// ICU's restriction-level check of a UTF-8 token: nonzero when the token mixes scripts more than
/// UTS #39 "highly restrictive" allows (e.g. Cyrillic with Latin).
int32_t ta_spoof_is_mixed_script(const uint8_t *text, size_t length, int32_t *status);

// MARK: - Transliteration for display

/// A compiled ICU transliterator ("Russian-Latin/BGN", "Han-Latin"). Not thread-safe: use one per
/// thread or guard it.
typedef struct ta_transliterator ta_transliterator;

ta_transliterator *ta_transliterator_open(const char *identifier, int32_t *status);
void ta_transliterator_close(ta_transliterator *transliterator);

/// Transliterates UTF-8 `text`. Returns the full UTF-8 length needed (which may exceed `capacity`),
/// or -1 with `*status` set.
int64_t ta_transliterate(ta_transliterator *transliterator, const uint8_t *text, size_t length,
                         uint8_t *destination, size_t capacity, int32_t *status);

// MARK: - Encodings

/// The longest charset name written by ta_detect_charsets, with its terminating NUL.
#define TA_CHARSET_NAME_CAPACITY 32

/// ICU's charset detector on `bytes`: up to `max` likely charsets, best first, their names written
/// to `names` (TA_CHARSET_NAME_CAPACITY bytes each) and their confidences (0–100) to
/// `confidences`. Returns how many, or -1 with `*status` set.
int32_t ta_detect_charsets(const uint8_t *bytes, size_t length, char *names, int32_t *confidences, int32_t max,
                           int32_t *status);

/// Converts `length` bytes from `from` to `to` (charset names ICU knows: "UTF-8", "windows-1251",
/// "GB18030" …). Ill-formed or unmappable input becomes U+FFFD (or the target's substitute).
/// Returns the converted length (which may exceed `capacity`: call again with that much), or -1
/// with `*status` set (an unknown charset name is U_FILE_ACCESS_ERROR).
int64_t ta_convert(const char *to, const char *from, const uint8_t *bytes, size_t length, uint8_t *destination,
                   size_t capacity, int32_t *status);

#ifdef __cplusplus
}
#endif

#endif
