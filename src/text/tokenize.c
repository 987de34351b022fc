/* src/text/tokenize.c -- the tokenizer: a span of text into tokens.
**
** In: valid UTF-8 text[off, end) (one block of a document).  Out: tokens
** appended to a pgn__token_vec, with byte offsets, an NFC form in the arena
** and flags; sentence.c then groups them into sentences.
**
** Conventions are those of Universal Dependencies English (EWT):
**   - clitics are split off as parts of one surface word (PGN__TOK_SPLIT):
**     "don't" -> "do" "n't", "can't" -> "ca" "n't", "Xi's" -> "Xi" "'s",
**     "I'm" -> "I" "'m", "cannot" -> "can" "not", "gonna" -> "gon" "na";
**   - hyphenated words are split ("15-year" -> "15" "-" "year") except after
**     a bound prefix (data/lexicon/hyphen_prefixes.txt: "e-mail", "non-stop")
**     and in digit chains such as phone numbers ("713-853-3989");
**   - numbers keep their separators ("1,000.50", "5:30", "11/28/2000"),
**     currency signs are tokens of their own ("$" "5");
**   - URLs, e-mail addresses, file names and domains are one token;
**   - abbreviations keep their dot (data/lexicon/abbreviations.txt, single
**     initials "J.", dotted letters "U.S.", "e.g.", "p.m.");
**   - runs of . ! ? ("...", "?!"), of dashes ("--") and of other repeated
**     symbols are one token; common emoticons (":)", ";-)") are one token.
**
** Speed: ASCII bytes are classified by one table lookup, words are scanned
** in a tight loop, forms of ASCII tokens are plain copies, and only tokens
** with non-ASCII bytes go through utf8proc for NFC.  All memory is carved
** from the caller's arena.
*/
#include <stdint.h>
#include <string.h>

#include <utf8proc.h>

#include "base/error.h"
#include "chars.h"
#include "lexicon.h"
#include "text_internal.h"

typedef struct tokenizer {
    const unsigned char *s;
    size_t end;              /* end of the block */
    pgn__arena *arena;
    pgn__token_vec *tokens;
    pgn_error *err;
    uint32_t pending;        /* PGN__TOK_*_BEFORE flags for the next token */
    int chunk_ascii;         /* the current chunk has no byte >= 0x80 */
    /* Forms are packed one after another in blocks of the arena (one
    ** allocation per block, no alignment padding): a form costs its bytes
    ** and a NUL, which matters at millions of tokens per second. */
    char *fbuf;
    size_t fcap, fused;
} tokenizer;

#define CL(c) (pgn__byte_class[(unsigned char)(c)])

/* ---- forms ------------------------------------------------------------ */

/* A copy of s[0, n) with a NUL, packed in the form blocks. */
static char *pack_form(tokenizer *t, const char *s, size_t n, size_t pos) {
    if (t->fcap - t->fused < n + 1) {
        /* A new block: room for the rest of the span at two bytes a byte
        ** (every byte a one-byte token and its NUL), at most 4 KB, so a
        ** short block wastes little. */
        size_t rest = 2 * (t->end - pos) + 16;
        size_t cap = rest < 4096 ? rest : 4096;
        if (cap < n + 1) cap = n + 1;
        char *blk = pgn__arena_alloc(t->arena, cap);
        if (!blk) return NULL;
        t->fbuf = blk;
        t->fcap = cap;
        t->fused = 0;
    }
    char *p = t->fbuf + t->fused;
    /* Most forms are short and come from the text: a fixed 16-byte move is
    ** one instruction pair where memcpy is a call (the bytes past the form
    ** are overwritten by the NUL and the next form).  quick_form does the
    ** same inline for the usual case. */
    if (n <= 16 && t->fcap - t->fused >= 17 && (const unsigned char *)s >= t->s &&
        (const unsigned char *)s + 16 <= t->s + t->end)
        memcpy(p, s, 16);
    else
        memcpy(p, s, n);
    p[n] = '\0';
    t->fused += n + 1;
    return p;
}

