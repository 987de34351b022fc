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

void pgn__qm_tag(const struct pgn_quote_model *m, const pgn__qm_sent *s, unsigned char *cue) {
    uint64_t f[PGN__QM_MAX_FEATS];
    for (uint32_t i = 0; i < s->n; i++) {
        cue[i] = 0;
        if (!pgn__qm_candidate(s, i)) continue;
        size_t nf = pgn__qm_features(s, i, f);
        int32_t sc[2] = {0, 0};
        pgn__lin_score(&m->lin, f, nf, sc);
        cue[i] = sc[1] + m->bias > sc[0];
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
    if (!(m->cue_arena = pgn__arena_new(0))) {
        pgn_quote_model_close(m);
        return pgn__err(err, PGN_ENOMEM, path, -1, -1, "no memory for the quotes model");
    }
    if ((rc = pgn__cues_builtin(m->cue_arena, &m->cues, err)) != 0) {
        pgn_quote_model_close(m);
        return rc;
    }
    *out = m;
    return 0;
}

void pgn_quote_model_close(pgn_quote_model *m) {
    if (!m) return;
    pgn__lin_free(&m->lin);
    pgn__lin_free(&m->src);
    pgn__arena_free(m->cue_arena);
    free(m);
}

