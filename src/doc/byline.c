/* src/doc/byline.c -- bylines: "By Jane Doe and John Roe", "Reported by:
** Aparna Shandilya", "Jane Doe | Reuters", and wire trailers "(Reporting by
** Jane Doe in Moscow; Editing by John Roe)".  Cues and their roles are in
** data/lexicon/byline.txt: an "author" cue names the writers (they become
** meta.byline, as written), an "editor" cue marks the line without naming
** authors.
**
** A byline is short and made of names, so prose that happens to start
** with "By" ("By Tuesday the talks had failed.") is left alone: the names
** must start with a capital, the line must be short, and it must not end
** like a sentence.
*/
#include <string.h>

#include "clean_int.h"

#define BYLINE_MAX 300
#define BYLINE_WORDS 14

/* Names as written, without a trailing agency (", Reuters", "| AP") or
** place (" in Moscow"); copied to the arena. */
static char *clean_names(const pgn__cues *cx, pgn_doc *doc, const char *s, size_t n) {
    size_t a = 0, b = n;
    pgn__trim(s, &a, &b);
    /* "Jane Doe | Reuters", "Jane Doe, Reuters", "Jane Doe/AP". */
    for (size_t k = b; k > a; k--) {
        char c = s[k - 1];
        if (c != '|' && c != ',' && c != '/') continue;
        size_t x = k, y = b;
        pgn__trim(s, &x, &y);
        if (pgn__is_agency(cx, s + x, y - x)) {
            b = k - 1;
            pgn__trim(s, &a, &b);
        }
        break;
    }
    char *out = pgn__arena_alloc(doc->arena, b - a + 1);
    if (!out) return NULL;
    /* Drop " in Place" after each name: "Jane Doe in Moscow and John Roe in
    ** Kyiv" -> "Jane Doe and John Roe". */
    size_t o = 0, i = a;
    while (i < b) {
        if (b - i > 4 && memcmp(s + i, " in ", 4) == 0 &&
            pgn__is_upper((unsigned char)s[i + 4])) {
            size_t j = i + 4;
            while (j < b && s[j] != ',' && !(b - j >= 5 && memcmp(s + j, " and ", 5) == 0))
                j++;
            i = j;
            continue;
        }
        out[o++] = s[i++];
    }
    while (o > 0 && (out[o - 1] == ' ' || out[o - 1] == ',')) o--;
    out[o] = '\0';
    return out;
}

/* Names start with a capital (or a non-ASCII letter) and do not read like
** a sentence. */
static int looks_like_names(const char *s, size_t n) {
    size_t a = 0, b = n;
    pgn__trim(s, &a, &b);
    if (a >= b) return 0;
    unsigned char c = (unsigned char)s[a];
    if (!pgn__is_upper(c) && c < 0x80) return 0;
    if (pgn__count_words(s + a, b - a, BYLINE_WORDS + 1) > BYLINE_WORDS) return 0;
    /* "... had failed." ends a sentence; "Jr." or "J." does not. */
    if (s[b - 1] == '.' && !(b - a >= 3 && (s[b - 3] == ' ' || s[b - 3] == '.')) &&
        !(b - a >= 4 && memcmp(s + b - 3, "Jr.", 3) == 0))
        return 0;
    if (s[b - 1] == '!' || s[b - 1] == '?') return 0;
    return 1;
}

static int set_byline(const pgn__cues *cx, pgn_doc *doc, const char *s, size_t n) {
    if (doc->meta.byline) return 0;
    char *names = clean_names(cx, doc, s, n);
    if (!names) return PGN_ENOMEM;
    if (*names) doc->meta.byline = names;
    return 0;
}

/* "cue names" clauses separated by ';'.  Returns 1 when every clause
** starts with a byline cue. */
static int cue_clauses(const pgn__cues *cx, pgn_doc *doc, const char *s, size_t n,
                       int paren) {
    size_t a = 0;
    int first_author = -1;
    size_t fa = 0, fb = 0;
    while (a < n) {
        const char *semi = paren ? memchr(s + a, ';', n - a) : NULL;
        size_t b = semi ? (size_t)(semi - s) : n;
        size_t x = a, y = b;
        pgn__trim(s, &x, &y);
        const char *role;
        size_t role_len;
        size_t cue = pgn__match_cue(&cx->byline, s + x, y - x, &role, &role_len);
        if (!cue) return 0;
        size_t k = x + cue;
        while (k < y && (s[k] == ' ' || s[k] == ':' || s[k] == '\t')) k++;
        if (!looks_like_names(s + k, y - k)) return 0;
        if (first_author < 0 && role_len == 6 && memcmp(role, "author", 6) == 0) {
            first_author = 1;
            fa = k;
            fb = y;
        }
        a = b + 1;
    }
    if (first_author > 0 && set_byline(cx, doc, s + fa, fb - fa)) return PGN_ENOMEM;
    return 1;
}

int pgn__cue_byline(const pgn__cues *cx, pgn_doc *doc, const char *s, size_t n) {
    if (n > BYLINE_MAX || n < 3) return 0;
    if (s[0] == '(' && s[n - 1] == ')') return cue_clauses(cx, doc, s + 1, n - 2, 1);
    int rc = cue_clauses(cx, doc, s, n, 0);
    if (rc) return rc;
    /* "Jane Doe | Reuters": names, a bar, a known agency. */
    const char *bar = memchr(s, '|', n);
    if (!bar) return 0;
    size_t b = (size_t)(bar - s), x = b + 1, y = n;
    pgn__trim(s, &x, &y);
    if (!pgn__is_agency(cx, s + x, y - x) || !looks_like_names(s, b) ||
        pgn__count_words(s, b, 6) > 5)
        return 0;
    return set_byline(cx, doc, s, b) ? PGN_ENOMEM : 1;
}