/* The NFC form of the token text[b, e), which has a non-ASCII byte.
** Tokens are short, so the code points go through a stack buffer; only a
** very long token costs an arena buffer. */
static char *nfc_form(tokenizer *t, size_t b, size_t e) {
    enum { STACK_CPS = 128 };
    const utf8proc_option_t opt = UTF8PROC_STABLE | UTF8PROC_COMPOSE;
    const unsigned char *s = t->s + b;
    utf8proc_ssize_t n = (utf8proc_ssize_t)(e - b);
    utf8proc_int32_t stack[STACK_CPS], *buf = stack;
    utf8proc_ssize_t r = utf8proc_decompose(s, n, buf, STACK_CPS, opt);
    if (r > STACK_CPS) {
        buf = pgn__arena_alloc(t->arena, (size_t)r * sizeof *buf);
        if (!buf) return NULL;
        r = utf8proc_decompose(s, n, buf, r, opt);
    }
    if (r >= 0) r = utf8proc_reencode(buf, r, opt);
    if (r < 0) return pack_form(t, (const char *)s, e - b, b);   /* not UTF-8: keep bytes */
    return pack_form(t, (const char *)buf, (size_t)r, b);
}

/* The usual token, emit's fast path: the array has room, the form is ASCII
** of at most 16 bytes and fits the current form block (the fixed 16-byte
** move of pack_form, without the call). */
static char *quick_form(tokenizer *t, size_t b, size_t e) {
    size_t n = e - b;
    if (n > 16 || t->fcap - t->fused < 17 || b + 16 > t->end) return NULL;
    char *p = t->fbuf + t->fused;
    memcpy(p, t->s + b, 16);
    p[n] = '\0';
    t->fused += n + 1;
    return p;
}

static int emit(tokenizer *t, size_t b, size_t e, uint32_t flags) {
    if (PGN__VEC_RESERVE(t->arena, *t->tokens))
        return pgn__err(t->err, PGN_ENOMEM, NULL, -1, (long)b, "out of memory while tokenizing");
    const unsigned char *s = t->s;
    char *form;
    /* In an ASCII chunk (most of them) no byte needs looking at. */
    if (t->chunk_ascii && (form = quick_form(t, b, e))) {
        /* done */
    } else {
        size_t i = b;
        while (i < e && s[i] < 0x80) i++;
        form = i == e ? pack_form(t, (const char *)s + b, e - b, b) : nfc_form(t, b, e);
        if (!form)
            return pgn__err(t->err, PGN_ENOMEM, NULL, -1, (long)b, "out of memory while tokenizing");
    }
    pgn__token *tk = &t->tokens->v[t->tokens->n++];
    *tk = (pgn__token){.start = (uint32_t)b, .end = (uint32_t)e, .form = form,
                       .flags = flags | t->pending, .head = -1};
    t->pending = 0;
    return 0;
}

/* ---- small predicates ------------------------------------------------- */

static int is_word_at(const unsigned char *s, size_t i, size_t ce, size_t *len) {
    if (i >= ce) return 0;
    return pgn__kind_at(s, i, ce, len) == K_WORD;
}

static int is_digit_at(const unsigned char *s, size_t i, size_t ce) {
    return i < ce && (CL(s[i]) & C_DIGIT);
}

static int is_alpha_at(const unsigned char *s, size_t i, size_t ce) {
    return i < ce && (CL(s[i]) & C_ALPHA);
}

/* Length of an apostrophe (' or U+2019) at s[i], or 0. */
static size_t apostrophe_at(const unsigned char *s, size_t i, size_t ce) {
    if (i >= ce) return 0;
    if (s[i] == '\'') return 1;
    if (s[i] == 0xE2 && i + 2 < ce && s[i + 1] == 0x80 && s[i + 2] == 0x99) return 3;
    return 0;
}

static int lower_eq(const unsigned char *s, size_t n, const char *w) {
    size_t i = 0;
    for (; i < n && w[i]; i++) {
        unsigned c = s[i];
        if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
        if (c != (unsigned char)w[i]) return 0;
    }
    return i == n && w[i] == '\0';
}

/* ---- URLs, e-mail addresses, emoticons --------------------------------- */

