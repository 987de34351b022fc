/* src/nlp/linear.c -- the averaged perceptron and its compact form.
**
** Training keeps, per feature, only the classes it was ever updated for
** (most features see a handful), so a 100-class parser model fits in a
** few hundred MB while training.  Averaging is lazy: each entry carries the
** time of its last change.  The compact form keeps averaged weights as
** int16 with one scale, in an open-addressing table probed linearly,
** because inference cost is dominated by cache misses on that table.
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "nlp_int.h"

#include <sys/mman.h>

void *pgn__big_alloc(size_t n) {
    /* Model tables are read at random: on 2 MB pages the TLB covers them,
    ** which roughly halves the cost of a lookup. */
    const size_t huge = (size_t)2 << 20;
    void *p = NULL;
    if (n < huge) /* cache-line aligned: model_io.c lays entries out by lines */
        return posix_memalign(&p, 64, n ? n : 1) == 0 ? p : NULL;
    size_t rounded = (n + huge - 1) & ~(huge - 1);
    if (posix_memalign(&p, huge, rounded) != 0) return NULL;
#ifdef MADV_HUGEPAGE
    madvise(p, rounded, MADV_HUGEPAGE);
#endif
    return p;
}

int pgn__lt_init(pgn__lt *m, uint32_t n_classes) {
    memset(m, 0, sizeof *m);
    m->mask = (1u << 16) - 1;
    m->t = calloc(m->mask + 1, sizeof *m->t);
    m->n_classes = n_classes;
    return m->t ? 0 : PGN_ENOMEM;
}

void pgn__lt_free(pgn__lt *m) {
    if (!m->t) return;
    for (size_t i = 0; i <= m->mask; i++) free(m->t[i].e);
    free(m->t);
    m->t = NULL;
}

static pgn__lt_feat *lt_find(const pgn__lt *m, uint64_t key) {
    size_t i = (size_t)key & m->mask;
    for (;;) {
        pgn__lt_feat *f = &m->t[i];
        if (f->key == key) return f;
        if (f->key == 0) return NULL;
        i = (i + 1) & m->mask;
    }
}

static int lt_grow(pgn__lt *m) {
    size_t cap = (m->mask + 1) * 2;
    pgn__lt_feat *t = calloc(cap, sizeof *t);
    if (!t) return PGN_ENOMEM;
    for (size_t i = 0; i <= m->mask; i++) {
        if (!m->t[i].key) continue;
        size_t j = (size_t)m->t[i].key & (cap - 1);
        while (t[j].key) j = (j + 1) & (cap - 1);
        t[j] = m->t[i];
    }
    free(m->t);
    m->t = t;
    m->mask = cap - 1;
    return 0;
}

void pgn__lt_score(const pgn__lt *m, const uint64_t *f, size_t nf, float *scores) {
    for (size_t k = 0; k < nf; k++) {
        const pgn__lt_feat *ft = lt_find(m, f[k]);
        if (!ft) continue;
        for (uint32_t j = 0; j < ft->n; j++) scores[ft->e[j].cls] += ft->e[j].w;
    }
}

int pgn__lt_update(pgn__lt *m, const uint64_t *f, size_t nf, uint32_t cls, float delta) {
    for (size_t k = 0; k < nf; k++) {
        pgn__lt_feat *ft = lt_find(m, f[k]);
        if (!ft) {
            if ((m->n + 1) * 2 > m->mask + 1 && lt_grow(m)) return PGN_ENOMEM;
            size_t i = (size_t)f[k] & m->mask;
            while (m->t[i].key) i = (i + 1) & m->mask;
            ft = &m->t[i];
            ft->key = f[k];
            m->n++;
        }
        pgn__lt_entry *e = NULL;
        for (uint32_t j = 0; j < ft->n; j++)
            if (ft->e[j].cls == cls) {
                e = &ft->e[j];
                break;
            }
        if (!e) {
            if (ft->n == ft->cap) {
                uint32_t c = ft->cap ? ft->cap * 2 : 2;
                pgn__lt_entry *p = realloc(ft->e, c * sizeof *p);
                if (!p) return PGN_ENOMEM;
                ft->e = p;
                ft->cap = c;
            }
            e = &ft->e[ft->n++];
            memset(e, 0, sizeof *e);
            e->cls = cls;
            e->ts = m->now;
        }
        e->total += (double)(m->now - e->ts) * e->w;
        e->ts = m->now;
        e->w += delta;
    }
    return 0;
}

