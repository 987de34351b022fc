/* src/discourse/quotes_train.c -- trains the two parts of the learned
** attribution model (quotes_model.h): the cue tagger, an averaged
** perceptron (src/nlp/linear.c) over the parsed tokens of annotated
** documents, a token labelled cue when it lies inside a gold cue span; and
** the source ranker (quotes_source.c), over the candidate sources of each
** gold cue, the right one the candidate whose head word lies in the gold
** source and whose span matches it best ("no source" when none does).
**
** The trainer keeps every instance's features (a few hundred bytes each;
** the PolNeAR training split is ~500,000 tokens), then runs the epochs
** over them in an order shuffled by the seed: the same documents, epochs
** and seed give the same file.
*/
#include <stdlib.h>
#include <string.h>

#include "base/error.h"
#include "discourse/discourse.h"
#include "discourse/quotes_model.h"

/* Feature vectors, concatenated: vector i is feat[off[i] .. off[i + 1]). */
typedef struct vecs {
    uint64_t *feat;
    size_t n_feat, cap_feat;
    size_t *off;
    size_t n, cap;
} vecs;

struct pgn_quote_trainer {
    vecs cue;                /* one per candidate cue word */
    unsigned char *label;    /* cue word or not, per vector of cue (capacity cue.cap) */
    vecs src;                /* one per candidate source */
    size_t *first;           /* source instance j: its candidates first[j] .. first[j + 1] */
    size_t *gold;            /* and the right one's index among them */
    size_t n_src, cap_src;
    unsigned ensemble;       /* perceptrons trained per part and averaged (0/1: one) */
};

pgn_quote_trainer *pgn_quote_trainer_new(void) { return calloc(1, sizeof(pgn_quote_trainer)); }

void pgn_quote_trainer_free(pgn_quote_trainer *t) {
    if (!t) return;
    free(t->cue.feat);
    free(t->cue.off);
    free(t->src.feat);
    free(t->src.off);
    free(t->label);
    free(t->first);
    free(t->gold);
    free(t);
}

/* Grows *p (elements of size sz, capacity *cap) to hold need; 0 or PGN_ENOMEM. */
static int grow(void **p, size_t *cap, size_t need, size_t sz) {
    if (need <= *cap) return 0;
    size_t c = *cap ? *cap : 4096;
    while (c < need) c *= 2;
    void *q = realloc(*p, c * sz);
    if (!q) return PGN_ENOMEM;
    *p = q;
    *cap = c;
    return 0;
}

/* Appends a vector; extra, when not NULL, is resized along with off. */
static int vecs_push(vecs *v, const uint64_t *f, size_t nf, unsigned char **extra) {
    size_t cap = v->cap;
    if (grow((void **)&v->feat, &v->cap_feat, v->n_feat + nf, sizeof *f) ||
        grow((void **)&v->off, &cap, v->n + 2, sizeof *v->off))
        return PGN_ENOMEM;
    if (extra && cap != v->cap) {
        unsigned char *e = realloc(*extra, cap);
        if (!e) return PGN_ENOMEM;
        *extra = e;
    }
    v->cap = cap;
    if (v->n == 0) v->off[0] = 0;
    memcpy(v->feat + v->n_feat, f, nf * sizeof *f);
    v->n_feat += nf;
    v->off[++v->n] = v->n_feat;
    return 0;
}

/* The right candidate for gold source [gs, ge) (characters): the one whose
** head word lies inside it and whose span matches it best; 0 (no source)
** when the gold source is empty or no candidate has its head inside. */
static size_t right_candidate(const pgn__qs_cand *k, size_t n, size_t gs, size_t ge) {
    size_t best = 0;
    long best_sc = 0;
    for (size_t i = 1; i < n && gs < ge; i++) {
        const pgn__token *tk = k[i].s->tk;
        if (tk[k[i].tok].cstart < gs || tk[k[i].tok].cend > ge) continue;
        long lo = (long)tk[k[i].lo].cstart, hi = (long)tk[k[i].hi].cend;
        long in = (hi < (long)ge ? hi : (long)ge) - (lo > (long)gs ? lo : (long)gs);
        long sc = 2 * in - (hi - lo) - ((long)ge - (long)gs);   /* -(symmetric difference) */
        if (best == 0 || sc > best_sc) {
            best = i;
            best_sc = sc;
        }
    }
    return best;
}