/* Length of a URL starting at s[i] (to the end of the chunk, minus trailing
** punctuation and unbalanced closing brackets), or 0. */
static size_t url_len(const unsigned char *s, size_t i, size_t ce) {
    static const char *const schemes[] = {"http://", "https://", "ftp://", "www.", "mailto:"};
    static const size_t lens[] = {7, 8, 6, 4, 7};
    unsigned char c0 = s[i] | 0x20;
    if (c0 != 'h' && c0 != 'f' && c0 != 'w' && c0 != 'm') return 0;   /* the usual case */
    if (ce - i < 5) return 0;
    size_t k = 0;
    for (; k < sizeof schemes / sizeof *schemes; k++)
        if (ce - i > lens[k] && lower_eq(s + i, lens[k], schemes[k])) break;
    if (k == sizeof schemes / sizeof *schemes) return 0;
    size_t e = ce;
    for (;;) {
        size_t l = e - i;
        if (l == 0) break;
        unsigned char c = s[e - 1];
        if (c >= 0x80) {
            /* A trailing non-ASCII punctuation mark (a closing curly quote). */
            size_t b = e - 1;
            while (b > i && (s[b] & 0xC0) == 0x80) b--;
            int32_t cp;
            pgn__utf8_at(s, b, e, &cp);
            if (pgn__cp_kind(cp) != K_PUNCT) break;
            e = b;
            continue;
        }
        if (strchr(".,;:!?'\"", c)) {
            e--;
            continue;
        }
        if (c == ')' || c == ']') {
            size_t open = 0, close = 0;
            for (size_t j = i; j < e; j++) {
                open += s[j] == (c == ')' ? '(' : '[');
                close += s[j] == c;
            }
            if (close > open) {
                e--;
                continue;
            }
        }
        break;
    }
    return e - i > lens[k] ? e - i : 0;
}

/* Length of an emoticon at s[i], or 0.  It must stand apart: not glued to
** a letter or digit on either side. */
static size_t emoticon_len(const unsigned char *s, size_t i, size_t cs, size_t ce) {
    static const char *const faces[] = {
        ":-)", ":-(", ":-D", ":-P", ":-p", ";-)", ":'(", ":)", ":(", ":D", ":P",
        ":p", ";)", ":/", ":o", ":O", ":|", "=)", "=(", "<3", "(:", "^^", "^_^"};
    switch (s[i]) {
    case ':': case ';': case '=': case '<': case '(': case ')': case '^': break;
    default: return 0;                                   /* the usual case */
    }
    if (i > cs && (CL(s[i - 1]) & C_WORD)) return 0;
    for (size_t k = 0; k < sizeof faces / sizeof *faces; k++) {
        size_t n = strlen(faces[k]);
        if (ce - i < n || memcmp(s + i, faces[k], n) != 0) continue;
        if (i + n < ce && (CL(s[i + n]) & C_WORD)) continue;
        /* Brackets first ("(:") only at the start of a chunk, so "(see):"
        ** keeps its bracket. */
        if ((faces[k][0] == '(' || faces[k][0] == ')') && i != cs) continue;
        return n;
    }
    return 0;
}

/* ---- words ------------------------------------------------------------ */

/* Whether the hyphen at s[q] (word [p, q) before it) stays inside the word. */
static int hyphen_joins(const unsigned char *s, size_t p, size_t q, size_t ce) {
    size_t len;
    if (!is_word_at(s, q + 1, ce, &len)) return 0;
    /* A digit chain of three or more groups: phone numbers, codes. */
    size_t j = p, groups = 0, glen[2] = {0, 0};
    for (;;) {
        size_t g = j;
        while (is_digit_at(s, j, ce)) j++;
        if (j == g) break;
        if (groups < 2) glen[groups] = j - g;
        groups++;
        if (j < ce && s[j] == '-' && is_digit_at(s, j + 1, ce)) j++;
        else break;
    }
    int chain_end = j >= q && (j >= ce || !(CL(s[j]) & C_WORD));
    if (groups >= 3 && chain_end) return 1;
    /* A local phone number or extension: "853-3242", "3-5213" (not a range
    ** of years "2003-2007" or of numbers "10-12"). */
    if (groups == 2 && chain_end && glen[0] <= 3 && glen[1] == 4) return 1;
    /* A bound prefix: "e-mail", "non-stop", "anti-American". */
    for (size_t k = p; k < q; k++)
        if (!(CL(s[k]) & C_ALPHA)) return 0;
    return pgn__word_find(pgn__hyphen_prefix, pgn__hyphen_prefix_n,
                          (const char *)s + p, q - p) != NULL;
}

