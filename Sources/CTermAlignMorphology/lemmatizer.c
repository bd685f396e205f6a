#include "CTermAlignMorphology.h"

#include <hunspell/hunspell.h>
#include <libstemmer.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// Hunspell costs tens of microseconds per lookup, so every word form is looked up once and its lemma
// id kept in an open-addressing table. Lemma bytes are interned the same way, so equal keys share
// one id and one copy.

enum { LONGEST_DICTIONARY_WORD = 96 }; // bytes; Hunspell refuses longer words anyway

typedef struct block {
    struct block *previous;
    size_t used, capacity;
    uint8_t bytes[];
} block;

typedef struct {
    const uint8_t *bytes;
    uint32_t length;
    uint32_t value; // forms: lemma id; lemmas: unused
    uint64_t hash;
} slot;

typedef struct {
    slot *slots;
    size_t count, capacity; // capacity is a power of two
} table;

struct ta_lemmatizer {
    pthread_mutex_t lock;
    uint32_t strategy;
    int english; // English plural rules apply
    Hunhandle *hunspell;
    // Hunspell's dictionaries take a third of a short run to load, and a run whose every word form
    // is already cached (see ta_lemmatizer_import) needs none: they are loaded at the first miss.
    char *affix_path, *dictionary_path;
    int hunspell_tried;
    struct sb_stemmer *stemmer;
    block *arena;
    table forms;
    table lemmas;
    table exceptions; // value: index into exception_lemmas
    slot *exception_lemmas;
    size_t exception_count, exception_capacity;
    slot *lemma_list; // by id
    size_t lemma_list_capacity;
};

static uint64_t hash_bytes(const uint8_t *bytes, size_t length) {
    uint64_t hash = 1469598103934665603ull;
    for (size_t i = 0; i < length; i++) hash = (hash ^ bytes[i]) * 1099511628211ull;
    return hash | 1; // 0 marks an empty slot
}

static const uint8_t *arena_copy(ta_lemmatizer *l, const uint8_t *bytes, size_t length) {
    if (l->arena == NULL || l->arena->capacity - l->arena->used < length) {
        size_t capacity = length > 65536 ? length : 65536;
        block *fresh = malloc(sizeof(block) + capacity);
        if (fresh == NULL) return NULL;
        fresh->previous = l->arena;
        fresh->used = 0;
        fresh->capacity = capacity;
        l->arena = fresh;
    }
    uint8_t *copy = l->arena->bytes + l->arena->used;
    memcpy(copy, bytes, length);
    l->arena->used += length;
    return copy;
}

static slot *find(table *t, const uint8_t *bytes, size_t length, uint64_t hash) {
    if (t->capacity == 0) return NULL;
    size_t mask = t->capacity - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        slot *s = &t->slots[i];
        if (s->hash == 0) return s;
        if (s->hash == hash && s->length == length && memcmp(s->bytes, bytes, length) == 0) return s;
    }
}

static int grow_table(table *t) {
    if ((t->count + 1) * 4 < t->capacity * 3) return 1;
    size_t capacity = t->capacity ? t->capacity * 2 : 1024;
    slot *slots = calloc(capacity, sizeof(slot));
    if (slots == NULL) return 0;
    for (size_t i = 0; i < t->capacity; i++) {
        slot *old = &t->slots[i];
        if (old->hash == 0) continue;
        size_t j = old->hash & (capacity - 1);
        while (slots[j].hash != 0) j = (j + 1) & (capacity - 1);
        slots[j] = *old;
    }
    free(t->slots);
    t->slots = slots;
    t->capacity = capacity;
    return 1;
}

