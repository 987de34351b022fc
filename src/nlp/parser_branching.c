/* src/nlp/parser_branching.c -- parsing a sentence: the greedy parse or selectional branching.
**
** pgn__parser_parse sets up a sentence's state and kept sums and runs the
** greedy parser (parser_greedy.c) once, or, with branches set, the
** selectional-branching search of Choi & McCallum (2013): the steps where
** the best action led the runner-up by the least are taken the other way
** and the best-scoring sequence wins.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <math.h>

#include "base/error.h"
#include "parser_int.h"

/* Selectional branching (Choi & McCallum 2013): after the greedy run, the
** k steps where the best action led the runner-up by the least (and by
** less than the parser's branch_margin) are each taken the other way and
** the parse continued greedily from there; the sequence with the highest
** log-probability wins.  A branch is cut as soon as its sum falls to the
** best one's (log-probabilities are <= 0), so the result is that of
** running every branch to the end.  A sentence with no step to branch at
** costs a greedy parse and the record of its scores: the log-probabilities
** are worked out from them only when some step qualifies.  Out of memory:
** the greedy parse. */
static void parse_branching(const pgn__parser *p, pgn__nlp_sent *s, state *st, uint32_t k) {
    const uint32_t nc = p->lin.n_classes;
    size_t T = 0, max_steps = 2 * (size_t)s->n + 2;
    step_rec *rec = malloc(max_steps * sizeof *rec);
    int32_t *keep = malloc(max_steps * nc * sizeof *keep);
    uint32_t *pick = malloc((size_t)k * sizeof *pick);
    pgn__parser_state_init(st, s->n);
    if (!rec || !keep || !pick) {
        free(rec);
        free(keep);
        free(pick);
        pgn__parser_greedy(p, st, 0, -HUGE_VAL, NULL, NULL, NULL, NULL, NULL);
        pgn__parser_write_parse(st, s, p->root_label, p->dep_label);
        return;
    }
    pgn__parser_greedy(p, st, 0, -HUGE_VAL, rec, &T, keep, NULL, NULL);
    pgn__parser_write_parse(st, s, p->root_label, p->dep_label);
    /* the k smallest margins below the limit, by repeated selection (k is
    ** small); ties to the earlier step.  A step with a runner-up has a2 0
    ** until picked (then PICKED, until its runner-up is looked up). */
    const uint32_t PICKED = UINT32_MAX - 1;
    uint32_t np = 0;
    for (; np < k; np++) {
        uint32_t bt = UINT32_MAX;
        int64_t bm = 0;
        for (size_t t = 0; t < T; t++) {
            if (rec[t].a2 != 0) continue; /* none, or picked */
            int64_t m = (int64_t)rec[t].sc - rec[t].sc2;
            if (m < p->branch_margin && (bt == UINT32_MAX || m < bm)) bm = m, bt = (uint32_t)t;
        }
        if (bt == UINT32_MAX) break;
        pick[np] = bt;
        rec[bt].a2 = PICKED;
    }
    /* the runner-up of each step branched at: the first class with its score */
    for (uint32_t j = 0; j < np; j++) {
        step_rec *r = &rec[pick[j]];
        const int32_t *is = keep + r->scores;
        for (uint32_t c = 0; c < nc; c++)
            if (c != r->a && is[c] == r->sc2) {
                r->a2 = c;
                break;
            }
    }
    /* Every sequence shares the greedy steps before the earliest branch
    ** point, so sums start there. */
    size_t t_min = T;
    for (uint32_t j = 0; j < np; j++)
        if (pick[j] < t_min) t_min = pick[j];
    double best = 0;
    if (np) {
        const double kt = p->lin.scale / BRANCH_TEMP;
        for (size_t t = t_min; t < T; t++) {
            if (rec[t].scores == SIZE_MAX) continue;
            double lz = pgn__parser_log_norm(p, keep + rec[t].scores, nc, rec[t].a, kt);
            rec[t].lp = -lz;
            rec[t].lp2 = (double)(rec[t].sc2 - rec[t].sc) * kt - lz;
            best -= lz;
        }
    }
    /* the greedy path's state, for the branches to meet it (none: out of
    ** memory, the branches run to their end) */
    buffers path_bf = {0};
    state path;
    const int with_path = np && !p->shortcuts_off && pgn__parser_state_alloc(&path, s->n, &path_bf) == 0;
    step_memo memo_s, *memo = with_path ? pgn__parser_memo_open(&memo_s, T, k) : NULL;
    if (memo) { /* the first run's steps, their keys from its states again */
        memo->keep = keep;
        pgn__parser_state_init(&path, s->n);
        for (size_t t = 0; t < T; t++) {
            if (rec[t].scores != SIZE_MAX && memo->n < memo->cap) {
                step_key key;
                uint32_t at;
                pgn__parser_step_key_of(&path, &key);
                if (pgn__parser_memo_find(memo, &key, &at) == UINT32_MAX)
                    pgn__parser_memo_add(memo, &key, at, rec[t].a, t >= t_min ? -rec[t].lp : NAN,
                             rec[t].scores);
            }
            apply(&path, rec[t].a);
        }
    }
    for (uint32_t j = 0; j < np; j++) {
        size_t t0 = pick[j];
        double total = rec[t0].lp2;
        for (size_t t = t_min; t < t0; t++) total += rec[t].lp;
        if (total <= best) continue; /* nothing after t0 can raise it */
        pgn__parser_state_init(st, s->n);
        for (size_t t = 0; t < t0; t++) apply(st, rec[t].a);
        apply(st, rec[t0].a2);
        greedy_path gp = {rec, t0 + 1, T, &path};
        if (with_path) {
            pgn__parser_state_init(&path, s->n);
            for (size_t t = 0; t <= t0; t++) apply(&path, rec[t].a);
        }
        total += pgn__parser_greedy(p, st, 1, best - total, NULL, NULL, NULL,
                        with_path ? &gp : NULL, memo);
        if (total > best) {
            best = total;
            pgn__parser_write_parse(st, s, p->root_label, p->dep_label);
        }
    }
    pgn__parser_memo_close(memo);
    free(path_bf.i32);
    free(path_bf.u32);
    free(path_bf.u64);
    free(rec);
    free(keep);
    free(pick);
}