void pgn__qm_gold_cue_words(const pgn__qm_sent *s, const size_t *attr, size_t n_attr, uint32_t *grp,
                            unsigned char *lab) {
    memset(lab, 0, s->n);
    for (size_t c = 0; c < n_attr; c++) {
        int any = 0;
        for (uint32_t i = 0; i < s->n; i++) {
            grp[i] = s->tk[i].cstart < attr[4 * c + 1] && attr[4 * c] < s->tk[i].cend ? 0 : UINT32_MAX;
            if (grp[i] == 0 && !lab[i]) lab[i] = 2;
            any |= grp[i] == 0;
        }
        uint32_t a, b, v = any ? pgn__qm_group_head(s, grp, 0, &a, &b) : UINT32_MAX;
        if (v != UINT32_MAX) lab[v] = 1;
    }
}

/* The source instances of the gold cues in sentence s (prev: the one before). */
static int add_sources(pgn_quote_trainer *t, const pgn__qm_sent *s, const pgn__qm_sent *prev,
                       const size_t *attr, size_t n_attr, uint32_t *grp) {
    pgn__qs_cand cand[PGN__QS_MAX_CANDS];
    uint64_t f[PGN__QS_MAX_FEATS];
    for (size_t g = 0; g < n_attr; g++) {
        size_t cs = attr[4 * g], ce = attr[4 * g + 1];
        /* the cue belongs to the sentence of its first word */
        int in = 0, first_here = 0;
        for (uint32_t i = 0; i < s->n; i++) {
            grp[i] = s->tk[i].cstart < ce && cs < s->tk[i].cend ? 0 : UINT32_MAX;
            if (grp[i] == 0 && !in) first_here = i > 0 || s->tk[0].cstart >= cs;
            in |= grp[i] == 0;
        }
        if (!in || !first_here) continue;
        uint32_t a, b, v = pgn__qm_group_head(s, grp, 0, &a, &b);
        if (v == UINT32_MAX) continue;
        pgn__qs_cue c = {s, prev, a, b, v, pgn__qm_rule_source(s, v)};
        size_t n = pgn__qs_candidates(&c, cand);
        size_t cap = t->cap_src;
        if (grow((void **)&t->first, &cap, t->n_src + 2, sizeof *t->first) ||
            grow((void **)&t->gold, &t->cap_src, t->n_src + 2, sizeof *t->gold))
            return PGN_ENOMEM;
        if (t->n_src == 0) t->first[0] = 0;
        for (size_t i = 0; i < n; i++)
            if (vecs_push(&t->src, f, pgn__qs_features(&c, &cand[i], f), NULL)) return PGN_ENOMEM;
        t->gold[t->n_src] = right_candidate(cand, n, attr[4 * g + 2], attr[4 * g + 3]);
        t->first[++t->n_src] = t->src.n;
    }
    return 0;
}

