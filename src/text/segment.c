/* src/text/segment.c -- pgn__segment (text.h): tokenize.c, then sentence.c,
** over one block. */
#include <stdint.h>

#include "base/error.h"
#include "text_internal.h"

int pgn__segment(const char *text, size_t off, size_t end, uint32_t block,
                 pgn__arena *arena, pgn__token_vec *tokens,
                 pgn__sentence_vec *sentences, pgn_error *err) {
    if (off > end || (end > off && !text))
        return pgn__err(err, PGN_EINVAL, NULL, -1, -1, "bad span [%zu, %zu)", off, end);
    if (end > UINT32_MAX || tokens->n >= UINT32_MAX - (end - off))
        return pgn__err(err, PGN_ETOOBIG, NULL, -1, -1,
                        "text of %zu bytes is beyond the 4 GiB offsets of tokens", end);
    size_t first = tokens->n;
    int rc = pgn__tokenize(text, off, end, arena, tokens, err);
    if (rc) return rc;
    return pgn__split_sentences(tokens, first, block, arena, sentences, err);
}