/* End of the word starting at s[p] (a word character).  Joins: dots before
** word characters ("U.S", "1.5", "file.doc"), thousands separators, ':' and
** '/' between digits, kept hyphens, apostrophes inside words ("Xi's",
** "O'Brien"), '&' between letters ("AT&T") and e-mail addresses. */
static size_t scan_word(const unsigned char *s, size_t p, size_t ce) {
    size_t q = p, len;
    int email = 0;
    for (;;) {
        while (q < ce) {
            unsigned char cl = CL(s[q]);
            if (cl & C_WORD) q++;
            else if (cl == C_HIGH && is_word_at(s, q, ce, &len)) q += len;
            else break;
        }
        if (q >= ce) break;
        unsigned char c = s[q];
        size_t a;
        size_t dots = 0;
        while (q + dots < ce && s[q + dots] == '.') dots++;
        if (c == '.' && is_word_at(s, q + 1, ce, &len)) {
            q++;
        } else if (dots >= 2 && q + dots + 1 < ce && s[q + dots] == '@' &&
                   is_word_at(s, q + dots + 1, ce, &len)) {
            email = 1;                                   /* "jane...@example.com" */
            q += dots + 1;
        } else if (c == '/' && q == p + 1 && (CL(s[p]) & C_ALPHA) &&
                   (q + 1 >= ce || !(CL(s[q + 1]) & C_WORD) ||
                    (is_alpha_at(s, q + 1, ce) && !(q + 2 < ce && (CL(s[q + 2]) & C_WORD))))) {
            q += q + 1 < ce && (CL(s[q + 1]) & C_ALPHA) ? 2 : 1;   /* "b/c", "w/o", "w/" */
            break;
        } else if (c == ',' && q > p && is_digit_at(s, q - 1, ce) && is_digit_at(s, q + 1, ce) &&
                   is_digit_at(s, q + 2, ce) && is_digit_at(s, q + 3, ce) &&
                   !is_digit_at(s, q + 4, ce)) {
            q++;
        } else if ((c == ':' || c == '/') && is_digit_at(s, q - 1, ce) && is_digit_at(s, q + 1, ce)) {
            q++;
        } else if (c == '-' && (email || hyphen_joins(s, p, q, ce))) {
            q++;
        } else if ((a = apostrophe_at(s, q, ce)) && is_alpha_at(s, q + a, ce) &&
                   (CL(s[q - 1]) & C_ALPHA || CL(s[q - 1]) == C_HIGH)) {
            q += a;
        } else if (a && (CL(s[q - 1]) & C_DIGIT) && q + a < ce && (s[q + a] | 0x20) == 's' &&
                   !is_word_at(s, q + a + 1, ce, &len)) {
            q += a + 1;                          /* "80's", "AK47's" */
        } else if (c == '&' && (CL(s[q - 1]) & C_UPPER) && is_alpha_at(s, q + 1, ce) &&
                   (CL(s[q + 1]) & C_UPPER)) {
            q++;
        } else if (c == '@' && (CL(s[q - 1]) & C_WORD) && is_word_at(s, q + 1, ce, &len)) {
            email = 1;
            q++;
        } else if (email && (c == '%' || c == '+') && is_word_at(s, q + 1, ce, &len)) {
            q++;
        } else {
            break;
        }
    }
    return q;
}

/* Letters and dots alternating, one or two letters a group: "U.S", "e.g",
** "p.m", "Ph.D" (the final dot not included). */
static int dotted_letters(const unsigned char *s, size_t p, size_t q) {
    size_t run = 0, dots = 0;
    for (size_t i = p; i < q; i++) {
        if (CL(s[i]) & C_ALPHA) {
            if (++run > 2) return 0;
        } else if (s[i] == '.' && run > 0) {
            run = 0;
            dots++;
        } else {
            return 0;
        }
    }
    return dots > 0 && run > 0;
}

/* The entry of the word [p, q) and its dot at s[q] in the abbreviations,
** looked up once for keeps_dot and closes_sentence (*looked says it was). */
static const pgn__word *abbrev_entry(const unsigned char *s, size_t p, size_t q,
                                     const pgn__word **w, int *looked) {
    if (!*looked) {
        *w = pgn__word_find(pgn__abbrev, pgn__abbrev_n, (const char *)s + p, q + 1 - p);
        *looked = 1;
    }
    return *w;
}

