// Lemma keys for Russian and English through Hunspell (libhunspell, hunspell-ru, hunspell-en-us) and
// Snowball (libstemmer). Like the ICU bridge, the header uses only <stdint.h>/<stddef.h> types.

#ifndef CTERMALIGN_MORPHOLOGY_H
#define CTERMALIGN_MORPHOLOGY_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

enum {
    /// Look the word up in the Hunspell dictionary and take its dictionary form (lemma).
    TA_LEMMA_HUNSPELL = 1u << 0,
    /// Stem with Snowball: the word itself, or the Hunspell lemma when both are set.
    TA_LEMMA_SNOWBALL = 1u << 1,
};

enum {
    TA_LEMMA_STATUS_NO_DICTIONARY = 1,
    TA_LEMMA_STATUS_NO_STEMMER = 2,
    TA_LEMMA_STATUS_OUT_OF_MEMORY = 3,
};

/// A lemmatizer for one language with a cache of every word form it has seen. Thread-safe: calls
/// are serialized by an internal lock.
typedef struct ta_lemmatizer ta_lemmatizer;

/// Opens a lemmatizer. `snowball_language` is a libstemmer name ("russian", "english");
/// `affix_path` and `dictionary_path` are Hunspell files, required when `strategy` has
/// TA_LEMMA_HUNSPELL.
ta_lemmatizer *ta_lemmatizer_open(const char *snowball_language, const char *affix_path,
                                  const char *dictionary_path, uint32_t strategy, int32_t *status);

void ta_lemmatizer_close(ta_lemmatizer *lemmatizer);

/// The lemma key of a lower-case, normalized UTF-8 word, as an id whose bytes ta_lemma_bytes gives.
/// Returns UINT32_MAX when memory runs out.
uint32_t ta_lemmatize(ta_lemmatizer *lemmatizer, const uint8_t *word, size_t length);

/// The bytes of a lemma id. The pointer stays valid until the lemmatizer is closed.
const uint8_t *ta_lemma_bytes(ta_lemmatizer *lemmatizer, uint32_t id, size_t *length);

/// Declares that `form` (a normalized word) is a form of `lemma` — for forms no rule can derive
/// (men → man, люди → человек). Call before the first ta_lemmatize. Returns 0 when memory runs out.
int32_t ta_lemmatizer_add_exception(ta_lemmatizer *lemmatizer, const uint8_t *form, size_t form_length,
                                    const uint8_t *lemma, size_t lemma_length);

/// Number of distinct word forms looked up so far (the cache size).
size_t ta_lemmatizer_cached_forms(ta_lemmatizer *lemmatizer);

/// Whether the Hunspell dictionaries have been loaded: they are, at the first word form that is not
/// cached and needs them.
int32_t ta_lemmatizer_dictionary_loaded(ta_lemmatizer *lemmatizer);

/// Every cached word form with its lemma key, for ta_lemmatizer_import in a later run (the caller
/// frees the bytes; NULL when memory runs out). The layout is private to this build.
uint8_t *ta_lemmatizer_export(ta_lemmatizer *lemmatizer, size_t *length);

/// Adds the forms of an export to the cache (a form already cached keeps its key). Returns 0 when
/// the bytes are not a whole export of this build (what came before the damage is kept: every pair
/// is a form and its key) or memory runs out.
int32_t ta_lemmatizer_import(ta_lemmatizer *lemmatizer, const uint8_t *bytes, size_t length);

#ifdef __cplusplus
}
#endif

#endif
