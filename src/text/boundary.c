/* src/text/boundary.c -- features and scores of the sentence-boundary
** classifier (boundary.h).  Used by sentence.c to decide, and by
** boundary_train.c to learn; both must see exactly the same features. */
#include "boundary.h"

#include <stdint.h>
#include <string.h>

#include "chars.h"

/* Token shapes, the backbone of the features. */
enum {
    SH_BOS, SH_EOS, SH_DOT, SH_QUESTION, SH_EXCLAIM, SH_ELLIPSIS, SH_CLOSE, SH_OPEN,
    SH_COMMA, SH_SEMI, SH_COLON, SH_EMOTICON, SH_URL, SH_NUM_SHORT, SH_NUM, SH_INITIAL,
    SH_ABBREV, SH_UPPER, SH_UPPER1, SH_CAP, SH_LOWER, SH_DASH, SH_OTHER
};

static int shape(const pgn__token *t) {
    const unsigned char *f = (const unsigned char *)t->form;
    unsigned char c = f[0], cl = pgn__byte_class[c];
    if (c == '.' || c == '!' || c == '?') {
        size_t k = 1;
        while (f[k] == '.' || f[k] == '!' || f[k] == '?') k++;
        if (f[k]) return SH_OTHER;
        if (k > 1 && c == '.') return SH_ELLIPSIS;
        return c == '.' ? SH_DOT : c == '?' ? SH_QUESTION : SH_EXCLAIM;
    }
    if (cl & C_ALPHA) {
        if (f[0] == 'h' && strncmp((const char *)f, "http", 4) == 0) return SH_URL;
        if (f[0] == 'w' && strncmp((const char *)f, "www.", 4) == 0) return SH_URL;
        size_t n = strlen((const char *)f);
        if (n > 1 && f[n - 1] == '.') return n == 2 ? SH_INITIAL : SH_ABBREV;
        if (cl & C_LOWER) return SH_LOWER;
        size_t upper = 0, alpha = 0;
        for (size_t k = 0; k < n; k++) {
            upper += (pgn__byte_class[f[k]] & C_UPPER) != 0;
            alpha += (pgn__byte_class[f[k]] & C_ALPHA) != 0;
        }
        if (upper == alpha) return n == 1 ? SH_UPPER1 : SH_UPPER;
        return SH_CAP;
    }
    if (cl & C_DIGIT) {
        size_t n = 0;
        while (pgn__byte_class[f[n]] & C_DIGIT) n++;
        if (f[n]) return SH_OTHER;
        return n < 3 ? SH_NUM_SHORT : SH_NUM;
    }
    switch (c) {
    case ')': case ']': case '}': case '"': case '\'': return SH_CLOSE;
    case '(': case '[': case '{': return SH_OPEN;
    case ',': return SH_COMMA;
    case ';': return f[1] ? SH_EMOTICON : SH_SEMI;
    case ':': return f[1] ? SH_EMOTICON : SH_COLON;
    case '-': return SH_DASH;
    default: break;
    }
    if (c >= 0x80) {
        int32_t cp;
        pgn__utf8_at(f, 0, strlen((const char *)f), &cp);
        switch (cp) {
        case 0x201D: case 0x2019: case 0xBB: return SH_CLOSE;
        case 0x201C: case 0x2018: case 0xAB: return SH_OPEN;
        case 0x2026: return SH_ELLIPSIS;
        case 0x2013: case 0x2014: return SH_DASH;
        default: break;
        }
        int cat = utf8proc_category(cp);
        if (cat == UTF8PROC_CATEGORY_LU) return SH_CAP;
        if (cat == UTF8PROC_CATEGORY_LL) return SH_LOWER;
    }
    return SH_OTHER;
}

/* A closing quotation mark token: " ' '' \u2019 \u201d. */
static int is_closing_mark(const char *f) {
    return strcmp(f, "\"") == 0 || strcmp(f, "'") == 0 || strcmp(f, "''") == 0 ||
           strcmp(f, "\xe2\x80\x99") == 0 || strcmp(f, "\xe2\x80\x9d") == 0;
}

