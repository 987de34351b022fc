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

typedef pgn_code_text_fn pgn__code_text_fn;
typedef pgn_event_scores pgn__event_scores;

/* Scores the gold JSONL text (name for messages).  Per-item problems in
** the gold file are errors (file and line); coder failures are counted. */
int pgn__score_events(const char *name, const char *gold, size_t len, pgn__code_text_fn fn,
                      void *ctx, pgn__event_scores *out, pgn_error *err);
/* The same, reporting each line's errors to efn (may be NULL). */
int pgn__score_events_errors(const char *name, const char *gold, size_t len, pgn__code_text_fn fn,
                             void *ctx, pgn_score_errors_fn efn, void *ectx,
                             pgn__event_scores *out, pgn_error *err);
int pgn__score_events_file(const char *path, pgn__code_text_fn fn, void *ctx,
                           pgn__event_scores *out, pgn_error *err);
int pgn__score_events_file_errors(const char *path, pgn__code_text_fn fn, void *ctx,
                                  pgn_score_errors_fn efn, void *ectx, pgn__event_scores *out,
                                  pgn_error *err);

#endif
