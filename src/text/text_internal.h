/* src/text/text_internal.h -- the two halves of pgn__segment (text.h),
** exposed to each other and to the unit tests. */
#ifndef PGN_TEXT_INTERNAL_H
#define PGN_TEXT_INTERNAL_H

#include "text.h"

/* tokenize.c: appends the tokens of text[off, end) to tokens. */
int pgn__tokenize(const char *text, size_t off, size_t end, pgn__arena *arena,
                  pgn__token_vec *tokens, pgn_error *err);

/* sentence.c: groups tokens->v[first, tokens->n) (one block) into
** sentences appended to sentences.  It may split an abbreviation that ends
** a sentence into the word and its dot (adding a token). */
int pgn__split_sentences(pgn__token_vec *tokens, size_t first, uint32_t block,
                         pgn__arena *arena, pgn__sentence_vec *sentences,
                         pgn_error *err);

/* sentence.c: the rule-based splitter's decision after token i of a
** sentence that began at token start (i + 1 < n): the index of the next
** sentence's first token (after any closing quotes), or 0. */
size_t pgn__rule_end(const pgn__token *v, size_t start, size_t i, size_t n);

#endif
