/* src/nlp/parser_int.h -- the parser's internals, shared by its files.
**
** parser.c (the model: load, save, free), parser_features.c (state,
** features, choice of action), parser_greedy.c (greedy runs and their
** shortcuts), parser_branching.c (parsing a sentence, the search) and
** parser_train.c (training) share the transition state and these
** declarations; nothing else includes this header (the rest of src/nlp
** sees the parser through nlp_int.h).  The arc-eager transitions (apply,
** valid_kinds) and the keys of a state are inline here: every step of
** every run calls them.
**
** Classes: 0 SHIFT, 1 REDUCE, 2+2l LEFT-ARC label l, 3+2l RIGHT-ARC l.
*/
#ifndef PGN_NLP_PARSER_INT_H
#define PGN_NLP_PARSER_INT_H

#include <stdint.h>
#include <string.h>

#include "nlp_int.h"

#define MAX_PARSE_FEATS 96
#define MAX_LABELS 127
enum { A_SHIFT = 0, A_REDUCE = 1 };

/* Selectional branching's temperature, in weight units: the search scores
** a sequence by the sum of its actions' log-probabilities under a softmax
** of the valid actions' scores divided by it.  Raw score sums favour
** sequences with more steps (arc-eager sequences differ in length) and
** lost accuracy; 20 was the best of 10-100 on EWT dev (the scores of a
** step's two best actions differ by ~125 units at the median). */
#define BRANCH_TEMP 20.0

/* Parser state over words 1..n; 0 is the root; n+1 stands for "none". */
typedef struct state {
    uint32_t n;
    int32_t *stk;            /* stack of word indices */
    uint32_t sp;             /* stack size */
    uint32_t b;              /* buffer front (n+1: empty) */
    int32_t *head;           /* -1 none */
    uint32_t *lab;
    int32_t *lc1, *lc2, *rc1, *rc2;   /* 0: none */
    uint32_t *nl, *nr;
    uint64_t *ls, *rs;       /* label sets */
    const uint64_t *W, *P, *C; /* n+2 values: root at 0, "none" at n+1 */
    int root_child;          /* a word was attached to the root */
    struct part_sums *sums;  /* parsing only (NULL otherwise or out of memory) */
} state;

typedef struct buffers {
    int32_t *i32;
    uint32_t *u32;
    uint64_t *u64;
    size_t cap;
} buffers;

static inline void add_arc(state *st, int32_t h, int32_t d, uint32_t l) {
    st->head[d] = h;
    st->lab[d] = l;
    if (h == 0) st->root_child = 1;
    if (d < h) {
        if (!st->lc1[h] || d < st->lc1[h]) {
            st->lc2[h] = st->lc1[h];
            st->lc1[h] = d;
        } else if (!st->lc2[h] || d < st->lc2[h])
            st->lc2[h] = d;
        st->nl[h]++;
        st->ls[h] |= 1ull << (l & 63);
    } else {
        if (!st->rc1[h] || d > st->rc1[h]) {
            st->rc2[h] = st->rc1[h];
            st->rc1[h] = d;
        } else if (!st->rc2[h] || d > st->rc2[h])
            st->rc2[h] = d;
        st->nr[h]++;
        st->rs[h] |= 1ull << (l & 63);
    }
}

static inline void apply(state *st, uint32_t a) {
    int32_t s = st->sp ? st->stk[st->sp - 1] : -1;
    if (a == A_SHIFT) {
        st->stk[st->sp++] = (int32_t)st->b++;
    } else if (a == A_REDUCE) {
        st->sp--;
    } else if ((a & 1) == 0) { /* LEFT */
        add_arc(st, (int32_t)st->b, s, (a - 2) / 2);
        st->sp--;
    } else { /* RIGHT */
        add_arc(st, s, (int32_t)st->b, (a - 3) / 2);
        st->stk[st->sp++] = (int32_t)st->b++;
    }
}

/* Which action kinds are allowed: bit 0 SHIFT, 1 REDUCE, 2 LEFT, 3 RIGHT,
** 4 RIGHT only with the root label. */
static inline unsigned valid_kinds(const state *st) {
    unsigned v = 0;
    if (st->b > st->n) return 0;
    int32_t s = st->sp ? st->stk[st->sp - 1] : -1;
    v |= 1;
    if (s > 0 && st->head[s] >= 0) v |= 2;
    if (s > 0 && st->head[s] < 0) v |= 4;
    if (s > 0) v |= 8;
    if (s == 0 && !st->root_child) v |= 16;
    return v;
}

/* Two children of a word (its leftmost or rightmost) and their labels, as
** the features read them. */
typedef struct two_children {
    uint32_t c1, c2;         /* 0: none */
    uint32_t l1, l2;         /* their labels + 1; 0: none */
} two_children;

static inline two_children two_children_of(const state *st, int32_t c1, int32_t c2) {
    two_children k = {(uint32_t)c1, (uint32_t)c2, c1 > 0 ? st->lab[c1] + 1 : 0,
                      c2 > 0 ? st->lab[c2] + 1 : 0};
    return k;
}

/* What the S0_STINT features of the stack top read besides its word: its
** head, label, head's head and head's label, its two leftmost children and
** their labels, its left valency and label set, and the word under it. */
typedef struct s0_key {
    uint64_t ls;
    two_children left;
    uint32_t h, l, h2, hl, nl, s1;
} s0_key;

