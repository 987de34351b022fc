/* src/nlp/conllu.h -- CoNLL-U treebanks in memory (internal to src/nlp and
** the CLI's train/parse/eval commands).
**
** A treebank owns one arena holding its text; every string below points
** into it.  Comments, multi-word token ranges ("3-4") and empty nodes
** ("5.1") are kept verbatim, each anchored before a word, so that a file
** read and written again keeps them in place.
*/
#ifndef PGN_NLP_CONLLU_H
#define PGN_NLP_CONLLU_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "base/arena.h"
#include "peregrine.h"

typedef struct pgn__ud_word {
    const char *form, *lemma, *upos, *xpos, *feats, *deprel, *deps, *misc;
    int head;                /* 0 root, 1..n, -1 when "_" */
} pgn__ud_word;

enum { PGN__UD_COMMENT = 0, PGN__UD_RANGE = 1, PGN__UD_EMPTY = 2 };

typedef struct pgn__ud_extra {
    uint32_t before;         /* comes before word index `before` (0-based) */
    uint32_t kind;           /* PGN__UD_* */
    uint32_t first, last;    /* word ids of a range (1-based) */
    const char *line;        /* verbatim line, in the treebank arena */
} pgn__ud_extra;

typedef struct pgn__ud_sent {
    pgn__ud_word *w;         /* n words, in the treebank arena */
    uint32_t n;
    pgn__ud_extra *x;        /* n_x extra lines, in order */
    uint32_t n_x;
    long line;               /* line of the sentence's first line */
} pgn__ud_sent;

typedef struct pgn__treebank {
    pgn__arena *arena;       /* owns everything */
    pgn__ud_sent *s;
    size_t n, cap;
    size_t n_words;
} pgn__treebank;

/* Reads a CoNLL-U file (name used in messages).  Errors name the file and
** line: wrong column count, bad or out-of-order ids, heads outside the
** sentence, invalid UTF-8, empty forms. */
int pgn__conllu_read_file(const char *path, pgn__treebank **out, pgn_error *err);
int pgn__conllu_read_mem(const char *name, const char *buf, size_t len,
                         pgn__treebank **out, pgn_error *err);
void pgn__treebank_free(pgn__treebank *tb);

/* Appends one sentence followed by a blank line to w (a pgn__wbuf from
** nlp_int.h); returns 0 or PGN_ENOMEM. */
struct pgn__wbuf;
int pgn__conllu_write_sent(struct pgn__wbuf *w, const pgn__ud_sent *s);

#endif
