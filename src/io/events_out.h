/* src/io/events_out.h -- helpers shared by the event writers (internal).
**
** events_json.c, events_tsv.c and events_gdelt.c each write one format;
** this gives them the same view of a document's events: character spans of
** mentions and triggers, sentence text, dates split into parts, and a
** small buffered line writer for the tabular formats.
*/
#ifndef PGN_IO_EVENTS_OUT_H
#define PGN_IO_EVENTS_OUT_H

#include <stddef.h>
#include <stdint.h>

#include "doc/doc.h"
#include "events/events.h"
#include "json.h"

/* Character span of tokens [first, last). */
void pgn__tok_span(const pgn_doc *doc, uint32_t first, uint32_t last, uint32_t *cstart,
                   uint32_t *cend);
/* The mention, or NULL for -1 / out of range. */
const pgn__mention *pgn__ev_mention(const pgn_doc *doc, int32_t m);
/* "YYYY-MM-DD" into y, m, d; 0 or -1. */
int pgn__ev_date_parts(const char *date, int *y, int *m, int *d);
/* Whether event e is a row of the tab-separated format (pgn__ev_in_tsv) or
** of GDELT's (pgn__ev_in_gdelt); see events_out.c. */
int pgn__ev_in_tsv(const pgn__event *e);
int pgn__ev_in_gdelt(const pgn__event *e);

/* Tab-separated line builder over a write callback. */
typedef struct pgn__tsv {
    pgn__write_fn write;
    void *ctx;
    int rc, n_fields;
    size_t n;
    char buf[4096];
} pgn__tsv;

void pgn__tsv_init(pgn__tsv *t, pgn__write_fn write, void *ctx);
/* One field (NULL: empty); tabs and newlines inside become spaces. */
void pgn__tsv_str(pgn__tsv *t, const char *s);
void pgn__tsv_strn(pgn__tsv *t, const char *s, size_t n);
void pgn__tsv_int(pgn__tsv *t, long long v);
void pgn__tsv_num(pgn__tsv *t, double v);
void pgn__tsv_end(pgn__tsv *t);
int pgn__tsv_finish(pgn__tsv *t);

int pgn__events_write_json(const pgn_doc *doc, pgn__json *j);
int pgn__events_write_tsv(const pgn_doc *doc, pgn__tsv *t);
int pgn__events_write_gdelt(const pgn_doc *doc, pgn__tsv *t);

#endif