/* Whether the word [p, q) keeps the dot at s[q]. */
static int keeps_dot(const unsigned char *s, size_t p, size_t q, size_t end,
                     const pgn__word **wp, int *looked) {
    if (q - p == 1 && (CL(s[p]) & C_ALPHA)) return 1;     /* initial "J." */
    if (dotted_letters(s, p, q)) return 1;
    const pgn__word *w = abbrev_entry(s, p, q, wp, looked);
    if (!w) return 0;
    if (!(w->flags & PGN__WORD_N)) return 1;
    /* Only before a number: "No. 5", "pp. 10-12". */
    size_t k = q + 1;
    while (k < end && (s[k] == ' ' || s[k] == '\t')) k++;
    return k < end && ((CL(s[k]) & C_DIGIT) || s[k] == '#');
}

/* Whether the abbreviation [p, q) (its dot at s[q]) may close a sentence;
** at the end of a block it then gives its dot to the sentence, as UD does
** ("... and so on etc" "."). */
static int closes_sentence(const unsigned char *s, size_t p, size_t q,
                           const pgn__word **wp, int *looked) {
    if (q - p == 1) return 0;                             /* initial */
    if (dotted_letters(s, p, q)) return 1;
    const pgn__word *w = abbrev_entry(s, p, q, wp, looked);
    return w && (w->flags & PGN__WORD_E);
}

/* Where the word [p, q) splits into two syntactic words, or 0. */
static size_t clitic_split(const unsigned char *s, size_t p, size_t q) {
    size_t n = q - p;
    if (n < 3) return 0;
    /* Most words: no apostrophe (' or the last byte of ’) two or three
    ** bytes from the end, and not five or six letters long. */
    if (n != 5 && n != 6 && s[q - 2] != '\'' && s[q - 3] != '\'' && s[q - 2] != 0x99 &&
        s[q - 3] != 0x99)
        return 0;
    /* n't and n’t: "don't" -> "do" "n't", "can't" -> "ca" "n't". */
    if ((s[q - 1] | 0x20) == 't') {
        size_t a = 0;
        if (s[q - 2] == '\'') a = 1;
        else if (n >= 5 && s[q - 2] == 0x99 && s[q - 3] == 0x80 && s[q - 4] == 0xE2) a = 3;
        if (a && q - 1 - a - 1 > p && (s[q - 1 - a - 1] | 0x20) == 'n') return q - 1 - a - 1;
    }
    /* 's 'm 'd 'll 're 've (and with ’). */
    for (size_t k = 1; k <= 2; k++) {
        if (n <= k + 1) break;
        size_t a = q - k;        /* start of the suffix letters */
        size_t ap = 0;
        if (s[a - 1] == '\'') ap = a - 1;
        else if (a >= p + 4 && s[a - 1] == 0x99 && s[a - 2] == 0x80 && s[a - 3] == 0xE2) ap = a - 3;
        else continue;
        if (ap <= p || (CL(s[ap - 1]) & C_DIGIT)) continue;   /* "80's" stays whole */
        static const char *const suffixes[] = {"s", "m", "d", "ll", "re", "ve"};
        for (size_t j = 0; j < sizeof suffixes / sizeof *suffixes; j++)
            if (lower_eq(s + a, k, suffixes[j])) return ap;
    }
    if (n == 6 && lower_eq(s + p, n, "cannot")) return p + 3;
    if (n == 5 && (lower_eq(s + p, n, "gonna") || lower_eq(s + p, n, "wanna") ||
                   lower_eq(s + p, n, "gotta")))
        return p + 3;
    return 0;
}

/* "5pm", "7:30PM": the time and "am"/"pm" are two tokens. */
static size_t ampm_split(const unsigned char *s, size_t p, size_t q) {
    if (q - p < 3 || q - p > 7 || !(CL(s[p]) & C_DIGIT)) return 0;
    size_t d = p;
    while (d < q && (CL(s[d]) & C_DIGIT || s[d] == ':')) d++;
    if (d == p || q - d != 2) return 0;
    return lower_eq(s + d, 2, "am") || lower_eq(s + d, 2, "pm") ? d : 0;
}

