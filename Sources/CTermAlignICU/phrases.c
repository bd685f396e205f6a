#include "phrases.h"
#include "CTermAlignICU.h"
#include "normalizer_table.h"
#include "utf8.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>

typedef struct {
    uint8_t *left;  // UTF-8, as it appears in a key
    uint8_t *right; // UTF-8, same length
    uint32_t length;
} phrase;

struct ta_phrase_rules {
    phrase *phrases;            // sorted by first code point, then longest first
    size_t count;
    uint32_t *first_index;      // 0x10000 + 1 entries: phrases starting with code point c are
                                // phrases[first_index[c] .. first_index[c + 1])
    uint64_t starts[0x10000 / 64]; // one bit per code point that starts a phrase: 8 KiB, stays in L1
};

static int compare_phrases(const void *a, const void *b) {
    const phrase *x = a, *y = b;
    uint32_t n;
    int32_t cx = ta_utf8_decode(x->left, x->length, 0, &n), cy = ta_utf8_decode(y->left, y->length, 0, &n);
    if (cx != cy) return cx < cy ? -1 : 1;
    if (x->length != y->length) return x->length > y->length ? -1 : 1;
    return memcmp(x->left, y->left, x->length);
}

/// Encodes UTF-16 `units` as UTF-8, each code point first mapped through the table when `table` is
/// given. Returns the byte length, or 0 when a code point falls outside the BMP or maps to nothing.
static uint32_t to_key_bytes(const UChar *units, int32_t count, const uint32_t *table, uint8_t *out) {
    uint32_t length = 0;
    for (int32_t i = 0; i < count;) {
        UChar32 cp;
        U16_NEXT(units, i, count, cp);
        if (cp >= 0x10000) return 0;
        uint32_t image = (uint32_t)cp;
        if (table != NULL) {
            if (!(table[cp] & TA_F_SIMPLE)) return 0;
            image = table[cp] & TA_CP_MASK;
        }
        length += ta_utf8_encode(image, out + length);
    }
    return length;
}

/// Whether a rule side is plain text: CJK characters only, no rule syntax.
static int plain(const UChar *units, int32_t count) {
    for (int32_t i = 0; i < count; i++) {
        if (units[i] < 0x3000) return 0;
    }
    return count > 0;
}

static void free_rules(ta_phrase_rules *rules) {
    for (size_t i = 0; i < rules->count; i++) {
        free(rules->phrases[i].left);
        free(rules->phrases[i].right);
    }
    free(rules->phrases);
    free(rules->first_index);
    free(rules);
}

/// Builds the look-up index of rules whose phrases are in place and sorted; frees them and returns
/// NULL on failure.
static ta_phrase_rules *index_rules(ta_phrase_rules *built, int32_t *status) {
    built->first_index = calloc(0x10001, sizeof(uint32_t));
    if (built->first_index == NULL) {
        free_rules(built);
        *status = TA_STATUS_OUT_OF_MEMORY;
        return NULL;
    }
    // first_index[c] = index of the first phrase whose first code point is >= c.
    size_t next = 0;
    for (uint32_t cp = 0; cp <= 0x10000; cp++) {
        while (next < built->count) {
            uint32_t used;
            int32_t first = ta_utf8_decode(built->phrases[next].left, built->phrases[next].length, 0, &used);
            if ((uint32_t)first >= cp) break;
            next++;
        }
        built->first_index[cp] = (uint32_t)next;
    }
    for (uint32_t cp = 0; cp < 0x10000; cp++) {
        if (built->first_index[cp + 1] > built->first_index[cp]) built->starts[cp / 64] |= 1ull << (cp % 64);
    }
    return built;
}

void ta_phrase_rules_free(const ta_phrase_rules *rules) {
    if (rules != NULL) free_rules((ta_phrase_rules *)rules);
}

size_t ta_phrase_rules_saved_size(const ta_phrase_rules *rules) {
    size_t size = sizeof(uint32_t);
    for (size_t i = 0; i < rules->count; i++) size += sizeof(uint32_t) + 2 * (size_t)rules->phrases[i].length;
    return size;
}

void ta_phrase_rules_save(const ta_phrase_rules *rules, uint8_t *out) {
    uint32_t count = (uint32_t)rules->count;
    memcpy(out, &count, sizeof count);
    out += sizeof count;
    for (size_t i = 0; i < rules->count; i++) {
        const phrase *p = &rules->phrases[i];
        memcpy(out, &p->length, sizeof p->length);
        out += sizeof p->length;
        memcpy(out, p->left, p->length);
        out += p->length;
        memcpy(out, p->right, p->length);
        out += p->length;
    }
}

const ta_phrase_rules *ta_phrase_rules_load(const uint8_t *bytes, size_t length, size_t *used) {
    uint32_t count;
    if (length < sizeof count) return NULL;
    memcpy(&count, bytes, sizeof count);
    size_t at = sizeof count;
    ta_phrase_rules *built = calloc(1, sizeof(ta_phrase_rules));
    if (built == NULL) return NULL;
    built->phrases = count ? calloc(count, sizeof(phrase)) : NULL;
    if (count && built->phrases == NULL) {
        free(built);
        return NULL;
    }
    for (uint32_t i = 0; i < count; i++) {
        uint32_t size;
        if (length - at < sizeof size) break;
        memcpy(&size, bytes + at, sizeof size);
        at += sizeof size;
        // Rules are two to sixteen characters of three bytes each, and must start with a whole one.
        if (size < 6 || size > 64 || length - at < 2 * (size_t)size) break;
        phrase *p = &built->phrases[built->count];
        p->left = malloc(size);
        p->right = malloc(size);
        p->length = size;
        built->count++;
        if (p->left == NULL || p->right == NULL) break;
        memcpy(p->left, bytes + at, size);
        memcpy(p->right, bytes + at + size, size);
        at += 2 * (size_t)size;
    }
    int32_t status = 0;
    if (built->count != count) {
        free_rules(built);
        return NULL;
    }
    for (uint32_t i = 0; i < count; i++) {
        uint32_t cp_used;
        if (ta_utf8_decode(built->phrases[i].left, built->phrases[i].length, 0, &cp_used) < 0 || cp_used != 3 ||
            (i > 0 && compare_phrases(&built->phrases[i - 1], &built->phrases[i]) > 0)) {
            free_rules(built);
            return NULL;
        }
    }
    *used = at;
    return index_rules(built, &status);
}

