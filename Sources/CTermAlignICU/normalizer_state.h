// The normalizer's shared state and the helpers its parts share (private to the C bridge).

#ifndef CTERMALIGN_NORMALIZER_STATE_H
#define CTERMALIGN_NORMALIZER_STATE_H

#include "CTermAlignICU.h"
#include "normalizer_table.h"
#include "utf8.h"

#include <stddef.h>
#include <stdint.h>
#include <unicode/unorm2.h>

#define TA_INTERNAL __attribute__((visibility("hidden")))

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
    UChar *refolded; // the slow path's second buffer, for folding to a fixed point
    size_t refolded_capacity;
    uint32_t *phrase_candidates; // key offsets of characters that start a Traditional-Simplified rule
    size_t phrase_candidate_count, phrase_candidate_capacity;
    int out_of_memory;
} normalizer;

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

// keymap.c: growing the key and the chunk map.
TA_INTERNAL int ta_norm_grow(void **buffer, size_t *capacity, size_t needed, size_t element);
TA_INTERNAL int ta_norm_reserve_key(ta_keymap *map, size_t extra);
TA_INTERNAL int ta_norm_reserve_chunks(ta_keymap *map, size_t count);
TA_INTERNAL int ta_norm_push_chunk(normalizer *n, size_t source_offset, int atomic);
TA_INTERNAL int ta_norm_push_empty(normalizer *n, size_t source_offset);
TA_INTERNAL int ta_norm_emit_code_point(normalizer *n, size_t source_offset, uint32_t entry);
TA_INTERNAL int ta_norm_emit_atomic(normalizer *n, size_t source_offset, const char *bytes, size_t count);
TA_INTERNAL int ta_norm_emit_space(normalizer *n, size_t start, size_t end, int newlines, int paragraph,
                                   int next_ideographic);
TA_INTERNAL int ta_norm_record_invalid(ta_keymap *map, size_t offset, uint32_t length);
TA_INTERNAL void ta_norm_grow_phrase_candidates(normalizer *n);

/// Notes a key offset where a multi-character Traditional-Simplified rule may start (inline: Chinese
/// text has many).
static inline void ta_norm_note_phrase_candidate(normalizer *n, size_t key_offset) {
    if (n->phrase_candidate_count == n->phrase_candidate_capacity) {
        ta_norm_grow_phrase_candidates(n);
        if (n->out_of_memory) return;
    }
    n->phrase_candidates[n->phrase_candidate_count++] = (uint32_t)key_offset;
}

// normalizer_segment.c: what ICU must normalize (combining sequences, multi-character images).
TA_INTERNAL size_t ta_norm_segment(normalizer *n, size_t start, lookahead *current, lookahead *next,
                                   int32_t *status);

// normalizer_fast.c: the table-driven hot path.
TA_INTERNAL size_t ta_norm_identity_run(normalizer *n, size_t at);

#endif
