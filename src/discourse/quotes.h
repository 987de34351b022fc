/* src/discourse/quotes.h -- quotes and their attribution (internal).
**
** quotes.c finds direct quotes (quotation marks) and reported speech ("X
** said that ...", "according to X") in a document and attributes each to a
** speaker through a cue ("said", "according to"), with the cue words of
** data/lexicon/quote_cues.txt (cues.c).  Read by the JSON writers and by
** the events stage (a quote's speaker is the source of the events in it).
*/
#ifndef PGN_DISCOURSE_QUOTES_H
#define PGN_DISCOURSE_QUOTES_H

#include <stdint.h>

#include "base/arena.h"
#include "peregrine.h"

typedef struct pgn__span {
    int present;
    uint32_t start, end;     /* byte offsets */
    uint32_t cstart, cend;   /* character offsets */
} pgn__span;

typedef struct pgn__quote {
    int direct;
    int frame;               /* from a parse frame (quotes_parse.c) */
    int turn;                /* a transcript's labelled paragraph ("TAPPER: ..."):
                             ** the learned model keeps it as the rules made it */
    pgn__span content, speaker, cue;
    int32_t mention;         /* doc->mentions index covering the speaker, or -1 */
    const char *code;        /* that mention's actor code, or NULL */
    const char *date;        /* day of the cue's clause (pgn__day_at), or NULL */
} pgn__quote;

typedef PGN__VEC(pgn__quote) pgn__quote_vec;

#endif
