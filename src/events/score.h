/* src/events/score.h -- scoring coded events against a gold file (internal).
**
** The gold file is JSON Lines, one sentence (or short text) per line:
**   {"id": "d0001", "date": "2024-03-05", "text": "...",
**    "events": [{"plover": "ASSAULT", "cameo": "190", "source": "RUS",
**                "target": "UKR", "factuality": "asserted"}],
**    "tags": ["passive"]}
** "source"/"target" are CAMEO actor codes or null; a gold code matches a
** system code that starts with it ("RUS" matches "RUSGOV", not the reverse).
** "cameo" is optional (its root is scored when given); "negated": true marks
** a gold event that must not be output as a plain event.
**
** The scorer codes each text through a caller-given function, so the full
** pipeline (parser, actors, events) is plugged in by the caller.
*/
#ifndef PGN_EVENTS_SCORE_H
#define PGN_EVENTS_SCORE_H

#include <stddef.h>

#include "peregrine.h"

/* Codes one text: a document with its events, which the scorer frees. */
typedef int (*pgn__code_text_fn)(void *ctx, const char *text, size_t len, const char *date,
                                 pgn_doc **out, pgn_error *err);

typedef struct pgn__event_scores {
    size_t items;            /* gold lines scored */
    size_t coding_errors;    /* lines the coder failed on */
    size_t gold, sys;        /* events (not negated) */
    size_t matched;          /* whole events: category + source + target */
    size_t aligned;          /* gold events paired with some system event */
    size_t cat_ok, src_ok, tgt_ok;   /* among gold events (unpaired count as wrong) */
    size_t root_gold, root_ok;       /* gold events with a cameo code; right root */
    size_t fact_ok;          /* whole matches with the right factuality */
    size_t gold_negated, negated_ok; /* negated gold events; output negated or not at all */
    double precision, recall, f1, cat_acc, src_acc, tgt_acc, root_acc, fact_acc;
} pgn__event_scores;

/* Scores the gold JSONL text (name for messages).  Per-item problems in
** the gold file are errors (file and line); coder failures are counted. */
int pgn__score_events(const char *name, const char *gold, size_t len, pgn__code_text_fn fn,
                      void *ctx, pgn__event_scores *out, pgn_error *err);
int pgn__score_events_file(const char *path, pgn__code_text_fn fn, void *ctx,
                           pgn__event_scores *out, pgn_error *err);

#endif
