/* src/text/align.c -- the CoNLL 2018 alignment and its scores (align.h).
** Follows the shared task's reference scorer step by step, so our figures
** are comparable with published ones. */
#include "align.h"

#include <stdint.h>
#include <string.h>

#include "peregrine.h"

void pgn__align_spans(const pgn__aspan *gold, size_t n_gold, const pgn__aspan *sys,
                      size_t n_sys, pgn__prf *out) {
    size_t g = 0, s = 0, correct = 0;
    while (g < n_gold && s < n_sys) {
        if (gold[g].start < sys[s].start) {
            g++;
        } else if (sys[s].start < gold[g].start) {
            s++;
        } else {
            correct += gold[g].end == sys[s].end;
            g++;
            s++;
        }
    }
    out->gold = n_gold;
    out->sys = n_sys;
    out->correct = correct;
}

/* Case-folded equality (ASCII folding; other letters compare exactly). */
static int same_form(const char *a, const char *b) {
    for (;; a++, b++) {
        unsigned char x = (unsigned char)*a, y = (unsigned char)*b;
        if (x >= 'A' && x <= 'Z') x += 'a' - 'A';
        if (y >= 'A' && y <= 'Z') y += 'a' - 'A';
        if (x != y) return 0;
        if (!x) return 1;
    }
}

static int beyond_end(const pgn__aword *w, size_t i, size_t n, size_t mw_end) {
    if (i >= n) return 1;
    if (w[i].mwt) return w[i].span.start >= mw_end;
    return w[i].span.end > mw_end;
}

static size_t extend_end(const pgn__aword *w, size_t mw_end) {
    return w->mwt && w->span.end > mw_end ? w->span.end : mw_end;
}

/* Aligns the words of one multi-word region [gs, ge) x [ss, se) by LCS. */
static int align_region(const pgn__aword *gold, size_t gs, size_t ge, const pgn__aword *sys,
                        size_t ss, size_t se, pgn__arena *arena, long *sys_of_gold,
                        size_t *correct) {
    size_t ng = ge - gs, ns = se - ss;
    if (ng == 0 || ns == 0) return 0;
    if (ng > SIZE_MAX / sizeof(uint32_t) / ns) return PGN_ENOMEM;
    uint32_t *lcs = pgn__arena_alloc(arena, ng * ns * sizeof *lcs);
    if (!lcs) return PGN_ENOMEM;
#define LCS(g, s) lcs[(g) * ns + (s)]
    for (size_t g = ng; g-- > 0;)
        for (size_t s = ns; s-- > 0;) {
            uint32_t v = 0;
            if (same_form(gold[gs + g].form, sys[ss + s].form))
                v = 1 + (g + 1 < ng && s + 1 < ns ? LCS(g + 1, s + 1) : 0);
            if (g + 1 < ng && LCS(g + 1, s) > v) v = LCS(g + 1, s);
            if (s + 1 < ns && LCS(g, s + 1) > v) v = LCS(g, s + 1);
            LCS(g, s) = v;
        }
    size_t g = 0, s = 0;
    while (g < ng && s < ns) {
        if (same_form(gold[gs + g].form, sys[ss + s].form)) {
            if (sys_of_gold) sys_of_gold[gs + g] = (long)(ss + s);
            (*correct)++;
            g++;
            s++;
        } else if (LCS(g, s) == (g + 1 < ng ? LCS(g + 1, s) : 0)) {
            g++;
        } else {
            s++;
        }
    }
#undef LCS
    return 0;
}

int pgn__align_words(const pgn__aword *gold, size_t n_gold, const pgn__aword *sys,
                     size_t n_sys, pgn__arena *arena, long *sys_of_gold, pgn__prf *out) {
    size_t gi = 0, si = 0, correct = 0;
    if (sys_of_gold)
        for (size_t i = 0; i < n_gold; i++) sys_of_gold[i] = -1;
    while (gi < n_gold && si < n_sys) {
        if (gold[gi].mwt || sys[si].mwt) {
            /* The smallest region covering the multi-word tokens here. */
            size_t mw_end;
            if (gold[gi].mwt) {
                mw_end = gold[gi].span.end;
                if (!sys[si].mwt && sys[si].span.start < gold[gi].span.start) si++;
            } else {
                mw_end = sys[si].span.end;
                if (!gold[gi].mwt && gold[gi].span.start < sys[si].span.start) gi++;
            }
            size_t gs = gi, ss = si;
            while (!beyond_end(gold, gi, n_gold, mw_end) || !beyond_end(sys, si, n_sys, mw_end)) {
                if (gi < n_gold && (si >= n_sys || gold[gi].span.start <= sys[si].span.start)) {
                    mw_end = extend_end(&gold[gi], mw_end);
                    gi++;
                } else {
                    mw_end = extend_end(&sys[si], mw_end);
                    si++;
                }
            }
            int rc = align_region(gold, gs, gi, sys, ss, si, arena, sys_of_gold, &correct);
            if (rc) return rc;
        } else if (gold[gi].span.start == sys[si].span.start &&
                   gold[gi].span.end == sys[si].span.end) {
            if (sys_of_gold) sys_of_gold[gi] = (long)si;
            correct++;
            gi++;
            si++;
        } else if (gold[gi].span.start <= sys[si].span.start) {
            gi++;
        } else {
            si++;
        }
    }
    out->gold = n_gold;
    out->sys = n_sys;
    out->correct = correct;
    return 0;
}

double pgn__prf_precision(const pgn__prf *p) {
    return p->sys ? (double)p->correct / (double)p->sys : 0.0;
}

double pgn__prf_recall(const pgn__prf *p) {
    return p->gold ? (double)p->correct / (double)p->gold : 0.0;
}

double pgn__prf_f1(const pgn__prf *p) {
    return p->gold + p->sys ? 2.0 * (double)p->correct / (double)(p->gold + p->sys) : 0.0;
}
