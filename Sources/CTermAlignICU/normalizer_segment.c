#include "normalizer_state.h"

#include <string.h>
#include <unicode/utf16.h>


/// ICU NFKC_Casefold of `units` into `*output` (grown as needed). Returns 0 with `*status` set on failure.
static int nfkc_casefold(normalizer *n, const UChar *units, int32_t count, UChar **output, size_t *capacity,
                         int32_t *length, int32_t *status) {
    for (;;) {
        UErrorCode icu = U_ZERO_ERROR;
        *length = unorm2_normalize(n->nfkc, units, count, *output, (int32_t)*capacity, &icu);
        if (icu != U_BUFFER_OVERFLOW_ERROR) {
            if (U_FAILURE(icu)) *status = icu;
            return U_SUCCESS(icu);
        }
        if (!ta_norm_grow((void **)output, capacity, (size_t)*length + 16, sizeof(UChar))) {
            *status = TA_STATUS_OUT_OF_MEMORY;
            return 0;
        }
    }
}

/// Applies TermAlign's folds (the table's images, deletions, and stress marks after a Cyrillic
/// letter — judged after normalization, so U+0341 and other marks equivalent to U+0301 count too)
/// to normalized UTF-16 `units`, writing to n->refolded. `*folded_length` is -1 when nothing
/// changed. Returns 0 with `*status` set when memory runs out.
static int fold_units(normalizer *n, const UChar *units, int32_t count, int32_t *folded_length, int32_t *status) {
    if (!ta_norm_grow((void **)&n->refolded, &n->refolded_capacity, (size_t)count + 2, sizeof(UChar))) {
        *status = TA_STATUS_OUT_OF_MEMORY;
        return 0;
    }
    int strip = (n->options & TA_NORM_STRIP_STRESS) != 0;
    int changed = 0, cyrillic_base = 0;
    int32_t out = 0;
    for (int32_t i = 0; i < count;) {
        UChar32 cp;
        U16_NEXT(units, i, count, cp);
        uint32_t image = (uint32_t)cp;
        if (cp < 0x10000) {
            uint32_t entry = n->table[cp];
            // Combining marks between a letter and its stress mark keep the letter as the base.
            if (entry & TA_F_BOUNDARY) cyrillic_base = (entry & TA_F_CYRILLIC) != 0;
            if ((strip && cp == 0x0301 && cyrillic_base) || (entry & TA_F_DELETE)) {
                changed = 1;
                continue;
            }
            if (entry & TA_F_SIMPLE) image = entry & TA_CP_MASK;
        }
        if (image != (uint32_t)cp) changed = 1;
        U16_APPEND_UNSAFE(n->refolded, out, image);
    }
    *folded_length = changed ? out : -1;
    return 1;
}

/// Appends one code point of a folded segment to the key; returns whether it is ideographic (-1
/// when nothing was appended).
static int append_key(normalizer *n, uint32_t cp) {
    // NFKC expands a few spacing marks into a space and a combining mark (‗ → " ̳", ¨ → " ̈"). Such
    // a space obeys the whitespace rules too, or the key of the key would lose it: none at the start
    // of the key, none right after a space or a paragraph break.
    if (cp == ' ' && (n->options & TA_NORM_COLLAPSE_WHITESPACE)) {
        size_t length = n->map->key_length;
        if (length == 0 || n->map->key[length - 1] == ' ' || n->map->key[length - 1] == '\n') return -1;
    }
    if (cp < 0x10000 && (n->table[cp] & TA_F_PHRASE_START)) ta_norm_note_phrase_candidate(n, n->map->key_length);
    n->map->key_length += ta_utf8_encode(cp, n->map->key + n->map->key_length);
    return cp < 0x10000 ? (n->table[cp] & TA_F_IDEOGRAPHIC) != 0 : ta_is_ideographic(cp);
}

/// The slow path: the segment starting at `start` runs until the next code point with a boundary
/// before it; ICU normalizes it and the result becomes one atomic chunk. Leaves `*next` on the code
/// point after the segment and returns the segment's end, or 0 on failure with `*status` set.
size_t ta_norm_segment(normalizer *n, size_t start, lookahead *current, lookahead *next,
                                int32_t *status) {
    size_t units = 0;
    size_t at = start;
    lookahead here = *current;
    for (;;) {
        if (!ta_norm_grow((void **)&n->segment, &n->segment_capacity, units + 2, sizeof(UChar))) {
            *status = TA_STATUS_OUT_OF_MEMORY;
            return 0;
        }
        U16_APPEND_UNSAFE(n->segment, units, here.cp);
        at += here.length;
        read_at(n, at, next);
        if (next->length == 0 || next->cp < 0 || (next->entry & TA_F_BOUNDARY)) break;
        here = *next;
    }
    int32_t length = 0;
    if (!nfkc_casefold(n, n->segment, (int32_t)units, &n->folded, &n->folded_capacity, &length, status)) return 0;
    // TermAlign's folds can enable a composition ICU did not see (ё + U+0344 → ё U+0308 U+0301; drop
    // the stress mark and fold ё, and е + U+0308 would compose again): fold and normalize until
    // nothing changes, so that the key of the key is the key.
    for (int round = 0; round < 4; round++) {
        int32_t folded_length = 0;
        if (!fold_units(n, n->folded, length, &folded_length, status)) return 0;
        if (folded_length < 0) break; // unchanged
        if (!nfkc_casefold(n, n->refolded, folded_length, &n->folded, &n->folded_capacity, &length, status)) return 0;
    }
    if (length == 0) return ta_norm_push_empty(n, start) ? at : 0;
    // Each UTF-16 unit becomes at most 3 UTF-8 bytes.
    if (!ta_norm_push_chunk(n, start, 1) || !ta_norm_reserve_key(n->map, (size_t)length * 3 + 4)) {
        *status = TA_STATUS_OUT_OF_MEMORY;
        return 0;
    }
    for (int32_t i = 0; i < length;) {
        UChar32 cp;
        U16_NEXT(n->folded, i, length, cp);
        int ideographic = append_key(n, (uint32_t)cp);
        if (ideographic >= 0) n->previous_ideographic = ideographic;
    }
    return at;
}