int pgn_quote_trainer_add(pgn_quote_trainer *t, pgn_doc *doc, const size_t *attr,
                          size_t n_attr, pgn_error *err) {
    pgn__err_clear(err);
    if (!t || !doc || (n_attr && !attr)) return pgn__err(err, PGN_EINVAL, NULL, -1, -1, "NULL argument");
    if (doc->tokens.n == 0 || !doc->tokens.v[0].deprel)
        return pgn__err(err, PGN_EINVAL, doc->meta.source, -1, -1,
                        "the quotes model trains on parsed documents");
    /* the rules' quotes, which the model reads as features */
    int rc0 = pgn__quotes_find_rules(doc, err);
    if (rc0) return rc0;
    const pgn__quote_vec *qs = &doc->discourse->quotes;
    uint64_t f[PGN__QM_MAX_FEATS];
    pgn__cues cues;
    rc0 = pgn__cues_builtin(doc->arena, &cues, err);
    if (rc0) return rc0;
    pgn__qm_cursor cur = {.cues = &cues};
    /* two workspaces: this sentence's and the one before */
    void *mem[2] = {NULL, NULL};
    uint32_t *grp = NULL;
    pgn__qm_sent sv[2];
    size_t last = SIZE_MAX, k = 0;
    int rc = 0;
    for (size_t si = 0; si < doc->sentences.n && !rc; si++) {
        const pgn__sentence *st = &doc->sentences.v[si];
        uint32_t n = st->n_tokens;
        if (n < 3 || n > 400) continue;
        int have_prev = last != SIZE_MAX && last + 1 == si;
        last = si;
        unsigned w = (unsigned)(++k & 1);
        free(mem[w]);
        free(grp);
        mem[w] = malloc(pgn__qm_bytes(n));
        grp = malloc(n * sizeof *grp);
        if (!mem[w] || !grp) {
            rc = PGN_ENOMEM;
            break;
        }
        pgn__qm_sent *s = &sv[w];
        pgn__qm_prepare(s, &cur, doc, si, qs, qs->n, mem[w]);
        unsigned char *lab = malloc(n);
        if (!lab) {
            rc = PGN_ENOMEM;
            break;
        }
        pgn__qm_gold_cue_words(s, attr, n_attr, grp, lab);
        for (uint32_t i = 0; i < n && !rc; i++) {
            if (!pgn__qm_candidate(s, i)) continue;
            /* the other words of a gold cue are no instances (see pgn__qm_gold_cue_words) */
            if (lab[i] == 2) continue;
            rc = vecs_push(&t->cue, f, pgn__qm_features(s, i, f), &t->label);
            if (!rc) t->label[t->cue.n - 1] = lab[i];
        }
        free(lab);
        if (!rc) rc = add_sources(t, s, have_prev ? &sv[w ^ 1] : NULL, attr, n_attr, grp);
    }
    free(mem[0]);
    free(mem[1]);
    free(grp);
    if (rc) return pgn__err(err, PGN_ENOMEM, NULL, -1, -1, "no memory for training");
    return 0;
}

