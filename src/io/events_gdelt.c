/* src/io/events_gdelt.c -- events as rows of the GDELT 2.0 event table
** (`peregrine code --format gdelt`).
**
** All 61 columns are written, in GDELT's order, so the output loads into
** tools built for GDELT; those we cannot fill (religion and ethnicity
** codes, tone, geolocation, the date GDELT added the row) stay empty.
** GLOBALEVENTID is record * 100000 + the event's number in its document,
** unique within one run over one input.  Negated, denied and
** hypothetical events are no rows (pgn__ev_in_gdelt): GDELT has no column
** to say so.
*/
#include <stdio.h>
#include <string.h>

#include "events_out.h"

/* GDELT's QuadClass: 1 verbal cooperation (01-05), 2 material cooperation
** (06-08), 3 verbal conflict (09-13), 4 material conflict (14-20). */
static int quad_class(int root) { return root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4; }

static int day_of_year(int y, int m, int d) {
    static const int cum[12] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return cum[m - 1] + d + (leap && m > 2);
}

static void actor_cols(pgn__tsv *t, const pgn__mention *m) {
    pgn__tsv_str(t, m ? m->code : NULL);
    char name[128] = {0};
    if (m && m->entry) {
        size_t i = 0;
        for (; m->entry[i] && i + 1 < sizeof name; i++) {
            char c = m->entry[i];
            name[i] = c >= 'a' && c <= 'z' ? (char)(c - 'a' + 'A') : c;
        }
        name[i] = 0;
    }
    pgn__tsv_str(t, name[0] ? name : NULL);
    const char *country = m ? m->country : NULL;
    int is_country = country && strlen(country) == 3 && strcmp(country, "IGO") &&
                     strcmp(country, "NGO") && strcmp(country, "MNC");
    pgn__tsv_str(t, is_country ? country : NULL);
    /* KnownGroupCode: an organisation's own code ("NAT" of NATO's "IGOEURNAT")
    ** is not given by the KB contract; left empty. */
    for (int k = 0; k < 4; k++) pgn__tsv_str(t, NULL); /* group, ethnic, religion x2 */
    pgn__tsv_str(t, m ? m->sector : NULL);
    pgn__tsv_str(t, NULL);
    pgn__tsv_str(t, NULL);
}

int pgn__events_write_gdelt(const pgn_doc *doc, pgn__tsv *t) {
    long long rec = doc->meta.record > 0 ? doc->meta.record : 0;
    for (size_t i = 0; i < doc->events.n; i++) {
        const pgn__event *e = &doc->events.v[i];
        if (!pgn__ev_in_gdelt(e)) continue;
        pgn__tsv_int(t, rec * 100000 + (long long)i + 1);
        int y, m, d;
        if (pgn__ev_date_parts(e->date, &y, &m, &d) == 0) {
            pgn__tsv_int(t, (long long)y * 10000 + m * 100 + d);
            pgn__tsv_int(t, (long long)y * 100 + m);
            pgn__tsv_int(t, y);
            double frac = y + (day_of_year(y, m, d) - 1) / 365.0;
            char buf[32];
            long long v = (long long)(frac * 10000 + 0.5);
            snprintf(buf, sizeof buf, "%lld.%04lld", v / 10000, v % 10000);
            pgn__tsv_str(t, buf);
        } else {
            for (int k = 0; k < 4; k++) pgn__tsv_str(t, NULL);
        }
        actor_cols(t, pgn__ev_mention(doc, e->source));
        actor_cols(t, pgn__ev_mention(doc, e->target));
        pgn__tsv_int(t, e->sentence == 0);          /* IsRootEvent: the lead sentence */
        pgn__tsv_str(t, e->cameo->code);
        pgn__tsv_strn(t, e->cameo->code, strlen(e->cameo->code) > 3 ? 3 : strlen(e->cameo->code));
        pgn__tsv_strn(t, e->cameo->code, 2);
        pgn__tsv_int(t, quad_class(e->cameo->root));
        pgn__tsv_num(t, e->cameo->goldstein);
        pgn__tsv_int(t, 1);                           /* NumMentions */
        pgn__tsv_int(t, 1);                           /* NumSources */
        pgn__tsv_int(t, 1);                           /* NumArticles */
        pgn__tsv_str(t, NULL);                        /* AvgTone */
        for (int k = 0; k < 3 * 8; k++) pgn__tsv_str(t, NULL); /* three geo blocks */
        pgn__tsv_str(t, NULL);                        /* DATEADDED */
        pgn__tsv_str(t, doc->meta.url);
        pgn__tsv_end(t);
    }
    return t->rc;
}