/* ---- punctuation ------------------------------------------------------ */

/* End of the punctuation token at s[p] (not a word character). */
static size_t scan_punct(const unsigned char *s, size_t p, size_t cs, size_t ce) {
    unsigned char c = s[p];
    size_t n;
    if ((n = emoticon_len(s, p, cs, ce))) return p + n;
    if (c == '.' || c == '!' || c == '?') {
        size_t q = p + 1;
        while (q < ce && (s[q] == '.' || s[q] == '!' || s[q] == '?')) q++;
        return q;
    }
    if (c == '\'' || c == 0xE2) {
        size_t a = apostrophe_at(s, p, ce), len;
        /* "'72", "'60s", "'em" and a lone clitic at the start of a chunk. */
        if (a && is_digit_at(s, p + a, ce) && is_digit_at(s, p + a + 1, ce)) {
            size_t q = p + a;
            while (q < ce && (CL(s[q]) & C_WORD)) q++;
            return q;
        }
        if (a && p == cs && is_word_at(s, p + a, ce, &len)) {
            size_t q = p + a;
            while (q < ce && (CL(s[q]) & C_ALPHA)) q++;
            static const char *const clitics[] = {"s", "m", "d", "ll", "re", "ve", "em"};
            for (size_t j = 0; j < sizeof clitics / sizeof *clitics; j++)
                if ((q >= ce || !(CL(s[q]) & C_WORD)) && lower_eq(s + p + a, q - p - a, clitics[j]))
                    return q;
        }
        if (a == 1 && p + 1 < ce && s[p + 1] == '\'') return p + 2;   /* '' */
    }
    if (c == '`' && p + 1 < ce && s[p + 1] == '`') return p + 2;
    if (c == '#' && p == cs && is_alpha_at(s, p + 1, ce)) {
        size_t q = p + 1;                                /* "#audiobooks" */
        while (q < ce && (CL(s[q]) & C_WORD)) q++;
        return q;
    }
    if (c < 0x80) {
        /* Runs of one symbol: "--", "====", "***", "$$$". */
        if (strchr("-=*~#+<>^|$", c)) {
            size_t q = p + 1;
            while (q < ce && s[q] == c) q++;
            return q;
        }
        return p + 1;
    }
    /* One non-ASCII mark; runs of the same dash or ellipsis stay together. */
    int32_t cp, cp2;
    size_t q = p + pgn__utf8_at(s, p, ce, &cp);
    if (cp == 0x2018 || cp == 0x2019) {
        /* Doubled single quotes standing for a double one: "‘’". */
        if (q < ce && pgn__utf8_at(s, q, ce, &cp2) == 3 && (cp2 == 0x2018 || cp2 == 0x2019))
            q += 3;
    } else if (cp == 0x2013 || cp == 0x2014 || cp == 0x2015 || cp == 0x2026) {
        while (q < ce) {
            size_t l = pgn__utf8_at(s, q, ce, &cp2);
            if (cp2 != cp) break;
            q += l;
        }
    }
    return q;
}

/* ---- chunks ----------------------------------------------------------- */