const ta_phrase_rules *ta_phrase_rules_build(const uint32_t *table, int32_t *status) {
    UErrorCode icu = U_ZERO_ERROR;
    UChar id[32];
    u_uastrcpy(id, "Traditional-Simplified");
    UTransliterator *t2s = utrans_openU(id, -1, UTRANS_FORWARD, NULL, 0, NULL, &icu);
    int32_t size = U_SUCCESS(icu) ? utrans_toRules(t2s, 0, NULL, 0, &icu) : 0;
    if (icu == U_BUFFER_OVERFLOW_ERROR) icu = U_ZERO_ERROR;
    UChar *rules = U_SUCCESS(icu) ? malloc(((size_t)size + 1) * sizeof(UChar)) : NULL;
    if (rules != NULL) utrans_toRules(t2s, 0, rules, size + 1, &icu);
    if (t2s) utrans_close(t2s);
    ta_phrase_rules *built = calloc(1, sizeof(ta_phrase_rules));
    if (U_FAILURE(icu) || rules == NULL || built == NULL) {
        *status = U_FAILURE(icu) ? icu : TA_STATUS_OUT_OF_MEMORY;
        free(rules);
        free(built);
        return NULL;
    }
    // Rules read "left > right;" one per line.
    size_t capacity = 0;
    for (int32_t at = 0; at < size;) {
        int32_t end = at;
        while (end < size && rules[end] != ';') end++;
        int32_t arrow = at;
        while (arrow < end && rules[arrow] != '>') arrow++;
        int32_t left_start = at, left_end = arrow, right_start = arrow + 1, right_end = end;
        while (left_start < left_end && (rules[left_start] <= ' ')) left_start++;
        while (left_end > left_start && rules[left_end - 1] <= ' ') left_end--;
        while (right_start < right_end && rules[right_start] <= ' ') right_start++;
        while (right_end > right_start && rules[right_end - 1] <= ' ') right_end--;
        at = end + 1;
        int32_t left_count = left_end - left_start, right_count = right_end - right_start;
        if (arrow >= end || left_count < 2 || left_count != right_count ||
            !plain(rules + left_start, left_count) || !plain(rules + right_start, right_count)) {
            continue;
        }
        uint8_t left[64], right[64];
        if (left_count > 16) continue;
        uint32_t left_length = to_key_bytes(rules + left_start, left_count, table, left);
        uint32_t right_length = to_key_bytes(rules + right_start, right_count, NULL, right);
        // Rules the per-character table already satisfies need no second pass.
        if (left_length == 0 || left_length != right_length || memcmp(left, right, left_length) == 0) continue;
        if (built->count == capacity) {
            capacity = capacity ? capacity * 2 : 256;
            phrase *bigger = realloc(built->phrases, capacity * sizeof(phrase));
            if (bigger == NULL) {
                icu = (UErrorCode)TA_STATUS_OUT_OF_MEMORY;
                break;
            }
            built->phrases = bigger;
        }
        phrase *p = &built->phrases[built->count];
        p->left = malloc(left_length);
        p->right = malloc(right_length);
        p->length = left_length;
        built->count++; // counted even when half-allocated, so free_rules releases it
        if (p->left == NULL || p->right == NULL) {
            icu = (UErrorCode)TA_STATUS_OUT_OF_MEMORY;
            break;
        }
        memcpy(p->left, left, left_length);
        memcpy(p->right, right, right_length);
    }
    free(rules);
    if (icu != U_ZERO_ERROR) {
        free_rules(built);
        *status = TA_STATUS_OUT_OF_MEMORY;
        return NULL;
    }
    qsort(built->phrases, built->count, sizeof(phrase), compare_phrases);
    return index_rules(built, status);
}

/// Compares a few bytes inline: rules are two to four characters, and the first is known to match.
static inline int same_bytes(const uint8_t *a, const uint8_t *b, uint32_t count) {
    for (uint32_t i = 0; i < count; i++) {
        if (a[i] != b[i]) return 0;
    }
    return 1;
}

int ta_phrase_rules_start_with(const ta_phrase_rules *rules, uint32_t cp) {
    return cp < 0x10000 && (rules->starts[cp / 64] & (1ull << (cp % 64))) != 0;
}

void ta_phrase_rules_apply(const ta_phrase_rules *rules, uint8_t *key, size_t length,
                           const uint32_t *candidates, size_t count) {
    size_t replaced_end = 0;
    for (size_t c = 0; c < count; c++) {
        size_t at = candidates[c];
        if (at < replaced_end || at + 3 > length) continue;
        uint32_t used;
        int32_t cp = ta_utf8_decode(key, length, at, &used);
        if (cp < 0 || cp >= 0x10000) continue;
        for (uint32_t i = rules->first_index[cp]; i < rules->first_index[cp + 1]; i++) { // longest first
            const phrase *p = &rules->phrases[i];
            if (at + p->length <= length && same_bytes(key + at + 3, p->left + 3, p->length - 3)) {
                memcpy(key + at, p->right, p->length);
                replaced_end = at + p->length;
                break;
            }
        }
    }
}
