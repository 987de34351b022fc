/* src/text/align.h -- the CoNLL 2018 shared-task alignment (internal).
**
** Scores a system's tokens, words and sentences against gold ones over the
** same text, as conll18_ud_eval does: every unit is a span of character
** positions in the text with all white space removed, so the two sides need
** not agree on spacing.  Units match when their spans are equal; words
** inside multi-word tokens are matched by the longest common subsequence of
** their (case-folded) forms within the region the multi-word tokens cover.
** Used by `peregrine eval tokenize` (cli/eval_tokenize.c) and reused by the
** dependency scorer for raw-text evaluation (gold_for_sys maps words).
*/
#ifndef PGN_TEXT_ALIGN_H
#define PGN_TEXT_ALIGN_H

#include <stddef.h>

#include "base/arena.h"

typedef struct pgn__aspan {
    size_t start, end;       /* non-space character positions, end exclusive */
} pgn__aspan;

typedef struct pgn__aword {
    pgn__aspan span;         /* the word's span; its token's for MWT parts */
    const char *form;
    int mwt;                 /* part of a multi-word token */
} pgn__aword;

typedef struct pgn__prf {
    size_t gold, sys, correct;
} pgn__prf;

/* Counts equal spans of two lists, each in text order. */
void pgn__align_spans(const pgn__aspan *gold, size_t n_gold, const pgn__aspan *sys,
                      size_t n_sys, pgn__prf *out);

/* Aligns words.  When sys_of_gold is not NULL it receives, for each gold
** word, the index of its aligned system word or -1.  Scratch memory (the LCS
** tables) comes from arena.  Returns 0 or PGN_ENOMEM. */
int pgn__align_words(const pgn__aword *gold, size_t n_gold, const pgn__aword *sys,
                     size_t n_sys, pgn__arena *arena, long *sys_of_gold, pgn__prf *out);

double pgn__prf_precision(const pgn__prf *p);
double pgn__prf_recall(const pgn__prf *p);
double pgn__prf_f1(const pgn__prf *p);

#endif
