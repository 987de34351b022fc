/* src/doc/boilerplate.c -- lines that are page furniture, not reporting:
** advertisement markers, "(With agency inputs)", share/subscribe/read-more
** lines, copyright notices.  The patterns are in data/lexicon/
** boilerplate.txt, each matched without case as the whole line ("line"),
** its start ("prefix") or anywhere in a short line ("contains").
*/
#include <string.h>

#include "clean_int.h"

#define PREFIX_LINE_MAX 250
#define CONTAINS_LINE_MAX 160

static int lower(unsigned char c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

static int icontains(const char *s, size_t n, const char *p, size_t np) {
    if (np == 0) return 1;
    /* The first letter rules out most places without a call. */
    int p0 = lower((unsigned char)p[0]);
    for (size_t i = 0; i + np <= n; i++)
        if (lower((unsigned char)s[i]) == p0 && pgn__ascii_ieq(s + i, np, p, np)) return 1;
    return 0;
}

int pgn__cue_boilerplate(const pgn__cues *cx, const char *s, size_t n) {
    /* A line of symbols only ("* * *", "----") separates, and says nothing. */
    int any_alnum = 0;
    for (size_t i = 0; i < n && !any_alnum; i++)
        any_alnum = pgn__is_alnum((unsigned char)s[i]) || (unsigned char)s[i] >= 0x80;
    if (!any_alnum) return 1;
    if (n > PREFIX_LINE_MAX) return 0;
    /* Trailing ':' or '.' do not change what a line is ("Advertisement."). */
    size_t m = n;
    while (m > 0 && (s[m - 1] == ':' || s[m - 1] == '.')) m--;
    for (size_t i = 0; i < cx->boilerplate.n; i++) {
        const pgn__lex_entry *e = &cx->boilerplate.v[i];
        if (e->n_fields < 2) continue;
        const char *p = e->f[1];
        size_t np = e->n[1];
        /* The kinds differ in their first letter (line, prefix, contains). */
        switch (e->f[0][0]) {
        case 'l':
            if ((np == m && pgn__ascii_ieq(s, m, p, np)) ||
                (np == n && pgn__ascii_ieq(s, n, p, np)))
                return 1;
            break;
        case 'p':
            if (np > 0 && n >= np && lower((unsigned char)s[0]) == lower((unsigned char)p[0]) &&
                pgn__ascii_iprefix(s, n, p, np) &&
                (np == n || !pgn__is_alpha((unsigned char)p[np - 1]) ||
                 !pgn__is_alpha((unsigned char)s[np])))
                return 1;
            break;
        case 'c':
            if (n <= CONTAINS_LINE_MAX && icontains(s, n, p, np)) return 1;
            break;
        default:
            break;
        }
    }
    return 0;
}