/// Interns lemma bytes; returns the id or UINT32_MAX.
static uint32_t intern(ta_lemmatizer *l, const uint8_t *bytes, size_t length) {
    uint64_t hash = hash_bytes(bytes, length);
    slot *s = find(&l->lemmas, bytes, length, hash);
    if (s != NULL && s->hash != 0) return s->value;
    if (!grow_table(&l->lemmas)) return UINT32_MAX;
    s = find(&l->lemmas, bytes, length, hash);
    const uint8_t *copy = arena_copy(l, bytes, length);
    if (copy == NULL) return UINT32_MAX;
    if (l->lemmas.count == l->lemma_list_capacity) {
        size_t capacity = l->lemma_list_capacity ? l->lemma_list_capacity * 2 : 1024;
        slot *list = realloc(l->lemma_list, capacity * sizeof(slot));
        if (list == NULL) return UINT32_MAX;
        l->lemma_list = list;
        l->lemma_list_capacity = capacity;
    }
    uint32_t id = (uint32_t)l->lemmas.count;
    *s = (slot){.bytes = copy, .length = (uint32_t)length, .value = id, .hash = hash};
    l->lemma_list[id] = *s;
    l->lemmas.count++;
    return id;
}

/// Lower-cases the Latin and Cyrillic capitals Hunspell's dictionary forms may carry (proper names,
/// acronyms) and folds ё to е, as the text normalizer does. Works in place; lengths do not change.
static void fold_case(char *word) {
    unsigned char *p = (unsigned char *)word;
    while (*p) {
        if (*p >= 'A' && *p <= 'Z') {
            *p += 32;
            p++;
        } else if (p[0] == 0xD0 && p[1] >= 0x90 && p[1] <= 0x9F) { // А-П → а-п
            p[1] += 0x20;
            p += 2;
        } else if (p[0] == 0xD0 && p[1] >= 0xA0 && p[1] <= 0xAF) { // Р-Я → р-я
            p[0] = 0xD1;
            p[1] -= 0x20;
            p += 2;
        } else if (p[0] == 0xD0 && (p[1] == 0x81)) { // Ё → е
            p[1] = 0xB5;
            p += 2;
        } else if (p[0] == 0xD1 && p[1] == 0x91) { // ё → е
            p[0] = 0xD0;
            p[1] = 0xB5;
            p += 2;
        } else {
            p++;
        }
    }
}

/// Copies a NUL-terminated string into `out` of `capacity` bytes, cutting it if it does not fit.
static void copy_string(char *out, size_t capacity, const char *in) {
    size_t length = strlen(in);
    if (length >= capacity) length = capacity - 1;
    memcpy(out, in, length);
    out[length] = 0;
}

static size_t common_prefix(const char *a, const char *b) {
    size_t n = 0;
    while (a[n] && a[n] == b[n]) n++;
    return n;
}

/// Stems `word` with Snowball into `out` (NUL-terminated, at most `capacity` bytes).
static void snowball(ta_lemmatizer *l, const char *word, char *out, size_t capacity) {
    const sb_symbol *stem = sb_stemmer_stem(l->stemmer, (const sb_symbol *)word, (int)strlen(word));
    size_t length = stem ? (size_t)sb_stemmer_length(l->stemmer) : 0;
    if (stem == NULL || length + 1 > capacity) {
        copy_string(out, capacity, word);
        return;
    }
    memcpy(out, stem, length);
    out[length] = 0;
}

/// Capitalizes the first letter (Latin or Cyrillic) of a lower-case word, so that proper names such
/// as «Путин» are found in the dictionary; returns 0 when the word does not start with such a letter.
static int capitalize(const char *word, char *out, size_t capacity) {
    size_t length = strlen(word);
    if (length + 1 > capacity) return 0;
    memcpy(out, word, length + 1);
    unsigned char *p = (unsigned char *)out;
    if (p[0] >= 'a' && p[0] <= 'z') p[0] -= 32;
    else if (p[0] == 0xD0 && p[1] >= 0xB0 && p[1] <= 0xBF) p[1] -= 0x20; // а-п → А-П
    else if (p[0] == 0xD1 && p[1] >= 0x80 && p[1] <= 0x8F) { p[0] = 0xD0; p[1] += 0x20; } // р-я
    else return 0;
    return 1;
}

