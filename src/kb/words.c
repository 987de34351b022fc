/* src/kb/words.c -- cutting names and tokens into words, and folding them.
**
** KB names and document tokens go through the same splitter so that they
** meet in the phrase table whatever the tokenizer did: "Xi's" and "Xi" "'s"
** both give the words "Xi" "'s"; "NATO-member" gives "NATO" "-" "member";
** "Russia." gives "Russia" "." while "U.S." stays one word.  Words are
** folded for lookup (case, accents, periods: "U.S." and "US" are both "us",
** "Élysée" is "elysee"); the case a name requires is checked apart, from
** the casing pattern kept with each sense.
*/
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "kb_int.h"

/* Decodes one code point at s[i] (valid UTF-8 assumed, but never reads
** past n); returns its length. */
static int cp_at(const char *s, size_t i, size_t n, int32_t *cp) {
    if ((unsigned char)s[i] < 0x80) { /* most bytes of news text: no library call */
        *cp = (unsigned char)s[i];
        return 1;
    }
    utf8proc_ssize_t l = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                                          (utf8proc_ssize_t)(n - i), cp);
    if (l <= 0) {
        *cp = (unsigned char)s[i];
        return 1;
    }
    return (int)l;
}

static int is_alnum_cp(int32_t cp) {
    if (cp < 128) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
                         (cp >= '0' && cp <= '9');
    utf8proc_category_t c = utf8proc_category(cp);
    return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_NO;
}

static int is_apos(int32_t cp) { return cp == '\'' || cp == 0x2019 || cp == 0x2018; }
static int is_hyphen(int32_t cp) {
    return cp == 0x2D || cp == 0x2010 || cp == 0x2011 || cp == 0x2013 || cp == 0x2014;
}

/* Folds text[s, e) into a lookup form in arena. */
static char *fold(const char *text, uint32_t s, uint32_t e, pgn__arena *arena) {
    size_t n = e - s;
    int ascii = 1;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)text[s + i] >= 0x80) { ascii = 0; break; }
    if (ascii) {
        char *o = pgn__arena_alloc(arena, n + 1);
        if (!o) return NULL;
        size_t k = 0;
        for (size_t i = 0; i < n; i++) {
            char c = text[s + i];
            /* periods are dropped inside words ("U.S." = "US") but a
            ** word that is only periods keeps them */
            if (c == '.' && n > 1) continue;
            o[k++] = (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
        }
        o[k] = '\0';
        return o;
    }
    utf8proc_uint8_t *m = NULL;
    utf8proc_ssize_t l = utf8proc_map((const utf8proc_uint8_t *)text + s, (utf8proc_ssize_t)n, &m,
                                      UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT |
                                          UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK);
    if (l < 0) {   /* not valid UTF-8: keep the bytes */
        return pgn__arena_strndup(arena, text + s, n);
    }
    char *o = pgn__arena_alloc(arena, (size_t)l + 1);
    if (!o) { free(m); return NULL; }
    size_t k = 0;
    for (utf8proc_ssize_t i = 0; i < l;) {
        int32_t cp;
        int cl = cp_at((const char *)m, (size_t)i, (size_t)l, &cp);
        if (cp == '.' && l > 1) { i += cl; continue; }
        if (is_apos(cp)) { o[k++] = '\''; i += cl; continue; }
        memcpy(o + k, m + i, (size_t)cl);
        k += (size_t)cl;
        i += cl;
    }
    o[k] = '\0';
    free(m);
    return o;
}