static inline s0_key s0_key_of(const state *st) {
    const uint32_t none = st->n + 1, s0 = (uint32_t)st->stk[st->sp - 1];
    s0_key k;
    memset(&k, 0, sizeof k);
    k.h = st->head[s0] >= 0 ? (uint32_t)st->head[s0] : none;
    k.l = s0 != 0 && st->head[s0] >= 0 ? st->lab[s0] + 1 : 0;
    k.h2 = k.h != none && k.h != 0 && st->head[k.h] >= 0 ? (uint32_t)st->head[k.h] : none;
    k.hl = k.h != none && k.h != 0 ? st->lab[k.h] + 1 : 0;
    k.left = two_children_of(st, st->lc1[s0], st->lc2[s0]);
    k.nl = st->nl[s0];
    k.ls = st->ls[s0];
    k.s1 = st->sp >= 2 ? (uint32_t)st->stk[st->sp - 2] : none;
    return k;
}

/* Class-score sums of feature groups, kept for all the runs over one
** sentence (integer sums: adding a kept sum is adding its features):
** per buffer front, its BUF_ONLY features' (they read the buffer's words
** only); per word, its S0_STINT features' as the stack top, with the
** s0_key they were summed for.  A word's key cannot change while it stays
** on the stack (its left children were all attached while it was the
** buffer front, its head chain can only change by popping it, the word
** under it only by popping it) and it is pushed once a run, so the key is
** compared once a run (s0_run: the run it was last compared in). */
typedef struct part_sums {
    int32_t *buf, *s0;       /* n_classes per word, words 0..n+1 */
    uint8_t *buf_ok;
    s0_key *key;             /* NULL: one run (greedy), nothing to compare */
    uint32_t *s0_run;
    uint32_t run;            /* the current run, from 1 */
} part_sums;

/* One step of a greedy run, kept for the search: the action taken and the
** best other valid one (UINT32_MAX: none, e.g. a forced SHIFT), their
** integer scores and log-probabilities, and where its class scores are
** kept (the first run stores them and the log-probabilities are worked out
** only for a sentence that branches). */
typedef struct step_rec {
    uint32_t a, a2;
    int32_t sc, sc2;
    double lp, lp2;
    size_t scores;           /* offset of the step's scores; SIZE_MAX: none */
} step_rec;

/* The greedy run a branch is compared with (see parse_branching): its
** recorded steps (their log-probabilities worked out), the number of the
** next one, and the run's state after the steps before it, kept in step
** with the branch by replaying them. */
typedef struct greedy_path {
    const step_rec *rec;
    size_t t, n_steps;
    state *at;
} greedy_path;

/* All that a step's scores and valid actions depend on (every feature and
** valid_kinds read): the buffer front with its left children, the stack
** top with its s0_key and right children, and the word under it. */
typedef struct step_key {
    s0_key s0;
    uint64_t rs, n0ls;
    two_children right, n0_left;
    uint32_t b, w, nr, n0nl, s1_headed, root_child;
} step_key;

/* The steps scored over one sentence's runs by their step_key: a step
** whose key was seen takes the action and log-normaliser found then
** (the same scores give the same ones) without scoring.  Open addressing
** over slot (entry + 1, 0: empty); full, it stops adding. */
typedef struct step_memo {
    step_key *key;
    uint32_t *a;
    double *lz;              /* NAN: not worked out yet (then scores is set) */
    size_t *scores;          /* offset of the step's class scores in keep */
    const int32_t *keep;     /* the first run's class scores */
    uint32_t n, cap;
    uint32_t *slot, mask;
} step_memo;

/* parser_features.c */
int pgn__parser_state_alloc(state *st, uint32_t n, buffers *bf);
void pgn__parser_state_init(state *st, uint32_t n);
size_t pgn__parser_parse_features_split(const state *st, uint64_t *f, uint64_t *fb, size_t *nb,
                                        uint64_t *fs, size_t *ns);
size_t pgn__parser_parse_features(const state *st, uint64_t *f, uint64_t *fb, size_t *nb);
uint32_t pgn__parser_best_valid(unsigned v, uint32_t n_labels, uint32_t root_label,
                                const int32_t *is, const float *fs);
uint32_t pgn__parser_best_valid_int(unsigned v, uint32_t n_labels, uint32_t root_label,
                                    int32_t *is);
uint32_t pgn__parser_root_label_of(const pgn__parser *p);
void pgn__parser_fill_wp(const pgn__nlp_sent *s, uint64_t *W, uint64_t *P, uint64_t *C);
void pgn__parser_finish(state *st, uint32_t root_label, uint32_t dep_label);
uint32_t pgn__parser_label_id(const pgn__parser *p, const char *name);

/* parser_greedy.c */
double pgn__parser_log_norm(const pgn__parser *p, const int32_t *is, uint32_t nc, uint32_t a,
                            double k);
void pgn__parser_step_key_of(const state *st, step_key *k);
void pgn__parser_memo_close(step_memo *m);
step_memo *pgn__parser_memo_open(step_memo *m, size_t n_steps, uint32_t k);
uint32_t pgn__parser_memo_find(const step_memo *m, const step_key *k, uint32_t *at);
void pgn__parser_memo_add(step_memo *m, const step_key *key, uint32_t at, uint32_t a, double lz,
                          size_t scores);
double pgn__parser_greedy(const pgn__parser *p, state *st, int logp, double floor,
                          step_rec *rec, size_t *nrec, int32_t *keep, greedy_path *gp,
                          step_memo *memo);
void pgn__parser_write_parse(state *st, pgn__nlp_sent *s, uint32_t root_label, uint32_t dep_label);

#endif
