#include "CTermAlignICU.h"
#include "normalizer_table.h"
#include "phrases.h"
#include "utf8.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>
#include <unicode/utrans.h>

// One table per combination of the three table options, each 256 KiB, built lazily.
static ta_table *tables[8];
static pthread_mutex_t tables_lock = PTHREAD_MUTEX_INITIALIZER;

int ta_is_ideographic(uint32_t cp) {
    if ((cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFE30 && cp <= 0xFE4F)) return 1;
    if (cp >= 0xFF00 && cp <= 0xFFEF) {
        // Full-width punctuation belongs to CJK text; full-width digits and Latin letters do not.
        int digit = cp >= 0xFF10 && cp <= 0xFF19;
        int letter = (cp >= 0xFF21 && cp <= 0xFF3A) || (cp >= 0xFF41 && cp <= 0xFF5A);
        return !digit && !letter;
    }
    UErrorCode status = U_ZERO_ERROR;
    UScriptCode script = uscript_getScript((UChar32)cp, &status);
    return U_SUCCESS(status) && (script == USCRIPT_HAN || script == USCRIPT_HIRAGANA ||
                                 script == USCRIPT_KATAKANA || script == USCRIPT_BOPOMOFO);
}

uint32_t ta_supplementary_entry(uint32_t cp) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfkc = unorm2_getNFKCCasefoldInstance(&status);
    uint32_t entry = cp;
    if (U_SUCCESS(status) && unorm2_hasBoundaryBefore(nfkc, (UChar32)cp)) entry |= TA_F_BOUNDARY;
    if (ta_is_ideographic(cp)) entry |= TA_F_IDEOGRAPHIC;
    return entry;
}

static int is_double_quote(uint32_t cp) {
    switch (cp) {
    case 0x00AB: case 0x00BB: case 0x201C: case 0x201D: case 0x201E: case 0x201F:
    case 0x2039: case 0x203A: case 0x300C: case 0x300D: case 0x300E: case 0x300F:
    case 0x301D: case 0x301E: case 0x301F: case 0xFE41: case 0xFE42: case 0xFE43: case 0xFE44:
        return 1;
    default:
        return 0;
    }
}

static int is_single_quote(uint32_t cp) {
    return cp == 0x2018 || cp == 0x2019 || cp == 0x201A || cp == 0x201B || cp == 0x02BC;
}

