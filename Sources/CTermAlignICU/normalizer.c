#include "CTermAlignICU.h"
#include "normalizer_table.h"
#include "phrases.h"
#include "utf8.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/unorm2.h>
#include <unicode/utf16.h>

// The word-at-a-time paths read bytes in little-endian order (x86-64, arm64).
_Static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "the normalizer's fast paths assume little-endian");

// The loop reads one code point ahead: a code point can be mapped from the table alone only when the
// next one starts a new normalization segment (ICU's hasBoundaryBefore); otherwise the whole segment
// (a base and its combining marks, say) goes through ICU and becomes one atomic chunk of the map.

typedef struct {
    int32_t cp;      // -1 when ill-formed
    uint32_t length; // bytes in the source; 0 at the end
    uint32_t entry;  // table entry (flags and image)
} lookahead;

typedef struct {
    const uint8_t *source;
    size_t length;
    uint32_t options;
    const uint32_t *table;
    const ta_table *facts;
    const UNormalizer2 *nfkc;
    ta_keymap *map;
    int last_is_identity; // the last chunk is an identity chunk that may grow
    int previous_ideographic;
    UChar *segment;      // scratch for the slow path
    size_t segment_capacity;
    UChar *folded;
    size_t folded_capacity;
    uint32_t *phrase_candidates; // key offsets of characters that start a Traditional-Simplified rule
    size_t phrase_candidate_count, phrase_candidate_capacity;
    int out_of_memory;
} normalizer;

static int grow(void **buffer, size_t *capacity, size_t needed, size_t element);

/// Notes a key offset where a multi-character Traditional-Simplified rule may start.
static void note_phrase_candidate(normalizer *n, size_t key_offset) {
    if (n->phrase_candidate_count == n->phrase_candidate_capacity &&
        !grow((void **)&n->phrase_candidates, &n->phrase_candidate_capacity, n->phrase_candidate_count + 1,
              sizeof(uint32_t))) {
        n->out_of_memory = 1;
        return;
    }
    n->phrase_candidates[n->phrase_candidate_count++] = (uint32_t)key_offset;
}

static inline __attribute__((always_inline)) void read_at(const normalizer *n, size_t at, lookahead *out) {
    if (at >= n->length) {
        out->length = 0;
        return;
    }
    uint8_t byte = n->source[at];
    if (byte < 0x80) {
        out->cp = byte;
        out->length = 1;
        out->entry = n->table[byte];
        return;
    }
    uint32_t used;
    int32_t cp = ta_utf8_decode(n->source, n->length, at, &used);
    out->cp = cp;
    out->length = used;
    if (cp < 0) out->entry = TA_F_BOUNDARY;
    else out->entry = cp < 0x10000 ? n->table[cp] : ta_supplementary_entry((uint32_t)cp);
}

static int grow(void **buffer, size_t *capacity, size_t needed, size_t element) {
    if (needed <= *capacity) return 1;
    size_t wanted = *capacity + *capacity / 2 + 64;
    if (wanted < needed) wanted = needed;
    void *bigger = realloc(*buffer, wanted * element);
    if (bigger == NULL) return 0;
    *buffer = bigger;
    *capacity = wanted;
    return 1;
}

static int reserve_key(ta_keymap *map, size_t extra) {
    size_t needed = map->key_length + extra;
    if (needed <= map->key_capacity) return 1;
    if (map->key_is_lent) {
        // Never reallocate the caller's buffer: move to one of our own.
        size_t capacity = needed + needed / 2 + 64;
        uint8_t *own = malloc(capacity);
        if (own == NULL) return 0;
        memcpy(own, map->key, map->key_length);
        map->key = own;
        map->key_capacity = capacity;
        map->key_is_lent = 0;
        return 1;
    }
    return grow((void **)&map->key, &map->key_capacity, needed, 1);
}