int pgn__lt_member_init(pgn__lt_member *m, uint32_t n_classes, size_t n, uint64_t seed,
                        uint64_t salt) {
    if (pgn__lt_init(&m->lt, n_classes)) return PGN_ENOMEM;
    m->order = malloc((n + 1) * sizeof *m->order);
    if (!m->order) return PGN_ENOMEM;
    for (size_t i = 0; i < n; i++) m->order[i] = i;
    m->rng = seed * 0x9e3779b97f4a7c15ULL + salt;
    return 0;
}

void pgn__lt_members_free(pgn__lt_member *m, uint32_t n) {
    for (uint32_t k = 0; k < n; k++) {
        pgn__lt_free(&m[k].lt);
        free(m[k].order);
        m[k].order = NULL;
    }
}

int pgn__lt_soup(const pgn__lt *const *parts, size_t k, pgn__lt *out) {
    /* The mean of k models' averaged weights, as a model whose clock stands
    ** at 1: pgn__lt_compact then reads each mean back unchanged.  For
    ** linear models this is the same as averaging their scores: an ensemble
    ** at the cost of one model. */
    if (pgn__lt_init(out, parts[0]->n_classes)) return PGN_ENOMEM;
    out->now = 1;
    for (size_t p = 0; p < k; p++) {
        double now = parts[p]->now ? parts[p]->now : 1;
        for (size_t i = 0; i <= parts[p]->mask; i++) {
            const pgn__lt_feat *f = &parts[p]->t[i];
            if (!f->key) continue;
            for (uint32_t j = 0; j < f->n; j++) {
                const pgn__lt_entry *e = &f->e[j];
                double a = (e->total + (now - e->ts) * e->w) / now;
                if (a == 0) continue;
                if (pgn__lt_update(out, &f->key, 1, e->cls, 0)) goto fail;
                pgn__lt_feat *g = lt_find(out, f->key);
                for (uint32_t c = 0; c < g->n; c++)
                    if (g->e[c].cls == e->cls) g->e[c].total += a / (double)k;
            }
        }
    }
    /* the update above stamped each entry at time 1 with w 0: totals hold the means */
    return 0;
fail:
    pgn__lt_free(out);
    return PGN_ENOMEM;
}

int pgn__lt_compact_mean(const pgn__lt *const *parts, size_t k, float prune, pgn__lin *out) {
    if (k == 1) return pgn__lt_compact(parts[0], prune, out);
    pgn__lt soup;
    if (pgn__lt_soup(parts, k, &soup)) return PGN_ENOMEM;
    int rc = pgn__lt_compact(&soup, prune, out);
    pgn__lt_free(&soup);
    return rc;
}

typedef struct cw {
    float w;
    uint32_t cls;
} cw;

static int by_abs_desc(const void *a, const void *b) {
    float x = fabsf(((const cw *)a)->w), y = fabsf(((const cw *)b)->w);
    if (x != y) return x < y ? 1 : -1;
    return (int)((const cw *)a)->cls - (int)((const cw *)b)->cls;
}
static int by_cls(const void *a, const void *b) {
    return (int)((const cw *)a)->cls - (int)((const cw *)b)->cls;
}

