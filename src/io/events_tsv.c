/* src/io/events_tsv.c -- events as TSV in the PETRARCH/Phoenix column order
** (`peregrine code --format tsv`).
**
** Columns as pgn_events_header(PGN_EVENTS_TSV) lists them.  An actor code
** is split as Phoenix does: the first three letters are the entity
** (country or organisation), the next three the role (GOV, MIL...), the
** rest the attribute.  Columns we do not code (issues, geolocation) are
** left empty rather than guessed.  After Phoenix's columns, ours:
** Factuality (asserted, alleged, denied, future, hypothetical).  Negated
** events are no rows (pgn__ev_in_tsv); EventID numbers the document's
** events as the JSON output's array does, so an ID names the same event in
** both.
*/
#include <stdio.h>
#include <string.h>

#include "events_out.h"

/* Phoenix's five-way class: 0 neutral (01-02), 1 verbal cooperation
** (03-05), 2 material cooperation (06-08), 3 verbal conflict (09-13),
** 4 material conflict (14-20). */
static int penta_class(int root) {
    return root <= 2 ? 0 : root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
}

static void actor_cols(pgn__tsv *t, const pgn__mention *m) {
    const char *c = m && m->code ? m->code : NULL;
    size_t n = c ? strlen(c) : 0;
    pgn__tsv_str(t, c);
    pgn__tsv_strn(t, c, n < 3 ? n : 3);
    pgn__tsv_strn(t, n > 3 ? c + 3 : NULL, n > 6 ? 3 : n > 3 ? n - 3 : 0);
    pgn__tsv_strn(t, n > 6 ? c + 6 : NULL, n > 6 ? n - 6 : 0);
}

int pgn__events_write_tsv(const pgn_doc *doc, pgn__tsv *t) {
    const char *id = doc->meta.id ? doc->meta.id : "";
    for (size_t i = 0; i < doc->events.n; i++) {
        const pgn__event *e = &doc->events.v[i];
        if (!pgn__ev_in_tsv(e)) continue;
        char buf[600];
        snprintf(buf, sizeof buf, "%s-%zu", id, i + 1);
        pgn__tsv_str(t, buf);
        int y, m, d;
        if (pgn__ev_date_parts(e->date, &y, &m, &d) == 0) {
            snprintf(buf, sizeof buf, "%04d%02d%02d", y, m, d);
            pgn__tsv_str(t, buf);
            pgn__tsv_int(t, y);
            pgn__tsv_int(t, m);
            pgn__tsv_int(t, d);
        } else {
            for (int k = 0; k < 4; k++) pgn__tsv_str(t, NULL);
        }
        actor_cols(t, pgn__ev_mention(doc, e->source));
        actor_cols(t, pgn__ev_mention(doc, e->target));
        pgn__tsv_str(t, e->cameo->code);
        pgn__tsv_strn(t, e->cameo->code, 2);
        pgn__tsv_int(t, penta_class(e->cameo->root));
        pgn__tsv_num(t, e->cameo->goldstein);
        for (int k = 0; k < 6; k++) pgn__tsv_str(t, NULL); /* issues, lat, lon, places */
        snprintf(buf, sizeof buf, "%s-%u", id, e->sentence);
        pgn__tsv_str(t, buf);
        pgn__tsv_str(t, doc->meta.url);
        pgn__tsv_str(t, doc->meta.dateline_agency);
        pgn__tsv_str(t, pgn__factuality_name(e->factuality));
        pgn__tsv_end(t);
    }
    return t->rc;
}
