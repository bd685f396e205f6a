#include "CTermAlignICU.h"

#include <stdlib.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>

// UText over UTF-8 makes ICU report boundaries as byte offsets into the caller's bytes: no UTF-16
// copy of the text and no index conversion.
struct ta_breaker {
    UBreakIterator *iterator;
    UText *text;
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
    if (breaker->text == NULL) return;
    // Rebind to empty text so that ICU drops every pointer into the caller's bytes.
    UErrorCode icu = U_ZERO_ERROR;
    ubrk_setText(breaker->iterator, NULL, 0, &icu);
    utext_close(breaker->text);
    breaker->text = NULL;
}

void ta_breaker_close(ta_breaker *breaker) {
    if (breaker == NULL) return;
    ta_breaker_reset(breaker);
    ubrk_close(breaker->iterator);
    free(breaker);
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
    if (breaker->text == NULL) return -1;
    int32_t boundary = ubrk_next(breaker->iterator);
    if (boundary == UBRK_DONE) return -1;
    *rule_status = ubrk_getRuleStatus(breaker->iterator);
    return boundary;
}
