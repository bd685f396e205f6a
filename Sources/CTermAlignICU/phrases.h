// ICU's Traditional-Simplified rules that span several characters (甚麼 → 什么, 餘地 → 余地), applied
// to a key after the per-character table. Every such rule keeps its length, so keys are rewritten in
// place and the map back to the source stays valid.

#ifndef CTERMALIGN_PHRASES_H
#define CTERMALIGN_PHRASES_H

#include <stddef.h>
#include <stdint.h>

typedef struct ta_phrase_rules ta_phrase_rules;

/// The rules of ICU's "Traditional-Simplified" with more than one character on the left, each left
/// side rewritten through `table` (the per-character image it has in a key by then). Built once;
/// NULL with `*status` set when ICU fails, or when there are no such rules.
const ta_phrase_rules *ta_phrase_rules_build(const uint32_t *table, int32_t *status);

/// Whether some rule's left side starts with code point `cp` (as it appears in a key).
int ta_phrase_rules_start_with(const ta_phrase_rules *rules, uint32_t cp);

/// Rewrites `key` in place, trying the rules at `candidates` (ascending key offsets of characters
/// that start some rule): at each, the longest rule that matches is applied, and candidates inside
/// a replaced stretch are skipped — what a left-to-right scan of the whole key would do.
void ta_phrase_rules_apply(const ta_phrase_rules *rules, uint8_t *key, size_t length,
                           const uint32_t *candidates, size_t count);

/// The bytes ta_phrase_rules_save writes.
size_t ta_phrase_rules_saved_size(const ta_phrase_rules *rules);

/// Writes the rules (their count, then each rule's length and its two sides) into `out`.
void ta_phrase_rules_save(const ta_phrase_rules *rules, uint8_t *out);

/// Rules read back from what ta_phrase_rules_save wrote, checked (whole characters, sorted); NULL
/// when the bytes are not such rules. `*used` is set to the bytes read.
const ta_phrase_rules *ta_phrase_rules_load(const uint8_t *bytes, size_t length, size_t *used);

/// Frees rules that were never installed (ta_phrase_rules_load's, when another table won the race).
void ta_phrase_rules_free(const ta_phrase_rules *rules);

#endif
