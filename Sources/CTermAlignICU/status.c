#include "CTermAlignICU.h"

#include <unicode/ustring.h>
#include <unicode/unorm2.h>
#include <unicode/utypes.h>

const char *ta_status_name(int32_t status) {
    switch (status) {
    case TA_STATUS_INVALID_UTF8: return "TA_STATUS_INVALID_UTF8";
    case TA_STATUS_TOO_LARGE: return "TA_STATUS_TOO_LARGE";
    case TA_STATUS_OUT_OF_MEMORY: return "TA_STATUS_OUT_OF_MEMORY";
    case TA_STATUS_EXPANSION: return "TA_STATUS_EXPANSION";
    default: return u_errorName((UErrorCode)status);
    }
}

int64_t ta_utf8_to_utf16(const uint8_t *source, size_t length, uint16_t *destination,
                         size_t capacity, int32_t *status) {
    if (length > INT32_MAX || capacity > INT32_MAX) {
        *status = TA_STATUS_TOO_LARGE;
        return -1;
    }
    UErrorCode icu = U_ZERO_ERROR;
    int32_t units = 0;
    u_strFromUTF8Lenient((UChar *)destination, (int32_t)capacity, &units, (const char *)source,
                         (int32_t)length, &icu);
    if (icu == U_STRING_NOT_TERMINATED_WARNING) icu = U_ZERO_ERROR;
    *status = icu;
    return U_FAILURE(icu) ? -1 : units;
}

int64_t ta_icu_nfkc_casefold_utf16(const uint16_t *source, size_t length, uint16_t *destination,
                                   size_t capacity, int32_t *status) {
    if (length > INT32_MAX || capacity > INT32_MAX) {
        *status = TA_STATUS_TOO_LARGE;
        return -1;
    }
    UErrorCode icu = U_ZERO_ERROR;
    const UNormalizer2 *nfkc = unorm2_getNFKCCasefoldInstance(&icu);
    int32_t units = U_SUCCESS(icu) ? unorm2_normalize(nfkc, (const UChar *)source, (int32_t)length,
                                                      (UChar *)destination, (int32_t)capacity, &icu)
                                   : 0;
    if (icu == U_STRING_NOT_TERMINATED_WARNING) icu = U_ZERO_ERROR;
    *status = icu;
    return U_FAILURE(icu) ? -1 : units;
}