/// Replaces a form that no affix rule derives by its dictionary form: a declared exception, or an
/// English compound in -men whose -man singular the dictionary knows (chairmen, spokesmen; not
/// specimen). Returns 0 when the word stays as it is.
static int dictionary_form(ta_lemmatizer *l, const char *word, char *out, size_t capacity) {
    size_t length = strlen(word);
    // English possessives: the owner's key is the owner's (men's → men → man).
    if (l->english && length > 2 && length < capacity) {
        size_t owner = length;
        if (word[length - 1] == '\'') owner = length - 1;
        else if (word[length - 2] == '\'' && word[length - 1] == 's') owner = length - 2;
        if (owner < length) {
            memcpy(out, word, owner);
            out[owner] = 0;
            char deeper[4 * LONGEST_DICTIONARY_WORD];
            if (dictionary_form(l, out, deeper, sizeof deeper) && strlen(deeper) < capacity) strcpy(out, deeper);
            return 1;
        }
    }
    slot *exception = find(&l->exceptions, (const uint8_t *)word, length, hash_bytes((const uint8_t *)word, length));
    if (exception != NULL && exception->hash != 0) {
        slot *lemma = &l->exception_lemmas[exception->value];
        if (lemma->length + 1 > capacity) return 0;
        memcpy(out, lemma->bytes, lemma->length);
        out[lemma->length] = 0;
        return 1;
    }
    if (l->english && l->hunspell && length > 4 && length < capacity && strcmp(word + length - 3, "men") == 0) {
        memcpy(out, word, length + 1);
        out[length - 2] = 'a';
        if (Hunspell_spell(l->hunspell, out)) return 1;
    }
    return 0;
}

/// British spellings and the American ones the dictionary knows: each pair is tried wherever the
/// first occurs in the word, one place at a time ("neighbourhood" → "neighborhood", "organisation" →
/// "organization", "analysed" → "analyzed", "centres" → "centers", "travelled" → "traveled",
/// "defence" → "defense", "catalogue" → "catalog", "programme" → "program").
static const char *const spelling_pairs[][2] = {
    {"our", "or"}, {"isa", "iza"}, {"ise", "ize"}, {"isi", "izi"}, {"yse", "yze"}, {"ysi", "yzi"},
    {"tre", "ter"}, {"tred", "tered"}, {"tring", "tering"}, {"ll", "l"}, {"ence", "ense"}, {"ogue", "og"}, {"mme", "m"},
};

/// The American spelling of an English word the dictionary does not know, when one replacement of
/// `spelling_pairs` gives a word it does; 0 otherwise. Both spellings then share one key, so a
/// glossary in either matches a text in the other.
static int american_spelling(ta_lemmatizer *l, const char *word, char *out, size_t capacity) {
    size_t length = strlen(word);
    if (!l->english || l->hunspell == NULL || length < 4 || length >= capacity || length > LONGEST_DICTIONARY_WORD) return 0;
    if (Hunspell_spell(l->hunspell, word)) return 0;
    for (size_t pair = 0; pair < sizeof spelling_pairs / sizeof spelling_pairs[0]; pair++) {
        const char *from = spelling_pairs[pair][0], *to = spelling_pairs[pair][1];
        size_t from_length = strlen(from), to_length = strlen(to);
        for (const char *at = strstr(word, from); at != NULL; at = strstr(at + 1, from)) {
            size_t before = (size_t)(at - word);
            if (before == 0) continue; // a spelling variant is never the word's start ("our", "tree")
            size_t after = length - before - from_length;
            if (before + to_length + after >= capacity) continue;
            memcpy(out, word, before);
            memcpy(out + before, to, to_length);
            memcpy(out + before + to_length, at + from_length, after + 1);
            if (Hunspell_spell(l->hunspell, out)) return 1;
        }
    }
    return 0;
}

/// Loads the Hunspell dictionaries on the first word form that needs them. The files were found
/// readable when the lemmatizer was opened; should loading fail now, keys come from Snowball alone.
static void ensure_hunspell(ta_lemmatizer *l) {
    if (l->hunspell_tried || !(l->strategy & TA_LEMMA_HUNSPELL)) return;
    l->hunspell_tried = 1;
    l->hunspell = Hunspell_create(l->affix_path, l->dictionary_path);
}