void pgn__parser_set_branching(pgn__parser *p, uint32_t k, double margin) {
    p->branches = k;
    free(p->branch_exp);
    p->branch_exp = NULL;
    p->n_branch_exp = 0;
    if (k) {
        /* log_norm's terms by score difference d, each computed as log_norm
        ** would (the same double), so the sums are the same; without the
        ** table (out of memory) log_norm calls exp */
        const double kt = p->lin.scale / BRANCH_TEMP;
        const double span = 12.0 / kt + 2;
        if (span < 1e7) {
            uint32_t n = (uint32_t)span;
            p->branch_exp = malloc(n * sizeof *p->branch_exp);
            if (p->branch_exp) {
                for (uint32_t d = 0; d < n; d++) p->branch_exp[d] = exp(-(int32_t)d * kt);
                p->n_branch_exp = n;
            }
        }
    }
    double m = margin > 0 ? ceil(margin / p->lin.scale) : 0;
    p->branch_margin = margin > 0 && m < 9e18 ? (int64_t)m : INT64_MAX;
}

static void parse_run(const pgn__parser *p, pgn__nlp_sent *s, state *st) {
    if (p->branches) {
        parse_branching(p, s, st, p->branches);
        return;
    }
    pgn__parser_state_init(st, s->n);
    pgn__parser_greedy(p, st, 0, -HUGE_VAL, NULL, NULL, NULL, NULL, NULL);
    pgn__parser_write_parse(st, s, p->root_label, p->dep_label);
}

void pgn__parser_parse(const pgn__parser *p, pgn__nlp_sent *s, int32_t *scratch) {
    (void)scratch;
    if (s->n == 0) return;
    /* Sentences up to SMALL words (nearly all) use the stack. */
    enum { SMALL = 126 };
    int32_t i32[6 * (SMALL + 2)];
    uint32_t u32[3 * (SMALL + 2)];
    uint64_t u64[4 * (SMALL + 2)], stackW[SMALL + 2], stackP[SMALL + 2], stackC[SMALL + 2];
    buffers bf = {i32, u32, u64, SMALL + 2};
    int heap = s->n > SMALL;
    if (heap) bf = (buffers){0};
    state st;
    uint64_t *W = heap ? malloc((s->n + 2) * sizeof *W) : stackW;
    uint64_t *P = heap ? malloc((s->n + 2) * sizeof *P) : stackP;
    uint64_t *C = heap ? malloc((s->n + 2) * sizeof *C) : stackC;
    if (!W || !P || !C || pgn__parser_state_alloc(&st, s->n, &bf)) {
        /* out of memory: leave a flat tree rather than nothing */
        for (uint32_t i = 0; i < s->n; i++) {
            s->head[i] = 0;
            s->label[i] = 0;
        }
    } else {
        pgn__parser_fill_wp(s, W, P, C);
        st.W = W;
        st.P = P;
        st.C = C;
        /* the kept sums (part_sums); without them (out of memory) the
        ** same parse, its features scored every step */
        const size_t m = (size_t)s->n + 2, nc = p->lin.n_classes;
        part_sums sums;
        sums.buf = malloc(2 * m * nc * sizeof *sums.buf);
        /* the keys only for the search's runs (greedy: one run) */
        sums.key = p->branches ? malloc(m * sizeof *sums.key) : NULL;
        sums.s0_run = calloc(m, sizeof *sums.s0_run);
        sums.buf_ok = calloc(m, 1);
        if (sums.buf && (sums.key || !p->branches) && sums.s0_run && sums.buf_ok &&
            !p->shortcuts_off) {
            sums.s0 = sums.buf + m * nc;
            sums.run = 0;
            /* no word's key: none has n + 2 as the word under it */
            for (size_t i = 0; sums.key && i < m; i++) sums.key[i] = (s0_key){.s1 = (uint32_t)m};
            st.sums = &sums;
        }
        parse_run(p, s, &st);
        free(sums.buf);
        free(sums.key);
        free(sums.s0_run);
        free(sums.buf_ok);
    }
    if (heap) {
        free(W);
        free(P);
        free(C);
        free(bf.i32);
        free(bf.u32);
        free(bf.u64);
    }
}