/* Tokenizes one chunk s[cs, ce) (no white space inside). */
static int tokenize_chunk(tokenizer *t, size_t cs, size_t ce) {
    const unsigned char *s = t->s;
    uint32_t space = ce < t->end ? PGN__TOK_SPACE_AFTER : 0;
    size_t p = cs;
    int rc;
    while (p < ce) {
        size_t q, len;
        int word = is_word_at(s, p, ce, &len);
        if (word && (CL(s[p]) & C_ALPHA) && (q = url_len(s, p, ce))) {
            q += p;
        } else if (word) {
            q = scan_word(s, p, ce);
            size_t split = 0;
            size_t a = apostrophe_at(s, q, ce);
            uint32_t abbrev = 0;
            const pgn__word *entry = NULL;
            int looked = 0;
            /* The dot stays with an abbreviation unless an ellipsis starts
            ** there; of exactly two dots ("L.P..") the second ends the
            ** sentence. */
            if (q < ce && s[q] == '.' &&
                !(q + 1 < ce && s[q + 1] == '.' && q + 2 < ce && s[q + 2] == '.') &&
                keeps_dot(s, p, q, t->end, &entry, &looked) &&
                !((abbrev = closes_sentence(s, p, q, &entry, &looked) ? PGN__TOK_ABBREV_END : 0) &&
                  q + 1 == t->end)) {
                q++;
                if ((rc = emit(t, p, q, abbrev | (q == ce ? space : 0)))) return rc;
                p = q;
                continue;
            } else if (a && q - p > 1 && (s[q - 1] | 0x20) == 's' && (CL(s[q - 1]) & C_ALPHA) &&
                       !is_word_at(s, q + a, ce, &len)) {
                /* Plural possessive: "Sanders'" -> "Sanders" "'". */
                if ((rc = emit(t, p, q, PGN__TOK_SPLIT))) return rc;
                if ((rc = emit(t, q, q + a, PGN__TOK_SPLIT | (q + a == ce ? space : 0)))) return rc;
                p = q + a;
                continue;
            } else if ((split = clitic_split(s, p, q))) {
                if ((rc = emit(t, p, split, PGN__TOK_SPLIT))) return rc;
                if ((rc = emit(t, split, q, PGN__TOK_SPLIT | (q == ce ? space : 0)))) return rc;
                p = q;
                continue;
            } else if ((split = ampm_split(s, p, q))) {
                if ((rc = emit(t, p, split, 0))) return rc;
                p = split;
            }
        } else {
            q = scan_punct(s, p, cs, ce);
        }
        if ((rc = emit(t, p, q, q == ce ? space : 0))) return rc;
        p = q;
    }
    return 0;
}

int pgn__tokenize(const char *text, size_t off, size_t end, pgn__arena *arena,
                  pgn__token_vec *tokens, pgn_error *err) {
    tokenizer t = {(const unsigned char *)text, end, arena, tokens, err, 0, 0, NULL, 0, 0};
    const unsigned char *s = t.s;
    /* Room for the span's tokens at one per 4 bytes (English news runs at
    ** about one per 5.5), so the array rarely grows token by token; at most
    ** 16384 at a time, so a huge span without spaces reserves little. */
    size_t guess = (end - off) / 4 + 1;
    if (guess > 16384) guess = 16384;
    size_t want = tokens->n + guess;
    if (tokens->cap < want) {
        size_t cap = tokens->cap * 2 > want ? tokens->cap * 2 : want;
        if (cap > SIZE_MAX / sizeof *tokens->v)
            return pgn__err(err, PGN_ENOMEM, NULL, -1, (long)off, "out of memory while tokenizing");
        void *v = pgn__arena_grow(arena, tokens->v, tokens->cap * sizeof *tokens->v,
                                  cap * sizeof *tokens->v);
        if (!v) return pgn__err(err, PGN_ENOMEM, NULL, -1, (long)off, "out of memory while tokenizing");
        tokens->v = v;
        tokens->cap = cap;
    }
    size_t i = off, newlines = 0;
    while (i < end) {
        unsigned char cl = CL(s[i]);
        if (cl & C_SPACE) {
            newlines += (cl & C_NL) != 0;
            i++;
            continue;
        }
        size_t len;
        int kind = K_WORD;
        if (cl == C_HIGH) {
            kind = pgn__kind_at(s, i, end, &len);
            if (kind == K_SPACE || kind == K_NEWLINE) {
                newlines += kind == K_NEWLINE;
                i += len;
                continue;
            }
        }
        if (newlines) t.pending = newlines > 1 ? PGN__TOK_BLANK_BEFORE | PGN__TOK_NEWLINE_BEFORE
                                               : PGN__TOK_NEWLINE_BEFORE;
        newlines = 0;
        /* The chunk: up to the next white space. */
        size_t ce = i + 1;
        t.chunk_ascii = cl != C_HIGH;
        while (ce < end) {
            unsigned char c2 = CL(s[ce]);
            if (c2 & C_SPACE) break;
            if (c2 == C_HIGH) {
                t.chunk_ascii = 0;
                int k = pgn__kind_at(s, ce, end, &len);
                if (k == K_SPACE || k == K_NEWLINE) break;
                ce += len;
            } else {
                ce++;
            }
        }
        if (ce > end) ce = end;
        int rc = tokenize_chunk(&t, i, ce);
        if (rc) return rc;
        i = ce;
    }
    return 0;
}