/// The key for one word form, written to `key`. Among several Hunspell lemmas the one whose key
/// agrees with the form's own stem wins, then the one sharing the longest prefix with the form, then
/// the smallest, so the choice never depends on dictionary order.
static void lemma_key(ta_lemmatizer *l, const char *word, char *key, size_t capacity) {
    ensure_hunspell(l);
    char american[4 * LONGEST_DICTIONARY_WORD];
    if (american_spelling(l, word, american, sizeof american)) word = american;
    char replaced[4 * LONGEST_DICTIONARY_WORD];
    if (dictionary_form(l, word, replaced, sizeof replaced)) word = replaced;
    int use_snowball = (l->strategy & TA_LEMMA_SNOWBALL) && l->stemmer != NULL;
    char candidate[4 * LONGEST_DICTIONARY_WORD];
    char own_stem[4 * LONGEST_DICTIONARY_WORD];
    if (use_snowball) snowball(l, word, own_stem, sizeof own_stem);
    int found = 0;
    if ((l->strategy & TA_LEMMA_HUNSPELL) && l->hunspell && strlen(word) <= LONGEST_DICTIONARY_WORD) {
        char **stems = NULL;
        int count = Hunspell_stem(l->hunspell, &stems, word);
        if (count == 0) {
            Hunspell_free_list(l->hunspell, &stems, count);
            char capitalized[4 * LONGEST_DICTIONARY_WORD];
            if (capitalize(word, capitalized, sizeof capitalized)) {
                count = Hunspell_stem(l->hunspell, &stems, capitalized);
            }
        }
        int best_agrees = -1;
        size_t best_prefix = 0;
        for (int i = 0; i < count; i++) {
            copy_string(candidate, sizeof candidate, stems[i]);
            fold_case(candidate);
            // A lemma that does not even start like the form comes from a prefix rule (reaffirm →
            // affirm, неприемлемый → приемлемый): a different word, not an inflection.
            if (common_prefix(candidate, word) == 0) continue;
            if (use_snowball) {
                char stemmed[sizeof candidate];
                snowball(l, candidate, stemmed, sizeof stemmed);
                memcpy(candidate, stemmed, sizeof candidate);
            }
            int agrees = use_snowball && strcmp(candidate, own_stem) == 0;
            size_t prefix = common_prefix(candidate, word);
            int better = !found || agrees > best_agrees ||
                         (agrees == best_agrees && (prefix > best_prefix ||
                                                    (prefix == best_prefix && strcmp(candidate, key) < 0)));
            if (better) {
                copy_string(key, capacity, candidate);
                best_agrees = agrees;
                best_prefix = prefix;
                found = 1;
            }
        }
        Hunspell_free_list(l->hunspell, &stems, count);
    }
    if (found) return;
    copy_string(key, capacity, use_snowball ? own_stem : word);
}

ta_lemmatizer *ta_lemmatizer_open(const char *snowball_language, const char *affix_path,
                                  const char *dictionary_path, uint32_t strategy, int32_t *status) {
    ta_lemmatizer *l = calloc(1, sizeof(ta_lemmatizer));
    if (l == NULL) {
        *status = TA_LEMMA_STATUS_OUT_OF_MEMORY;
        return NULL;
    }
    pthread_mutex_init(&l->lock, NULL);
    l->strategy = strategy;
    l->english = snowball_language != NULL && strcmp(snowball_language, "english") == 0;
    *status = 0;
    if (strategy & TA_LEMMA_SNOWBALL) {
        l->stemmer = sb_stemmer_new(snowball_language, "UTF_8");
        if (l->stemmer == NULL) *status = TA_LEMMA_STATUS_NO_STEMMER;
    }
    if (*status == 0 && (strategy & TA_LEMMA_HUNSPELL)) {
        // Hunspell_create does not report a missing file; check first.
        FILE *affix = affix_path ? fopen(affix_path, "r") : NULL;
        FILE *dictionary = dictionary_path ? fopen(dictionary_path, "r") : NULL;
        if (affix && dictionary) {
            l->affix_path = strdup(affix_path);
            l->dictionary_path = strdup(dictionary_path);
            if (l->affix_path == NULL || l->dictionary_path == NULL) *status = TA_LEMMA_STATUS_OUT_OF_MEMORY;
        } else {
            *status = TA_LEMMA_STATUS_NO_DICTIONARY;
        }
        if (affix) fclose(affix);
        if (dictionary) fclose(dictionary);
    }
    if (*status != 0) {
        ta_lemmatizer_close(l);
        return NULL;
    }
    return l;
}