static int reserve_chunks(ta_keymap *map, size_t count) {
    if (count <= map->chunk_capacity) return 1;
    size_t wanted = map->chunk_capacity + map->chunk_capacity / 2 + 64;
    if (wanted < count) wanted = count;
    uint32_t *keys = realloc(map->chunk_key, wanted * sizeof(uint32_t));
    if (keys == NULL) return 0;
    map->chunk_key = keys;
    uint32_t *sources = realloc(map->chunk_source, wanted * sizeof(uint32_t));
    if (sources == NULL) return 0;
    map->chunk_source = sources;
    uint8_t *flags = realloc(map->chunk_atomic, wanted);
    if (flags == NULL) return 0;
    map->chunk_atomic = flags;
    map->chunk_capacity = wanted;
    return 1;
}

static int push_chunk(normalizer *n, size_t source_offset, int atomic) {
    ta_keymap *map = n->map;
    if (!reserve_chunks(map, map->chunk_count + 2)) return 0; // room for the sentinel too
    map->chunk_key[map->chunk_count] = (uint32_t)map->key_length;
    map->chunk_source[map->chunk_count] = (uint32_t)source_offset;
    map->chunk_atomic[map->chunk_count] = (uint8_t)atomic;
    map->chunk_count++;
    n->last_is_identity = !atomic;
    return 1;
}

/// Source bytes that produce no key bytes; merged into a preceding empty chunk.
static int push_empty(normalizer *n, size_t source_offset) {
    ta_keymap *map = n->map;
    if (map->chunk_count > 0 && map->chunk_atomic[map->chunk_count - 1] &&
        map->chunk_key[map->chunk_count - 1] == map->key_length) {
        return 1;
    }
    return push_chunk(n, source_offset, 1);
}

static int emit_identity(normalizer *n, size_t source_offset, uint32_t entry) {
    if (!n->last_is_identity && !push_chunk(n, source_offset, 0)) return 0;
    if (entry & TA_F_PHRASE_START) note_phrase_candidate(n, n->map->key_length);
    n->map->key_length += ta_utf8_encode(entry & TA_CP_MASK, n->map->key + n->map->key_length);
    return 1;
}

static int emit_atomic_code_point(normalizer *n, size_t source_offset, uint32_t entry) {
    if (!push_chunk(n, source_offset, 1)) return 0;
    if (entry & TA_F_PHRASE_START) note_phrase_candidate(n, n->map->key_length);
    n->map->key_length += ta_utf8_encode(entry & TA_CP_MASK, n->map->key + n->map->key_length);
    return 1;
}

static int emit_atomic(normalizer *n, size_t source_offset, const char *bytes, size_t count) {
    if (!push_chunk(n, source_offset, 1) || !reserve_key(n->map, count)) return 0;
    memcpy(n->map->key + n->map->key_length, bytes, count);
    n->map->key_length += count;
    return 1;
}

/// A whitespace run [start, end) collapses to one space, to "\n\n" when it holds a paragraph break,
/// and to nothing at the edges of the text or between two ideographic characters.
static int emit_space(normalizer *n, size_t start, size_t end, int newlines, int paragraph,
                      int next_ideographic) {
    if (n->map->key_length == 0) return push_empty(n, start);
    int previous_ideographic = n->previous_ideographic;
    n->previous_ideographic = 0;
    if (paragraph || newlines >= 2) return emit_atomic(n, start, "\n\n", 2);
    if (previous_ideographic && next_ideographic) return push_empty(n, start);
    if (end - start == 1) return emit_identity(n, start, ' '); // an entry with no flags
    return emit_atomic(n, start, " ", 1);
}

static int record_invalid(ta_keymap *map, size_t offset, uint32_t length) {
    if (!grow((void **)&map->invalid, &map->invalid_capacity, map->invalid_count * 2 + 2,
              sizeof(uint32_t))) {
        return 0;
    }
    map->invalid[map->invalid_count * 2] = (uint32_t)offset;
    map->invalid[map->invalid_count * 2 + 1] = length;
    map->invalid_count++;
    return 1;
}