static int push(const char *text, uint32_t s, uint32_t e, uint32_t tok, pgn__arena *arena,
                kb_word_vec *out) {
    if (e <= s) return 0;
    if (PGN__VEC_RESERVE(arena, *out)) return PGN_ENOMEM;
    kb_word *w = &out->v[out->n];
    memset(w, 0, sizeof *w);
    w->start = s;
    w->end = e;
    w->tok = tok;
    int seen_letter = 0, lower = 0, first = 1, alnum = 0;
    uint32_t i = s;
    while (i < e && (unsigned char)text[i] < 0x80) i++;
    if (i == e) {
        /* An ASCII word (most words of news text): its case, its kind and
        ** its folded form (as fold() gives it) in one pass, not a
        ** decoding pass and then fold's two; every token goes through here. */
        size_t n = e - s, k = 0;
        char *o = pgn__arena_alloc(arena, n + 1);
        if (!o) return PGN_ENOMEM;
        for (i = s; i < e; i++) {
            char c = text[i];
            int is_up = c >= 'A' && c <= 'Z', is_lo = c >= 'a' && c <= 'z';
            if (is_up || is_lo || (c >= '0' && c <= '9')) alnum = 1;
            if (is_up || is_lo) {
                if (first) w->cap = (uint8_t)is_up;
                first = 0;
                seen_letter = 1;
                if (is_lo) lower = 1;
            }
            if (c == '.' && n > 1) continue;
            o[k++] = is_up ? (char)(c - 'A' + 'a') : c;
        }
        o[k] = '\0';
        w->upper = (uint8_t)(seen_letter && !lower);
        w->punct = (uint8_t)!alnum;
        w->norm = o;
        out->n++;
        return 0;
    }
    for (i = s; i < e;) {
        int32_t cp;
        i += (uint32_t)cp_at(text, i, e, &cp);
        if (is_alnum_cp(cp)) alnum = 1;
        /* (ASCII answered here: the same as utf8proc's case tables) */
        int is_up = cp < 128 ? cp >= 'A' && cp <= 'Z' : utf8proc_isupper(cp);
        int is_lo = cp < 128 ? cp >= 'a' && cp <= 'z' : utf8proc_islower(cp);
        if (is_up || is_lo) {
            if (first) w->cap = (uint8_t)is_up;
            first = 0;
            seen_letter = 1;
            if (is_lo) lower = 1;
        }
    }
    w->upper = (uint8_t)(seen_letter && !lower);
    w->punct = (uint8_t)!alnum;
    if (!(w->norm = fold(text, s, e, arena))) return PGN_ENOMEM;
    out->n++;
    return 0;
}

/* Punctuation peeled off the ends of a word (never apostrophes inside). */
static int edge_punct(int32_t cp) {
    if (cp < 128) return cp != '&' && cp != '/' && cp != '\'' && !is_alnum_cp(cp) && cp > ' ';
    return cp == 0x201C || cp == 0x201D || cp == 0x00AB || cp == 0x00BB || cp == 0x2026 ||
           cp == 0x2014 || cp == 0x2013;
}

/* One whitespace-free chunk text[s, e). */
static int split_chunk(const char *text, uint32_t s, uint32_t e, uint32_t tok,
                       pgn__arena *arena, kb_word_vec *out) {
    int rc;
    /* leading punctuation, one word each (quotes, brackets; a leading
    ** apostrophe too unless it begins 's) */
    while (s < e) {
        int32_t cp;
        int l = cp_at(text, s, e, &cp);
        int lead_apos = is_apos(cp) && !(s + (uint32_t)l < e && (text[s + l] == 's' || text[s + l] == 'S') &&
                                         s + (uint32_t)l + 1 == e);
        if (!edge_punct(cp) && !lead_apos) break;
        if ((rc = push(text, s, s + (uint32_t)l, tok, arena, out))) return rc;
        s += (uint32_t)l;
    }
    /* trailing punctuation, kept to push after the word */
    uint32_t tail = e;
    while (tail > s) {
        uint32_t p = tail - 1;
        while (p > s && ((unsigned char)text[p] & 0xC0) == 0x80) p--;
        int32_t cp;
        cp_at(text, p, e, &cp);
        if (cp == '.') {
            /* "U.S." and "V." keep their period; "Russia." does not */
            int inner = 0;
            for (uint32_t i = s; i < p; i++) if (text[i] == '.') inner = 1;
            if (inner || p - s == 1) break;
        } else if (!edge_punct(cp) && !(is_apos(cp) && p > s && (text[p - 1] == 's' || text[p - 1] == 'S'))) {
            break;
        }
        tail = p;
    }
    /* possessive 's */
    uint32_t word_end = tail, poss = tail;
    if (tail >= s + 3) {
        uint32_t p = tail - 1;
        if (text[p] == 's' || text[p] == 'S') {
            uint32_t q = p;
            while (q > s && ((unsigned char)text[q - 1] & 0xC0) == 0x80) q--;
            if (q > s) q--;   /* start of the code point before 's' */
            int32_t cp;
            cp_at(text, q, e, &cp);
            if (is_apos(cp) && q > s) { word_end = q; poss = q; }
        }
    }
    /* the word itself, cut at hyphens */
    uint32_t w = s;
    for (uint32_t i = s; i < word_end;) {
        int32_t cp;
        int l = cp_at(text, i, word_end, &cp);
        if (is_hyphen(cp) && i > s && i + (uint32_t)l < word_end) {
            if ((rc = push(text, w, i, tok, arena, out))) return rc;
            if ((rc = push(text, i, i + (uint32_t)l, tok, arena, out))) return rc;
            w = i + (uint32_t)l;
        }
        i += (uint32_t)l;
    }
    if ((rc = push(text, w, word_end, tok, arena, out))) return rc;
    if (poss < tail && (rc = push(text, poss, tail, tok, arena, out))) return rc;
    /* trailing punctuation, one word per character */
    for (uint32_t i = tail; i < e;) {
        int32_t cp;
        int l = cp_at(text, i, e, &cp);
        if ((rc = push(text, i, i + (uint32_t)l, tok, arena, out))) return rc;
        i += (uint32_t)l;
    }
    return 0;
}

