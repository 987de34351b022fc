/* src/text/gold.h -- a CoNLL-U gold file read for scoring the text stage
** (internal).
**
** Only what scoring and training the splitter need: the raw text rebuilt
** from the `# text =` lines as the CoNLL 2018 shared task did (sentences of
** a paragraph joined by a space, paragraphs by a newline, documents by a
** blank line), the paragraphs' byte spans, and the gold tokens, words and
** sentences as spans of non-space positions (align.h).  The full CoNLL-U
** reader is src/nlp's.  Used by eval_tokenize.c, boundary_train.c and
** src/nlp/eval_raw.c.
*/
#ifndef PGN_TEXT_GOLD_H
#define PGN_TEXT_GOLD_H

#include <stddef.h>
#include <stdint.h>

#include "align.h"
#include "base/arena.h"
#include "peregrine.h"
#include "text.h"

typedef PGN__VEC(char) pgn__char_vec;
typedef PGN__VEC(pgn__aspan) pgn__span_vec;
typedef PGN__VEC(pgn__aword) pgn__word_vec;

typedef struct pgn__gold {
    pgn__arena *arena;          /* everything below lives in it */
    const char *path;
    pgn__char_vec raw;          /* rebuilt raw text, NUL-terminated (raw.n - 1 bytes) */
    pgn__span_vec paragraphs;   /* byte spans of raw */
    pgn__span_vec tokens, sentences;   /* non-space positions */
    pgn__word_vec words;
    size_t pos;                 /* non-space bytes in all */
    size_t n_docs;
    uint32_t *pos_of_byte;      /* non-space position of each byte of raw (and its end) */
    uint32_t *byte_of_pos;      /* byte of each non-space position (and the end) */
} pgn__gold;

/* Reads the file at path into g (memory from arena).  0 or a negative
** pgn_status; syntax errors name the file and line. */
int pgn__gold_read(const char *path, pgn__arena *arena, pgn__gold *g, pgn_error *err);

/* The system side of a gold file: our tokenizer and splitter run on each
** paragraph of g's raw text (as `eval tokenize` scores them).  toks and
** sents are what pgn__segment gives; tokens, sentences and words are the
** same as spans of non-space positions for align.h, words.v[i] being
** toks.v[i].  Memory from g's arena.  Defined in eval_tokenize.c; also used
** by src/nlp's raw-text evaluation. */
typedef struct pgn__gold_sys {
    pgn__token_vec toks;
    pgn__sentence_vec sents;
    pgn__span_vec tokens, sentences;
    pgn__word_vec words;
} pgn__gold_sys;
int pgn__gold_segment(pgn__gold *g, pgn__gold_sys *out, pgn_error *err);

#endif
