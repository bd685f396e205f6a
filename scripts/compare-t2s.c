// Development measurement behind the README's choice of ICU over OpenCC for Traditional → Simplified.
// Reads Traditional-script lines (one per line, UTF-8) on stdin and reports:
//   (a) lines where ICU's transliterator on the whole line differs from ICU one character at a time;
//   (b) lines where OpenCC t2s (phrase-aware) differs from ICU;
//   (c) two-character pieces that OpenCC converts differently alone than inside their line — what
//       a glossary term would suffer when matched against a text.
// Build: cc -O2 scripts/compare-t2s.c -licui18n -licuuc -lopencc -o /tmp/compare-t2s
#include <opencc/opencc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>

static UTransliterator *icu;

static void icu_convert(const char *in, char *out, size_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UChar buffer[8192];
    int32_t length = 0;
    u_strFromUTF8(buffer, 8192, &length, in, -1, &status);
    int32_t limit = length;
    utrans_transUChars(icu, buffer, &length, 8192, 0, &limit, &status);
    u_strToUTF8(out, (int32_t)capacity, NULL, buffer, length, &status);
}

static void icu_per_character(const char *in, char *out, size_t capacity) {
    out[0] = 0;
    for (const char *p = in; *p;) {
        int n = (*p & 0x80) == 0 ? 1 : (*p & 0xE0) == 0xC0 ? 2 : (*p & 0xF0) == 0xE0 ? 3 : 4;
        char one[8] = {0}, converted[32];
        memcpy(one, p, n);
        icu_convert(one, converted, sizeof converted);
        strncat(out, converted, capacity - strlen(out) - 1);
        p += n;
    }
}

int main(void) {
    UErrorCode status = U_ZERO_ERROR;
    UChar id[32];
    u_uastrcpy(id, "Traditional-Simplified");
    icu = utrans_openU(id, -1, UTRANS_FORWARD, NULL, 0, NULL, &status);
    opencc_t cc = opencc_open("t2s.json");
    if (U_FAILURE(status) || cc == (opencc_t)-1) return 1;
    char line[8192], whole[16384], single[16384];
    int lines = 0, icu_differs = 0, opencc_differs = 0, pieces = 0, inconsistent = 0;
    while (fgets(line, sizeof line, stdin)) {
        line[strcspn(line, "\n")] = 0;
        lines++;
        icu_convert(line, whole, sizeof whole);
        icu_per_character(line, single, sizeof single);
        if (strcmp(whole, single) != 0) icu_differs++;
        char *cc_line = opencc_convert_utf8(cc, line, strlen(line));
        if (strcmp(cc_line, whole) != 0) {
            if (opencc_differs < 5) fprintf(stderr, "  differ: %s | ICU %s | OpenCC %s\n", line, whole, cc_line);
            opencc_differs++;
        }
        // Two-character pieces (CJK, 3 bytes each) converted alone vs inside the line.
        size_t length = strlen(line);
        for (size_t at = 0; at + 6 <= length; at += 3) {
            if ((line[at] & 0xF0) != 0xE0 || (line[at + 3] & 0xF0) != 0xE0) continue;
            if (strlen(cc_line) != length) break; // only where byte lengths line up
            char piece[7];
            memcpy(piece, line + at, 6);
            piece[6] = 0;
            char *alone = opencc_convert_utf8(cc, piece, 6);
            pieces++;
            if (memcmp(alone, cc_line + at, 6) != 0) inconsistent++;
            opencc_convert_utf8_free(alone);
        }
        opencc_convert_utf8_free(cc_line);
    }
    printf("%d lines: ICU whole-line vs per-character differ on %d; OpenCC vs ICU differ on %d;\n", lines,
           icu_differs, opencc_differs);
    printf("OpenCC converts %d of %d two-character pieces differently alone than in their line\n",
           inconsistent, pieces);
    return 0;
}
