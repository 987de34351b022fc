/* src/text/segment.c -- STUB: whitespace tokens, one sentence per block.
** Replaced by tokenize.c and sentence.c. */
#include <string.h>

#include "base/error.h"
#include "text.h"

int pgn__segment(const char *text, size_t off, size_t end, uint32_t block,
                 pgn__arena *arena, pgn__token_vec *tokens,
                 pgn__sentence_vec *sentences, pgn_error *err) {
    size_t first = tokens->n;
    size_t i = off;
    while (i < end) {
        while (i < end && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t' || text[i] == '\r')) i++;
        if (i >= end) break;
        size_t s = i;
        while (i < end && !(text[i] == ' ' || text[i] == '\n' || text[i] == '\t' || text[i] == '\r')) i++;
        if (PGN__VEC_RESERVE(arena, *tokens)) return pgn__err(err, PGN_ENOMEM, NULL, -1, -1, "no memory");
        pgn__token *t = &tokens->v[tokens->n++];
        memset(t, 0, sizeof *t);
        t->start = (uint32_t)s;
        t->end = (uint32_t)i;
        t->head = -1;
        t->flags = i < end ? PGN__TOK_SPACE_AFTER : 0;
        if (!(t->form = pgn__arena_strndup(arena, text + s, i - s)))
            return pgn__err(err, PGN_ENOMEM, NULL, -1, -1, "no memory");
    }
    if (tokens->n == first) return 0;
    if (PGN__VEC_RESERVE(arena, *sentences)) return pgn__err(err, PGN_ENOMEM, NULL, -1, -1, "no memory");
    pgn__sentence *st = &sentences->v[sentences->n++];
    memset(st, 0, sizeof *st);
    st->first = (uint32_t)first;
    st->n_tokens = (uint32_t)(tokens->n - first);
    st->start = tokens->v[first].start;
    st->end = tokens->v[tokens->n - 1].end;
    st->block = block;
    return 0;
}
