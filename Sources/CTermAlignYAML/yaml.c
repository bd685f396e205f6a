#include "CTermAlignYAML.h"

#include <stdlib.h>
#include <yaml.h>

struct ta_yaml_parser {
    yaml_parser_t parser;
    yaml_event_t event;
    int has_event;
    int32_t final_kind; // 0 while reading; TA_YAML_STREAM_END or TA_YAML_ERROR once done
};

ta_yaml_parser *ta_yaml_open(const uint8_t *bytes, size_t length) {
    ta_yaml_parser *parser = calloc(1, sizeof *parser);
    if (!parser) return NULL;
    if (!yaml_parser_initialize(&parser->parser)) {
        free(parser);
        return NULL;
    }
    yaml_parser_set_input_string(&parser->parser, bytes, length);
    yaml_parser_set_encoding(&parser->parser, YAML_UTF8_ENCODING);
    return parser;
}

void ta_yaml_close(ta_yaml_parser *parser) {
    if (!parser) return;
    if (parser->has_event) yaml_event_delete(&parser->event);
    yaml_parser_delete(&parser->parser);
    free(parser);
}

static int32_t kind_of(yaml_event_type_t type) {
    switch (type) {
    case YAML_STREAM_END_EVENT: return TA_YAML_STREAM_END;
    case YAML_DOCUMENT_START_EVENT: return TA_YAML_DOCUMENT_START;
    case YAML_DOCUMENT_END_EVENT: return TA_YAML_DOCUMENT_END;
    case YAML_SCALAR_EVENT: return TA_YAML_SCALAR;
    case YAML_SEQUENCE_START_EVENT: return TA_YAML_SEQUENCE_START;
    case YAML_SEQUENCE_END_EVENT: return TA_YAML_SEQUENCE_END;
    case YAML_MAPPING_START_EVENT: return TA_YAML_MAPPING_START;
    case YAML_MAPPING_END_EVENT: return TA_YAML_MAPPING_END;
    case YAML_ALIAS_EVENT: return TA_YAML_ALIAS;
    default: return -2; // stream start, or none: skipped
    }
}

int32_t ta_yaml_next(ta_yaml_parser *parser, ta_yaml_event *event) {
    *event = (ta_yaml_event){0};
    if (parser->final_kind) {
        event->kind = parser->final_kind;
        return parser->final_kind;
    }
    for (;;) {
        if (parser->has_event) {
            yaml_event_delete(&parser->event);
            parser->has_event = 0;
        }
        if (!yaml_parser_parse(&parser->parser, &parser->event)) {
            parser->final_kind = TA_YAML_ERROR;
            event->kind = TA_YAML_ERROR;
            return TA_YAML_ERROR;
        }
        parser->has_event = 1;
        int32_t kind = kind_of(parser->event.type);
        if (kind == -2) continue;
        const yaml_event_t *source = &parser->event;
        event->kind = kind;
        event->line = source->start_mark.line;
        event->column = source->start_mark.column;
        switch (source->type) {
        case YAML_SCALAR_EVENT:
            event->value = source->data.scalar.value;
            event->length = source->data.scalar.length;
            event->anchor = (const char *)source->data.scalar.anchor;
            event->tag = (const char *)source->data.scalar.tag;
            event->plain = source->data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
            break;
        case YAML_SEQUENCE_START_EVENT:
            event->anchor = (const char *)source->data.sequence_start.anchor;
            event->tag = (const char *)source->data.sequence_start.tag;
            break;
        case YAML_MAPPING_START_EVENT:
            event->anchor = (const char *)source->data.mapping_start.anchor;
            event->tag = (const char *)source->data.mapping_start.tag;
            break;
        case YAML_ALIAS_EVENT:
            event->anchor = (const char *)source->data.alias.anchor;
            break;
        default:
            break;
        }
        if (kind == TA_YAML_STREAM_END) parser->final_kind = TA_YAML_STREAM_END;
        return kind;
    }
}

void ta_yaml_error(const ta_yaml_parser *parser, const char **problem, const char **context,
                   uint64_t *line, uint64_t *column) {
    *problem = parser->parser.problem;
    *context = parser->parser.context;
    *line = parser->parser.problem_mark.line;
    *column = parser->parser.problem_mark.column;
}
