#include "normalizer_state.h"
#include "phrases.h"

#include <string.h>

// The word-at-a-time paths read bytes in little-endian order (x86-64, arm64).
_Static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "the normalizer's fast paths assume little-endian");


/// Decodes a well-formed 2- or 3-byte sequence inline (the Cyrillic and CJK cases); anything else
/// goes through the general decoder. Returns the code point or -1.
static inline __attribute__((always_inline)) int32_t decode_fast(const uint8_t *s, size_t length, size_t i,
                                                                 uint32_t *used) {
    uint8_t lead = s[i];
    if (lead >= 0xC2 && lead <= 0xDF && i + 1 < length && (s[i + 1] & 0xC0) == 0x80) {
        *used = 2;
        return ((int32_t)(lead & 0x1F) << 6) | (s[i + 1] & 0x3F);
    }
    // Three-byte leads other than E0 and ED, whose second byte has a narrower range (overlongs,
    // surrogates): the general decoder takes those.
    if (lead >= 0xE1 && lead <= 0xEF && lead != 0xED && i + 2 < length && (s[i + 1] & 0xC0) == 0x80 &&
        (s[i + 2] & 0xC0) == 0x80) {
        *used = 3;
        return ((int32_t)(lead & 0x0F) << 12) | ((int32_t)(s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
    }
    return ta_utf8_decode(s, length, i, used);
}

/// Whether the non-ASCII character at `at` starts a normalization segment, so that the character
/// before it can be mapped alone. Ill-formed bytes count as a start (they become U+FFFD on their own).
static inline int starts_segment(const normalizer *n, size_t at) {
    uint32_t used;
    int32_t cp = decode_fast(n->source, n->length, at, &used);
    if (cp < 0) return 1;
    uint32_t flags = cp < 0x10000 ? n->table[cp] : ta_supplementary_entry((uint32_t)cp);
    return (flags & TA_F_BOUNDARY) != 0;
}

static const uint64_t ones = 0x0101010101010101ull;
static const uint64_t highs = 0x8080808080808080ull;

/// Whether eight ASCII bytes can be copied lowered as they are: all ASCII, none below '!' but
/// single spaces, no DEL, and no space in the first byte (the run before decides about that one).
static inline int ascii_word_is_plain(uint64_t word) {
    if (word & highs) return 0;
    uint64_t below = (word - ones * 0x21) & ~word & highs; // bytes < 0x21
    uint64_t spaces_x = word ^ (ones * 0x20);
    uint64_t spaces = (spaces_x - ones) & ~spaces_x & highs; // bytes == 0x20
    uint64_t del_x = word ^ (ones * 0x7F);
    uint64_t dels = (del_x - ones) & ~del_x & highs;
    if ((below & ~spaces) || dels) return 0;
    // No two spaces in a row, and no space first (it may continue a run from before).
    return (spaces & (spaces >> 8)) == 0 && (spaces & 0x80) == 0;
}

/// Eight ASCII bytes with A–Z lowered (for ASCII, NFKC_Casefold is exactly that).
static inline uint64_t ascii_word_lowered(uint64_t word) {
    uint64_t at_least_a = word + ones * (0x80 - 'A');
    uint64_t above_z = word + ones * (0x80 - 'Z' - 1);
    uint64_t upper = at_least_a & ~above_z & highs;
    return word | (upper >> 2);
}

/// The hot path, from `at`: characters that the table maps to one character and that are followed by
/// a normalization boundary. Same-length images extend identity chunks; others (« → ", — → -, ， → ,)
/// become one-character atomic chunks. Single ASCII spaces inside ASCII text stay spaces when
/// whitespace collapses. Key state lives in locals: the key buffer is bytes, which may alias
/// anything, so the compiler would reload fields after every store. Returns where the run stops.
size_t ta_norm_identity_run(normalizer *n, size_t at) {
    const uint8_t *source = n->source;
    const size_t length = n->length;
    const uint32_t *table = n->table;
    ta_keymap *map = n->map;
    // Images are never longer than their source here, so the whole rest of the input fits.
    if (map->key_length + (length - at) + 8 > map->key_capacity && !ta_norm_reserve_key(map, length - at + 8)) {
        return at; // the general path reports the failure
    }
    const uint32_t collapse = n->options & TA_NORM_COLLAPSE_WHITESPACE;
    const uint32_t stop = collapse ? TA_F_SPACE | TA_F_DELETE : TA_F_DELETE;
    uint8_t *key = map->key;
    size_t key_length = map->key_length;
    int identity = n->last_is_identity;
    uint32_t last = 0; // the entry of the last character emitted
    int emitted = 0;

#define OPEN_CHUNK(atomic)                                                                         \
    do {                                                                                           \
        if ((atomic) || !identity) {                                                               \
            map->key_length = key_length;                                                          \
            if (!ta_norm_push_chunk(n, at, (atomic))) goto done;                                           \
            identity = !(atomic);                                                                  \
        }                                                                                          \
    } while (0)

    for (;;) {
        // ASCII followed by ASCII: every ASCII character starts a normalization segment.
        while (at + 1 < length && ((source[at] | source[at + 1]) & 0x80) == 0) {
            // Eight at a time when they hold no control character and no whitespace run, and the
            // byte after them is ASCII (it cannot combine with them) and not whitespace after a
            // space: only upper case changes, and SWAR arithmetic lowers it.
            if (identity && key_length > 0 && collapse && at + 9 <= length) {
                uint64_t word;
                memcpy(&word, source + at, 8);
                uint8_t after = source[at + 8];
                int plain = ascii_word_is_plain(word) && after < 0x80 && !(after <= 0x20 && (word >> 56) == ' ');
                if (plain) {
                    word = ascii_word_lowered(word);
                    memcpy(key + key_length, &word, 8);
                    key_length += 8;
                    at += 8;
                    last = table['a'];
                    emitted = 1;
                    continue;
                }
            }
            uint8_t byte = source[at];
            uint32_t entry = table[byte];
            if (entry & stop) {
                uint8_t next = source[at + 1];
                int lone_space = byte == ' ' && key_length > 0 && next > 0x20 && next < 0x7F;
                if (!lone_space) goto done;
                entry = table['!']; // stands for the space: not a space, not ideographic
                OPEN_CHUNK(0);
                key[key_length++] = ' ';
            } else {
                OPEN_CHUNK(0);
                key[key_length++] = (uint8_t)entry;
            }
            last = entry;
            emitted = 1;
            at++;
        }
        if (at >= length) break;
        // Lower-case basic Cyrillic before ASCII or Cyrillic (which start segments) maps to itself;
        // so does a single space between two such letters when whitespace collapses.
        if (n->facts->cyrillic_lowercase_is_plain) {
            size_t before = at;
            for (int opened = 0; at + 2 < length; opened = 1) {
                uint8_t lead = source[at], trail = source[at + 1], next = source[at + 2];
                int lower = (lead == 0xD0 && trail >= 0xB0 && trail <= 0xBF) ||
                            (lead == 0xD1 && trail >= 0x80 && trail <= 0x8F);
                if (!lower || !(next < 0x80 || next == 0xD0 || next == 0xD1)) break;
                if (!opened) OPEN_CHUNK(0);
                key[key_length] = lead;
                key[key_length + 1] = trail;
                key_length += 2;
                at += 2;
                if (next == ' ' && collapse && at + 1 < length && (source[at + 1] == 0xD0 || source[at + 1] == 0xD1)) {
                    key[key_length++] = ' ';
                    at++;
                }
            }
            if (at != before) {
                last = table[0x430];
                emitted = 1;
                continue;
            }
        }
        // CJK ideographs (U+4000…U+9FFF, lead bytes E4…E9) not followed by a combining mark: one
        // lookup (Traditional → Simplified); images are three bytes too (checked when the table was
        // built), so they are stored directly.
        if (n->facts->cjk_is_simple) {
            size_t before = at;
            for (int opened = 0; at + 3 < length; opened = 1) {
                // One 32-bit load holds the character and the next byte: lead E4…E9, two
                // continuation bytes (10xxxxxx), then the next character's first byte.
                uint32_t word;
                memcpy(&word, source + at, 4);
                uint32_t lead = word & 0xFF, next = word >> 24;
                if (lead - 0xE4 > 5 || (word & 0xC0C000) != 0x808000) break;
                uint32_t cp = ((lead & 0x0F) << 12) | ((word >> 2) & 0xFC0) | ((word >> 16) & 0x3F);
                // ASCII and ideographs start segments; anything else (usually CJK punctuation) is
                // looked up.
                if (next >= 0x80 && next - 0xE4 > 5 && !starts_segment(n, at + 3)) break;
                if (!opened) OPEN_CHUNK(0);
                last = table[cp];
                if (last & TA_F_PHRASE_START) ta_norm_note_phrase_candidate(n, key_length);
                uint32_t image = last & TA_CP_MASK;
                key[key_length] = (uint8_t)(0xE0 | (image >> 12));
                key[key_length + 1] = (uint8_t)(0x80 | ((image >> 6) & 0x3F));
                key[key_length + 2] = (uint8_t)(0x80 | (image & 0x3F));
                key_length += 3;
                at += 3;
            }
            if (at != before) {
                emitted = 1;
                continue;
            }
        }
        // Any other character: one at a time, then back to the fast loops above, with the next
        // character decoded only for its boundary.
        uint32_t used;
        int32_t cp = source[at] < 0x80 ? (used = 1, source[at]) : decode_fast(source, length, at, &used);
        if (cp < 0 || cp >= 0x10000) goto done;
        uint32_t entry = table[cp];
        if (!(entry & TA_F_SIMPLE) || (entry & stop)) goto done;
        size_t next = at + used;
        if (next < length && source[next] >= 0x80 && !starts_segment(n, next)) goto done; // ICU's job
        OPEN_CHUNK((entry & TA_F_SAME_LENGTH) == 0);
        if (entry & TA_F_PHRASE_START) ta_norm_note_phrase_candidate(n, key_length);
        key_length += ta_utf8_encode(entry & TA_CP_MASK, key + key_length);
        last = entry;
        emitted = 1;
        at = next;
    }
#undef OPEN_CHUNK
done:
    map->key_length = key_length;
    n->last_is_identity = identity;
    if (emitted) n->previous_ideographic = (last & TA_F_IDEOGRAPHIC) != 0;
    return at;
}
