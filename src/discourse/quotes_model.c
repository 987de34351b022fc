/* src/discourse/quotes_model.c -- the learned attribution model: its file
** and the cue-word tagger (quotes_train.c trains it on PolNeAR-style
** annotations; quotes_feats.c: features; quotes_attr.c: cues to
** attributions; quotes_source.c: the source ranker).
**
** Why: PolNeAR-style attribution is far broader than speech verbs: belief,
** knowledge, intention, stance nouns and adjectives ("support for",
** "their view", "is confident"), and no lexicon lists them all.  An
** averaged perceptron (src/nlp/linear.c) labels each parsed token cue or
** not from its word, tags, dependency relation, head and children,
** neighbours and whether it stands inside quotation marks.  A second one
** ranks each cue's candidate sources (quotes_source.c); the parse gives
** its content (clausal complement, else the largest argument).
**
** The rules (quotes.c, quotes_parse.c) keep their quotes: the model only
** adds attributions whose cue no rule quote has, outside direct quotes.
*/
#include <stdlib.h>
#include <string.h>

#include "base/error.h"
#include "discourse/discourse.h"
#include "discourse/quotes_model.h"

/* The tagger's verdict on a word of features f[0..nf): 1 a cue word. */
static unsigned char is_cue(const struct pgn_quote_model *m, const uint64_t *f, size_t nf) {
    if (m->cue_sum.slot) return pgn__lin_sum_score(&m->cue_sum, f, nf) + m->bias > 0;
    int32_t sc[2] = {0, 0};
    pgn__lin_score(&m->lin, f, nf, sc);
    return sc[1] + m->bias > sc[0];
}

static unsigned char cue_word(const struct pgn_quote_model *m, const pgn__qm_sent *s, uint32_t i) {
    uint64_t f[PGN__QM_MAX_FEATS];
    return is_cue(m, f, pgn__qm_features(s, i, f));
}

/* The first word from i on to be asked first that is a candidate (n:
** none); the words to be asked it passes are asked (no candidate, no cue). */
static uint32_t next_first(const pgn__qm_sent *s, unsigned char *need, uint32_t i) {
    for (; i < s->n; i++) {
        if (need[i] != 1) continue;
        if (pgn__qm_candidate(s, i)) return i;
        need[i] = 2;
    }
    return s->n;
}

int32_t pgn__qs_score(const struct pgn_quote_model *m, const uint64_t *f, size_t nf) {
    if (m->src_sum.slot) return pgn__lin_sum_score(&m->src_sum, f, nf);
    int32_t sc = 0;
    pgn__lin_score(&m->src, f, nf, &sc);
    return sc;
}

void pgn__qs_prefetch(const struct pgn_quote_model *m, const uint64_t *f, size_t nf) {
    if (m->src_sum.slot) pgn__lin_sum_prefetch(&m->src_sum, f, nf);
}

/* The one-number tables of a model of one or two classes, when they can be
** built (else the model stays as read: 0 all the same); PGN_ENOMEM. */
static int sum_table(pgn__lin *lin, pgn__lin_sum *sum) {
    int rc = pgn__lin_sum_build(lin, sum);
    if (rc == PGN_ENOMEM) return rc;
    if (!rc) pgn__lin_free(lin);
    return 0;
}

/* Asks word y (-1: none) unless it was asked; a cue word goes on the stack. */
static void ask(const struct pgn_quote_model *m, const pgn__qm_sent *s, int32_t y,
                unsigned char *asked, uint32_t *stack, uint32_t *top, unsigned char *cue) {
    if (y < 0 || asked[y] == 2) return;
    asked[y] = 2;
    if (pgn__qm_candidate(s, (uint32_t)y) && (cue[y] = cue_word(m, s, (uint32_t)y)))
        stack[(*top)++] = (uint32_t)y;
}

