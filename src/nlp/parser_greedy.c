/* src/nlp/parser_greedy.c -- greedy parsing, and the shortcuts that let a branch reuse it.
**
** greedy runs the parser from a state to the end, one best valid action a
** step.  For the selectional-branching search (parser_branching.c) it also
** records each step and its log-probability, and a branch's run takes
** shortcuts: it follows the greedy path once its state is the path's
** (same_step, same_future, follow_path) and takes the action of a step
** whose key it has seen (the step memo).  Kept apart from the search
** itself, which only picks where to branch and compares the runs.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <math.h>

#include "base/error.h"
#include "parser_int.h"

/* log of the softmax's normaliser over the valid classes of is (the
** invalid ones are at INT32_MIN) around the chosen class a; classes more
** than 12 temperatures below it (each adding less than e^-12) are left
** out: 30 gave the same EWT dev parses with --branches 1-4, for more
** calls of exp. */
double pgn__parser_log_norm(const pgn__parser *p, const int32_t *is, uint32_t nc, uint32_t a,
                            double k) {
    double z = 0, cut = is[a] - 12.0 / k;
    const double *e = p->shortcuts_off ? NULL : p->branch_exp;
    if (!e || nc > 256) {
        for (uint32_t c = 0; c < nc; c++)
            if (is[c] > cut) z += exp((is[c] - is[a]) * k);
        return log(z);
    }
    /* The same sum from the table: the classes above the cut (for an
    ** integer, above cut is above its floor) as bits first, without a
    ** branch per class (half of them are in, at random), then their terms
    ** in class order as before, so the same double. */
    const int64_t icut = (int64_t)floor(cut);
    uint64_t in[4] = {0, 0, 0, 0};
    for (uint32_t c = 0; c < nc; c++) in[c >> 6] |= (uint64_t)((int64_t)is[c] > icut) << (c & 63);
    for (uint32_t w = 0; w < 4; w++)
        for (uint64_t bits = in[w]; bits; bits &= bits - 1) {
            const uint32_t c = w * 64 + (uint32_t)__builtin_ctzll(bits);
            /* a is the best class: 0 <= d < 12 / k + 1 */
            const uint32_t d = (uint32_t)(is[a] - is[c]);
            z += d < p->n_branch_exp ? e[d] : exp((is[c] - is[a]) * k);
        }
    return log(z);
}

/* Whether word w reads the same in a and b for every feature and action
** to come: its own arc and the parts of its children the features read. */
static int same_word(const state *a, const state *b, uint32_t w) {
    if (a->head[w] != b->head[w] || a->lab[w] != b->lab[w] || a->lc1[w] != b->lc1[w] ||
        a->lc2[w] != b->lc2[w] || a->rc1[w] != b->rc1[w] || a->rc2[w] != b->rc2[w] ||
        a->nl[w] != b->nl[w] || a->nr[w] != b->nr[w] || a->ls[w] != b->ls[w] ||
        a->rs[w] != b->rs[w])
        return 0;
    const int32_t ch[4] = {a->lc1[w], a->lc2[w], a->rc1[w], a->rc2[w]};
    for (int i = 0; i < 4; i++)
        if (ch[i] > 0 && a->lab[ch[i]] != b->lab[ch[i]]) return 0;
    return 1;
}

/* Whether the parser continues from a exactly as from b (the same actions
** with the same scores).  Every feature and valid_kinds read only the
** stack's words, the buffer front, the heads and labels of those (a stack
** word's head and its head are on the stack below it) and their
** children's labels; the words after the front have no arcs yet in either;
** the arcs made later only touch the stack's words and the buffer's.  The
** words popped already may differ: the features never see them again. */
static int same_future(const state *a, const state *b) {
    if (a->b != b->b || a->sp != b->sp || a->root_child != b->root_child ||
        memcmp(a->stk, b->stk, a->sp * sizeof *a->stk))
        return 0;
    for (uint32_t i = 0; i < a->sp; i++)
        if (!same_word(a, b, (uint32_t)a->stk[i])) return 0;
    return a->b > a->n || same_word(a, b, a->b);
}

