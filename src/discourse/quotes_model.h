/* src/discourse/quotes_model.h -- the learned attribution-cue detector
** (internal).
**
** quotes_model.c: features of a parsed token, the model file, and the
** attributions the model adds to the rules' quotes.  quotes_train.c: the
** trainer (`peregrine train quotes`).
*/
#ifndef PGN_DISCOURSE_QUOTES_MODEL_H
#define PGN_DISCOURSE_QUOTES_MODEL_H

#include "discourse/quotes.h"
#include "nlp/nlp_int.h"

/* Model file kind (the PGNM header of src/nlp/model_io.c); tagger and
** parser are 1 and 2. */
#define PGN__MODEL_QUOTES 3
#define PGN__QM_VERSION 1
#define PGN__QM_MAX_FEATS 96

struct pgn_quote_model {
    pgn__lin lin;            /* classes: 0 not a cue, 1 cue word */
    int32_t bias;            /* added to the cue score (0: the trained boundary) */
};

/* Per-sentence view the features read: 0-based heads and the tokens
** inside quotation marks. */
typedef struct pgn__qm_sent {
    const pgn__token *tk;
    uint32_t n;
    const int32_t *parent;       /* -1: root */
    const unsigned char *inq;    /* 1 inside quotation marks */
    const unsigned char *rule;   /* PGN__QM_R* bits: what the rules' quotes say */
} pgn__qm_sent;

/* What the rules' quotes (quotes.c, quotes_parse.c) make of a token: the
** model learns where to trust them. */
#define PGN__QM_RCUE 1u       /* in the cue of a word-rule quote */
#define PGN__QM_RFRAME 2u     /* in the cue of a parse frame */
#define PGN__QM_RSRC 4u       /* in a speaker */
#define PGN__QM_RCONTENT 8u   /* in an indirect quote's content */
#define PGN__QM_RDIRECT 16u   /* in a direct quote's content */

/* Fills rule[] (n tokens from doc token `first`) from qs->v[0 .. n_rules). */
void pgn__qm_rules(const pgn_doc *doc, uint32_t first, uint32_t n, const pgn__quote_vec *qs,
                   size_t n_rules, unsigned char *rule);

/* Fills parent[] and inq[] for sentence si of doc (arrays of n). */
void pgn__qm_prepare(const pgn_doc *doc, size_t si, int32_t *parent, unsigned char *inq);
/* The features of token i; returns their number (<= PGN__QM_MAX_FEATS). */
size_t pgn__qm_features(const pgn__qm_sent *s, uint32_t i, uint64_t *f);
/* Cue-word scores of a sentence: cue[i] = 1 where the model says cue. */
void pgn__qm_tag(const struct pgn_quote_model *m, const pgn__qm_sent *s, unsigned char *cue);
/* Adds to qs (holding the rules' quotes) the attributions of the model's
** cues that no rule quote has: cue, its source from the parse, content;
** drops the rules' indirect quotes whose cue the model does not call a
** cue. */
int pgn__quotes_from_model(pgn_doc *doc, const struct pgn_quote_model *m, pgn__quote_vec *qs);

#endif
