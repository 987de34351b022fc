/* src/nlp/parser_features.c -- the parser's state, features and choice of action.
**
** The arc-eager transition system itself (apply, valid_kinds) is inline
** in parser_int.h, as every step of every run calls it.  Here: the
** state's arrays, the Zhang & Nivre (2011) features of a state (split into
** the groups whose sums parsing keeps, see part_sums), the best valid
** action of a step's scores, and the words' hashes and labels the
** features and the tree read.  Greedy parsing (parser_greedy.c), the
** search (parser_branching.c) and training (parser_train.c) share them.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <math.h>

#include "base/error.h"
#include "parser_int.h"

int pgn__parser_state_alloc(state *st, uint32_t n, buffers *bf) {
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

void pgn__parser_state_init(state *st, uint32_t n) {
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

/* The features of st into f, in template order; returns their number.
** Training passes fb NULL and gets one list (its float sums depend on the
** order).  Parsing passes fb: the buffer-only features go there instead,
** *nb set to their number, and are not computed at all when *nb is 0 on
** entry (their sum is kept, see part_sums).  The same for the S0_STINT
** features with fs and *ns. */
size_t pgn__parser_parse_features_split(const state *st, uint64_t *f, uint64_t *fb, size_t *nb,
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

size_t pgn__parser_parse_features(const state *st, uint64_t *f, uint64_t *fb, size_t *nb) {
    return pgn__parser_parse_features_split(st, f, fb, nb, NULL, NULL);
}

/* Highest-scoring valid action; scores are per class. */
uint32_t pgn__parser_best_valid(unsigned v, uint32_t n_labels, uint32_t root_label,
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

uint32_t pgn__parser_best_valid_int(unsigned v, uint32_t n_labels, uint32_t root_label,
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

uint32_t pgn__parser_root_label_of(const pgn__parser *p) {
    for (uint32_t l = 0; l < p->n_labels; l++)
        if (strcmp(p->pool.s + p->label[l], "root") == 0) return l;
    return UINT32_MAX;
}

/* Fills W and P for words 1..n from tok; root and none get fixed values. */
void pgn__parser_fill_wp(const pgn__nlp_sent *s, uint64_t *W, uint64_t *P, uint64_t *C) {
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
void pgn__parser_finish(state *st, uint32_t root_label, uint32_t dep_label) {
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

uint32_t pgn__parser_label_id(const pgn__parser *p, const char *name) {
    for (uint32_t l = 0; l < p->n_labels; l++)
        if (strcmp(p->pool.s + p->label[l], name) == 0) return l;
    return 0;
}
