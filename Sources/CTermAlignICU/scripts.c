#include "CTermAlignICU.h"
#include "utf8.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

int32_t ta_script_of(uint32_t code_point) {
    UErrorCode icu = U_ZERO_ERROR;
    UScriptCode script = uscript_getScript((UChar32)code_point, &icu);
    return U_FAILURE(icu) ? -1 : (int32_t)script;
}

int32_t ta_script_code_limit(void) {
    return u_getIntPropertyMaxValue(UCHAR_SCRIPT) + 1;
}

void ta_script_histogram(const uint8_t *text, size_t length, uint32_t *counts) {
    int32_t limit = ta_script_code_limit();
    size_t at = 0;
    while (at < length) {
        uint32_t used;
        int32_t cp = ta_utf8_decode(text, length, at, &used);
        at += used;
        if (cp < 0x41) continue; // ill-formed (-1) and ASCII below the letters
        // The common cases without ICU: ASCII and basic Cyrillic letters, CJK unified ideographs.
        if (cp < 0x80) {
            if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') counts[USCRIPT_LATIN]++;
            continue;
        }
        if (cp >= 0x0410 && cp <= 0x044F) {
            counts[USCRIPT_CYRILLIC]++;
            continue;
        }
        if (cp >= 0x4E00 && cp <= 0x9FFF) {
            counts[USCRIPT_HAN]++;
            continue;
        }
        if (!u_isalpha(cp)) continue;
        UErrorCode icu = U_ZERO_ERROR;
        UScriptCode script = uscript_getScript(cp, &icu);
        if (U_SUCCESS(icu) && script >= 0 && script < limit) counts[script]++;
    }
}

const char *ta_script_short_name(int32_t script) {
    const char *name = uscript_getShortName((UScriptCode)script);
    return name ? name : "";
}

const char *ta_script_long_name(int32_t script) {
    const char *name = uscript_getName((UScriptCode)script);
    return name ? name : "";
}
