/* src/discourse/quotes_train.c -- trains the cue detector of
** quotes_model.c: an averaged perceptron (src/nlp/linear.c) over the
** parsed tokens of annotated documents, a token labelled cue when it lies
** inside a gold cue span.
**
** The trainer keeps every token's features (a few hundred bytes each; the
** PolNeAR training split is ~500,000 tokens), then runs the epochs over
** them in an order shuffled by the seed: the same documents, epochs and
** seed give the same file.
*/
#include <stdlib.h>
#include <string.h>

#include "base/error.h"
#include "discourse/discourse.h"
#include "discourse/quotes_model.h"

struct pgn_quote_trainer {
    uint64_t *feat;          /* all instances' features, concatenated */
    size_t n_feat, cap_feat;
    size_t *off;             /* instance i: feat[off[i] .. off[i + 1]) */
    unsigned char *label;
    size_t n, cap;
};

pgn_quote_trainer *pgn_quote_trainer_new(void) { return calloc(1, sizeof(pgn_quote_trainer)); }

void pgn_quote_trainer_free(pgn_quote_trainer *t) {
    if (!t) return;
    free(t->feat);
    free(t->off);
    free(t->label);
    free(t);
}

static int push(pgn_quote_trainer *t, const uint64_t *f, size_t nf, int label) {
    if (t->n_feat + nf > t->cap_feat) {
        size_t c = t->cap_feat ? t->cap_feat * 2 : 1 << 16;
        while (c < t->n_feat + nf) c *= 2;
        uint64_t *p = realloc(t->feat, c * sizeof *p);
        if (!p) return PGN_ENOMEM;
        t->feat = p;
        t->cap_feat = c;
    }
    if (t->n + 2 > t->cap) {
        size_t c = t->cap ? t->cap * 2 : 1 << 12;
        size_t *o = realloc(t->off, c * sizeof *o);
        if (o) t->off = o;
        unsigned char *l = realloc(t->label, c);
        if (l) t->label = l;
        if (!o || !l) return PGN_ENOMEM;
        t->cap = c;
    }
    if (t->n == 0) t->off[0] = 0;
    memcpy(t->feat + t->n_feat, f, nf * sizeof *f);
    t->n_feat += nf;
    t->label[t->n] = (unsigned char)label;
    t->off[++t->n] = t->n_feat;
    return 0;
}

int pgn_quote_trainer_add(pgn_quote_trainer *t, pgn_doc *doc, const size_t *cues,
                          size_t n_cues, pgn_error *err) {
    pgn__err_clear(err);
    if (!t || !doc || (n_cues && !cues)) return pgn__err(err, PGN_EINVAL, NULL, -1, -1, "NULL argument");
    if (doc->tokens.n == 0 || !doc->tokens.v[0].deprel)
        return pgn__err(err, PGN_EINVAL, doc->meta.source, -1, -1,
                        "the quotes model trains on parsed documents");
    /* the rules' quotes, which the model reads as features */
    int rc0 = pgn__quotes_find(doc, NULL, err);
    if (rc0) return rc0;
    const pgn__quote_vec *qs = &doc->discourse->quotes;
    uint64_t f[PGN__QM_MAX_FEATS];
    pgn__qm_cursor cur = {0, 0};
    for (size_t si = 0; si < doc->sentences.n; si++) {
        const pgn__sentence *st = &doc->sentences.v[si];
        uint32_t n = st->n_tokens;
        if (n < 3 || n > 400) continue;
        void *mem = malloc(pgn__qm_bytes(n));
        if (!mem) return pgn__err(err, PGN_ENOMEM, NULL, -1, -1, "no memory for training");
        pgn__qm_sent s;
        pgn__qm_prepare(&s, &cur, doc, si, qs, qs->n, mem);
        int rc = 0;
        for (uint32_t i = 0; i < n && !rc; i++) {
            const pgn__token *tk = &s.tk[i];
            if (!pgn__qm_candidate(&s, i)) continue;
            int lab = 0;
            for (size_t c = 0; c < n_cues && !lab; c++)
                lab = tk->cstart < cues[2 * c + 1] && cues[2 * c] < tk->cend;
            rc = push(t, f, pgn__qm_features(&s, i, f), lab);
        }
        free(mem);
        if (rc) return pgn__err(err, PGN_ENOMEM, NULL, -1, -1, "no memory for training");
    }
    return 0;
}

static uint64_t splitmix(uint64_t *x) {
    uint64_t z = (*x += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

int pgn_quote_trainer_save(pgn_quote_trainer *t, unsigned epochs, uint64_t seed,
                           const char *path, pgn_error *err) {
    pgn__err_clear(err);
    if (!t || !path) return pgn__err(err, PGN_EINVAL, NULL, -1, -1, "NULL argument");
    if (t->n == 0) return pgn__err(err, PGN_EINVAL, NULL, -1, -1, "no training tokens");
    size_t *order = malloc(t->n * sizeof *order);
    pgn__lt lt;
    if (!order || pgn__lt_init(&lt, 2)) {
        free(order);
        return pgn__err(err, PGN_ENOMEM, NULL, -1, -1, "no memory for training");
    }
    for (size_t i = 0; i < t->n; i++) order[i] = i;
    uint64_t rng = seed;
    int rc = 0;
    for (unsigned e = 0; e < (epochs ? epochs : 5) && !rc; e++) {
        for (size_t i = t->n; i > 1; i--) {
            size_t j = (size_t)(splitmix(&rng) % i);
            size_t x = order[i - 1];
            order[i - 1] = order[j];
            order[j] = x;
        }
        for (size_t k = 0; k < t->n && !rc; k++) {
            size_t i = order[k];
            const uint64_t *f = t->feat + t->off[i];
            size_t nf = t->off[i + 1] - t->off[i];
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
    free(order);
    pgn__lin lin;
    if (!rc) rc = pgn__lt_compact(&lt, 0.01f, &lin);
    pgn__lt_free(&lt);
    if (rc) return pgn__err(err, rc, NULL, -1, -1, "no memory for training");
    pgn__wbuf w = {0};
    pgn__w_u32(&w, PGN__QM_VERSION);
    pgn__w_u32(&w, 0);   /* bias */
    pgn__w_lin(&w, &lin);
    pgn__lin_free(&lin);
    if (w.oom) {
        free(w.b);
        return pgn__err(err, PGN_ENOMEM, NULL, -1, -1, "no memory for the model file");
    }
    rc = pgn__model_save(path, PGN__MODEL_QUOTES, &w, err);
    free(w.b);
    return rc;
}
