/* src/doc/cues.c -- helpers the line classifiers share: cue matching
** against a lexicon, sentence-final punctuation, agency names. */
#include <string.h>

#include "clean_int.h"

int pgn__ends_terminal(const char *s, size_t n) {
    if (n == 0) return 0;
    unsigned char c = (unsigned char)s[n - 1];
    if (strchr(".!?:;\"')]", c) && c) return 1;
    /* U+2026 … U+201D ” U+2019 ’ */
    if (n >= 3 && (unsigned char)s[n - 3] == 0xE2 &&
        (unsigned char)s[n - 2] == 0x80) {
        unsigned char d = (unsigned char)s[n - 1];
        return d == 0xA6 || d == 0x9D || d == 0x99;
    }
    return 0;
}

static int lower(unsigned char c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

size_t pgn__match_cue(const pgn__cue_list *l, const char *s, size_t n,
                      const char **role, size_t *role_len) {
    size_t best = 0;
    if (n == 0) return 0;
    int s0 = lower((unsigned char)s[0]);
    for (size_t i = 0; i < l->n; i++) {
        const pgn__lex_entry *e = &l->v[i];
        if (e->n_fields < 2 || e->n[1] <= best) continue;
        /* The first letter rules out most cues without a call. */
        if (lower((unsigned char)e->f[1][0]) != s0) continue;
        if (!pgn__ascii_iprefix(s, n, e->f[1], e->n[1])) continue;
        /* "by" must not match "bypass": the cue ends at a non-letter. */
        if (e->n[1] < n && pgn__is_alpha((unsigned char)s[e->n[1]])) continue;
        best = e->n[1];
        *role = e->f[0];
        *role_len = e->n[0];
    }
    return best;
}

int pgn__is_agency(const pgn__cues *cx, const char *s, size_t n) {
    for (size_t i = 0; i < cx->agencies.n; i++)
        if (pgn__ascii_ieq(s, n, cx->agencies.v[i].f[0], cx->agencies.v[i].n[0]))
            return 1;
    return 0;
}

/* Length of the tag starting at s[0] == '<', or 0 when it is not one: a
** letter, '/' or '!' after '<', no '<' or newline inside, at most 200 bytes. */
static size_t tag_len(const char *s, size_t n) {
    if (n < 3 || s[0] != '<' ||
        !(pgn__is_alpha((unsigned char)s[1]) || s[1] == '/' || s[1] == '!'))
        return 0;
    for (size_t i = 1; i < n && i < 200; i++) {
        if (s[i] == '>') return i + 1;
        if (s[i] == '<' || s[i] == '\n') return 0;
    }
    return 0;
}

int pgn__skip_edge_tags(const char *s, size_t *a, size_t *b) {
    int any = 0;
    for (;;) {
        size_t k = *a < *b ? tag_len(s + *a, *b - *a) : 0;
        if (!k) break;
        *a += k;
        pgn__trim(s, a, b);
        any = 1;
    }
    while (*b > *a && s[*b - 1] == '>') {
        size_t o = *b - 1;
        while (o > *a && *b - o < 200 && s[o] != '<') o--;
        if (s[o] != '<' || tag_len(s + o, *b - o) != *b - o) break;
        *b = o;
        pgn__trim(s, a, b);
        any = 1;
    }
    return any;
}
