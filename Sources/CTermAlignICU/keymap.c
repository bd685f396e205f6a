#include "normalizer_state.h"

#include <stdlib.h>
#include <string.h>

// The key buffer and the chunk map: how they grow and what gets appended to them.

void ta_norm_grow_phrase_candidates(normalizer *n) {
    if (!ta_norm_grow((void **)&n->phrase_candidates, &n->phrase_candidate_capacity,
                      n->phrase_candidate_count + 1, sizeof(uint32_t))) {
        n->out_of_memory = 1;
    }
}

int ta_norm_grow(void **buffer, size_t *capacity, size_t needed, size_t element) {
    if (needed <= *capacity) return 1;
    size_t wanted = *capacity + *capacity / 2 + 64;
    if (wanted < needed) wanted = needed;
    void *bigger = realloc(*buffer, wanted * element);
    if (bigger == NULL) return 0;
    *buffer = bigger;
    *capacity = wanted;
    return 1;
}

int ta_norm_reserve_key(ta_keymap *map, size_t extra) {
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
    return ta_norm_grow((void **)&map->key, &map->key_capacity, needed, 1);
}

int ta_norm_reserve_chunks(ta_keymap *map, size_t count) {
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

int ta_norm_push_chunk(normalizer *n, size_t source_offset, int atomic) {
    ta_keymap *map = n->map;
    if (!ta_norm_reserve_chunks(map, map->chunk_count + 2)) return 0; // room for the sentinel too
    map->chunk_key[map->chunk_count] = (uint32_t)map->key_length;
    map->chunk_source[map->chunk_count] = (uint32_t)source_offset;
    map->chunk_atomic[map->chunk_count] = (uint8_t)atomic;
    map->chunk_count++;
    n->last_is_identity = !atomic;
    return 1;
}

/// Source bytes that produce no key bytes; merged into a preceding empty chunk.
int ta_norm_push_empty(normalizer *n, size_t source_offset) {
    ta_keymap *map = n->map;
    if (map->chunk_count > 0 && map->chunk_atomic[map->chunk_count - 1] &&
        map->chunk_key[map->chunk_count - 1] == map->key_length) {
        return 1;
    }
    return ta_norm_push_chunk(n, source_offset, 1);
}

/// One character's image: it extends an identity chunk when it keeps the source's length
/// (TA_F_SAME_LENGTH), and is an atomic chunk of its own otherwise.
int ta_norm_emit_code_point(normalizer *n, size_t source_offset, uint32_t entry) {
    int atomic = !(entry & TA_F_SAME_LENGTH);
    if ((atomic || !n->last_is_identity) && !ta_norm_push_chunk(n, source_offset, atomic)) return 0;
    if (entry & TA_F_PHRASE_START) ta_norm_note_phrase_candidate(n, n->map->key_length);
    n->map->key_length += ta_utf8_encode(entry & TA_CP_MASK, n->map->key + n->map->key_length);
    return 1;
}

int ta_norm_emit_atomic(normalizer *n, size_t source_offset, const char *bytes, size_t count) {
    if (!ta_norm_push_chunk(n, source_offset, 1) || !ta_norm_reserve_key(n->map, count)) return 0;
    memcpy(n->map->key + n->map->key_length, bytes, count);
    n->map->key_length += count;
    return 1;
}

/// A whitespace run [start, end) collapses to one space, to "\n\n" when it holds a paragraph break,
/// and to nothing at the edges of the text or between two ideographic characters.
int ta_norm_emit_space(normalizer *n, size_t start, size_t end, int newlines, int paragraph,
                      int next_ideographic) {
    if (n->map->key_length == 0) return ta_norm_push_empty(n, start);
    // After a space that an expansion produced (see append_key), a run adds nothing.
    if (n->map->key[n->map->key_length - 1] == ' ' && !paragraph && newlines < 2) return ta_norm_push_empty(n, start);
    int previous_ideographic = n->previous_ideographic;
    n->previous_ideographic = 0;
    if (paragraph || newlines >= 2) return ta_norm_emit_atomic(n, start, "\n\n", 2);
    if (previous_ideographic && next_ideographic) return ta_norm_push_empty(n, start);
    if (end - start == 1) return ta_norm_emit_code_point(n, start, ' ' | TA_F_SAME_LENGTH);
    return ta_norm_emit_atomic(n, start, " ", 1);
}

int ta_norm_record_invalid(ta_keymap *map, size_t offset, uint32_t length) {
    if (!ta_norm_grow((void **)&map->invalid, &map->invalid_capacity, map->invalid_count * 2 + 2,
              sizeof(uint32_t))) {
        return 0;
    }
    map->invalid[map->invalid_count * 2] = (uint32_t)offset;
    map->invalid[map->invalid_count * 2 + 1] = length;
    map->invalid_count++;
    return 1;
}

void ta_keymap_free(ta_keymap *map) {
    if (!map->key_is_lent) free(map->key);
    free(map->chunk_key);
    free(map->chunk_source);
    free(map->chunk_atomic);
    free(map->invalid);
    memset(map, 0, sizeof(*map));
}
