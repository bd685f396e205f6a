#include "CTermAlignICU.h"

#include <pthread.h>
#include <unicode/uspoof.h>

// One checker for the process: ICU documents a configured USpoofChecker as safe for concurrent
// checks and skeletons once it is no longer modified.
static USpoofChecker *checker;
static UErrorCode checker_status = U_ZERO_ERROR;
static pthread_once_t checker_once = PTHREAD_ONCE_INIT;

static void open_checker(void) {
    checker = uspoof_open(&checker_status);
    if (U_FAILURE(checker_status)) return;
    uspoof_setChecks(checker, USPOOF_RESTRICTION_LEVEL, &checker_status);
    uspoof_setRestrictionLevel(checker, USPOOF_HIGHLY_RESTRICTIVE);
}

static const USpoofChecker *shared_checker(int32_t *status) {
    pthread_once(&checker_once, open_checker);
    if (U_FAILURE(checker_status)) {
        *status = checker_status;
        return NULL;
    }
    return checker;
}

int64_t ta_spoof_skeleton(const uint8_t *text, size_t length, uint8_t *destination,
                          size_t capacity, int32_t *status) {
    const USpoofChecker *sc = shared_checker(status);
    if (sc == NULL) return -1;
    if (length > INT32_MAX || capacity > INT32_MAX) {
        *status = TA_STATUS_TOO_LARGE;
        return -1;
    }
    UErrorCode icu = U_ZERO_ERROR;
    int32_t needed = uspoof_getSkeletonUTF8(sc, 0, (const char *)text, (int32_t)length,
                                            (char *)destination, (int32_t)capacity, &icu);
    if (U_FAILURE(icu) && icu != U_BUFFER_OVERFLOW_ERROR) {
        *status = icu;
        return -1;
    }
    *status = 0;
    return needed;
}

int32_t ta_spoof_is_mixed_script(const uint8_t *text, size_t length, int32_t *status) {
    const USpoofChecker *sc = shared_checker(status);
    if (sc == NULL) return 0;
    if (length > INT32_MAX) {
        *status = TA_STATUS_TOO_LARGE;
        return 0;
    }
    UErrorCode icu = U_ZERO_ERROR;
    int32_t result = uspoof_checkUTF8(sc, (const char *)text, (int32_t)length, NULL, &icu);
    *status = U_FAILURE(icu) ? icu : 0;
    return (result & USPOOF_RESTRICTION_LEVEL) != 0;
}
