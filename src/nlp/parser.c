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
**
** This file holds the model: its labels, loading, saving and freeing.
** The rest is split by task, sharing parser_int.h: parser_features.c
** (the transition state, features and choice of action),
** parser_greedy.c (greedy runs and the shortcuts a branch takes),
** parser_branching.c (parsing a sentence; the selectional-branching
** search) and parser_train.c (training).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <math.h>

#include "base/error.h"
#include "parser_int.h"

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
    p->root_label = pgn__parser_root_label_of(p);
    p->dep_label = pgn__parser_label_id(p, "dep");
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
