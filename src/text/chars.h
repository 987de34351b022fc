/* src/text/chars.h -- character classes for the tokenizer and splitter.
**
** ASCII bytes are classified by one table lookup (the fast path: most news
** text is ASCII); other code points are decoded and classified through
** utf8proc's Unicode categories.  Decoding is defensive: the text is meant
** to be valid UTF-8 (src/doc repairs it), but a stray byte is read as a
** one-byte letter rather than trusted, so no input can make us read past
** the end of a span.
*/
#ifndef PGN_TEXT_CHARS_H
#define PGN_TEXT_CHARS_H

#include <stddef.h>
#include <stdint.h>

#include <utf8proc.h>

enum {
    C_SPACE = 0x01, /* ASCII white space and control characters */
    C_NL = 0x02,    /* '\n' (with C_SPACE) */
    C_LOWER = 0x04,
    C_UPPER = 0x08,
    C_DIGIT = 0x10,
    C_UNDER = 0x20, /* '_' */
    C_PUNCT = 0x40, /* other printable ASCII */
    C_HIGH = 0x80,  /* a byte of a multi-byte sequence */
    C_ALPHA = C_LOWER | C_UPPER,
    C_WORD = C_LOWER | C_UPPER | C_DIGIT | C_UNDER
};

extern const unsigned char pgn__byte_class[256];

/* Kinds of code point. */
enum { K_SPACE = 1, K_NEWLINE, K_WORD, K_PUNCT };

/* Decodes the code point at s[i] (i < end) into *cp; returns its length in
** bytes (1 for a malformed or truncated sequence, read as U+FFFD). */
static inline size_t pgn__utf8_at(const unsigned char *s, size_t i, size_t end,
                                  int32_t *cp) {
    unsigned c = s[i];
    if (c < 0x80) {
        *cp = (int32_t)c;
        return 1;
    }
    utf8proc_ssize_t n = utf8proc_iterate(s + i, (utf8proc_ssize_t)(end - i), cp);
    if (n <= 0) {
        *cp = 0xFFFD;
        return 1;
    }
    return (size_t)n;
}

/* Kind of a non-ASCII code point. */
static inline int pgn__cp_kind(int32_t cp) {
    switch (cp) {
    case 0x2028: case 0x2029: case 0x85: return K_NEWLINE;
    /* Zero-width and format characters that act as separators. */
    case 0x200B: case 0xFEFF: case 0x180E: case 0x2060: return K_SPACE;
    default: break;
    }
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_ZS: case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP: case UTF8PROC_CATEGORY_CC:
        return K_SPACE;
    case UTF8PROC_CATEGORY_PC: case UTF8PROC_CATEGORY_PD:
    case UTF8PROC_CATEGORY_PS: case UTF8PROC_CATEGORY_PE:
    case UTF8PROC_CATEGORY_PI: case UTF8PROC_CATEGORY_PF:
    case UTF8PROC_CATEGORY_PO: case UTF8PROC_CATEGORY_SM:
    case UTF8PROC_CATEGORY_SC: case UTF8PROC_CATEGORY_SK:
    case UTF8PROC_CATEGORY_SO:
        return K_PUNCT;
    default:
        return K_WORD;   /* letters, marks, numbers, private use, unassigned */
    }
}

/* Kind of the code point at s[i]; *len gets its length. */
static inline int pgn__kind_at(const unsigned char *s, size_t i, size_t end,
                               size_t *len) {
    unsigned char cl = pgn__byte_class[s[i]];
    if (cl != C_HIGH) {
        *len = 1;
        if (cl & C_SPACE) return cl & C_NL ? K_NEWLINE : K_SPACE;
        return cl & C_WORD ? K_WORD : K_PUNCT;
    }
    int32_t cp;
    *len = pgn__utf8_at(s, i, end, &cp);
    return pgn__cp_kind(cp);
}

#endif