void ta_lemmatizer_close(ta_lemmatizer *l) {
    if (l == NULL) return;
    if (l->hunspell) Hunspell_destroy(l->hunspell);
    free(l->affix_path);
    free(l->dictionary_path);
    if (l->stemmer) sb_stemmer_delete(l->stemmer);
    while (l->arena) {
        block *previous = l->arena->previous;
        free(l->arena);
        l->arena = previous;
    }
    free(l->forms.slots);
    free(l->lemmas.slots);
    free(l->exceptions.slots);
    free(l->exception_lemmas);
    free(l->lemma_list);
    pthread_mutex_destroy(&l->lock);
    free(l);
}

uint32_t ta_lemmatize(ta_lemmatizer *l, const uint8_t *word, size_t length) {
    uint64_t hash = hash_bytes(word, length);
    pthread_mutex_lock(&l->lock);
    slot *s = find(&l->forms, word, length, hash);
    if (s != NULL && s->hash != 0) {
        uint32_t id = s->value;
        pthread_mutex_unlock(&l->lock);
        return id;
    }
    uint32_t id = UINT32_MAX;
    char key[4 * LONGEST_DICTIONARY_WORD];
    if (length < 4 * LONGEST_DICTIONARY_WORD && memchr(word, 0, length) == NULL) {
        char form[4 * LONGEST_DICTIONARY_WORD];
        memcpy(form, word, length);
        form[length] = 0;
        lemma_key(l, form, key, sizeof key);
        id = intern(l, (const uint8_t *)key, strlen(key));
    } else {
        id = intern(l, word, length); // too long to be a dictionary word: its own key
    }
    if (id != UINT32_MAX && grow_table(&l->forms)) {
        s = find(&l->forms, word, length, hash);
        const uint8_t *copy = arena_copy(l, word, length);
        if (copy != NULL) {
            *s = (slot){.bytes = copy, .length = (uint32_t)length, .value = id, .hash = hash};
            l->forms.count++;
        }
    }
    pthread_mutex_unlock(&l->lock);
    return id;
}

const uint8_t *ta_lemma_bytes(ta_lemmatizer *l, uint32_t id, size_t *length) {
    pthread_mutex_lock(&l->lock);
    const uint8_t *bytes = NULL;
    *length = 0;
    if (id < l->lemmas.count) {
        bytes = l->lemma_list[id].bytes;
        *length = l->lemma_list[id].length;
    }
    pthread_mutex_unlock(&l->lock);
    return bytes;
}

int32_t ta_lemmatizer_add_exception(ta_lemmatizer *l, const uint8_t *form, size_t form_length,
                                    const uint8_t *lemma, size_t lemma_length) {
    pthread_mutex_lock(&l->lock);
    int32_t ok = 0;
    uint64_t hash = hash_bytes(form, form_length);
    if (grow_table(&l->exceptions)) {
        slot *s = find(&l->exceptions, form, form_length, hash);
        if (s->hash == 0) {
            if (l->exception_count == l->exception_capacity) {
                size_t capacity = l->exception_capacity ? l->exception_capacity * 2 : 64;
                slot *list = realloc(l->exception_lemmas, capacity * sizeof(slot));
                if (list != NULL) {
                    l->exception_lemmas = list;
                    l->exception_capacity = capacity;
                }
            }
            const uint8_t *form_copy = arena_copy(l, form, form_length);
            const uint8_t *lemma_copy = arena_copy(l, lemma, lemma_length);
            if (l->exception_count < l->exception_capacity && form_copy && lemma_copy) {
                l->exception_lemmas[l->exception_count] =
                    (slot){.bytes = lemma_copy, .length = (uint32_t)lemma_length, .hash = 1};
                *s = (slot){.bytes = form_copy, .length = (uint32_t)form_length,
                            .value = (uint32_t)l->exception_count, .hash = hash};
                l->exceptions.count++;
                l->exception_count++;
                ok = 1;
            }
        } else {
            ok = 1; // already declared; the first declaration stands
        }
    }
    pthread_mutex_unlock(&l->lock);
    return ok;
}

