#include "normalizer_state.h"
#include "phrases.h"

#include <stdlib.h>
#include <string.h>


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
                 ? ta_norm_push_empty(n, start) // trailing whitespace
                 : ta_norm_emit_space(n, start, at, newlines, paragraph,
                              current.cp >= 0 && (current.entry & TA_F_IDEOGRAPHIC));
    return ok ? at : 0;
}

/// Everything the identity run does not take, one unit at a time: a whitespace run, an ill-formed
/// sequence, a deleted character, a character with a different-length image, or a segment that ICU
/// must normalize. Returns the position after the unit, or 0 with `*status` set.
static size_t general_unit(normalizer *n, size_t at, int32_t *status, size_t *error_offset) {
    if (!ta_norm_reserve_key(n->map, 16)) {
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
        if (!ta_norm_record_invalid(n->map, at, current.length) || !ta_norm_emit_atomic(n, at, "\xEF\xBF\xBD", 3)) {
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
        ok = ta_norm_push_empty(n, at);
    } else if (alone && (entry & TA_F_SIMPLE)) {
        ok = ta_norm_emit_code_point(n, at, entry);
        n->previous_ideographic = (entry & TA_F_IDEOGRAPHIC) != 0;
    } else {
        return ta_norm_segment(n, at, &current, &next, status);
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
    // Only the units outside identity runs can make the key longer than its source, so the bound is
    // checked after each of them: memory stays within a fixed multiple of the input.
    size_t limit = n->length * TA_KEY_EXPANSION_FACTOR + TA_KEY_EXPANSION_ALLOWANCE;
    while (at < n->length) {
        if (fast) at = ta_norm_identity_run(n, at);
        if (at >= n->length) break;
        size_t start = at;
        at = general_unit(n, at, &status, error_offset);
        if (at == 0) return status ? status : TA_STATUS_OUT_OF_MEMORY;
        if (n->map->key_length > limit) {
            *error_offset = start;
            return TA_STATUS_EXPANSION;
        }
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
    if (!ta_norm_reserve_key(map, length + length / 8 + 64) || !ta_norm_reserve_chunks(map, length / 64 + 2)) {
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
    free(n.refolded);
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
