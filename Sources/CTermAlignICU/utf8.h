// Strict UTF-8 decoding shared by the bridge's .c files (Unicode 15, table 3-7 well-formed sequences;
// an ill-formed sequence is reported with the length of its maximal subpart, as U+FFFD substitution
// practice requires).

#ifndef CTERMALIGN_UTF8_H
#define CTERMALIGN_UTF8_H

#include <stddef.h>
#include <stdint.h>

/// Decodes the code point at `s[i]`. Returns it, or -1 when ill-formed; `*n` receives the bytes used
/// (the maximal subpart when ill-formed, never 0).
static inline int32_t ta_utf8_decode(const uint8_t *s, size_t length, size_t i, uint32_t *n) {
    uint8_t b0 = s[i];
    if (b0 < 0x80) {
        *n = 1;
        return b0;
    }
    size_t rest = length - i;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        if (rest >= 2 && (s[i + 1] & 0xC0) == 0x80) {
            *n = 2;
            return ((int32_t)(b0 & 0x1F) << 6) | (s[i + 1] & 0x3F);
        }
        *n = 1;
        return -1;
    }
    uint8_t low = 0x80, high = 0xBF;
    if (b0 >= 0xE0 && b0 <= 0xEF) {
        if (b0 == 0xE0) low = 0xA0;
        else if (b0 == 0xED) high = 0x9F; // no surrogates
        if (rest < 2 || s[i + 1] < low || s[i + 1] > high) { *n = 1; return -1; }
        if (rest < 3 || (s[i + 2] & 0xC0) != 0x80) { *n = 2; return -1; }
        *n = 3;
        return ((int32_t)(b0 & 0x0F) << 12) | ((int32_t)(s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
    }
    if (b0 >= 0xF0 && b0 <= 0xF4) {
        if (b0 == 0xF0) low = 0x90;
        else if (b0 == 0xF4) high = 0x8F; // nothing above U+10FFFF
        if (rest < 2 || s[i + 1] < low || s[i + 1] > high) { *n = 1; return -1; }
        if (rest < 3 || (s[i + 2] & 0xC0) != 0x80) { *n = 2; return -1; }
        if (rest < 4 || (s[i + 3] & 0xC0) != 0x80) { *n = 3; return -1; }
        *n = 4;
        return ((int32_t)(b0 & 0x07) << 18) | ((int32_t)(s[i + 1] & 0x3F) << 12) |
               ((int32_t)(s[i + 2] & 0x3F) << 6) | (s[i + 3] & 0x3F);
    }
    *n = 1;
    return -1;
}

/// Number of UTF-8 bytes of a valid code point.
static inline uint32_t ta_utf8_length(uint32_t cp) {
    return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/// Writes a valid code point as UTF-8 at `d`; returns the number of bytes written.
static inline uint32_t ta_utf8_encode(uint32_t cp, uint8_t *d) {
    if (cp < 0x80) {
        d[0] = (uint8_t)cp;
        return 1;
    }
    if (cp < 0x800) {
        d[0] = (uint8_t)(0xC0 | (cp >> 6));
        d[1] = (uint8_t)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        d[0] = (uint8_t)(0xE0 | (cp >> 12));
        d[1] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
        d[2] = (uint8_t)(0x80 | (cp & 0x3F));
        return 3;
    }
    d[0] = (uint8_t)(0xF0 | (cp >> 18));
    d[1] = (uint8_t)(0x80 | ((cp >> 12) & 0x3F));
    d[2] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
    d[3] = (uint8_t)(0x80 | (cp & 0x3F));
    return 4;
}

#endif