size_t ta_lemmatizer_cached_forms(ta_lemmatizer *l) {
    pthread_mutex_lock(&l->lock);
    size_t count = l->forms.count;
    pthread_mutex_unlock(&l->lock);
    return count;
}

int32_t ta_lemmatizer_dictionary_loaded(ta_lemmatizer *l) {
    pthread_mutex_lock(&l->lock);
    int32_t loaded = l->hunspell != NULL;
    pthread_mutex_unlock(&l->lock);
    return loaded;
}

static void put_length(uint8_t **at, uint32_t length) {
    memcpy(*at, &length, 4);
    *at += 4;
}

uint8_t *ta_lemmatizer_export(ta_lemmatizer *l, size_t *length) {
    pthread_mutex_lock(&l->lock);
    size_t size = 4;
    for (size_t i = 0; i < l->forms.capacity; i++) {
        const slot *s = &l->forms.slots[i];
        if (s->hash != 0) size += 8 + s->length + l->lemma_list[s->value].length;
    }
    uint8_t *bytes = malloc(size);
    if (bytes != NULL) {
        uint8_t *at = bytes;
        put_length(&at, (uint32_t)l->forms.count);
        for (size_t i = 0; i < l->forms.capacity; i++) {
            const slot *s = &l->forms.slots[i];
            if (s->hash == 0) continue;
            const slot *lemma = &l->lemma_list[s->value];
            put_length(&at, s->length);
            memcpy(at, s->bytes, s->length);
            at += s->length;
            put_length(&at, lemma->length);
            memcpy(at, lemma->bytes, lemma->length);
            at += lemma->length;
        }
        *length = size;
    }
    pthread_mutex_unlock(&l->lock);
    return bytes;
}

/// Reads one length-prefixed string of an export, or returns 0 when the bytes end first.
static int take(const uint8_t **at, const uint8_t *end, const uint8_t **bytes, uint32_t *length) {
    if (end - *at < 4) return 0;
    memcpy(length, *at, 4);
    *at += 4;
    if ((size_t)(end - *at) < *length) return 0;
    *bytes = *at;
    *at += *length;
    return 1;
}

int32_t ta_lemmatizer_import(ta_lemmatizer *l, const uint8_t *bytes, size_t length) {
    const uint8_t *at = bytes, *end = bytes + length;
    uint32_t count = 0;
    if (length < 4) return 0;
    memcpy(&count, at, 4);
    at += 4;
    int32_t ok = 1;
    pthread_mutex_lock(&l->lock);
    for (uint32_t i = 0; i < count && ok; i++) {
        const uint8_t *form, *lemma;
        uint32_t form_length, lemma_length;
        if (!take(&at, end, &form, &form_length) || !take(&at, end, &lemma, &lemma_length)) {
            ok = 0;
            break;
        }
        uint64_t hash = hash_bytes(form, form_length);
        slot *s = find(&l->forms, form, form_length, hash);
        if (s != NULL && s->hash != 0) continue; // known: what this run computed stands
        uint32_t id = intern(l, lemma, lemma_length);
        if (id == UINT32_MAX || !grow_table(&l->forms)) {
            ok = 0;
            break;
        }
        s = find(&l->forms, form, form_length, hash);
        const uint8_t *copy = arena_copy(l, form, form_length);
        if (copy == NULL) {
            ok = 0;
            break;
        }
        *s = (slot){.bytes = copy, .length = form_length, .value = id, .hash = hash};
        l->forms.count++;
    }
    pthread_mutex_unlock(&l->lock);
    return ok && at == end;
}