int pgn__boundary_candidate(const pgn__token *v, size_t i, int rule) {
    if (rule || (v[i].flags & PGN__TOK_ABBREV_END)) return 1;
    /* Otherwise only after a mark (or a non-ASCII token): sentences that end with no
    ** mark at all ("Thanks, Kay Since it...") are left to the blank lines
    ** and block ends; scoring every capitalised word would cost a third of
    ** the splitter's speed for under one point of F1 on EWT dev.  Not
    ** after a comma or a dash, nor before a comma, colon or semicolon. */
    unsigned char c0 = (unsigned char)v[i].form[0], n0 = (unsigned char)v[i + 1].form[0];
    if (pgn__byte_class[c0] & C_WORD) return 0;
    /* Nor after quotation marks that close on a comma (",'\u201d Wilcox
    ** said."): the quote goes on into its attribution. */
    size_t k = i;
    while (k > 0 && is_closing_mark(v[k].form)) k--;
    if (k < i && strcmp(v[k].form, ",") == 0) return 0;
    return c0 != ',' && c0 != '-' && n0 != ',' && n0 != ';' && n0 != ':';
}

/* Feature hashing: a murmur3-style mix of 32-bit values. */
static uint32_t mix(uint32_t h, uint32_t x) {
    h ^= x * 0xcc9e2d51u;
    h = (h << 13) | (h >> 19);
    h = h * 5u + 0xe6546b64u;
    h ^= h >> 16;
    h *= 0x85ebca6bu;
    h ^= h >> 13;
    return h;
}

/* Up to 12 bytes of the form, ASCII lower-cased (FNV-1a). */
static uint32_t word_hash(const char *f) {
    uint32_t h = 2166136261u;
    for (size_t k = 0; k < 12 && f[k]; k++) {
        unsigned char c = (unsigned char)f[k];
        if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
        h = (h ^ c) * 16777619u;
    }
    return h;
}

void pgn__bctx_init(pgn__bctx *c) {
    for (int k = 0; k < 4; k++) c->idx[k] = SIZE_MAX;
}

/* Shape and word hash of token j, computed once (a ring of four: the
** features of one gap look at j - 1 .. j + 2). */
static void token_info(pgn__bctx *c, const pgn__token *v, size_t j, uint32_t *sh, uint32_t *w) {
    unsigned r = (unsigned)(j & 3);
    if (c->idx[r] != j) {
        c->idx[r] = j;
        c->shape[r] = (uint8_t)shape(&v[j]);
        c->word[r] = word_hash(v[j].form);
    }
    *sh = c->shape[r];
    *w = c->word[r];
}

static uint32_t finish(uint32_t h) { return h ? h : 1; }

size_t pgn__boundary_features(pgn__bctx *c, const pgn__token *v, size_t start, size_t i, size_t n,
                              int rule, uint32_t *out) {
    uint32_t s0, s1, sm = SH_BOS, s2 = SH_EOS, w0, w1, wm = 0x5u, w2;
    token_info(c, v, i, &s0, &w0);
    token_info(c, v, i + 1, &s1, &w1);
    if (i > start) token_info(c, v, i - 1, &sm, &wm);
    if (i + 2 < n) token_info(c, v, i + 2, &s2, &w2);
    size_t len = i - start + 1;
    uint32_t lb = len < 2 ? 0 : len < 3 ? 1 : len < 6 ? 2 : len < 11 ? 3 : len < 21 ? 4 : 5;
    uint32_t sp = (v[i].flags & PGN__TOK_SPACE_AFTER) != 0;
    uint32_t nl = (v[i + 1].flags & PGN__TOK_NEWLINE_BEFORE) != 0;
    uint32_t r = rule != 0;
    size_t k = 0;
    /* Each template has its own seed, so equal values of different
    ** templates hash apart. */
    out[k++] = finish(mix(1, 0));
    out[k++] = finish(mix(2, s0));
    out[k++] = finish(mix(3, s1));
    out[k++] = finish(mix(4, sm));
    out[k++] = finish(mix(mix(5, s0), s1));
    out[k++] = finish(mix(mix(mix(6, sm), s0), s1));
    out[k++] = finish(mix(mix(mix(7, s0), s1), s2));
    out[k++] = finish(mix(8, w0));
    out[k++] = finish(mix(9, w1));
    out[k++] = finish(mix(mix(10, w0), s1));
    out[k++] = finish(mix(mix(11, s0), w1));
    out[k++] = finish(mix(mix(mix(12, sp), s0), s1));
    out[k++] = finish(mix(mix(13, lb), s0));
    out[k++] = finish(mix(mix(14, wm), s0));
    out[k++] = finish(mix(15, r));
    out[k++] = finish(mix(mix(mix(16, r), s0), s1));
    out[k++] = finish(mix(mix(17, nl), s1));
    return k;
}

float pgn__boundary_score(const pgn__bmodel *m, const uint32_t *f, size_t n_f) {
    float s = 0;
    for (size_t k = 0; k < n_f; k++) {
        const pgn__bslot *sl = &m->slots[pgn__bmodel_slot(m->slots, m->n_slots, f[k])];
        if (sl->key) s += sl->weight;
    }
    return s;
}