/// Maps one normalized code point through the table (TermAlign's own folds) and appends it; returns
/// whether what was appended is ideographic (-1 when nothing was).
static int append_folded(normalizer *n, uint32_t cp) {
    if (cp < 0x10000) {
        uint32_t entry = n->table[cp];
        if (entry & TA_F_DELETE) return -1;
        if (entry & TA_F_SIMPLE) cp = entry & TA_CP_MASK;
        if (entry & TA_F_PHRASE_START) note_phrase_candidate(n, n->map->key_length);
    }
    n->map->key_length += ta_utf8_encode(cp, n->map->key + n->map->key_length);
    return cp < 0x10000 ? (n->table[cp] & TA_F_IDEOGRAPHIC) != 0 : ta_is_ideographic(cp);
}

/// The slow path: the segment starting at `start` runs until the next code point with a boundary
/// before it; ICU normalizes it and the result becomes one atomic chunk. Leaves `*next` on the code
/// point after the segment and returns the segment's end, or 0 on failure with `*status` set.
static size_t normalize_segment(normalizer *n, size_t start, lookahead *current, lookahead *next,
                                int32_t *status) {
    int strip_stress = (n->options & TA_NORM_STRIP_STRESS) && (current->entry & TA_F_CYRILLIC);
    size_t units = 0;
    size_t at = start;
    lookahead here = *current;
    for (;;) {
        if (!grow((void **)&n->segment, &n->segment_capacity, units + 2, sizeof(UChar))) {
            *status = TA_STATUS_OUT_OF_MEMORY;
            return 0;
        }
        if (!(strip_stress && here.cp == 0x0301)) U16_APPEND_UNSAFE(n->segment, units, here.cp);
        at += here.length;
        read_at(n, at, next);
        if (next->length == 0 || next->cp < 0 || (next->entry & TA_F_BOUNDARY)) break;
        here = *next;
    }
    UErrorCode icu = U_ZERO_ERROR;
    int32_t length = 0;
    for (;;) {
        icu = U_ZERO_ERROR;
        length = unorm2_normalize(n->nfkc, n->segment, (int32_t)units, n->folded,
                                  (int32_t)n->folded_capacity, &icu);
        if (icu != U_BUFFER_OVERFLOW_ERROR) break;
        if (!grow((void **)&n->folded, &n->folded_capacity, (size_t)length + 16, sizeof(UChar))) {
            *status = TA_STATUS_OUT_OF_MEMORY;
            return 0;
        }
    }
    if (U_FAILURE(icu)) {
        *status = icu;
        return 0;
    }
    if (length == 0) return push_empty(n, start) ? at : 0;
    // Each UTF-16 unit becomes at most 3 UTF-8 bytes.
    if (!push_chunk(n, start, 1) || !reserve_key(n->map, (size_t)length * 3 + 4)) {
        *status = TA_STATUS_OUT_OF_MEMORY;
        return 0;
    }
    for (int32_t i = 0; i < length;) {
        UChar32 cp;
        U16_NEXT(n->folded, i, length, cp);
        int ideographic = append_folded(n, (uint32_t)cp);
        if (ideographic >= 0) n->previous_ideographic = ideographic;
    }
    return at;
}

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
static size_t identity_run(normalizer *n, size_t at) {
    const uint8_t *source = n->source;
    const size_t length = n->length;
    const uint32_t *table = n->table;
    ta_keymap *map = n->map;
    // Images are never longer than their source here, so the whole rest of the input fits.
    if (map->key_length + (length - at) + 8 > map->key_capacity && !reserve_key(map, length - at + 8)) {
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
            if (!push_chunk(n, at, (atomic))) goto done;                                           \
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
                byte = '!';
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
        // CJK ideographs (U+4000…U+9FFF, lead bytes E4…E9) before ASCII or other ideographs: one
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
                if (next >= 0x80 && next - 0xE4 > 5) {
                    // Not ASCII, not an ideograph: usually CJK punctuation (，。“), which starts a
                    // normalization segment too; only a combining mark would not.
                    uint32_t next_used;
                    int32_t following = decode_fast(source, length, at + 3, &next_used);
                    if (following < 0) break;
                    uint32_t flags = following < 0x10000 ? table[following] : ta_supplementary_entry((uint32_t)following);
                    if (!(flags & TA_F_BOUNDARY)) break;
                }
                if (!opened) OPEN_CHUNK(0);
                last = table[cp];
                if (last & TA_F_PHRASE_START) note_phrase_candidate(n, key_length);
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
        if (next < length && source[next] >= 0x80) {
            uint32_t following_used;
            int32_t following = decode_fast(source, length, next, &following_used);
            if (following >= 0) {
                uint32_t flags = following < 0x10000 ? table[following] : ta_supplementary_entry((uint32_t)following);
                if (!(flags & TA_F_BOUNDARY)) goto done; // a combining sequence: ICU's job
            }
        }
        OPEN_CHUNK((entry & TA_F_SAME_LENGTH) == 0);
        if (entry & TA_F_PHRASE_START) note_phrase_candidate(n, key_length);
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

/// A whitespace run from `at` (with any ignorables inside it): collapsed, kept as a paragraph break,
/// or dropped. Returns its end, or 0 when memory runs out.
static size_t whitespace_run(normalizer *n, size_t at) {
    size_t start = at;
    int newlines = 0, paragraph = 0;
    lookahead current;
    read_at(n, at, &current);
    while (current.length != 0 && current.cp >= 0 && (current.entry & (TA_F_SPACE | TA_F_DELETE))) {
        if (current.entry & TA_F_PARAGRAPH) paragraph = 1;
        if (current.entry & TA_F_NEWLINE) {
            int crlf = current.cp == '\r' && at + 1 < n->length && n->source[at + 1] == '\n';
            if (!crlf) newlines++;
        }
        at += current.length;
        read_at(n, at, &current);
    }
    int ok = current.length == 0
                 ? push_empty(n, start) // trailing whitespace
                 : emit_space(n, start, at, newlines, paragraph,
                              current.cp >= 0 && (current.entry & TA_F_IDEOGRAPHIC));
    return ok ? at : 0;
}

/// Everything the identity run does not take, one unit at a time: a whitespace run, an ill-formed
/// sequence, a deleted character, a character with a different-length image, or a segment that ICU
/// must normalize. Returns the position after the unit, or 0 with `*status` set.
static size_t general_unit(normalizer *n, size_t at, int32_t *status, size_t *error_offset) {
    if (!reserve_key(n->map, 16)) {
        *status = TA_STATUS_OUT_OF_MEMORY;
        return 0;
    }
    lookahead current, next;
    read_at(n, at, &current);
    uint32_t entry = current.entry;
    if (current.cp >= 0 && (n->options & TA_NORM_COLLAPSE_WHITESPACE) && (entry & TA_F_SPACE)) {
        size_t end = whitespace_run(n, at);
        if (end == 0) *status = TA_STATUS_OUT_OF_MEMORY;
        return end;
    }
    if (current.cp < 0) {
        if (!(n->options & TA_NORM_LOSSY)) {
            *error_offset = at;
            *status = TA_STATUS_INVALID_UTF8;
            return 0;
        }
        if (!record_invalid(n->map, at, current.length) || !emit_atomic(n, at, "\xEF\xBF\xBD", 3)) {
            *status = TA_STATUS_OUT_OF_MEMORY;
            return 0;
        }
        n->previous_ideographic = 0;
        return at + current.length;
    }
    size_t after = at + current.length;
    read_at(n, after, &next);
    int alone = next.length == 0 || next.cp < 0 || (next.entry & TA_F_BOUNDARY);
    int ok = 1;
    if (alone && (entry & TA_F_DELETE)) {
        ok = push_empty(n, at);
    } else if (alone && (entry & TA_F_SIMPLE)) {
        ok = (entry & TA_F_SAME_LENGTH) ? emit_identity(n, at, entry) : emit_atomic_code_point(n, at, entry);
        n->previous_ideographic = (entry & TA_F_IDEOGRAPHIC) != 0;
    } else {
        return normalize_segment(n, at, &current, &next, status);
    }
    if (!ok) {
        *status = TA_STATUS_OUT_OF_MEMORY;
        return 0;
    }
    return after;
}

static int32_t run(normalizer *n, size_t *error_offset) {
    int32_t status = 0;
    size_t at = 0;
    int fast = !(n->options & TA_NORM_REFERENCE);
    while (at < n->length) {
        if (fast) at = identity_run(n, at);
        if (at >= n->length) break;
        at = general_unit(n, at, &status, error_offset);
        if (at == 0) return status ? status : TA_STATUS_OUT_OF_MEMORY;
    }
    return 0;
}

int32_t ta_normalize(const uint8_t *source, size_t length, uint32_t options, ta_keymap *map,
                     size_t *error_offset) {
    uint8_t *lent = map->key_is_lent ? map->key : NULL;
    size_t lent_capacity = map->key_is_lent ? map->key_capacity : 0;
    memset(map, 0, sizeof(*map));
    if (lent != NULL) {
        map->key = lent;
        map->key_capacity = lent_capacity;
        map->key_is_lent = 1;
    }
    if (length >= UINT32_MAX) return TA_STATUS_TOO_LARGE;
    int32_t status = 0;
    const ta_table *table = ta_normalizer_table(options, &status);
    if (table == NULL) return status;
    UErrorCode icu = U_ZERO_ERROR;
    const UNormalizer2 *nfkc = unorm2_getNFKCCasefoldInstance(&icu);
    if (U_FAILURE(icu)) return icu;
    normalizer n = {
        .source = source, .length = length, .options = options, .table = table->entries, .facts = table, .nfkc = nfkc,
        .map = map, .last_is_identity = 0, .previous_ideographic = 0,
    };
    // Most text keeps its length; chunks are rare in running text.
    if (!reserve_key(map, length + length / 8 + 64) || !reserve_chunks(map, length / 64 + 2)) {
        ta_keymap_free(map);
        return TA_STATUS_OUT_OF_MEMORY;
    }
    status = run(&n, error_offset);
    if (status == 0 && n.out_of_memory) status = TA_STATUS_OUT_OF_MEMORY;
    if (status == 0 && n.phrase_candidate_count > 0) {
        ta_phrase_rules_apply(table->phrases, map->key, map->key_length, n.phrase_candidates,
                              n.phrase_candidate_count);
    }
    free(n.segment);
    free(n.folded);
    free(n.phrase_candidates);
    if (status == 0 && map->key_length >= UINT32_MAX) status = TA_STATUS_TOO_LARGE;
    if (status != 0) {
        ta_keymap_free(map);
        return status;
    }
    // push_chunk always leaves room for the sentinel.
    map->chunk_key[map->chunk_count] = (uint32_t)map->key_length;
    map->chunk_source[map->chunk_count] = (uint32_t)length;
    map->chunk_atomic[map->chunk_count] = 0;
    return 0;
}

void ta_keymap_free(ta_keymap *map) {
    if (!map->key_is_lent) free(map->key);
    free(map->chunk_key);
    free(map->chunk_source);
    free(map->chunk_atomic);
    free(map->invalid);
    memset(map, 0, sizeof(*map));
}

size_t ta_utf8_first_invalid(const uint8_t *source, size_t length) {
    size_t at = 0;
    while (at < length) {
        if (source[at] < 0x80) {
            // ASCII eight bytes at a time.
            while (at + 8 <= length) {
                uint64_t word;
                memcpy(&word, source + at, 8);
                if (word & 0x8080808080808080ull) break;
                at += 8;
            }
            if (at < length && source[at] < 0x80) at++;
            continue;
        }
        uint32_t used;
        if (ta_utf8_decode(source, length, at, &used) < 0) return at;
        at += used;
    }
    return length;
}

size_t ta_utf8_invalid_length(const uint8_t *source, size_t length) {
    if (length == 0) return 0;
    uint32_t used;
    ta_utf8_decode(source, length, 0, &used);
    return used;
}