static int is_dash(uint32_t cp) {
    return (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212 || cp == 0xFE58 || cp == 0xFE63 ||
           cp == 0x2E3A || cp == 0x2E3B;
}

/// Single Han character → Simplified, through ICU's transliterator (its rules are per character).
static uint32_t simplify(UTransliterator *t2s, uint32_t cp) {
    UChar buffer[8];
    int32_t length = 0;
    U16_APPEND_UNSAFE(buffer, length, cp);
    int32_t limit = length;
    UErrorCode status = U_ZERO_ERROR;
    utrans_transUChars(t2s, buffer, &length, 8, 0, &limit, &status);
    if (U_FAILURE(status) || length == 0) return cp;
    int32_t i = 0;
    UChar32 out;
    U16_NEXT(buffer, i, length, out);
    return i == length ? (uint32_t)out : cp; // only one-to-one results
}

/// The TermAlign-specific mappings applied after NFKC_Casefold.
static uint32_t post_map(uint32_t cp, uint32_t options, UTransliterator *t2s) {
    if ((options & TA_NORM_FOLD_YO) && cp == 0x0451) return 0x0435;
    if (options & TA_NORM_UNIFY_PUNCTUATION) {
        if (is_double_quote(cp)) return '"';
        if (is_single_quote(cp)) return '\'';
        if (is_dash(cp)) return '-';
    }
    if (t2s != NULL) {
        UErrorCode status = U_ZERO_ERROR;
        if (uscript_getScript((UChar32)cp, &status) == USCRIPT_HAN) return simplify(t2s, cp);
    }
    return cp;
}

static uint32_t whitespace_flags(uint32_t cp) {
    if (!u_isUWhiteSpace((UChar32)cp)) return 0;
    switch (cp) {
    case '\n': case '\r': case 0x0B: case 0x85: case 0x2028:
        return TA_F_SPACE | TA_F_NEWLINE;
    case 0x0C: case 0x2029:
        return TA_F_SPACE | TA_F_PARAGRAPH;
    default:
        return TA_F_SPACE;
    }
}

static int is_cyrillic_letter(uint32_t cp) {
    return cp >= 0x0400 && cp <= 0x052F && u_isalpha((UChar32)cp);
}

static ta_table *build_table(uint32_t options, int32_t *status) {
    UErrorCode icu = U_ZERO_ERROR;
    const UNormalizer2 *nfkc = unorm2_getNFKCCasefoldInstance(&icu);
    UTransliterator *t2s = NULL;
    if (U_SUCCESS(icu) && (options & TA_NORM_TRADITIONAL_TO_SIMPLIFIED)) {
        UChar id[32];
        u_uastrcpy(id, "Traditional-Simplified");
        t2s = utrans_openU(id, -1, UTRANS_FORWARD, NULL, 0, NULL, &icu);
    }
    ta_table *built = U_SUCCESS(icu) ? calloc(1, sizeof(ta_table)) : NULL;
    if (built == NULL) {
        *status = U_FAILURE(icu) ? icu : TA_STATUS_OUT_OF_MEMORY;
        if (t2s) utrans_close(t2s);
        return NULL;
    }
    uint32_t *table = built->entries;
    for (uint32_t cp = 0; cp < 0x10000; cp++) {
        if (cp >= 0xD800 && cp <= 0xDFFF) continue; // never decoded
        uint32_t entry = whitespace_flags(cp);
        if (unorm2_hasBoundaryBefore(nfkc, (UChar32)cp)) entry |= TA_F_BOUNDARY;
        if (is_cyrillic_letter(cp)) entry |= TA_F_CYRILLIC;
        UChar source[1] = {(UChar)cp};
        UChar folded[32];
        UErrorCode local = U_ZERO_ERROR;
        int32_t length = unorm2_normalize(nfkc, source, 1, folded, 32, &local);
        if (U_SUCCESS(local)) {
            if (length == 0) {
                entry |= TA_F_DELETE;
            } else {
                int32_t i = 0;
                UChar32 first;
                U16_NEXT(folded, i, length, first);
                uint32_t image = post_map((uint32_t)first, options, t2s);
                if (i == length) entry |= TA_F_SIMPLE | image;
                if (ta_is_ideographic(image)) entry |= TA_F_IDEOGRAPHIC;
            }
        }
        table[cp] = entry;
    }
    // Chains (a code point whose image maps further) are followed to their end, so that the key of a
    // key is the key itself.
    for (uint32_t cp = 0; cp < 0x10000; cp++) {
        uint32_t entry = table[cp];
        if (!(entry & TA_F_SIMPLE)) continue;
        uint32_t image = entry & TA_CP_MASK;
        for (int step = 0; step < 8 && image < 0x10000; step++) {
            uint32_t next = table[image];
            if (!(next & TA_F_SIMPLE) || (next & TA_CP_MASK) == image) break;
            image = next & TA_CP_MASK;
        }
        entry = (entry & ~(TA_CP_MASK | TA_F_IDEOGRAPHIC)) | image;
        if (ta_is_ideographic(image)) entry |= TA_F_IDEOGRAPHIC;
        if (ta_utf8_length(image) == ta_utf8_length(cp)) entry |= TA_F_SAME_LENGTH;
        table[cp] = entry;
    }
    if (t2s) utrans_close(t2s);
    built->cyrillic_lowercase_is_plain = 1;
    for (uint32_t cp = 0x400; cp <= 0x47F; cp++) {
        int plain_letter = cp < 0x430 || cp > 0x44F || (table[cp] & TA_CP_MASK) == cp;
        if (!(table[cp] & TA_F_BOUNDARY) || !plain_letter) built->cyrillic_lowercase_is_plain = 0;
    }
    if (options & TA_NORM_TRADITIONAL_TO_SIMPLIFIED) {
        built->phrases = ta_phrase_rules_build(table, status);
        if (built->phrases == NULL) {
            free(built);
            return NULL;
        }
        for (uint32_t cp = 0; cp < 0x10000; cp++) {
            if ((table[cp] & TA_F_SIMPLE) && ta_phrase_rules_start_with(built->phrases, table[cp] & TA_CP_MASK)) {
                table[cp] |= TA_F_PHRASE_START;
            }
        }
    }
    built->cjk_is_simple = 1;
    for (uint32_t cp = 0x4000; cp <= 0x9FFF; cp++) {
        uint32_t wanted = TA_F_BOUNDARY | TA_F_SIMPLE | TA_F_SAME_LENGTH;
        if ((table[cp] & (wanted | TA_F_SPACE | TA_F_DELETE)) != wanted) built->cjk_is_simple = 0;
        if ((table[cp] & TA_CP_MASK) < 0x800) built->cjk_is_simple = 0; // images are stored as 3 bytes
    }
    return built;
}

const ta_table *ta_normalizer_table(uint32_t options, int32_t *status) {
    uint32_t slot = 0;
    if (options & TA_NORM_FOLD_YO) slot |= 1;
    if (options & TA_NORM_UNIFY_PUNCTUATION) slot |= 2;
    if (options & TA_NORM_TRADITIONAL_TO_SIMPLIFIED) slot |= 4;
    ta_table *table = __atomic_load_n(&tables[slot], __ATOMIC_ACQUIRE);
    if (table != NULL) return table;
    pthread_mutex_lock(&tables_lock);
    table = tables[slot];
    if (table == NULL) {
        table = build_table(options & TA_TABLE_OPTIONS, status);
        if (table != NULL) __atomic_store_n(&tables[slot], table, __ATOMIC_RELEASE);
    }
    pthread_mutex_unlock(&tables_lock);
    return table;
}

// MARK: - Keeping a table between runs

/// What a saved table starts with; the number changes whenever the table's layout or meaning does.
static const char table_magic[8] = {'T', 'A', 'N', 'T', 'B', 'L', 0, 1};

int32_t ta_normalizer_table_ready(uint32_t options) {
    uint32_t slot = 0;
    if (options & TA_NORM_FOLD_YO) slot |= 1;
    if (options & TA_NORM_UNIFY_PUNCTUATION) slot |= 2;
    if (options & TA_NORM_TRADITIONAL_TO_SIMPLIFIED) slot |= 4;
    return __atomic_load_n(&tables[slot], __ATOMIC_ACQUIRE) != NULL;
}

uint8_t *ta_normalizer_table_save(uint32_t options, size_t *length, int32_t *status) {
    const ta_table *table = ta_normalizer_table(options, status);
    if (table == NULL) return NULL;
    size_t phrases = table->phrases ? ta_phrase_rules_saved_size(table->phrases) : 0;
    size_t size = sizeof table_magic + sizeof(uint32_t) * 3 + sizeof table->entries + phrases;
    uint8_t *out = malloc(size);
    if (out == NULL) {
        *status = TA_STATUS_OUT_OF_MEMORY;
        return NULL;
    }
    uint8_t *at = out;
    memcpy(at, table_magic, sizeof table_magic);
    at += sizeof table_magic;
    uint32_t header[3] = {options & TA_TABLE_OPTIONS,
                          (uint32_t)table->cyrillic_lowercase_is_plain | ((uint32_t)table->cjk_is_simple << 1),
                          table->phrases != NULL};
    memcpy(at, header, sizeof header);
    at += sizeof header;
    memcpy(at, table->entries, sizeof table->entries);
    at += sizeof table->entries;
    if (table->phrases) ta_phrase_rules_save(table->phrases, at);
    *length = size;
    return out;
}

int32_t ta_normalizer_table_load(uint32_t options, const uint8_t *bytes, size_t length) {
    size_t fixed = sizeof table_magic + sizeof(uint32_t) * 3 + sizeof(((ta_table *)0)->entries);
    if (length < fixed || memcmp(bytes, table_magic, sizeof table_magic) != 0) return 0;
    uint32_t header[3];
    memcpy(header, bytes + sizeof table_magic, sizeof header);
    int wants_phrases = (options & TA_NORM_TRADITIONAL_TO_SIMPLIFIED) != 0;
    if (header[0] != (options & TA_TABLE_OPTIONS) || header[2] != (uint32_t)wants_phrases) return 0;
    ta_table *built = calloc(1, sizeof(ta_table));
    if (built == NULL) return 0;
    memcpy(built->entries, bytes + sizeof table_magic + sizeof header, sizeof built->entries);
    built->cyrillic_lowercase_is_plain = (int)(header[1] & 1);
    built->cjk_is_simple = (int)((header[1] >> 1) & 1);
    size_t used = 0;
    if (wants_phrases) {
        built->phrases = ta_phrase_rules_load(bytes + fixed, length - fixed, &used);
        if (built->phrases == NULL) {
            free(built);
            return 0;
        }
    }
    if (fixed + used != length) {
        // The bytes are not what save writes.
        ta_phrase_rules_free(built->phrases);
        free(built);
        return 0;
    }
    uint32_t slot = 0;
    if (options & TA_NORM_FOLD_YO) slot |= 1;
    if (options & TA_NORM_UNIFY_PUNCTUATION) slot |= 2;
    if (options & TA_NORM_TRADITIONAL_TO_SIMPLIFIED) slot |= 4;
    pthread_mutex_lock(&tables_lock);
    int installed = tables[slot] == NULL;
    if (installed) __atomic_store_n(&tables[slot], built, __ATOMIC_RELEASE);
    pthread_mutex_unlock(&tables_lock);
    if (!installed) {
        // One was built meanwhile: it stays.
        ta_phrase_rules_free(built->phrases);
        free(built);
    }
    return 1;
}

void ta_icu_version(char *out) {
    UVersionInfo version;
    u_getVersion(version);
    u_versionToString(version, out);
}
