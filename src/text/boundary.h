/* src/text/boundary.h -- the learned sentence-boundary classifier.
**
** An averaged perceptron scores the gap after a token: a sentence ends
** there when the score is positive.  Its features (boundary.c) are hashed
** strings over the tokens around the gap: their shapes (terminal mark,
** closing quote, capitalised word, number...), their lower-cased forms, the
** length of the sentence so far, and the rule-based splitter's own
** decision, so the model learns where the rules err.  Only candidate gaps
** are scored (after a mark other than a comma or dash), which keeps the
** splitter fast.
**
** The weights are a generated, immutable open-addressing table in
** boundary_model.c (no loading, no global mutable state), written by
** pgn_train_sentence_splitter (boundary_train.c) from UD English EWT train;
** boundary_model.c's header gives the exact command and the sha256 of the
** training file.
*/
#ifndef PGN_TEXT_BOUNDARY_H
#define PGN_TEXT_BOUNDARY_H

#include <stddef.h>
#include <stdint.h>

#include "text.h"

/* One slot of the weight table: a feature hash (0: empty) and its weight,
** side by side so that a lookup touches one cache line. */
typedef struct pgn__bslot {
    uint32_t key;
    float weight;
} pgn__bslot;

typedef struct pgn__bmodel {
    uint32_t n_slots;        /* a power of two; 0: no model (rules only) */
    const pgn__bslot *slots;
} pgn__bmodel;

extern const pgn__bmodel pgn__boundary_model;

#define PGN__BF_MAX 24       /* most features of one gap */

/* Whether the gap after v[i] (i + 1 < n) is worth scoring; rule is the
** rule-based decision there. */
int pgn__boundary_candidate(const pgn__token *v, size_t i, int rule);

/* Per-block memo of token shapes and word hashes (on the caller's stack). */
typedef struct pgn__bctx {
    size_t idx[4];
    uint8_t shape[4];
    uint32_t word[4];
} pgn__bctx;

void pgn__bctx_init(pgn__bctx *c);

/* The features of the gap after v[i] in a sentence that began at v[start];
** rule is the rule-based decision there (1: a boundary).  Writes at most
** PGN__BF_MAX hashes (never 0) to out; returns how many.  c must be
** initialised for this token array. */
size_t pgn__boundary_features(pgn__bctx *c, const pgn__token *v, size_t start, size_t i,
                              size_t n, int rule, uint32_t *out);

/* The model's score of a feature set (sum of weights). */
float pgn__boundary_score(const pgn__bmodel *m, const uint32_t *f, size_t n_f);

/* Index of hash h's slot in a table of n_slots (a power of two): where it
** is, or the empty slot where it would go. */
static inline uint32_t pgn__bmodel_slot(const pgn__bslot *slots, uint32_t n_slots, uint32_t h) {
    uint32_t mask = n_slots - 1, k = (h * 2654435761u) & mask;
    while (slots[k].key && slots[k].key != h) k = (k + 1) & mask;
    return k;
}

#endif