static uint64_t splitmix(uint64_t *x) {
    uint64_t z = (*x += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

static void shuffle(size_t *order, size_t n, uint64_t *rng) {
    for (size_t i = n; i > 1; i--) {
        size_t j = (size_t)(splitmix(rng) % i);
        size_t x = order[i - 1];
        order[i - 1] = order[j];
        order[j] = x;
    }
}

/* The cue tagger: two classes, one instance per candidate word; the
** perceptron is left in *lt (initialised here; the caller frees it). */
static int train_cues(const pgn_quote_trainer *t, unsigned epochs, uint64_t *rng, size_t *order,
                      pgn__lt *ltp) {
    pgn__lt lt;
    if (pgn__lt_init(&lt, 2)) return PGN_ENOMEM;
    for (size_t i = 0; i < t->cue.n; i++) order[i] = i;
    int rc = 0;
    for (unsigned e = 0; e < epochs && !rc; e++) {
        shuffle(order, t->cue.n, rng);
        for (size_t k = 0; k < t->cue.n && !rc; k++) {
            size_t i = order[k];
            const uint64_t *f = t->cue.feat + t->cue.off[i];
            size_t nf = t->cue.off[i + 1] - t->cue.off[i];
            float sc[2] = {0, 0};
            lt.now++;
            pgn__lt_score(&lt, f, nf, sc);
            uint32_t guess = sc[1] > sc[0], gold = t->label[i];
            if (guess != gold) {
                rc = pgn__lt_update(&lt, f, nf, gold, 1.0f);
                if (!rc) rc = pgn__lt_update(&lt, f, nf, guess, -1.0f);
            }
        }
    }
    *ltp = lt;
    return rc;
}

/* The source ranker: one class, a score per candidate; the best wins
** (the perceptron is left in *ltp, as for train_cues). */
static int train_sources(const pgn_quote_trainer *t, unsigned epochs, uint64_t *rng, size_t *order,
                         pgn__lt *ltp) {
    pgn__lt lt;
    if (pgn__lt_init(&lt, 1)) return PGN_ENOMEM;
    for (size_t j = 0; j < t->n_src; j++) order[j] = j;
    int rc = 0;
    for (unsigned e = 0; e < epochs && !rc; e++) {
        shuffle(order, t->n_src, rng);
        for (size_t k = 0; k < t->n_src && !rc; k++) {
            size_t j = order[k], lo = t->first[j], hi = t->first[j + 1], guess = lo;
            float best = 0;
            lt.now++;
            for (size_t i = lo; i < hi; i++) {
                float sc = 0;
                pgn__lt_score(&lt, t->src.feat + t->src.off[i], t->src.off[i + 1] - t->src.off[i], &sc);
                if (i == lo || sc > best) {
                    best = sc;
                    guess = i;
                }
            }
            size_t gold = lo + t->gold[j];
            if (guess == gold) continue;
            rc = pgn__lt_update(&lt, t->src.feat + t->src.off[gold],
                                t->src.off[gold + 1] - t->src.off[gold], 0, 1.0f);
            if (!rc)
                rc = pgn__lt_update(&lt, t->src.feat + t->src.off[guess],
                                    t->src.off[guess + 1] - t->src.off[guess], 0, -1.0f);
        }
    }
    *ltp = lt;
    return rc;
}

int pgn_quote_trainer_set_ensemble(pgn_quote_trainer *t, unsigned k, pgn_error *err) {
    pgn__err_clear(err);
    if (!t) return pgn__err(err, PGN_EINVAL, NULL, -1, -1, "NULL argument");
    if (k > PGN__QM_MAX_ENSEMBLE)
        return pgn__err(err, PGN_EINVAL, NULL, -1, -1, "at most %d models in an ensemble",
                        PGN__QM_MAX_ENSEMBLE);
    t->ensemble = k;
    return 0;
}

/* Trains k members, member m from seed + m with its own shuffles (its cue
** tagger first, then its ranker, on one random stream, as a single model
** always was), and compacts the soups of their cue taggers and rankers. */
static int train_members(const pgn_quote_trainer *t, unsigned epochs, uint64_t seed, unsigned k,
                         size_t *order, pgn__lin *cue, pgn__lin *src) {
    pgn__lt lc[PGN__QM_MAX_ENSEMBLE], ls[PGN__QM_MAX_ENSEMBLE];
    const pgn__lt *pc[PGN__QM_MAX_ENSEMBLE], *ps[PGN__QM_MAX_ENSEMBLE];
    memset(lc, 0, sizeof lc);
    memset(ls, 0, sizeof ls);
    int rc = 0;
    for (unsigned m = 0; m < k && !rc; m++) {
        uint64_t rng = seed + m;
        rc = train_cues(t, epochs, &rng, order, &lc[m]);
        if (!rc) rc = train_sources(t, epochs, &rng, order, &ls[m]);
        pc[m] = &lc[m];
        ps[m] = &ls[m];
    }
    if (!rc) rc = pgn__lt_compact_mean(pc, k, 0.01f, cue);
    if (!rc) rc = pgn__lt_compact_mean(ps, k, 0.01f, src);
    for (unsigned m = 0; m < k; m++) {
        pgn__lt_free(&lc[m]);
        pgn__lt_free(&ls[m]);
    }
    return rc;
}

int pgn_quote_trainer_save(pgn_quote_trainer *t, unsigned epochs, uint64_t seed,
                           const char *path, pgn_error *err) {
    pgn__err_clear(err);
    if (!t || !path) return pgn__err(err, PGN_EINVAL, NULL, -1, -1, "NULL argument");
    if (t->cue.n == 0) return pgn__err(err, PGN_EINVAL, NULL, -1, -1, "no training tokens");
    size_t *order = malloc((t->cue.n > t->n_src ? t->cue.n : t->n_src) * sizeof *order);
    if (!order) return pgn__err(err, PGN_ENOMEM, NULL, -1, -1, "no memory for training");
    pgn__lin cue, src;
    memset(&cue, 0, sizeof cue);
    memset(&src, 0, sizeof src);
    if (!epochs) epochs = 5;
    int rc = train_members(t, epochs, seed, t->ensemble > 1 ? t->ensemble : 1, order, &cue, &src);
    free(order);
    if (rc) {
        pgn__lin_free(&cue);
        pgn__lin_free(&src);
        return pgn__err(err, rc, NULL, -1, -1, "no memory for training");
    }
    pgn__wbuf w = {0};
    pgn__w_u32(&w, PGN__QM_VERSION);
    pgn__w_u32(&w, PGN__QM_CUE_BIAS);
    pgn__w_lin(&w, &cue);
    pgn__w_lin(&w, &src);
    pgn__lin_free(&cue);
    pgn__lin_free(&src);
    if (w.oom) {
        free(w.b);
        return pgn__err(err, PGN_ENOMEM, NULL, -1, -1, "no memory for the model file");
    }
    rc = pgn__model_save(path, PGN__MODEL_QUOTES, &w, PGN__MODEL_DEFLATED, err);
    free(w.b);
    return rc;
}
