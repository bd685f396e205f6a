#include "CTermAlignICU.h"
#include "utf8.h"

#include <pthread.h>
#include <string.h>
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

// The script of every letter below U+3400 (Latin, Greek, Cyrillic, punctuation, kana …), plus one;
// zero for a non-letter, NOT_IN_TABLE when the code does not fit a byte. Built once: asking ICU
// for every character of a document was most of the histogram's time.
enum { TABLE_LIMIT = 0x3400, NOT_IN_TABLE = 0xFF };
static uint8_t low_scripts[TABLE_LIMIT];
static pthread_once_t low_scripts_once = PTHREAD_ONCE_INIT;

static int32_t letter_script(UChar32 cp, int32_t limit) {
    if (!u_isalpha(cp)) return -1;
    UErrorCode icu = U_ZERO_ERROR;
    UScriptCode script = uscript_getScript(cp, &icu);
    return U_SUCCESS(icu) && script >= 0 && script < limit ? (int32_t)script : -1;
}

static void build_low_scripts(void) {
    int32_t limit = ta_script_code_limit();
    for (UChar32 cp = 0; cp < TABLE_LIMIT; cp++) {
        int32_t script = letter_script(cp, limit);
        low_scripts[cp] = script < 0 ? 0 : script + 1 < NOT_IN_TABLE ? (uint8_t)(script + 1) : NOT_IN_TABLE;
    }
}

void ta_script_histogram(const uint8_t *text, size_t length, uint32_t *counts) {
    pthread_once(&low_scripts_once, build_low_scripts);
    int32_t limit = ta_script_code_limit();
    uint32_t latin = 0, han = 0;
    size_t at = 0;
    while (at < length) {
        // Eight ASCII bytes at a time: a byte is a Latin letter when, with the case bit set, it lies
        // in a–z (no sum below carries into the next byte: every byte is under 0x80).
        if (at + 8 <= length) {
            uint64_t word;
            memcpy(&word, text + at, 8);
            if ((word & 0x8080808080808080ULL) == 0) {
                uint64_t ones = 0x0101010101010101ULL, folded = word | 0x2020202020202020ULL;
                uint64_t atLeastA = (folded + ones * (0x80 - 'a')) & 0x8080808080808080ULL;
                uint64_t pastZ = (folded + ones * (0x80 - 'z' - 1)) & 0x8080808080808080ULL;
                latin += (uint32_t)__builtin_popcountll(atLeastA & ~pastZ);
                at += 8;
                continue;
            }
        }
        uint8_t byte = text[at];
        if (byte < 0x80) {
            at++;
            latin += (uint32_t)((byte | 0x20) - 'a') < 26;
            continue;
        }
        uint32_t used;
        int32_t cp = ta_utf8_decode(text, length, at, &used);
        at += used;
        if (cp < 0) continue; // ill-formed
        if (cp < TABLE_LIMIT) {
            uint8_t entry = low_scripts[cp];
            if (entry == 0) continue;
            if (entry != NOT_IN_TABLE) {
                counts[entry - 1]++;
                continue;
            }
        } else if (cp >= 0x4E00 && cp <= 0x9FFF) {
            han++;
            continue;
        }
        int32_t script = letter_script(cp, limit);
        if (script >= 0) counts[script]++;
    }
    counts[USCRIPT_LATIN] += latin;
    counts[USCRIPT_HAN] += han;
}

const char *ta_script_short_name(int32_t script) {
    const char *name = uscript_getShortName((UScriptCode)script);
    return name ? name : "";
}

const char *ta_script_long_name(int32_t script) {
    const char *name = uscript_getName((UScriptCode)script);
    return name ? name : "";
}
