#include "CTermAlignICU.h"

#include <unicode/uchar.h>

int32_t ta_sentence_class(uint32_t code_point) {
    switch (u_getIntPropertyValue((UChar32)code_point, UCHAR_SENTENCE_BREAK)) {
    case U_SB_SP: return TA_SENTENCE_SP;
    case U_SB_LOWER: return TA_SENTENCE_LOWER;
    case U_SB_UPPER: return TA_SENTENCE_UPPER;
    case U_SB_OLETTER: return TA_SENTENCE_OLETTER;
    case U_SB_NUMERIC: return TA_SENTENCE_NUMERIC;
    case U_SB_ATERM: return TA_SENTENCE_ATERM;
    case U_SB_STERM: return TA_SENTENCE_STERM;
    case U_SB_CLOSE: return TA_SENTENCE_CLOSE;
    case U_SB_SCONTINUE: return TA_SENTENCE_SCONTINUE;
    case U_SB_EXTEND:
    case U_SB_FORMAT: return TA_SENTENCE_EXTEND;
    case U_SB_CR:
    case U_SB_LF:
    case U_SB_SEP: return TA_SENTENCE_SEPARATOR;
    default: return TA_SENTENCE_OTHER;
    }
}