int pgn__lt_compact(const pgn__lt *m, float prune, pgn__lin *out) {
    memset(out, 0, sizeof *out);
    out->n_classes = m->n_classes;
    double now = m->now ? m->now : 1;
    /* Pass 1: averaged weights, kept entries and the largest weight. */
    size_t n_feat = 0, n_ent = 0;
    float maxw = 1e-9f;
    cw *tmp = malloc(sizeof *tmp * (m->n_classes + 1));
    if (!tmp) return PGN_ENOMEM;
    for (size_t i = 0; i <= m->mask; i++) {
        const pgn__lt_feat *f = &m->t[i];
        if (!f->key) continue;
        size_t k = 0;
        for (uint32_t j = 0; j < f->n; j++) {
            const pgn__lt_entry *e = &f->e[j];
            float a = (float)((e->total + (now - e->ts) * e->w) / now);
            if (fabsf(a) >= prune && a != 0) {
                k++;
                if (fabsf(a) > maxw) maxw = fabsf(a);
            }
        }
        if (k > 255) k = 255;
        if (k) {
            n_feat++;
            n_ent += k;
        }
    }
    if (n_ent >= (1u << 24)) {
        free(tmp);
        return PGN_ETOOBIG;
    }
    uint32_t slots = 1024;
    while (slots < n_feat * 2) slots *= 2;
    out->mask = slots - 1;
    out->scale = maxw / 32000.0f;
    out->slot = pgn__big_alloc((size_t)slots * 2 * sizeof *out->slot);
    if (out->slot) memset(out->slot, 0, (size_t)slots * 2 * sizeof *out->slot);
    out->ent = malloc((n_ent + 1) * sizeof *out->ent);
    if (!out->slot || !out->ent) {
        free(tmp);
        pgn__lin_free(out);
        return PGN_ENOMEM;
    }
    uint32_t off = 0;
    for (size_t i = 0; i <= m->mask; i++) {
        const pgn__lt_feat *f = &m->t[i];
        if (!f->key) continue;
        size_t k = 0;
        for (uint32_t j = 0; j < f->n; j++) {
            const pgn__lt_entry *e = &f->e[j];
            float a = (float)((e->total + (now - e->ts) * e->w) / now);
            if (fabsf(a) >= prune && a != 0) tmp[k++] = (cw){a, e->cls};
        }
        if (!k) continue;
        if (k > 255) {
            qsort(tmp, k, sizeof *tmp, by_abs_desc);
            k = 255;
        }
        qsort(tmp, k, sizeof *tmp, by_cls);
        size_t kept = 0;
        for (size_t j = 0; j < k; j++) {
            long q = lrintf(tmp[j].w / out->scale);
            if (q == 0) continue;
            out->ent[off + kept] = tmp[j].cls << 16 | (uint16_t)(int16_t)q;
            kept++;
        }
        if (!kept) continue;
        uint32_t fp = (uint32_t)(f->key >> 48) | 1u;
        uint32_t s = (uint32_t)f->key & out->mask;
        while (out->slot[2 * s]) s = (s + 1) & out->mask;
        out->slot[2 * s] = fp;
        out->slot[2 * s + 1] = off << 8 | (uint32_t)kept;
        off += (uint32_t)kept;
    }
    out->n_entries = off;
    free(tmp);
    /* Lay the entries out in slot order, so that offsets are implied by the
    ** counts and the file need not store them (model_io.c). */
    uint32_t *ent = pgn__big_alloc(((size_t)off + 1) * sizeof *ent);
    if (!ent) {
        pgn__lin_free(out);
        return PGN_ENOMEM;
    }
    uint32_t o = 0;
    for (uint32_t s = 0; s <= out->mask; s++) {
        if (!out->slot[2 * s]) continue;
        uint32_t ow = out->slot[2 * s + 1], cnt = ow & 255;
        memcpy(ent + o, out->ent + (ow >> 8), cnt * sizeof *ent);
        out->slot[2 * s + 1] = o << 8 | cnt;
        o += cnt;
    }
    free(out->ent);
    out->ent = ent;
    return 0;
}

void pgn__lin_free(pgn__lin *m) {
    free(m->dense);
    free(m->slot);
    free(m->ent);
    memset(m, 0, sizeof *m);
}

/* Adds the dense rows rows[0..nr) (row_len int16 each) to scores.  The
** parser's steps hit ~60 dense rows each, so this loop is a fifth of the
** inference time: with AVX2 (checked at run time; the build targets any
** x86-64) a 112-class sum stays in 14 registers across all the rows and a
** row costs 14 widening loads and 14 adds.  Integer sums: the result is the
** same whichever path adds them. */
#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define PGN__LIN_AVX2 1
__attribute__((target("avx2"))) static void dense_add_avx2_112(int32_t *scores,
                                                              const int16_t *const *rows,
                                                              size_t nr) {
    /* Named accumulators, not an array: gcc keeps these in registers. */
#define LD(v) __m256i a##v = _mm256_loadu_si256((const __m256i *)(scores + 8 * v))
#define ADD(v) a##v = _mm256_add_epi32(a##v, _mm256_cvtepi16_epi32(_mm_loadu_si128((const __m128i *)(row + 8 * v))))
#define ST(v) _mm256_storeu_si256((__m256i *)(scores + 8 * v), a##v)
#define ALL(X) X(0); X(1); X(2); X(3); X(4); X(5); X(6); X(7); X(8); X(9); X(10); X(11); X(12); X(13)
    ALL(LD);
    for (size_t r = 0; r < nr; r++) {
        const int16_t *row = rows[r];
        ALL(ADD);
    }
    ALL(ST);
#undef LD
#undef ADD
#undef ST
#undef ALL
}
#endif

