#include "CTermAlignICU.h"

#include <unicode/uchar.h>

int32_t ta_word_class(uint32_t code_point) {
    UChar32 c = (UChar32)code_point;
    // Emoji take part in ICU's emoji-sequence rules, which the simple scanner does not model.
    if (u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC)) return TA_WORD_COMPLEX;
    // ICU's word rules take the colons out of MidLetter ("a:b" is three pieces), unlike UAX #29.
    if (c == 0x3A || c == 0xFE55 || c == 0xFF1A) return TA_WORD_OTHER;
    // Letters that ICU segments with a dictionary (Thai, CJK …) go through ICU.
    int32_t lineBreak = u_getIntPropertyValue(c, UCHAR_LINE_BREAK);
    if (lineBreak == U_LB_COMPLEX_CONTEXT || lineBreak == U_LB_IDEOGRAPHIC) return TA_WORD_COMPLEX;
    switch (u_getIntPropertyValue(c, UCHAR_WORD_BREAK)) {
    case U_WB_OTHER:
    case U_WB_CR:
    case U_WB_LF:
    case U_WB_NEWLINE:
    case U_WB_WSEGSPACE:
        return TA_WORD_OTHER;
    case U_WB_ALETTER:
        return TA_WORD_LETTER;
    case U_WB_NUMERIC:
        return TA_WORD_NUMERIC;
    case U_WB_MIDLETTER:
        return TA_WORD_MID_LETTER;
    case U_WB_MIDNUMLET:
    case U_WB_SINGLE_QUOTE:
        return TA_WORD_MID_NUM_LET;
    case U_WB_MIDNUM:
        return TA_WORD_MID_NUM;
    case U_WB_EXTENDNUMLET:
        return TA_WORD_EXTEND_NUM_LET;
    default:
        // Extend, Format, ZWJ, Katakana, Hebrew letters, double quotes (Hebrew rules), regional
        // indicators …
        return TA_WORD_COMPLEX;
    }
}
