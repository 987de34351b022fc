/* src/doc/credit.c -- image credit lines: "Image: AP | Image:self",
** "Photo: Reuters", "(Photo by X/AFP via Getty Images)", "File photo", and
** captions ending in a credit ("... in Moscow. (Photo: Reuters)").  The
** labels are in data/lexicon/credits.txt.  Each credit value goes to the
** document's image credits.
*/
#include <string.h>

#include "clean_int.h"

#define CREDIT_LINE_MAX 400
#define CREDIT_VALUE_WORDS 10
#define CAPTION_WORDS 60
#define MAX_CREDITS 8

typedef struct span {
    size_t a, b;
} span;

/* One "label[: value]" or "label by value" part, maybe in parentheses.
** Returns 1 and the value span (empty when none) or 0. */
static int credit_part(const pgn__cues *cx, const char *s, size_t a, size_t b,
                       span *value) {
    pgn__trim(s, &a, &b);
    if (b > a + 1 && s[a] == '(' && s[b - 1] == ')') {
        a++;
        b--;
        pgn__trim(s, &a, &b);
    }
    if (a >= b) return 0;
    const char *role;
    size_t role_len;
    size_t cue = pgn__match_cue(&cx->credits, s + a, b - a, &role, &role_len);
    if (!cue) return 0;
    size_t k = a + cue;
    while (k < b && (s[k] == ' ' || s[k] == '\t')) k++;
    if (k == b) {
        value->a = value->b = b;   /* "File photo": a credit line, no name */
        return 1;
    }
    if (s[k] == ':' || s[k] == '-' || s[k] == '/') {
        k++;
    } else if (b - k > 3 && pgn__ascii_iprefix(s + k, b - k, "by ", 3)) {
        k += 3;
    } else {
        return 0;   /* "Photos show that ..." is prose */
    }
    size_t va = k, vb = b;
    pgn__trim(s, &va, &vb);
    while (vb > va && (s[vb - 1] == '.' || s[vb - 1] == ',')) vb--;
    if (pgn__count_words(s + va, vb - va, CREDIT_VALUE_WORDS + 1) > CREDIT_VALUE_WORDS)
        return 0;
    value->a = va;
    value->b = vb;
    return 1;
}

static int push_credits(pgn_doc *doc, const char *s, const span *v, int n) {
    for (int i = 0; i < n; i++) {
        if (v[i].b <= v[i].a) continue;
        if (PGN__VEC_RESERVE(doc->arena, doc->image_credits)) return PGN_ENOMEM;
        char *c = pgn__arena_strndup(doc->arena, s + v[i].a, v[i].b - v[i].a);
        if (!c) return PGN_ENOMEM;
        doc->image_credits.v[doc->image_credits.n++] = c;
    }
    return 0;
}

int pgn__cue_credit(const pgn__cues *cx, pgn_doc *doc, const char *s, size_t n) {
    if (n > CREDIT_LINE_MAX) return 0;
    span v[MAX_CREDITS];
    int n_v = 0;
    /* Every '|'-separated part must be a credit. */
    size_t a = 0;
    int all = 1;
    while (a <= n && all) {
        const char *bar = memchr(s + a, '|', n - a);
        size_t b = bar ? (size_t)(bar - s) : n;
        if (n_v == MAX_CREDITS || !credit_part(cx, s, a, b, &v[n_v])) all = 0;
        else n_v++;
        a = b + 1;
    }
    if (all && n_v > 0) return push_credits(doc, s, v, n_v) ? PGN_ENOMEM : 1;
    /* A caption ending in a parenthesised credit. */
    if (n > 2 && s[n - 1] == ')' &&
        pgn__count_words(s, n, CAPTION_WORDS + 1) <= CAPTION_WORDS) {
        size_t open = n - 1;
        while (open > 0 && s[open] != '(') open--;
        if (s[open] == '(' && credit_part(cx, s, open, n, &v[0]))
            return push_credits(doc, s, v, 1) ? PGN_ENOMEM : 1;
    }
    return 0;
}
