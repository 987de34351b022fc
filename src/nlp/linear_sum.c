/* src/nlp/linear_sum.c -- a loaded model of one or two classes as one
** number per feature (pgn__lin_sum).
**
** Why: the quote finder's cue tagger (two classes) only asks whether class
** 1's score plus a bias beats class 0's, and its source ranker (one class)
** only adds one weight per feature; both are read at random once per
** feature, so their cost is cache misses on the slot table.  Keeping per
** slot the one number the caller adds (class 1 - class 0, or the weight)
** next to the fingerprint halves the table (4 bytes a slot, not 8, and no
** entry lists).  The slots stay where they were, with the same
** fingerprints: a probe walks the same slots, stops where it stopped and
** matches what it matched, so every key, in the model or not (a false
** fingerprint match included), gives the same integer as pgn__lin_score.
** (A table sized for fewer features would move the probes, and the rare
** false matches of absent features would then add other weights.)
*/
#include <stdlib.h>
#include <string.h>

#include "nlp_int.h"

/* A slot: 0 empty; else the fingerprint's upper 15 bits (its low bit is
** always 1) << 17 | value + 2^16, never 0, since the value fits in
** [-2^16, 2^16): class sums of one int16 entry each, or their difference. */
#define SUM_BIAS 65536
#define SUM_VALUE_BITS 17

static uint32_t sum_fp(uint64_t key) { return (uint32_t)(key >> 49) & 0x7FFFu; }

int pgn__lin_sum_build(const pgn__lin *m, pgn__lin_sum *out) {
    memset(out, 0, sizeof *out);
    if (m->n_classes != 1 && m->n_classes != 2) return PGN_EINVAL;
    uint64_t slots = (uint64_t)m->mask + 1;
    uint32_t *t = pgn__big_alloc(slots * sizeof *t);
    if (!t) return PGN_ENOMEM;
    for (uint64_t s = 0; s < slots; s++) {
        uint32_t fp = m->slot[2 * s] & 0xFFFFu;
        t[s] = 0;
        if (!fp) continue; /* empty, or a storage slot: probes stop there */
        /* the slot's own key: its probe starts and matches here, so the
        ** sums are pgn__lin_score's own, whatever the slot's layout */
        uint64_t key = (uint64_t)fp << 48 | s;
        int32_t sc[2] = {0, 0};
        pgn__lin_score(m, &key, 1, sc);
        int32_t v = m->n_classes == 2 ? sc[1] - sc[0] : sc[0];
        if (v < -SUM_BIAS || v >= SUM_BIAS) {
            free(t);
            return PGN_ETOOBIG;
        }
        t[s] = sum_fp(key) << SUM_VALUE_BITS | (uint32_t)(v + SUM_BIAS);
    }
    out->mask = m->mask;
    out->slot = t;
    return 0;
}

void pgn__lin_sum_free(pgn__lin_sum *t) {
    free(t->slot);
    memset(t, 0, sizeof *t);
}

void pgn__lin_sum_prefetch(const pgn__lin_sum *t, const uint64_t *f, size_t nf) {
    for (size_t k = 0; k < nf; k++) __builtin_prefetch(&t->slot[(uint32_t)f[k] & t->mask]);
}

int32_t pgn__lin_sum_score(const pgn__lin_sum *t, const uint64_t *f, size_t nf) {
    /* as pgn__lin_score: touch every feature's slot first, so that the
    ** cache misses overlap */
    if (nf > 128) nf = 128;
    pgn__lin_sum_prefetch(t, f, nf);
    const uint32_t *slot = t->slot;
    int32_t sum = 0;
    for (size_t k = 0; k < nf; k++) {
        uint32_t fp = sum_fp(f[k]);
        for (uint32_t s = (uint32_t)f[k] & t->mask;; s = (s + 1) & t->mask) {
            uint32_t v = slot[s];
            if (!v) break;
            if (v >> SUM_VALUE_BITS == fp) {
                sum += (int32_t)(v & ((1u << SUM_VALUE_BITS) - 1)) - SUM_BIAS;
                break;
            }
        }
    }
    return sum;
}