int kb__split(const char *text, uint32_t start, uint32_t end, uint32_t tok,
              int split_space, pgn__arena *arena, kb_word_vec *out) {
    if (!split_space) {
        /* a token may hold a no-break space ("The\u00a0Kremlin") when the
        ** tokenizer kept it: split there too */
        uint32_t s = start;
        for (uint32_t i = start; i < end;) {
            int32_t cp;
            int l = cp_at(text, i, end, &cp);
            if (cp > 127 && utf8proc_category(cp) == UTF8PROC_CATEGORY_ZS) {
                int rc = split_chunk(text, s, i, tok, arena, out);
                if (rc) return rc;
                s = i + (uint32_t)l;
            }
            i += (uint32_t)l;
        }
        return s < end ? split_chunk(text, s, end, tok, arena, out) : 0;
    }
    uint32_t i = start;
    while (i < end) {
        while (i < end && (text[i] == ' ' || text[i] == '_' || text[i] == '\t')) i++;
        uint32_t s = i;
        while (i < end && !(text[i] == ' ' || text[i] == '_' || text[i] == '\t')) i++;
        if (i > s) {
            int rc = split_chunk(text, s, i, tok, arena, out);
            if (rc) return rc;
        }
    }
    return 0;
}

int kb__name_key(pgn__arena *arena, const char *name, size_t len, int split_underscore,
                 char **key, char **casing) {
    (void)split_underscore;
    kb_word_vec v = {0};
    if (len > 4096) return PGN_ETOOBIG;
    int rc = kb__split(name, 0, (uint32_t)len, 0, 1, arena, &v);
    if (rc) return rc;
    if (v.n == 0) return 0;
    size_t klen = 0;
    for (size_t i = 0; i < v.n; i++) klen += strlen(v.v[i].norm) + 1;
    char *k = pgn__arena_alloc(arena, klen);
    char *c = pgn__arena_alloc(arena, v.n + 1);
    if (!k || !c) return PGN_ENOMEM;
    size_t o = 0;
    for (size_t i = 0; i < v.n; i++) {
        size_t l = strlen(v.v[i].norm);
        if (i) k[o++] = ' ';
        memcpy(k + o, v.v[i].norm, l);
        o += l;
        /* two or more capitals make an acronym that must stay in capitals
        ** ("UN", "WHO", "US"); a capital initial makes a proper noun */
        int n_alpha = 0;
        for (uint32_t j = v.v[i].start; j < v.v[i].end; j++)
            if ((name[j] >= 'A' && name[j] <= 'Z') || (name[j] >= 'a' && name[j] <= 'z')) n_alpha++;
        c[i] = v.v[i].upper && n_alpha >= 2 ? 'U' : v.v[i].cap ? 'C' : 'a';
    }
    k[o] = '\0';
    c[v.n] = '\0';
    *key = k;
    *casing = c;
    return (int)v.n;
}
