/* src/nlp/parser.c -- labelled arc-eager dependency parser.
**
** Greedy transition parser (Nivre 2003) scored by an averaged perceptron
** over the Zhang & Nivre (2011) feature set: words and tags of the stack
** top, its head and children, the next three buffer words, distance,
** valency and label sets.  Trained with the dynamic oracle of Goldberg &
** Nivre (2012), which lets training follow the model's own mistakes, so
** the parser learns to recover from them.  Non-projective trees are lifted
** before training (projective.c).
**
** Classes: 0 SHIFT, 1 REDUCE, 2+2l LEFT-ARC label l, 3+2l RIGHT-ARC l.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <math.h>

#include "base/error.h"
#include "nlp_int.h"

#define MAX_PARSE_FEATS 96
#define MAX_LABELS 127
enum { A_SHIFT = 0, A_REDUCE = 1 };

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

static int state_alloc(state *st, uint32_t n, buffers *bf) {
    size_t m = (size_t)n + 2;
    if (m > bf->cap) {
        free(bf->i32);
        free(bf->u32);
        free(bf->u64);
        bf->i32 = malloc(m * 6 * sizeof *bf->i32);
        bf->u32 = malloc(m * 3 * sizeof *bf->u32);
        bf->u64 = malloc(m * 4 * sizeof *bf->u64);
        bf->cap = m;
        if (!bf->i32 || !bf->u32 || !bf->u64) {
            bf->cap = 0;
            return PGN_ENOMEM;
        }
    }
    st->stk = bf->i32;
    st->head = bf->i32 + m;
    st->lc1 = bf->i32 + 2 * m;
    st->lc2 = bf->i32 + 3 * m;
    st->rc1 = bf->i32 + 4 * m;
    st->rc2 = bf->i32 + 5 * m;
    st->lab = bf->u32;
    st->nl = bf->u32 + m;
    st->nr = bf->u32 + 2 * m;
    st->ls = bf->u64;
    st->rs = bf->u64 + m;
    st->sums = NULL;
    return 0;
}

static void state_init(state *st, uint32_t n) {
    size_t m = (size_t)n + 2;
    st->n = n;
    st->sp = 1;
    st->stk[0] = 0;
    st->b = 1;
    st->root_child = 0;
    for (size_t i = 0; i < m; i++) {
        st->head[i] = -1;
        st->lab[i] = 0;
        st->lc1[i] = st->lc2[i] = st->rc1[i] = st->rc2[i] = 0;
        st->nl[i] = st->nr[i] = 0;
        st->ls[i] = st->rs[i] = 0;
    }
}

static void add_arc(state *st, int32_t h, int32_t d, uint32_t l) {
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

static void apply(state *st, uint32_t a) {
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
static unsigned valid_kinds(const state *st) {
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

/* Templates that read only the buffer's words (N0..N3) and the bias: the
** same for every step with the same buffer front. */
#define BUF_ONLY(id)                                                                       \
    ((id) == 0 || ((id) >= 4 && (id) <= 12) || (id) == 20 || (id) == 21 || (id) == 73 || \
     (id) == 80 || (id) == 85 || (id) == 86)

/* Templates that read only the stack top S0's word, its head and the
** head's head, its left children and left label set, and the word under
** it (S1): none of these changes while S0 stays on the stack (its left
** children were all attached while it was the buffer front, its head
** chain can only change by popping it, S1 only by popping it), so their
** sum is kept for the word and reused when a REDUCE or LEFT-ARC brings it
** back to the top, and by later runs over the sentence when all they read
** is the same (part_sums). */
#define S0_STINT(id)                                                                       \
    ((id) == 1 || (id) == 2 || (id) == 3 || (id) == 35 || (id) == 36 ||                  \
     ((id) >= 39 && (id) <= 44) || ((id) >= 51 && (id) <= 56) || (id) == 63 ||          \
     (id) == 65 || (id) == 69 || (id) == 70 || (id) == 76 || (id) == 82 || (id) == 83 || \
     (id) == 84 || (id) == 90 || (id) == 91)

/* Two children of a word (its leftmost or rightmost) and their labels, as
** the features read them. */
typedef struct two_children {
    uint32_t c1, c2;         /* 0: none */
    uint32_t l1, l2;         /* their labels + 1; 0: none */
} two_children;

