/* src/discourse/cues.c -- parses the cue lexicon (cues.h). */
#include "discourse/cues.h"

#include <stdlib.h>
#include <string.h>

#include "base/error.h"

extern const char pgn__quote_cues_txt[];
extern const size_t pgn__quote_cues_txt_len;

static int cmp_cue(const void *a, const void *b) {
    return strcmp(((const pgn__cue *)a)->form, ((const pgn__cue *)b)->form);
}

int pgn__cues_parse(const char *text, size_t len, const char *name, pgn__arena *a,
                    pgn__cues *out, pgn_error *err) {
    PGN__VEC(pgn__cue) v = {0};
    size_t i = 0;
    long line = 0;
    while (i < len) {
        size_t e = i;
        while (e < len && text[e] != '\n') e++;
        line++;
        size_t s = i, t = e;
        i = e + 1;
        if (t > s && text[t - 1] == '\r') t--;
        if (t == s || text[s] == '#') continue;
        const char *tab = memchr(text + s, '\t', t - s);
        if (!tab)
            return pgn__err(err, PGN_ESYNTAX, name, line, (long)s,
                            "want a cue form, a tab and a kind");
        size_t flen = (size_t)(tab - (text + s));
        const char *kind = tab + 1;
        size_t klen = t - (size_t)(kind - text);
        pgn__cue_kind k;
        if (klen == 6 && memcmp(kind, "speech", 6) == 0) k = PGN__CUE_SPEECH;
        else if (klen == 6 && memcmp(kind, "belief", 6) == 0) k = PGN__CUE_BELIEF;
        else if (klen == 8 && memcmp(kind, "evidence", 8) == 0) k = PGN__CUE_EVIDENCE;
        else
            return pgn__err(err, PGN_ESYNTAX, name, line, (long)(kind - text),
                            "unknown cue kind \"%.*s\" (speech, belief or evidence)",
                            (int)(klen > 40 ? 40 : klen), kind);
        unsigned words = 1;
        if (flen == 0 || flen > 40 || text[s] == ' ' || text[s + flen - 1] == ' ')
            return pgn__err(err, PGN_ESYNTAX, name, line, (long)s, "bad cue form");
        for (size_t k2 = s; k2 < s + flen; k2++) {
            char c = text[k2];
            if (c == ' ') {
                if (text[k2 - 1] == ' ')
                    return pgn__err(err, PGN_ESYNTAX, name, line, (long)k2, "double space in cue");
                words++;
            } else if (!(c >= 'a' && c <= 'z') && c != '-' && c != '\'') {
                return pgn__err(err, PGN_ESYNTAX, name, line, (long)k2,
                                "cue forms are lower-case ASCII words");
            }
        }
        if (PGN__VEC_RESERVE(a, v)) return pgn__err(err, PGN_ENOMEM, name, line, -1, "no memory");
        pgn__cue *c = &v.v[v.n++];
        if (!(c->form = pgn__arena_strndup(a, text + s, flen)))
            return pgn__err(err, PGN_ENOMEM, name, line, -1, "no memory");
        c->n_words = words;
        c->kind = k;
        c->line = line;
    }
    if (v.n) qsort(v.v, v.n, sizeof *v.v, cmp_cue);
    /* Duplicates are neighbours once sorted; report the later line. */
    for (size_t p = 1; p < v.n; p++)
        if (strcmp(v.v[p - 1].form, v.v[p].form) == 0) {
            long l = v.v[p].line > v.v[p - 1].line ? v.v[p].line : v.v[p - 1].line;
            return pgn__err(err, PGN_EDUPLICATE, name, l, -1, "cue \"%s\" listed twice",
                            v.v[p].form);
        }
    out->v = v.v;
    out->n = v.n;
    return 0;
}

int pgn__cues_builtin(pgn__arena *a, pgn__cues *out, pgn_error *err) {
    return pgn__cues_parse(pgn__quote_cues_txt, pgn__quote_cues_txt_len,
                           "data/lexicon/quote_cues.txt", a, out, err);
}

const pgn__cue *pgn__cues_find(const pgn__cues *c, const char *low) {
    size_t lo = 0, hi = c->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int r = strcmp(low, c->v[mid].form);
        if (r == 0) return &c->v[mid];
        if (r < 0) hi = mid;
        else lo = mid + 1;
    }
    return NULL;
}
