// YAML events through libyaml (libyaml-dev), for the glossary reader. Like the other bridges, the
// header uses only <stdint.h>/<stddef.h> types: libyaml's own structs stay inside yaml.c.

#ifndef CTERMALIGN_YAML_H
#define CTERMALIGN_YAML_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

enum {
    TA_YAML_STREAM_END = 0,
    TA_YAML_DOCUMENT_START = 1,
    TA_YAML_DOCUMENT_END = 2,
    TA_YAML_SCALAR = 3,
    TA_YAML_SEQUENCE_START = 4,
    TA_YAML_SEQUENCE_END = 5,
    TA_YAML_MAPPING_START = 6,
    TA_YAML_MAPPING_END = 7,
    TA_YAML_ALIAS = 8,
    /// The text is not YAML: ta_yaml_error says why and where.
    TA_YAML_ERROR = -1,
};

/// One event. Pointers stay valid until the next call of ta_yaml_next (or ta_yaml_close).
typedef struct ta_yaml_event {
    int32_t kind;
    /// Where the event starts: 0-based line, and column in characters.
    uint64_t line, column;
    /// A scalar's text.
    const uint8_t *value;
    size_t length;
    /// The anchor defined (scalar, sequence, mapping) or referred to (alias); NULL when there is none.
    const char *anchor;
    /// The resolved tag (`!!null` is "tag:yaml.org,2002:null"); NULL when there is none.
    const char *tag;
    /// Whether a scalar is plain (unquoted, not a block scalar).
    int32_t plain;
} ta_yaml_event;

typedef struct ta_yaml_parser ta_yaml_parser;

/// A parser over UTF-8 bytes, which must outlive it. NULL when memory runs out.
ta_yaml_parser *ta_yaml_open(const uint8_t *bytes, size_t length);

void ta_yaml_close(ta_yaml_parser *parser);

/// The next event (stream start is skipped). After TA_YAML_ERROR or TA_YAML_STREAM_END, every call
/// returns the same kind again.
int32_t ta_yaml_next(ta_yaml_parser *parser, ta_yaml_event *event);

/// The error after TA_YAML_ERROR: libyaml's problem and context texts (either may be NULL), and
/// the 0-based line and column of the problem.
void ta_yaml_error(const ta_yaml_parser *parser, const char **problem, const char **context,
                   uint64_t *line, uint64_t *column);

#ifdef __cplusplus
}
#endif

#endif