static two_children two_children_of(const state *st, int32_t c1, int32_t c2) {
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

static s0_key s0_key_of(const state *st) {
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

/* The features of st into f, in template order; returns their number.
** Training passes fb NULL and gets one list (its float sums depend on the
** order).  Parsing passes fb: the buffer-only features go there instead,
** *nb set to their number, and are not computed at all when *nb is 0 on
** entry (their sum is kept, see part_sums).  The same for the S0_STINT
** features with fs and *ns. */
static size_t parse_features_split(const state *st, uint64_t *f, uint64_t *fb, size_t *nb,
                                   uint64_t *fs, size_t *ns) {
    const uint32_t none = st->n + 1;
    const uint64_t *W = st->W, *P = st->P;
    int32_t s0i = st->sp ? st->stk[st->sp - 1] : -1;
    uint32_t S0 = s0i >= 0 ? (uint32_t)s0i : none;
    uint32_t N0 = st->b <= st->n ? st->b : none;
    uint32_t N1 = st->b + 1 <= st->n ? st->b + 1 : none;
    uint32_t N2 = st->b + 2 <= st->n ? st->b + 2 : none;
#define OR_NONE(x) ((x) > 0 ? (uint32_t)(x) : none)
    uint32_t S0h = S0 != none && st->head[S0] >= 0 ? (uint32_t)st->head[S0] : none;
    uint32_t S0h2 = S0h != none && S0h != 0 && st->head[S0h] >= 0 ? (uint32_t)st->head[S0h] : none;
    uint32_t S0l = S0 != none ? OR_NONE(st->lc1[S0]) : none;
    uint32_t S0l2 = S0 != none ? OR_NONE(st->lc2[S0]) : none;
    uint32_t S0r = S0 != none ? OR_NONE(st->rc1[S0]) : none;
    uint32_t S0r2 = S0 != none ? OR_NONE(st->rc2[S0]) : none;
    uint32_t N0l = N0 != none ? OR_NONE(st->lc1[N0]) : none;
    uint32_t N0l2 = N0 != none ? OR_NONE(st->lc2[N0]) : none;
#undef OR_NONE
    uint64_t s0w = W[S0], s0p = P[S0], n0w = W[N0], n0p = P[N0];
    uint64_t n1w = W[N1], n1p = P[N1], n2w = W[N2], n2p = P[N2];
    uint64_t d = (S0 != none && N0 != none) ? (N0 - S0 > 10 ? 10 : N0 - S0) : 0;
    uint64_t s0vl = S0 != none ? st->nl[S0] : 0, s0vr = S0 != none ? st->nr[S0] : 0;
    uint64_t n0vl = N0 != none ? st->nl[N0] : 0;
    uint64_t s0ll = S0l != none ? st->lab[S0l] + 1 : 0, s0rl = S0r != none ? st->lab[S0r] + 1 : 0;
    uint64_t n0ll = N0l != none ? st->lab[N0l] + 1 : 0;
    uint64_t s0l = S0 != none && S0 != 0 && st->head[S0] >= 0 ? st->lab[S0] + 1 : 0;
    uint64_t s0l2l = S0l2 != none ? st->lab[S0l2] + 1 : 0, s0r2l = S0r2 != none ? st->lab[S0r2] + 1 : 0;
    uint64_t n0l2l = N0l2 != none ? st->lab[N0l2] + 1 : 0;
    uint64_t s0sl = S0 != none ? st->ls[S0] : 0, s0sr = S0 != none ? st->rs[S0] : 0;
    uint64_t n0sl = N0 != none ? st->ls[N0] : 0;
    size_t k = 0, kb = 0, ks = 0;
    const int want_buf = fb && *nb, want_s0 = fs && *ns;
#define F(id, a, b, c)                                          \
    do {                                                        \
        if (fb && BUF_ONLY(id)) {                               \
            if (want_buf) fb[kb++] = pgn__hf(1000 + (id), (a), (b), (c)); \
        } else if (fs && S0_STINT(id)) {                        \
            if (want_s0) fs[ks++] = pgn__hf(1000 + (id), (a), (b), (c)); \
        } else                                                  \
            f[k++] = pgn__hf(1000 + (id), (a), (b), (c));       \
    } while (0)
    F(0, 0, 0, 0);
    /* single words */
    F(1, s0w, s0p, 0); F(2, s0w, 0, 0); F(3, s0p, 0, 0);
    F(4, n0w, n0p, 0); F(5, n0w, 0, 0); F(6, n0p, 0, 0);
    F(7, n1w, n1p, 0); F(8, n1w, 0, 0); F(9, n1p, 0, 0);
    F(10, n2w, n2p, 0); F(11, n2w, 0, 0); F(12, n2p, 0, 0);
    /* pairs */
    F(13, pgn__hf(1, s0w, s0p, 0), n0w, n0p);
    F(14, pgn__hf(1, s0w, s0p, 0), n0w, 0);
    F(15, s0w, n0w, n0p);
    F(16, pgn__hf(1, s0w, s0p, 0), n0p, 0);
    F(17, s0p, n0w, n0p);
    F(18, s0w, n0w, 0);
    F(19, s0p, n0p, 0);
    F(20, n0p, n1p, 0);
    /* three words */
    F(21, n0p, n1p, n2p);
    F(22, s0p, n0p, n1p);
    F(23, P[S0h], s0p, n0p);
    F(24, s0p, P[S0l], n0p);
    F(25, s0p, P[S0r], n0p);
    F(26, s0p, n0p, P[N0l]);
    /* distance */
    F(27, s0w, d, 0); F(28, s0p, d, 0); F(29, n0w, d, 0); F(30, n0p, d, 0);
    F(31, s0w, n0w, d); F(32, s0p, n0p, d);
    /* valency */
    F(33, s0w, s0vr, 0); F(34, s0p, s0vr, 0); F(35, s0w, s0vl, 0); F(36, s0p, s0vl, 0);
    F(37, n0w, n0vl, 0); F(38, n0p, n0vl, 0);
    /* unigrams of the second order */
    F(39, W[S0h], 0, 0); F(40, P[S0h], 0, 0); F(41, s0l, 0, 0);
    F(42, W[S0l], 0, 0); F(43, P[S0l], 0, 0); F(44, s0ll, 0, 0);
    F(45, W[S0r], 0, 0); F(46, P[S0r], 0, 0); F(47, s0rl, 0, 0);
    F(48, W[N0l], 0, 0); F(49, P[N0l], 0, 0); F(50, n0ll, 0, 0);
    /* third order */
    F(51, W[S0h2], 0, 0); F(52, P[S0h2], 0, 0); F(53, S0h != none && S0h != 0 ? st->lab[S0h] + 1 : 0, 0, 0);
    F(54, W[S0l2], 0, 0); F(55, P[S0l2], 0, 0); F(56, s0l2l, 0, 0);
    F(57, W[S0r2], 0, 0); F(58, P[S0r2], 0, 0); F(59, s0r2l, 0, 0);
    F(60, W[N0l2], 0, 0); F(61, P[N0l2], 0, 0); F(62, n0l2l, 0, 0);
    F(63, s0p, P[S0l], P[S0l2]);
    F(64, s0p, P[S0r], P[S0r2]);
    F(65, s0p, P[S0h], P[S0h2]);
    F(66, n0p, P[N0l], P[N0l2]);
    /* label sets */
    F(67, s0w, s0sr, 0); F(68, s0p, s0sr, 0); F(69, s0w, s0sl, 0); F(70, s0p, s0sl, 0);
    F(71, n0w, n0sl, 0); F(72, n0p, n0sl, 0);
    /* a few extra: the word after, and the word before N0 */
    F(73, n0w, n1w, 0);
    F(74, s0w, n0p, n1p);
    F(75, N0 != none && N0 > 1 ? P[N0 - 1] : 0, n0p, s0p);
    /* the word under the stack top: what a REDUCE would expose */
    uint32_t S1 = st->sp >= 2 ? (uint32_t)st->stk[st->sp - 2] : none;
    F(76, W[S1], P[S1], 0);
    F(77, P[S1], s0p, n0p);
    F(78, W[S1], n0w, 0);
    F(79, P[S1], n0p, S1 != none && S1 != 0 && st->head[S1] >= 0 ? 1 : 0);
    uint32_t N3 = st->b + 3 <= st->n ? st->b + 3 : none;
    F(80, n1p, n2p, P[N3]);
    F(81, s0p, s0l, n0p);
    F(82, W[S1], s0w, 0);
    F(83, P[S1], s0p, P[S0l]);
    /* word clusters */
    const uint64_t *C = st->C;
    F(84, C[S0], 0, 0);
    F(85, C[N0], 0, 0);
    F(86, C[N1], 0, 0);
    F(87, C[S0], C[N0], 0);
    F(88, C[S0], n0p, 0);
    F(89, s0p, C[N0], 0);
    F(90, C[S0h], s0p, 0);
    F(91, C[S1], C[S0], 0);
#undef F
    if (fb) *nb = kb;
    if (fs) *ns = ks;
    return k;
}

static size_t parse_features(const state *st, uint64_t *f, uint64_t *fb, size_t *nb) {
    return parse_features_split(st, f, fb, nb, NULL, NULL);
}

/* Highest-scoring valid action; scores are per class. */
static uint32_t best_valid(unsigned v, uint32_t n_labels, uint32_t root_label,
                           const int32_t *is, const float *fs) {
    uint32_t best = UINT32_MAX;
    double bs = 0;
#define CONSIDER(a)                                          \
    do {                                                     \
        double sc = is ? (double)is[a] : (double)fs[a];      \
        if (best == UINT32_MAX || sc > bs) bs = sc, best = (a); \
    } while (0)
    if (v & 1) CONSIDER(A_SHIFT);
    if (v & 2) CONSIDER(A_REDUCE);
    for (uint32_t l = 0; l < n_labels; l++) {
        if ((v & 4) && l != root_label) CONSIDER(2 + 2 * l);
        if (((v & 8) && l != root_label) || ((v & 16) && l == root_label)) CONSIDER(3 + 2 * l);
    }
#undef CONSIDER
    return best;
}

/* best_valid over integer scores, for parsing: the same choice (the first
** valid class of the highest score, in class order, which is the order
** best_valid tries them) without testing validity per class: the invalid
** classes' scores are set below any reachable sum (a sum of at most
** MAX_PARSE_FEATS int16 weights), then the first maximum wins. */
#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define PGN__PARSE_AVX2 1
/* The same with AVX2 (checked at run time), eight classes at a time: the
** scalar loops were ~900 instructions a step, a twentieth of parsing.
** Classes n..n+7 rounded are set invalid too (is has room: 256). */
__attribute__((target("avx2"))) static uint32_t best_valid_avx2(unsigned v, uint32_t n_labels,
                                                               uint32_t root_label,
                                                               int32_t *is) {
    const uint32_t n = 2 + 2 * n_labels, n8 = (n + 7) & ~7u;
    const int32_t no = INT32_MIN;
    int32_t right_root = root_label < n_labels ? is[3 + 2 * root_label] : no;
    for (uint32_t c = n; c < n8; c++) is[c] = no;
    /* even classes are LEFT-ARCs, odd ones RIGHT-ARCs, but for 0 (SHIFT)
    ** and 1 (REDUCE) */
    const int32_t le = (v & 4) ? -1 : 0, ri = (v & 8) ? -1 : 0;
    const __m256i kinds = _mm256_setr_epi32(le, ri, le, ri, le, ri, le, ri);
    const __m256i first = _mm256_setr_epi32((v & 1) ? -1 : 0, (v & 2) ? -1 : 0, le, ri, le, ri,
                                            le, ri);
    const __m256i nov = _mm256_set1_epi32(no);
    __m256i mx = nov;
    for (uint32_t c = 0; c < n8; c += 8) {
        __m256i x = _mm256_loadu_si256((const __m256i *)(is + c));
        x = _mm256_blendv_epi8(nov, x, c ? kinds : first);
        _mm256_storeu_si256((__m256i *)(is + c), x);
    }
    if (root_label < n_labels) {
        is[2 + 2 * root_label] = no;
        is[3 + 2 * root_label] = (v & 16) ? right_root : no;
    }
    for (uint32_t c = 0; c < n8; c += 8)
        mx = _mm256_max_epi32(mx, _mm256_loadu_si256((const __m256i *)(is + c)));
    __m128i m4 = _mm_max_epi32(_mm256_castsi256_si128(mx), _mm256_extracti128_si256(mx, 1));
    m4 = _mm_max_epi32(m4, _mm_shuffle_epi32(m4, 0x4E));
    m4 = _mm_max_epi32(m4, _mm_shuffle_epi32(m4, 0xB1));
    const int32_t best = _mm_cvtsi128_si32(m4);
    if (best == no) return UINT32_MAX;
    const __m256i bv = _mm256_set1_epi32(best);
    for (uint32_t c = 0; c < n8; c += 8) {
        __m256i eq = _mm256_cmpeq_epi32(_mm256_loadu_si256((const __m256i *)(is + c)), bv);
        unsigned bits = (unsigned)_mm256_movemask_ps(_mm256_castsi256_ps(eq));
        if (bits) return c + (uint32_t)__builtin_ctz(bits);
    }
    return UINT32_MAX; /* not reached: best is one of them */
}
#endif

static uint32_t best_valid_int(unsigned v, uint32_t n_labels, uint32_t root_label,
                               int32_t *is) {
#ifdef PGN__PARSE_AVX2
    if (__builtin_cpu_supports("avx2")) return best_valid_avx2(v, n_labels, root_label, is);
#endif
    const uint32_t n = 2 + 2 * n_labels;
    const int32_t no = INT32_MIN;
    int32_t right_root = root_label < n_labels ? is[3 + 2 * root_label] : no;
    if (!(v & 1)) is[0] = no;
    if (!(v & 2)) is[1] = no;
    if (!(v & 4))
        for (uint32_t c = 2; c < n; c += 2) is[c] = no;
    if (!(v & 8))
        for (uint32_t c = 3; c < n; c += 2) is[c] = no;
    if (root_label < n_labels) {
        is[2 + 2 * root_label] = no;
        is[3 + 2 * root_label] = (v & 16) ? right_root : no;
    }
    uint32_t best = UINT32_MAX;
    int32_t bs = no;
    for (uint32_t c = 0; c < n; c++)
        if (is[c] > bs) bs = is[c], best = c;
    return best;
}

static uint32_t root_label_of(const pgn__parser *p) {
    for (uint32_t l = 0; l < p->n_labels; l++)
        if (strcmp(p->pool.s + p->label[l], "root") == 0) return l;
    return UINT32_MAX;
}

/* Fills W and P for words 1..n from tok; root and none get fixed values. */
static void fill_wp(const pgn__nlp_sent *s, uint64_t *W, uint64_t *P, uint64_t *C) {
    uint32_t n = s->n;
    W[0] = 0x726f6f74ULL;
    P[0] = 0x524f4f54ULL;
    C[0] = 0x5254ULL;
    W[n + 1] = 0x6e6f6e65ULL;
    P[n + 1] = 0x4e4f4e45ULL;
    C[n + 1] = 0x4e4eULL;
    for (uint32_t i = 0; i < n; i++) {
        W[i + 1] = s->tok[i].w;
        P[i + 1] = s->tok[i].p;
        C[i + 1] = s->tok[i].c;
    }
}

/* Unattached words at the end: to the root (or the root's child). */
static void finish(state *st, uint32_t root_label, uint32_t dep_label) {
    int32_t rc = -1;
    for (uint32_t i = 1; i <= st->n; i++)
        if (st->head[i] == 0) rc = (int32_t)i;
    for (uint32_t i = 1; i <= st->n; i++)
        if (st->head[i] < 0) {
            if (rc < 0) {
                st->head[i] = 0;
                st->lab[i] = root_label;
                rc = (int32_t)i;
            } else {
                st->head[i] = rc;
                st->lab[i] = dep_label;
            }
        }
}

static uint32_t label_id(const pgn__parser *p, const char *name) {
    for (uint32_t l = 0; l < p->n_labels; l++)
        if (strcmp(p->pool.s + p->label[l], name) == 0) return l;
    return 0;
}

/* Selectional branching's temperature, in weight units: the search scores
** a sequence by the sum of its actions' log-probabilities under a softmax
** of the valid actions' scores divided by it.  Raw score sums favour
** sequences with more steps (arc-eager sequences differ in length) and
** lost accuracy; 20 was the best of 10-100 on EWT dev (the scores of a
** step's two best actions differ by ~125 units at the median). */
#define BRANCH_TEMP 20.0

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

/* log of the softmax's normaliser over the valid classes of is (the
** invalid ones are at INT32_MIN) around the chosen class a; classes more
** than 12 temperatures below it (each adding less than e^-12) are left
** out: 30 gave the same EWT dev parses with --branches 1-4, for more
** calls of exp. */
static double log_norm(const pgn__parser *p, const int32_t *is, uint32_t nc, uint32_t a,
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

/* The greedy run a branch is compared with (see parse_branching): its
** recorded steps (their log-probabilities worked out), the number of the
** next one, and the run's state after the steps before it, kept in step
** with the branch by replaying them. */
typedef struct greedy_path {
    const step_rec *rec;
    size_t t, n_steps;
    state *at;
} greedy_path;

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

/* All that a step's scores and valid actions depend on (every feature and
** valid_kinds read): the buffer front with its left children, the stack
** top with its s0_key and right children, and the word under it. */
typedef struct step_key {
    s0_key s0;
    uint64_t rs, n0ls;
    two_children right, n0_left;
    uint32_t b, w, nr, n0nl, s1_headed, root_child;
} step_key;

static void step_key_of(const state *st, step_key *k) {
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

static void memo_close(step_memo *m) {
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
static step_memo *memo_open(step_memo *m, size_t n_steps, uint32_t k) {
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
    memo_close(m);
    return NULL;
}

/* The entry of k (UINT32_MAX: none); *at its slot or the empty one. */
static uint32_t memo_find(const step_memo *m, const step_key *k, uint32_t *at) {
    uint32_t i = (uint32_t)step_key_hash(k) & m->mask;
    for (; m->slot[i]; i = (i + 1) & m->mask)
        if (memcmp(&m->key[m->slot[i] - 1], k, sizeof *k) == 0) break;
    *at = i;
    return m->slot[i] ? m->slot[i] - 1 : UINT32_MAX;
}

/* Adds key (not in m, at its empty slot at; m not full): action a, its
** normaliser lz (NAN: to be worked out from keep + scores). */
static void memo_add(step_memo *m, const step_key *key, uint32_t at, uint32_t a, double lz,
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
static double greedy(const pgn__parser *p, state *st, int logp, double floor,
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
            step_key_of(st, &key);
            uint32_t e = memo_find(memo, &key, &at);
            if (e != UINT32_MAX) { /* seen: its action and normaliser */
                if (logp) {
                    if (isnan(memo->lz[e]))
                        memo->lz[e] =
                            log_norm(p, memo->keep + memo->scores[e], nc, memo->a[e], k);
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
            size_t nf = parse_features_split(st, f, fb, &nb, fs, &ns);
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
            size_t nf = parse_features(st, f, NULL, NULL);
            memset(is, 0, nc * sizeof *is);
            pgn__lin_score(&p->lin, f, nf, is);
        }
        uint32_t a = best_valid_int(v, p->n_labels, p->root_label, is);
        if (a == UINT32_MAX) a = A_SHIFT;
        double lz = logp ? log_norm(p, is, nc, a, k) : NAN;
        if (logp) total -= lz;
        if (add) memo_add(memo, &key, at, a, lz, SIZE_MAX);
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

static void write_parse(state *st, pgn__nlp_sent *s, uint32_t root_label, uint32_t dep_label) {
    finish(st, root_label, dep_label);
    for (uint32_t i = 0; i < s->n; i++) {
        s->head[i] = st->head[i + 1];
        s->label[i] = st->lab[i + 1];
    }
}

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
    state_init(st, s->n);
    if (!rec || !keep || !pick) {
        free(rec);
        free(keep);
        free(pick);
        greedy(p, st, 0, -HUGE_VAL, NULL, NULL, NULL, NULL, NULL);
        write_parse(st, s, p->root_label, p->dep_label);
        return;
    }
    greedy(p, st, 0, -HUGE_VAL, rec, &T, keep, NULL, NULL);
    write_parse(st, s, p->root_label, p->dep_label);
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
            double lz = log_norm(p, keep + rec[t].scores, nc, rec[t].a, kt);
            rec[t].lp = -lz;
            rec[t].lp2 = (double)(rec[t].sc2 - rec[t].sc) * kt - lz;
            best -= lz;
        }
    }
    /* the greedy path's state, for the branches to meet it (none: out of
    ** memory, the branches run to their end) */
    buffers path_bf = {0};
    state path;
    const int with_path = np && !p->shortcuts_off && state_alloc(&path, s->n, &path_bf) == 0;
    step_memo memo_s, *memo = with_path ? memo_open(&memo_s, T, k) : NULL;
    if (memo) { /* the first run's steps, their keys from its states again */
        memo->keep = keep;
        state_init(&path, s->n);
        for (size_t t = 0; t < T; t++) {
            if (rec[t].scores != SIZE_MAX && memo->n < memo->cap) {
                step_key key;
                uint32_t at;
                step_key_of(&path, &key);
                if (memo_find(memo, &key, &at) == UINT32_MAX)
                    memo_add(memo, &key, at, rec[t].a, t >= t_min ? -rec[t].lp : NAN,
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
        state_init(st, s->n);
        for (size_t t = 0; t < t0; t++) apply(st, rec[t].a);
        apply(st, rec[t0].a2);
        greedy_path gp = {rec, t0 + 1, T, &path};
        if (with_path) {
            state_init(&path, s->n);
            for (size_t t = 0; t <= t0; t++) apply(&path, rec[t].a);
        }
        total += greedy(p, st, 1, best - total, NULL, NULL, NULL,
                        with_path ? &gp : NULL, memo);
        if (total > best) {
            best = total;
            write_parse(st, s, p->root_label, p->dep_label);
        }
    }
    memo_close(memo);
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
    state_init(st, s->n);
    greedy(p, st, 0, -HUGE_VAL, NULL, NULL, NULL, NULL, NULL);
    write_parse(st, s, p->root_label, p->dep_label);
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
    if (!W || !P || !C || state_alloc(&st, s->n, &bf)) {
        /* out of memory: leave a flat tree rather than nothing */
        for (uint32_t i = 0; i < s->n; i++) {
            s->head[i] = 0;
            s->label[i] = 0;
        }
    } else {
        fill_wp(s, W, P, C);
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

const char *pgn__parser_label(const pgn__parser *p, uint32_t label) {
    return label < p->n_labels ? p->pool.s + p->label[label] : "_";
}

void pgn__parser_free(pgn__parser *p) {
    if (!p) return;
    free(p->label);
    free(p->branch_exp);
    pgn__lin_free(&p->lin);
    free(p->pool.s);
    free(p);
}

/* ------------------------------------------------------------ training */

/* Cost of each action kind under the dynamic oracle for arc-eager
** (Goldberg & Nivre 2012): gold arcs made unreachable by taking it. */
static void oracle_costs(const state *st, const int32_t *gh, const uint8_t *on_stack,
                         uint32_t *c_shift, uint32_t *c_reduce, uint32_t *c_left,
                         uint32_t *c_right) {
    uint32_t n = st->n, b = st->b;
    int32_t s = st->sp ? st->stk[st->sp - 1] : -1;
    uint32_t sh = 0, re = 0, le = 0, ri = 0;
    /* words in the stack whose gold head is b and that still lack a head */
    uint32_t stack_deps_of_b = 0;
    for (uint32_t i = 0; i < st->sp; i++) {
        int32_t k = st->stk[i];
        if (k > 0 && gh[k] == (int32_t)b && st->head[k] < 0) stack_deps_of_b++;
    }
    int hb_in_stack = gh[b] >= 0 && on_stack[gh[b]];
    sh = stack_deps_of_b + (hb_in_stack ? 1u : 0u);
    if (s >= 0) {
        uint32_t buf_deps_of_s = 0;
        for (uint32_t k = b; k <= n; k++)
            if (gh[k] == s) buf_deps_of_s++;
        re = buf_deps_of_s;
        le = buf_deps_of_s + (gh[s] > (int32_t)b ? 1u : 0u);
        /* RIGHT: b loses a head elsewhere in stack or buffer, and its
        ** dependents still waiting in the stack */
        int hb_elsewhere = gh[b] != s && (gh[b] > (int32_t)b || hb_in_stack);
        ri = (hb_elsewhere ? 1u : 0u) + stack_deps_of_b;
    }
    *c_shift = sh;
    *c_reduce = re;
    *c_left = le;
    *c_right = ri;
}

static int by_name(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

typedef struct las {
    size_t n, uas, las;
} las;

static const char *univ(const char *l, size_t *len) {
    const char *c = strchr(l, ':');
    *len = c ? (size_t)(c - l) : strlen(l);
    return l;
}

/* Parses dev with tags from tagger (or gold when NULL) and scores it. */
static int eval_dev(const pgn__parser *p, const pgn__tagger *tagger, const pgn__treebank *dev,
                    las *out) {
    memset(out, 0, sizeof *out);
    pgn__arena *ar = pgn__arena_new(0);
    if (!ar) return PGN_ENOMEM;
    for (size_t si = 0; si < dev->n; si++) {
        const pgn__ud_sent *u = &dev->s[si];
        pgn__nlp_sent s;
        if (pgn__nlp_sent_alloc(&s, u->n, NULL)) {
            pgn__arena_free(ar);
            return PGN_ENOMEM;
        }
        char low[256];
        for (uint32_t i = 0; i < u->n; i++) {
            s.form[i] = u->w[i].form;
            size_t ll = pgn__lower(u->w[i].form, low, sizeof low);
            s.tok[i].w = pgn__hstr(low, ll);
            const char *x = u->w[i].xpos ? u->w[i].xpos : "_";
            s.tok[i].p = pgn__hstr(x, strlen(x));
            s.tok[i].c = tagger ? pgn__tagger_cluster(tagger, s.tok[i].w) : 0;
        }
        if (tagger) pgn__tagger_tag(tagger, &s, 0, ar);
        pgn__parser_parse(p, &s, NULL);
        for (uint32_t i = 0; i < u->n; i++) {
            const pgn__ud_word *g = &u->w[i];
            out->n++;
            if (g->head == s.head[i]) {
                out->uas++;
                size_t a, b;
                const char *gl = univ(g->deprel ? g->deprel : "_", &a);
                const char *pl = univ(pgn__parser_label(p, s.label[i]), &b);
                out->las += a == b && memcmp(gl, pl, a) == 0;
            }
        }
        pgn__nlp_sent_free(&s);
    }
    pgn__arena_free(ar);
    return 0;
}

static double pct(size_t a, size_t n) { return n ? 100.0 * (double)a / (double)n : 0; }

/* A view of some sentences of a treebank (shares their memory). */
static int fold_view(const pgn__treebank *tb, uint32_t k, uint32_t fold, int held_out,
                     pgn__treebank *v) {
    memset(v, 0, sizeof *v);
    v->s = malloc((tb->n + 1) * sizeof *v->s);
    if (!v->s) return PGN_ENOMEM;
    for (size_t i = 0; i < tb->n; i++)
        if (((i % k) == fold) == held_out) {
            v->s[v->n++] = tb->s[i];
            v->n_words += tb->s[i].n;
        }
    return 0;
}

/* Predicted XPOS hashes for every training word by k-fold jackknifing,
** so the parser trains on tags as noisy as it will see. */
static int jackknife(const pgn__treebank *train, const pgn__train_opt *opt,
                     const pgn__tagger *main_tagger, uint64_t *ptag, const size_t *first,
                     pgn_error *err) {
    for (uint32_t fold = 0; fold < opt->jackknife; fold++) {
        pgn__treebank tr, ho;
        if (fold_view(train, opt->jackknife, fold, 0, &tr) ||
            fold_view(train, opt->jackknife, fold, 1, &ho)) {
            free(tr.s);
            return pgn__err(err, PGN_ENOMEM, NULL, -1, -1, "out of memory");
        }
        pgn__train_opt o = *opt;
        o.quiet = 1;
        o.epochs = 8;
        o.ensemble = 1; /* the option's K is the parser's own ensemble */
        /* the fold taggers share the final tagger's clusters */
        o.fixed_clusters = main_tagger ? &main_tagger->clusters : NULL;
        pgn__tagger *t;
        int rc = pgn__tagger_train(&tr, NULL, &o, &t, err);
        if (rc) {
            free(tr.s);
            free(ho.s);
            return rc;
        }
        pgn__arena *ar = pgn__arena_new(0);
        for (size_t i = 0, hi = 0; i < train->n; i++) {
            if ((i % opt->jackknife) != fold) continue;
            const pgn__ud_sent *u = &ho.s[hi++];
            pgn__nlp_sent s;
            if (!ar || pgn__nlp_sent_alloc(&s, u->n, NULL)) {
                rc = PGN_ENOMEM;
                break;
            }
            for (uint32_t j = 0; j < u->n; j++) s.form[j] = u->w[j].form;
            pgn__tagger_tag(t, &s, 0, ar);
            for (uint32_t j = 0; j < u->n; j++) ptag[first[i] + j] = s.tok[j].p;
            pgn__nlp_sent_free(&s);
        }
        pgn__arena_free(ar);
        pgn__tagger_free(t);
        free(tr.s);
        free(ho.s);
        if (rc) return pgn__err(err, rc, NULL, -1, -1, "out of memory");
        if (!opt->quiet) {
            printf("jackknife fold %u/%u tagged\n", fold + 1, opt->jackknife);
            fflush(stdout);
        }
    }
    return 0;
}

/* What a training pass reads and its scratch buffers, shared by the
** members (they train one after the other). */
typedef struct trainer {
    const pgn__treebank *train;
    const pgn__tagger *tagger;
    const pgn__smap *lab_of;
    uint32_t n_labels, root_label, n_classes, explore_from;
    const size_t *first;
    const uint64_t *ptag;
    uint64_t *W, *P, *C;
    int32_t *gh;
    uint32_t *gl;
    uint8_t *on_stack;
    float *fs;
    buffers bf;
} trainer;

/* One pass of member m over its shuffled training sentences, parsing with
** its current weights and updating where the chosen action has a cost. */
static int train_epoch(trainer *T, pgn__lt_member *m, uint32_t ep, size_t *n_steps, size_t *n_err,
                       size_t *lifted) {
    const pgn__treebank *train = T->train;
    const pgn__tagger *tagger = T->tagger;
    uint64_t *W = T->W, *P = T->P, *C = T->C;
    int32_t *gh = T->gh;
    uint32_t *gl = T->gl;
    uint8_t *on_stack = T->on_stack;
    float *fs = T->fs;
    uint32_t n_labels = T->n_labels, root_label = T->root_label, n_classes = T->n_classes;
    size_t *order = m->order;
    pgn__shuffle(order, train->n, &m->rng);
    for (size_t oi = 0; oi < train->n; oi++) {
        size_t si = order[oi];
        const pgn__ud_sent *u = &train->s[si];
        uint32_t n = u->n;
        char low[256];
        W[0] = 0x726f6f74ULL;
        P[0] = 0x524f4f54ULL;
        W[n + 1] = 0x6e6f6e65ULL;
        P[n + 1] = 0x4e4f4e45ULL;
        C[0] = 0x5254ULL;
        C[n + 1] = 0x4e4eULL;
        int ok = 1;
        gh[0] = -1;
        for (uint32_t i = 0; i < n; i++) {
            size_t ll = pgn__lower(u->w[i].form, low, sizeof low);
            W[i + 1] = pgn__hstr(low, ll);
            C[i + 1] = tagger ? pgn__tagger_cluster(tagger, W[i + 1]) : 0;
            P[i + 1] = T->ptag[T->first[si] + i];
            gh[i + 1] = u->w[i].head;
            if (gh[i + 1] < 0) ok = 0;
            const char *l = u->w[i].deprel ? u->w[i].deprel : "dep";
            gl[i + 1] = pgn__smap_get(T->lab_of, pgn__hstr(l, strlen(l)));
        }
        gh[n + 1] = -1;
        if (!ok) continue;
        /* one root only, or the oracle's root rule cannot be met */
        uint32_t n_root = 0;
        for (uint32_t i = 1; i <= n; i++) n_root += gh[i] == 0;
        if (n_root != 1) continue;
        uint32_t l = pgn__projectivize(gh, n);
        if (lifted) *lifted += l;
        state st;
        if (state_alloc(&st, n, &T->bf)) return PGN_ENOMEM;
        state_init(&st, n);
        st.W = W;
        st.P = P;
        st.C = C;
        memset(on_stack, 0, n + 2);
        on_stack[0] = 1;
        unsigned v;
        uint64_t f[MAX_PARSE_FEATS];
        while ((v = valid_kinds(&st)) != 0) {
            size_t nf = parse_features(&st, f, NULL, NULL);
            memset(fs, 0, n_classes * sizeof *fs);
            pgn__lt_score(&m->lt, f, nf, fs);
            uint32_t cs, cr, cl, crt;
            oracle_costs(&st, gh, on_stack, &cs, &cr, &cl, &crt);
            int32_t s = st.sp ? st.stk[st.sp - 1] : -1;
            uint32_t b = st.b;
            /* best valid action, and best zero-cost one */
            uint32_t pred = best_valid(v, n_labels, root_label, NULL, fs);
            uint32_t gbest = UINT32_MAX;
            float gs = 0;
#define COST(a)                                                                        \
    ((a) == A_SHIFT ? cs                                                               \
     : (a) == A_REDUCE ? cr                                                            \
     : ((a) & 1) == 0 ? cl + (gh[s] == (int32_t)b && gl[s] != ((a) - 2) / 2)          \
                      : crt + (gh[b] == s && gl[b] != ((a) - 3) / 2))
#define GOLD(a)                                                        \
    do {                                                               \
        if (COST(a) == 0 && (gbest == UINT32_MAX || fs[a] > gs)) gs = fs[a], gbest = (a); \
    } while (0)
            if (v & 1) GOLD(A_SHIFT);
            if (v & 2) GOLD(A_REDUCE);
            for (uint32_t lb = 0; lb < n_labels; lb++) {
                if ((v & 4) && lb != root_label) GOLD(2 + 2 * lb);
                if (((v & 8) && lb != root_label) || ((v & 16) && lb == root_label))
                    GOLD(3 + 2 * lb);
            }
            m->lt.now++;
            (*n_steps)++;
            uint32_t next = pred;
            if (gbest != UINT32_MAX && COST(pred) > 0) {
                (*n_err)++;
                if (pgn__lt_update(&m->lt, f, nf, gbest, 1.0f) ||
                    pgn__lt_update(&m->lt, f, nf, pred, -1.0f))
                    return PGN_ENOMEM;
                if (ep + 1 < T->explore_from || (pgn__rng(&m->rng) % 10) == 0) next = gbest;
            }
#undef GOLD
#undef COST
            /* keep on_stack in step with the stack */
            if (next == A_SHIFT || (next >= 2 && (next & 1))) on_stack[st.b] = 1;
            else if (s >= 0) on_stack[s] = 0;
            apply(&st, next);
        }
    }
    return 0;
}

int pgn__parser_train(const pgn__treebank *train, const pgn__treebank *dev,
                      const pgn__tagger *tagger, const pgn__train_opt *opt,
                      pgn__parser **out, pgn_error *err) {
    *out = NULL;
    int rc = PGN_ENOMEM;
    pgn__parser *p = calloc(1, sizeof *p);
    pgn__lt_member mem[PGN__LT_MAX_ENSEMBLE];
    memset(mem, 0, sizeof mem);
    uint32_t n_models = opt->ensemble > 1 ? opt->ensemble : 1;
    const char **names = NULL;
    size_t *first = NULL;
    uint64_t *ptag = NULL;
    trainer T = {0};
    pgn__smap lab_of = {0};
    if (!p || pgn__smap_init(&lab_of, 256)) goto fail;
    if (n_models > PGN__LT_MAX_ENSEMBLE) {
        rc = pgn__err(err, PGN_EINVAL, NULL, -1, -1, "at most %d models in an ensemble",
                      PGN__LT_MAX_ENSEMBLE);
        goto fail_quiet;
    }
    /* Labels, sorted by name for a stable numbering. */
    size_t n_names = 0, cap = 0, max_n = 1;
    for (size_t si = 0; si < train->n; si++) {
        if (train->s[si].n > max_n) max_n = train->s[si].n;
        for (uint32_t i = 0; i < train->s[si].n; i++) {
            const char *l = train->s[si].w[i].deprel ? train->s[si].w[i].deprel : "dep";
            uint64_t k = pgn__hstr(l, strlen(l));
            if (pgn__smap_get(&lab_of, k) != PGN__NONE) continue;
            if (n_names == cap) {
                cap = cap ? cap * 2 : 64;
                const char **q = realloc(names, cap * sizeof *q);
                if (!q) goto fail;
                names = q;
            }
            names[n_names++] = l;
            if (pgn__smap_put(&lab_of, k, 0)) goto fail;
        }
    }
    if (n_names > MAX_LABELS) {
        rc = pgn__err(err, PGN_ETOOBIG, NULL, -1, -1, "more than %d dependency labels",
                      MAX_LABELS);
        goto fail_quiet;
    }
    qsort(names, n_names, sizeof *names, by_name);
    p->n_labels = (uint32_t)n_names;
    p->label = calloc(n_names + 1, sizeof *p->label);
    if (!p->label) goto fail;
    for (size_t i = 0; i < n_names; i++) {
        p->label[i] = pgn__pool_add(&p->pool, names[i], strlen(names[i]));
        if (p->label[i] == PGN__NONE ||
            pgn__smap_put(&lab_of, pgn__hstr(names[i], strlen(names[i])), (uint32_t)i))
            goto fail;
    }
    p->root_label = root_label_of(p);
    p->dep_label = label_id(p, "dep");
    uint32_t n_classes = 2 + 2 * p->n_labels;
    for (uint32_t k = 0; k < n_models; k++) {
        /* the member's stream also drives the dynamic oracle's exploration */
        if (pgn__lt_member_init(&mem[k], n_classes, train->n, opt->seed + k, 777)) goto fail;
    }
    /* Word offsets and (jackknifed or gold) tags of the training words. */
    first = malloc((train->n + 1) * sizeof *first);
    ptag = malloc((train->n_words + 1) * sizeof *ptag);
    T.W = malloc((max_n + 2) * sizeof *T.W);
    T.P = malloc((max_n + 2) * sizeof *T.P);
    T.C = malloc((max_n + 2) * sizeof *T.C);
    T.gh = malloc((max_n + 2) * sizeof *T.gh);
    T.gl = malloc((max_n + 2) * sizeof *T.gl);
    T.on_stack = malloc(max_n + 2);
    T.fs = malloc(n_classes * sizeof *T.fs);
    if (!first || !ptag || !T.W || !T.P || !T.C || !T.gh || !T.gl || !T.on_stack || !T.fs)
        goto fail;
    for (size_t si = 0, off = 0; si < train->n; si++) {
        first[si] = off;
        for (uint32_t i = 0; i < train->s[si].n; i++) {
            const char *x = train->s[si].w[i].xpos ? train->s[si].w[i].xpos : "_";
            ptag[off + i] = pgn__hstr(x, strlen(x));
        }
        off += train->s[si].n;
    }
    if (opt->jackknife > 1 && (rc = jackknife(train, opt, tagger, ptag, first, err))) goto fail_quiet;
    T.train = train;
    T.tagger = tagger;
    T.lab_of = &lab_of;
    T.n_labels = p->n_labels;
    T.root_label = p->root_label;
    T.n_classes = n_classes;
    T.explore_from = opt->explore_from ? opt->explore_from : 2;
    T.first = first;
    T.ptag = ptag;
    uint32_t epochs = opt->epochs ? opt->epochs : 15;
    double best = -1;
    size_t lifted = 0;
    for (uint32_t ep = 0; ep < epochs; ep++) {
        clock_t t0 = clock();
        size_t n_steps = 0, n_err = 0;
        for (uint32_t k = 0; k < n_models; k++)
            if (train_epoch(&T, &mem[k], ep, &n_steps, &n_err,
                            ep == 0 && k == 0 ? &lifted : NULL))
                goto fail;
        const pgn__lt *parts[PGN__LT_MAX_ENSEMBLE];
        for (uint32_t k = 0; k < n_models; k++) parts[k] = &mem[k].lt;
        pgn__lin lin;
        if (pgn__lt_compact_mean(parts, n_models, opt->prune, &lin)) goto fail;
        pgn__lin old = p->lin;
        p->lin = lin;
        las a;
        if (dev && eval_dev(p, tagger, dev, &a) == 0) {
            double score = pct(a.las, a.n) + pct(a.uas, a.n);
            if (!opt->quiet)
                printf("parser epoch %u: train %.2f  dev UAS %.2f LAS %.2f  (%u slots, %u "
                       "weights, %.1fs)\n",
                       ep + 1, 100.0 - pct(n_err, n_steps), pct(a.uas, a.n), pct(a.las, a.n),
                       lin.mask + 1, lin.n_entries, (double)(clock() - t0) / CLOCKS_PER_SEC);
            if (score > best) {
                best = score;
                pgn__lin_free(&old);
            } else {
                p->lin = old;
                pgn__lin_free(&lin);
            }
        } else {
            if (!opt->quiet)
                printf("parser epoch %u: train %.2f  (%.1fs)\n", ep + 1,
                       100.0 - pct(n_err, n_steps), (double)(clock() - t0) / CLOCKS_PER_SEC);
            pgn__lin_free(&old);
        }
        if (ep == 0 && !opt->quiet) printf("  (%zu non-projective arcs lifted)\n", lifted);
        fflush(stdout);
    }
    rc = 0;
    *out = p;
    p = NULL;
    goto done;
fail:
    rc = pgn__err(err, PGN_ENOMEM, NULL, -1, -1, "out of memory while training the parser");
fail_quiet:
done:
    pgn__parser_free(p);
    pgn__lt_members_free(mem, PGN__LT_MAX_ENSEMBLE);
    pgn__smap_free(&lab_of);
    free(names);
    free(first);
    free(ptag);
    free(T.W);
    free(T.P);
    free(T.C);
    free(T.gh);
    free(T.gl);
    free(T.on_stack);
    free(T.fs);
    free(T.bf.i32);
    free(T.bf.u32);
    free(T.bf.u64);
    return rc;
}

int pgn__parser_save(const pgn__parser *p, const char *path, pgn_error *err) {
    pgn__wbuf w = {0};
    pgn__w_u32(&w, p->n_labels);
    for (uint32_t i = 0; i < p->n_labels; i++) pgn__w_u32(&w, p->label[i]);
    pgn__w_lin(&w, &p->lin);
    pgn__w_pool(&w, &p->pool);
    /* deflated: stored (format 2, mapped in place, ~80 ms faster to load)
    ** made the file 27 MB, more than a tracked file should be; 15 MB this
    ** way, and the loader reads both */
    int rc = pgn__model_save(path, PGN__MODEL_PARSER, &w, PGN__MODEL_DEFLATED, err);
    free(w.b);
    return rc;
}

int pgn__parser_from_bytes(const char *name, const unsigned char *b, size_t n,
                           pgn__parser **out, pgn_error *err) {
    *out = NULL;
    pgn__rbuf r = {b, n, 0, 0};
    pgn__parser *p = calloc(1, sizeof *p);
    if (!p) return pgn__err(err, PGN_ENOMEM, name, -1, -1, "out of memory");
    uint32_t nl = pgn__r_u32(&r);
    if (r.bad || nl == 0 || nl > MAX_LABELS) goto bad;
    p->n_labels = nl;
    p->label = calloc(nl, sizeof *p->label);
    if (!p->label) goto nomem;
    for (uint32_t i = 0; i < nl; i++) p->label[i] = pgn__r_u32(&r);
    int rc;
    if ((rc = pgn__r_lin(&r, &p->lin)) || (rc = pgn__r_pool(&r, &p->pool))) {
        if (rc == PGN_ENOMEM) goto nomem;
        goto bad;
    }
    if (r.off != n || p->lin.n_classes != 2 + 2 * nl) goto bad;
    for (uint32_t i = 0; i < nl; i++)
        if (p->label[i] >= p->pool.len) goto bad;
    p->root_label = root_label_of(p);
    p->dep_label = label_id(p, "dep");
    p->branch_margin = INT64_MAX;
    *out = p;
    return 0;
bad:
    pgn__parser_free(p);
    return pgn__err(err, PGN_EFORMAT, name, -1, -1, "damaged parser model (inconsistent payload)");
nomem:
    pgn__parser_free(p);
    return pgn__err(err, PGN_ENOMEM, name, -1, -1, "out of memory");
}

int pgn__parser_load(const char *path, pgn__parser **out, pgn_error *err) {
    pgn__model_bytes mb;
    *out = NULL;
    int rc = pgn__model_open(path, PGN__MODEL_PARSER, &mb, err);
    if (rc) return rc;
    rc = pgn__parser_from_bytes(path, mb.b, mb.len, out, err);
    pgn__model_release(&mb);
    return rc;
}
