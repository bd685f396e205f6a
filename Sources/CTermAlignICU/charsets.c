#include "CTermAlignICU.h"

#include <string.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

int32_t ta_detect_charsets(const uint8_t *bytes, size_t length, char *names, int32_t *confidences, int32_t max,
                           int32_t *status) {
    UErrorCode icu = U_ZERO_ERROR;
    if (length > INT32_MAX) length = INT32_MAX;
    UCharsetDetector *detector = ucsdet_open(&icu);
    if (U_FAILURE(icu)) {
        *status = icu;
        return -1;
    }
    ucsdet_setText(detector, (const char *)bytes, (int32_t)length, &icu);
    int32_t found = 0;
    const UCharsetMatch **matches = U_SUCCESS(icu) ? ucsdet_detectAll(detector, &found, &icu) : NULL;
    int32_t written = 0;
    for (int32_t index = 0; U_SUCCESS(icu) && index < found && written < max; index++) {
        const char *name = ucsdet_getName(matches[index], &icu);
        int32_t confidence = ucsdet_getConfidence(matches[index], &icu);
        if (U_FAILURE(icu) || name == NULL) break;
        strncpy(names + (size_t)written * TA_CHARSET_NAME_CAPACITY, name, TA_CHARSET_NAME_CAPACITY - 1);
        names[(size_t)written * TA_CHARSET_NAME_CAPACITY + TA_CHARSET_NAME_CAPACITY - 1] = 0;
        confidences[written] = confidence;
        written++;
    }
    ucsdet_close(detector);
    if (U_FAILURE(icu)) {
        *status = icu;
        return -1;
    }
    *status = 0;
    return written;
}

int64_t ta_convert(const char *to, const char *from, const uint8_t *bytes, size_t length, uint8_t *destination,
                   size_t capacity, int32_t *status) {
    UErrorCode icu = U_ZERO_ERROR;
    if (length > INT32_MAX || capacity > INT32_MAX) {
        *status = TA_STATUS_TOO_LARGE;
        return -1;
    }
    int32_t needed = ucnv_convert(to, from, (char *)destination, (int32_t)capacity, (const char *)bytes,
                                  (int32_t)length, &icu);
    if (icu == U_BUFFER_OVERFLOW_ERROR || icu == U_STRING_NOT_TERMINATED_WARNING) icu = U_ZERO_ERROR;
    if (U_FAILURE(icu)) {
        *status = icu;
        return -1;
    }
    *status = 0;
    return needed;
}