void pgn__qm_tag(const struct pgn_quote_model *m, const pgn__qm_sent *s, unsigned char *need,
                 uint32_t *stack, unsigned char *cue) {
    /* need[i]: 0 not asked (yet), 1 to be asked first, 2 asked */
    uint32_t n = s->n, top = 0;
    memset(cue, 0, n);
    /* the words to be asked first, as ask() would in text order; the next
    ** one's features are taken and their slots fetched before this one is
    ** scored, so that its cache misses overlap this one's */
    uint64_t f[2][PGN__QM_MAX_FEATS];
    size_t nf[2] = {0, 0};
    unsigned cur = 0;
    uint32_t i = next_first(s, need, 0);
    if (i < n) nf[0] = pgn__qm_features(s, i, f[0]);
    while (i < n) {
        uint32_t j = next_first(s, need, i + 1);
        if (j < n) {
            nf[cur ^ 1] = pgn__qm_features(s, j, f[cur ^ 1]);
            if (m->cue_sum.slot) pgn__lin_sum_prefetch(&m->cue_sum, f[cur ^ 1], nf[cur ^ 1]);
        }
        need[i] = 2;
        if ((cue[i] = is_cue(m, f[cur], nf[cur]))) stack[top++] = i;
        cur ^= 1;
        i = j;
    }
    /* then the words linked to a cue word as the groups join them (head,
    ** children, neighbours), until no new cue word turns up; each word is
    ** asked once, so the stack holds n at most */
    while (top > 0) {
        uint32_t x = stack[--top];
        ask(m, s, s->parent[x], need, stack, &top, cue);
        ask(m, s, x > 0 ? (int32_t)x - 1 : -1, need, stack, &top, cue);
        ask(m, s, x + 1 < n ? (int32_t)x + 1 : -1, need, stack, &top, cue);
        for (int32_t c = s->child[x]; c >= 0; c = s->sib[c]) ask(m, s, c, need, stack, &top, cue);
    }
}

/* ------------------------------------------------------- model file */

int pgn_quote_model_open(const char *path, pgn_quote_model **out, pgn_error *err) {
    pgn__err_clear(err);
    if (!path || !out) return pgn__err(err, PGN_EINVAL, NULL, -1, -1, "NULL argument");
    *out = NULL;
    pgn__model_bytes mb;
    int rc = pgn__model_open(path, PGN__MODEL_QUOTES, &mb, err);
    if (rc) return rc;
    pgn_quote_model *m = calloc(1, sizeof *m);
    if (!m) {
        pgn__model_release(&mb);
        return pgn__err(err, PGN_ENOMEM, path, -1, -1, "no memory for the quotes model");
    }
    pgn__rbuf r = {mb.b, mb.len, 0, 0};
    uint32_t version = pgn__r_u32(&r);
    m->bias = (int32_t)pgn__r_u32(&r);
    if (r.bad || version != PGN__QM_VERSION || pgn__r_lin(&r, &m->lin) || r.bad ||
        m->lin.n_classes != 2 || pgn__r_lin(&r, &m->src) || r.bad || m->src.n_classes != 1 ||
        r.off != r.len) {
        pgn__model_release(&mb);
        pgn_quote_model_close(m);
        return pgn__err(err, PGN_EFORMAT, path, -1, -1, "damaged quotes model (bad payload)");
    }
    pgn__model_release(&mb);
    if (sum_table(&m->lin, &m->cue_sum) || sum_table(&m->src, &m->src_sum) ||
        !(m->cue_arena = pgn__arena_new(0))) {
        pgn_quote_model_close(m);
        return pgn__err(err, PGN_ENOMEM, path, -1, -1, "no memory for the quotes model");
    }
    if ((rc = pgn__cues_builtin(m->cue_arena, &m->cues, err)) != 0) {
        pgn_quote_model_close(m);
        return rc;
    }
    if (pgn__quotes_words(m->cue_arena, &m->cues.words)) {
        pgn_quote_model_close(m);
        return pgn__err(err, PGN_ENOMEM, path, -1, -1, "no memory for the quotes model");
    }
    *out = m;
    return 0;
}

void pgn_quote_model_close(pgn_quote_model *m) {
    if (!m) return;
    pgn__lin_free(&m->lin);
    pgn__lin_free(&m->src);
    pgn__lin_sum_free(&m->cue_sum);
    pgn__lin_sum_free(&m->src_sum);
    pgn__arena_free(m->cue_arena);
    free(m);
}