/* Whether the next step reads the same in a and b (valid_kinds and every
** feature: the buffer front and its left children, the stack top with its
** arc, children, head and head's head, and the word under it with whether
** it has a head), so it scores the same and takes the same action; deeper
** in the stack they may differ. */
static int same_step(const state *a, const state *b) {
    if (a->b != b->b || a->sp != b->sp || a->root_child != b->root_child) return 0;
    const uint32_t sp = a->sp;
    const int32_t s0 = a->stk[sp - 1];
    if (b->stk[sp - 1] != s0 || !same_word(a, b, (uint32_t)s0)) return 0;
    const int32_t h = a->head[s0];
    if (h > 0 && (a->head[h] != b->head[h] || a->lab[h] != b->lab[h])) return 0;
    if (sp >= 2) {
        const int32_t s1 = a->stk[sp - 2];
        if (b->stk[sp - 2] != s1 || (a->head[s1] >= 0) != (b->head[s1] >= 0)) return 0;
    }
    return a->b > a->n || same_word(a, b, a->b);
}

/* A branch that has reached the state of the greedy path gp at its step
** gp->t goes on as the path did: its actions, and its log-probabilities
** added one by one as greedy adds them (x + lp is x - log_norm exactly),
** with the same cut at floor. */
static double follow_path(state *st, const greedy_path *gp, double total, double floor) {
    for (size_t t = gp->t; t < gp->n_steps; t++) {
        const step_rec *r = &gp->rec[t];
        apply(st, r->a);
        if (r->scores == SIZE_MAX) continue; /* a forced SHIFT, not scored */
        total += r->lp;
        if (total <= floor) return -HUGE_VAL;
    }
    return total;
}

void pgn__parser_step_key_of(const state *st, step_key *k) {
    memset(k, 0, sizeof *k);
    const uint32_t w = (uint32_t)st->stk[st->sp - 1], b = st->b;
    k->s0 = s0_key_of(st);
    k->b = b;
    k->w = w;
    k->right = two_children_of(st, st->rc1[w], st->rc2[w]);
    k->nr = st->nr[w];
    k->rs = st->rs[w];
    if (b <= st->n) {
        k->n0_left = two_children_of(st, st->lc1[b], st->lc2[b]);
        k->n0nl = st->nl[b];
        k->n0ls = st->ls[b];
    }
    k->s1_headed = st->sp >= 2 && st->head[st->stk[st->sp - 2]] >= 0;
    k->root_child = (uint32_t)st->root_child;
}

void pgn__parser_memo_close(step_memo *m) {
    if (!m) return;
    free(m->key);
    free(m->a);
    free(m->lz);
    free(m->scores);
    free(m->slot);
}

static uint64_t step_key_hash(const step_key *k) {
    uint64_t w[sizeof *k / 8], h = 0;
    memcpy(w, k, sizeof w);
    for (size_t i = 0; i < sizeof w / sizeof *w; i++)
        h = (h ^ w[i]) * 0x9e3779b97f4a7c15ULL, h ^= h >> 29;
    return h;
}

/* A memo with room for the first run's n_steps steps and as many for each
** of k branches; NULL when out of memory (the search goes on without). */
step_memo *pgn__parser_memo_open(step_memo *m, size_t n_steps, uint32_t k) {
    const size_t cap = n_steps * ((size_t)k + 1);
    size_t slots = 16;
    while (slots < 2 * cap) slots *= 2;
    if (cap >= UINT32_MAX / 4) return NULL;
    memset(m, 0, sizeof *m);
    m->key = malloc(cap * sizeof *m->key);
    m->a = malloc(cap * sizeof *m->a);
    m->lz = malloc(cap * sizeof *m->lz);
    m->scores = malloc(cap * sizeof *m->scores);
    m->slot = calloc(slots, sizeof *m->slot);
    m->cap = (uint32_t)cap;
    m->mask = (uint32_t)slots - 1;
    if (m->key && m->a && m->lz && m->scores && m->slot) return m;
    pgn__parser_memo_close(m);
    return NULL;
}