static void dense_add(const pgn__lin *m, int32_t *restrict scores, const int16_t *const *rows,
                      size_t nr) {
#ifdef PGN__LIN_AVX2
    if (m->row_len == 112 && __builtin_cpu_supports("avx2")) {
        dense_add_avx2_112(scores, rows, nr);
        return;
    }
#endif
    const uint32_t row_len = m->row_len;
    for (size_t r = 0; r < nr; r++) {
        /* a plain loop the compiler turns into vector adds */
        const int16_t *restrict row = rows[r];
        for (uint32_t c = 0; c < row_len; c++) scores[c] += row[c];
    }
}

#ifdef PGN__LIN_AVX2
__attribute__((target("avx2"))) static uint32_t argmax_avx2(const int32_t *s, uint32_t n) {
    const uint32_t n8 = n & ~7u;
    int32_t best = s[0];
    __m256i mx = _mm256_set1_epi32(best);
    for (uint32_t c = 0; c < n8; c += 8)
        mx = _mm256_max_epi32(mx, _mm256_loadu_si256((const __m256i *)(s + c)));
    __m128i m4 = _mm_max_epi32(_mm256_castsi256_si128(mx), _mm256_extracti128_si256(mx, 1));
    m4 = _mm_max_epi32(m4, _mm_shuffle_epi32(m4, 0x4E));
    m4 = _mm_max_epi32(m4, _mm_shuffle_epi32(m4, 0xB1));
    best = _mm_cvtsi128_si32(m4);
    for (uint32_t c = n8; c < n; c++) best = s[c] > best ? s[c] : best;
    const __m256i bv = _mm256_set1_epi32(best);
    for (uint32_t c = 0; c < n8; c += 8) {
        __m256i eq = _mm256_cmpeq_epi32(_mm256_loadu_si256((const __m256i *)(s + c)), bv);
        unsigned bits = (unsigned)_mm256_movemask_ps(_mm256_castsi256_ps(eq));
        if (bits) return c + (uint32_t)__builtin_ctz(bits);
    }
    for (uint32_t c = n8; c < n; c++)
        if (s[c] == best) return c;
    return 0; /* not reached */
}
#endif

uint32_t pgn__lin_argmax(const int32_t *s, uint32_t n) {
#ifdef PGN__LIN_AVX2
    if (n >= 8 && __builtin_cpu_supports("avx2")) return argmax_avx2(s, n);
#endif
    uint32_t best = 0;
    for (uint32_t c = 1; c < n; c++)
        if (s[c] > s[best]) best = c;
    return best;
}

