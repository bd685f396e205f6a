#include "CTermAlignICU.h"
#include "utf8.h"

#include <string.h>

size_t ta_utf8_first_invalid(const uint8_t *source, size_t length) {
    size_t at = 0;
    while (at < length) {
        if (source[at] < 0x80) {
            // ASCII eight bytes at a time.
            while (at + 8 <= length) {
                uint64_t word;
                memcpy(&word, source + at, 8);
                if (word & 0x8080808080808080ull) break;
                at += 8;
            }
            if (at < length && source[at] < 0x80) at++;
            continue;
        }
        uint32_t used;
        if (ta_utf8_decode(source, length, at, &used) < 0) return at;
        at += used;
    }
    return length;
}

size_t ta_utf8_invalid_length(const uint8_t *source, size_t length) {
    if (length == 0) return 0;
    uint32_t used;
    ta_utf8_decode(source, length, 0, &used);
    return used;
}