/* The entry of k (UINT32_MAX: none); *at its slot or the empty one. */
uint32_t pgn__parser_memo_find(const step_memo *m, const step_key *k, uint32_t *at) {
    uint32_t i = (uint32_t)step_key_hash(k) & m->mask;
    for (; m->slot[i]; i = (i + 1) & m->mask)
        if (memcmp(&m->key[m->slot[i] - 1], k, sizeof *k) == 0) break;
    *at = i;
    return m->slot[i] ? m->slot[i] - 1 : UINT32_MAX;
}

/* Adds key (not in m, at its empty slot at; m not full): action a, its
** normaliser lz (NAN: to be worked out from keep + scores). */
void pgn__parser_memo_add(step_memo *m, const step_key *key, uint32_t at, uint32_t a, double lz,
                          size_t scores) {
    const uint32_t e = m->n++;
    m->key[e] = *key;
    m->a[e] = a;
    m->lz[e] = lz;
    m->scores[e] = scores;
    m->slot[at] = e + 1;
}

/* Runs the greedy parser from st's current state to the end.  With logp,
** returns the sum of the chosen actions' log-probabilities (see
** BRANCH_TEMP), and stops early with -HUGE_VAL once that sum is at or below
** floor (it can only fall); without, returns 0.  With rec, each step is
** recorded at rec[(*nrec)++] (room for every step: at most 2n), and its
** class scores appended to keep (room for nc per step).  With gp (a
** branch, logp set), the run stops following its own steps once its state
** is the greedy path's at the same step (a step's number is 2b - 1 - sp
** for either) and takes the path's (follow_path): what running on would
** give, for less.  With memo (a branch), a step whose step_key was seen
** takes the action and normaliser found then, and a new one is added. */
double pgn__parser_greedy(const pgn__parser *p, state *st, int logp, double floor,
                          step_rec *rec, size_t *nrec, int32_t *keep, greedy_path *gp,
                          step_memo *memo) {
    const uint32_t nc = p->lin.n_classes;
    const double k = p->lin.scale / BRANCH_TEMP;
    int32_t is[256];
    uint64_t f[MAX_PARSE_FEATS], fb[MAX_PARSE_FEATS], fs[MAX_PARSE_FEATS];
    part_sums *sm = st->sums;
    if (sm) sm->run++;
    double total = 0;
    size_t kept = 0;
    unsigned v;
    while ((v = valid_kinds(st)) != 0) {
        if (gp) {
            if (gp->t == gp->n_steps) { /* the path ended: a longer branch */
                gp = NULL;
            } else if (gp->at->b == st->b && same_step(st, gp->at)) {
                if (same_future(st, gp->at)) return follow_path(st, gp, total, floor);
                /* this step as the path took it: its action and score */
                const step_rec *r = &gp->rec[gp->t++];
                apply(gp->at, r->a);
                apply(st, r->a);
                if (r->scores == SIZE_MAX) continue;
                total += r->lp;
                if (total <= floor) return -HUGE_VAL;
                continue;
            } else {
                apply(gp->at, gp->rec[gp->t++].a);
            }
        }
        if (v == 1) {   /* SHIFT is the only choice: no need to score */
            if (rec) rec[(*nrec)++] = (step_rec){A_SHIFT, UINT32_MAX, 0, 0, 0, 0, SIZE_MAX};
            apply(st, A_SHIFT);
            continue;
        }
        step_key key;
        uint32_t at = 0;
        int add = 0;
        if (memo) {
            pgn__parser_step_key_of(st, &key);
            uint32_t e = pgn__parser_memo_find(memo, &key, &at);
            if (e != UINT32_MAX) { /* seen: its action and normaliser */
                if (logp) {
                    if (isnan(memo->lz[e]))
                        memo->lz[e] =
                            pgn__parser_log_norm(p, memo->keep + memo->scores[e], nc, memo->a[e], k);
                    total -= memo->lz[e];
                }
                apply(st, memo->a[e]);
                if (total <= floor) return -HUGE_VAL;
                continue;
            }
            add = memo->n < memo->cap;
        }
        if (sm) {
            /* the kept sums of the buffer front's and the stack top's
            ** features (part_sums), summed first where they are not */
            const uint32_t b = st->b, s0 = (uint32_t)st->stk[st->sp - 1];
            int32_t *bs = sm->buf + (size_t)b * nc, *ss = sm->s0 + (size_t)s0 * nc;
            size_t nb = !sm->buf_ok[b], ns = 0;
            if (sm->s0_run[s0] != sm->run) {
                ns = 1;
                if (sm->key) { /* more runs than one: a sum of another may do */
                    const s0_key now = s0_key_of(st);
                    ns = memcmp(&now, &sm->key[s0], sizeof now) != 0;
                    sm->key[s0] = now;
                }
                sm->s0_run[s0] = sm->run;
            }
            const int sum_b = nb != 0, sum_s0 = ns != 0;
            size_t nf = pgn__parser_parse_features_split(st, f, fb, &nb, fs, &ns);
            if (sum_b) {
                memset(bs, 0, nc * sizeof *bs);
                pgn__lin_score(&p->lin, fb, nb, bs);
                sm->buf_ok[b] = 1;
            }
            if (sum_s0) {
                memset(ss, 0, nc * sizeof *ss);
                pgn__lin_score(&p->lin, fs, ns, ss);
            }
            for (uint32_t c = 0; c < nc; c++) is[c] = bs[c] + ss[c];
            pgn__lin_score(&p->lin, f, nf, is);
        } else {
            size_t nf = pgn__parser_parse_features(st, f, NULL, NULL);
            memset(is, 0, nc * sizeof *is);
            pgn__lin_score(&p->lin, f, nf, is);
        }
        uint32_t a = pgn__parser_best_valid_int(v, p->n_labels, p->root_label, is);
        if (a == UINT32_MAX) a = A_SHIFT;
        double lz = logp ? pgn__parser_log_norm(p, is, nc, a, k) : NAN;
        if (logp) total -= lz;
        if (add) pgn__parser_memo_add(memo, &key, at, a, lz, SIZE_MAX);
        if (rec) {
            /* the runner-up's score by a plain maximum (vectorised); which
            ** class it is is looked up only for a step branched at */
            int32_t sc2 = INT32_MIN; /* is not written to: a store into what
                                      ** the loops read whole stalls them */
            for (uint32_t c = 0; c < a; c++) sc2 = is[c] > sc2 ? is[c] : sc2;
            for (uint32_t c = a + 1; c < nc; c++) sc2 = is[c] > sc2 ? is[c] : sc2;
            step_rec r = {a, sc2 > INT32_MIN ? 0 : UINT32_MAX, is[a], sc2, 0, 0, kept};
            memcpy(keep + kept, is, nc * sizeof *is);
            kept += nc;
            rec[(*nrec)++] = r;
        }
        apply(st, a);
        if (total <= floor) return -HUGE_VAL;
    }
    return total;
}

void pgn__parser_write_parse(state *st, pgn__nlp_sent *s, uint32_t root_label, uint32_t dep_label) {
    pgn__parser_finish(st, root_label, dep_label);
    for (uint32_t i = 0; i < s->n; i++) {
        s->head[i] = st->head[i + 1];
        s->label[i] = st->lab[i + 1];
    }
}