void pgn__lin_score(const pgn__lin *m, const uint64_t *f, size_t nf, int32_t *restrict scores) {
    /* Three passes so that cache misses overlap instead of queueing: touch
    ** every feature's slot, then resolve the slots and touch their entries,
    ** then add.  This is where inference spends its time. */
    uint32_t lists[128]; /* the entry lists found: offset << 8 | count */
    const int16_t *rows[128];
    size_t nr = 0, nl = 0;
    if (nf > 128) nf = 128;
    for (size_t k = 0; k < nf; k++)
        __builtin_prefetch(&m->slot[2 * ((uint32_t)f[k] & m->mask)]);
    for (size_t k = 0; k < nf; k++) {
        uint32_t fp = (uint32_t)(f[k] >> 48) | 1u;
        uint32_t s = (uint32_t)f[k] & m->mask;
        for (;;) {
            uint32_t v = m->slot[2 * s];
            if ((v & 0xFFFFu) == fp) {
                uint32_t o = m->slot[2 * s + 1];
                if (v & PGN__LIN_INLINE) {
                    /* both entries are here: add them now (sums of
                    ** integers, so the order of the adds does not matter) */
                    scores[(v >> 16) & 127] += (int16_t)(uint16_t)o;
                    scores[(v >> 23) & 127] += (int16_t)(uint16_t)(o >> 16);
                    break;
                }
                if (v & PGN__LIN_LOCAL) {
                    /* the entries are in this line's storage slots */
                    const uint32_t *line = m->slot + 2 * (s & ~7u);
                    for (uint32_t b = (o >> 8) & 255; b; b &= b - 1) {
                        const uint32_t *st = line + 2 * __builtin_ctz(b);
                        scores[(st[0] >> 16) & 127] += (int16_t)(uint16_t)st[1];
                        if (st[0] & PGN__LIN_PAIR)
                            scores[(st[0] >> 23) & 127] += (int16_t)(uint16_t)(st[1] >> 16);
                    }
                    break;
                }
                if (o & 255) {
                    lists[nl++] = o;
                    __builtin_prefetch(&m->ent[o >> 8]);
                } else {
                    const int16_t *row = m->dense + (size_t)((o >> 8) - 1) * m->row_len;
                    rows[nr++] = row;
                    if (m->row_len == 112) { /* 224 bytes: four lines at most */
                        __builtin_prefetch((const char *)row);
                        __builtin_prefetch((const char *)row + 64);
                        __builtin_prefetch((const char *)row + 128);
                        __builtin_prefetch((const char *)row + 223);
                    } else
                        for (uint32_t b = 0; b < m->row_len * 2; b += 64)
                            __builtin_prefetch((const char *)row + b);
                }
                break;
            }
            if ((v & 0xFFFFu) == 0) break; /* empty, or a storage slot */
            s = (s + 1) & m->mask;
        }
    }
    const uint32_t *ent = m->ent;
    for (size_t k = 0; k < nl; k++) {
        uint32_t cnt = lists[k] & 255;
        const uint32_t *e = ent + (lists[k] >> 8);
        for (uint32_t j = 0; j < cnt; j++) scores[e[j] >> 16] += (int16_t)(uint16_t)e[j];
    }
    if (nr) dense_add(m, scores, rows, nr);
}

int pgn__smap_init(pgn__smap *m, size_t expect) {
    size_t cap = 64;
    while (cap < expect * 2) cap *= 2;
    m->slot = calloc(cap, sizeof *m->slot);
    m->mask = (uint32_t)(cap - 1);
    m->n = 0;
    if (!m->slot) return PGN_ENOMEM;
    return 0;
}

void pgn__smap_free(pgn__smap *m) {
    free(m->slot);
    memset(m, 0, sizeof *m);
}

int pgn__smap_put(pgn__smap *m, uint64_t key, uint32_t val) {
    if (!key) key = 1;
    if ((size_t)(m->n + 1) * 2 > (size_t)m->mask + 1) {
        pgn__smap g;
        if (pgn__smap_init(&g, (size_t)m->mask + 1)) return PGN_ENOMEM;
        for (size_t i = 0; i <= m->mask; i++)
            if (m->slot[i].key) pgn__smap_put(&g, m->slot[i].key, m->slot[i].val);
        pgn__smap_free(m);
        *m = g;
    }
    uint32_t i = (uint32_t)key & m->mask;
    pgn__smap_slot *sl = m->slot;
    while (sl[i].key && sl[i].key != key) i = (i + 1) & m->mask;
    if (!sl[i].key) m->n++;
    sl[i].key = key;
    sl[i].val = val;
    return 0;
}

uint32_t pgn__smap_get(const pgn__smap *m, uint64_t key) {
    if (!key) key = 1;
    const pgn__smap_slot *sl = m->slot;
    if (!sl) return PGN__NONE;
    uint32_t i = (uint32_t)key & m->mask;
    for (;;) {
        if (sl[i].key == key) return sl[i].val;
        if (!sl[i].key) return PGN__NONE;
        i = (i + 1) & m->mask;
    }
}

uint32_t pgn__pool_add(pgn__pool *p, const char *s, size_t n) {
    if (p->len + n + 1 > p->cap) {
        size_t c = p->cap ? p->cap * 2 : 4096;
        while (c < p->len + n + 1) c *= 2;
        char *q = realloc(p->s, c);
        if (!q) return PGN__NONE;
        p->s = q;
        p->cap = c;
    }
    if (p->len + n + 1 >= PGN__NONE) return PGN__NONE;
    uint32_t off = (uint32_t)p->len;
    memcpy(p->s + off, s, n);
    p->s[off + n] = '\0';
    p->len += n + 1;
    return off;
}
