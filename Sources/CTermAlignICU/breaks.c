#include "CTermAlignICU.h"

#include <stdlib.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>
#include <unicode/utf16.h>
#include <unicode/ustring.h>

// UText over UTF-8 makes ICU report boundaries as byte offsets into the caller's bytes: no UTF-16
// copy of the text and no index conversion.
struct ta_breaker {
    UBreakIterator *iterator;
    UText *text;
    // UTF-16 mode: the copy ICU iterates, and a cursor mapping its indexes back to UTF-8 offsets.
    UChar *units;
    int32_t unit_count, unit_capacity;
    int utf16;
    int32_t cursor_unit;
    int64_t cursor_byte;
};

ta_breaker *ta_breaker_open(int32_t kind, const char *locale, int32_t *status) {
    UErrorCode icu = U_ZERO_ERROR;
    UBreakIteratorType type = kind == TA_BREAK_SENTENCE ? UBRK_SENTENCE : UBRK_WORD;
    UBreakIterator *iterator = ubrk_open(type, locale, NULL, 0, &icu);
    if (U_FAILURE(icu)) {
        *status = icu;
        return NULL;
    }
    ta_breaker *breaker = calloc(1, sizeof(ta_breaker));
    if (breaker == NULL) {
        ubrk_close(iterator);
        *status = TA_STATUS_OUT_OF_MEMORY;
        return NULL;
    }
    breaker->iterator = iterator;
    *status = 0;
    return breaker;
}

void ta_breaker_reset(ta_breaker *breaker) {
    if (breaker->text == NULL && !breaker->utf16) return;
    // Rebind to empty text so that ICU drops every pointer into the caller's bytes.
    UErrorCode icu = U_ZERO_ERROR;
    static const UChar empty[1] = {0};
    ubrk_setText(breaker->iterator, empty, 0, &icu);
    if (breaker->text) utext_close(breaker->text);
    breaker->text = NULL;
    breaker->utf16 = 0;
}

void ta_breaker_trim(ta_breaker *breaker, int32_t keep_units) {
    ta_breaker_reset(breaker);
    if (breaker->unit_capacity <= keep_units) return;
    free(breaker->units);
    breaker->units = NULL;
    breaker->unit_capacity = 0;
    breaker->unit_count = 0;
}

int32_t ta_breaker_buffer_capacity(const ta_breaker *breaker) { return breaker->unit_capacity; }

void ta_breaker_close(ta_breaker *breaker) {
    if (breaker == NULL) return;
    ta_breaker_reset(breaker);
    ubrk_close(breaker->iterator);
    free(breaker->units);
    free(breaker);
}

void ta_breaker_set_text_via_utf16(ta_breaker *breaker, const uint8_t *text, size_t length, int32_t *status) {
    ta_breaker_reset(breaker);
    if (length > INT32_MAX / 2) {
        *status = TA_STATUS_TOO_LARGE;
        return;
    }
    // Well-formed UTF-8 never has more UTF-16 units than bytes.
    int32_t needed = (int32_t)length + 1;
    if (needed > breaker->unit_capacity) {
        UChar *bigger = realloc(breaker->units, (size_t)needed * sizeof(UChar));
        if (bigger == NULL) {
            *status = TA_STATUS_OUT_OF_MEMORY;
            return;
        }
        breaker->units = bigger;
        breaker->unit_capacity = needed;
    }
    UErrorCode icu = U_ZERO_ERROR;
    u_strFromUTF8(breaker->units, breaker->unit_capacity, &breaker->unit_count, (const char *)text,
                  (int32_t)length, &icu);
    if (icu == U_STRING_NOT_TERMINATED_WARNING) icu = U_ZERO_ERROR;
    if (U_SUCCESS(icu)) ubrk_setText(breaker->iterator, breaker->units, breaker->unit_count, &icu);
    if (U_FAILURE(icu)) {
        *status = icu;
        return;
    }
    breaker->utf16 = 1;
    breaker->cursor_unit = 0;
    breaker->cursor_byte = 0;
    *status = 0;
}

void ta_breaker_set_text(ta_breaker *breaker, const uint8_t *text, size_t length, int32_t *status) {
    ta_breaker_reset(breaker);
    if (length > INT32_MAX) {
        *status = TA_STATUS_TOO_LARGE;
        return;
    }
    UErrorCode icu = U_ZERO_ERROR;
    static const char empty[1] = {0};
    const char *bytes = length == 0 ? empty : (const char *)text;
    breaker->text = utext_openUTF8(NULL, bytes, (int64_t)length, &icu);
    if (U_SUCCESS(icu)) ubrk_setUText(breaker->iterator, breaker->text, &icu);
    if (U_FAILURE(icu)) ta_breaker_reset(breaker);
    *status = U_FAILURE(icu) ? icu : 0;
}

int64_t ta_breaker_next(ta_breaker *breaker, int32_t *rule_status) {
    if (breaker->text == NULL && !breaker->utf16) return -1;
    int32_t boundary = ubrk_next(breaker->iterator);
    if (boundary == UBRK_DONE) return -1;
    *rule_status = ubrk_getRuleStatus(breaker->iterator);
    if (!breaker->utf16) return boundary;
    // Boundaries only move forward: walk the UTF-16 units from the last one, adding up UTF-8 lengths.
    const UChar *units = breaker->units;
    int32_t unit = breaker->cursor_unit;
    int64_t byte = breaker->cursor_byte;
    while (unit < boundary) {
        UChar u = units[unit];
        if (U16_IS_LEAD(u) && unit + 1 < breaker->unit_count) {
            unit += 2;
            byte += 4;
        } else {
            unit += 1;
            byte += u < 0x80 ? 1 : u < 0x800 ? 2 : 3;
        }
    }
    breaker->cursor_unit = unit;
    breaker->cursor_byte = byte;
    return byte;
}
