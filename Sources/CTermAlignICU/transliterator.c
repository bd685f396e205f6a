#include "CTermAlignICU.h"

#include <stdlib.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>

struct ta_transliterator {
    UTransliterator *rules;
    UChar *buffer;
    int32_t capacity;
};

ta_transliterator *ta_transliterator_open(const char *identifier, int32_t *status) {
    UErrorCode icu = U_ZERO_ERROR;
    UChar id[128];
    int32_t length = 0;
    u_strFromUTF8(id, 128, &length, identifier, -1, &icu);
    UTransliterator *rules = U_SUCCESS(icu) ? utrans_openU(id, length, UTRANS_FORWARD, NULL, 0, NULL, &icu) : NULL;
    if (U_FAILURE(icu)) {
        *status = icu;
        return NULL;
    }
    ta_transliterator *t = calloc(1, sizeof(ta_transliterator));
    if (t == NULL) {
        utrans_close(rules);
        *status = TA_STATUS_OUT_OF_MEMORY;
        return NULL;
    }
    t->rules = rules;
    *status = 0;
    return t;
}

void ta_transliterator_close(ta_transliterator *t) {
    if (t == NULL) return;
    utrans_close(t->rules);
    free(t->buffer);
    free(t);
}

static int reserve(ta_transliterator *t, int32_t units) {
    if (units <= t->capacity) return 1;
    UChar *bigger = realloc(t->buffer, (size_t)units * sizeof(UChar));
    if (bigger == NULL) return 0;
    t->buffer = bigger;
    t->capacity = units;
    return 1;
}

int64_t ta_transliterate(ta_transliterator *t, const uint8_t *text, size_t length,
                         uint8_t *destination, size_t capacity, int32_t *status) {
    if (length > INT32_MAX / 8 || capacity > INT32_MAX) {
        *status = TA_STATUS_TOO_LARGE;
        return -1;
    }
    // Transliteration of Han to pinyin grows text up to ~6 units per character; leave room.
    int32_t room = (int32_t)length * 8 + 16;
    if (!reserve(t, room)) {
        *status = TA_STATUS_OUT_OF_MEMORY;
        return -1;
    }
    UErrorCode icu = U_ZERO_ERROR;
    int32_t units = 0;
    u_strFromUTF8Lenient(t->buffer, room, &units, (const char *)text, (int32_t)length, &icu);
    int32_t limit = units;
    if (U_SUCCESS(icu)) utrans_transUChars(t->rules, t->buffer, &units, room, 0, &limit, &icu);
    int32_t needed = 0;
    if (U_SUCCESS(icu)) {
        u_strToUTF8((char *)destination, (int32_t)capacity, &needed, t->buffer, units, &icu);
        if (icu == U_BUFFER_OVERFLOW_ERROR || icu == U_STRING_NOT_TERMINATED_WARNING) icu = U_ZERO_ERROR;
    }
    if (U_FAILURE(icu)) {
        *status = icu;
        return -1;
    }
    *status = 0;
    return needed;
}
