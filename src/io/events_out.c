/* src/io/events_out.c -- pgn_doc_write_events and the helpers the event
** writers share (see events_out.h). */
#include "events_out.h"

#include <stdio.h>
#include <string.h>

#include "base/error.h"

void pgn__tok_span(const pgn_doc *doc, uint32_t first, uint32_t last, uint32_t *cstart,
                   uint32_t *cend) {
    *cstart = *cend = 0;
    if (first >= doc->tokens.n || last <= first) return;
    if (last > doc->tokens.n) last = (uint32_t)doc->tokens.n;
    *cstart = doc->tokens.v[first].cstart;
    *cend = doc->tokens.v[last - 1].cend;
}

const pgn__mention *pgn__ev_mention(const pgn_doc *doc, int32_t m) {
    return m >= 0 && (size_t)m < doc->mentions.n ? &doc->mentions.v[m] : NULL;
}

int pgn__ev_date_parts(const char *d, int *y, int *m, int *day) {
    if (!d || strlen(d) < 10) return -1;
    for (int i = 0; i < 10; i++)
        if ((i == 4 || i == 7) ? d[i] != '-' : (d[i] < '0' || d[i] > '9')) return -1;
    *y = (d[0] - '0') * 1000 + (d[1] - '0') * 100 + (d[2] - '0') * 10 + (d[3] - '0');
    *m = (d[5] - '0') * 10 + (d[6] - '0');
    *day = (d[8] - '0') * 10 + (d[9] - '0');
    return *m >= 1 && *m <= 12 && *day >= 1 && *day <= 31 ? 0 : -1;
}

/* A row of a tabular format reads as "this happened": an event the
** sentence negates ("has not been able to condemn") is no row of either
** (JSON Lines keeps it, "negated": true).  The tab-separated format has a
** Factuality column for the rest; GDELT's 61 columns have none, so its rows
** also leave out acts reported as false (denied) or only possible
** (hypothetical), keeping announced ones (future), which GDELT codes too. */
int pgn__ev_in_tsv(const pgn__event *e) { return !e->negated; }

int pgn__ev_in_gdelt(const pgn__event *e) {
    return !e->negated && e->factuality != PGN__FACT_DENIED &&
           e->factuality != PGN__FACT_HYPOTHETICAL;
}

void pgn__tsv_init(pgn__tsv *t, pgn__write_fn write, void *ctx) {
    memset(t, 0, sizeof *t);
    t->write = write;
    t->ctx = ctx;
}

static void flush(pgn__tsv *t) {
    if (t->n && t->rc == 0) t->rc = t->write(t->ctx, t->buf, t->n);
    t->n = 0;
}

static void put(pgn__tsv *t, char c) {
    if (t->n == sizeof t->buf) flush(t);
    t->buf[t->n++] = c;
}

void pgn__tsv_strn(pgn__tsv *t, const char *s, size_t n) {
    if (t->n_fields++) put(t, '\t');
    for (size_t i = 0; s && i < n; i++) put(t, s[i] == '\t' || s[i] == '\n' || s[i] == '\r' ? ' ' : s[i]);
}

void pgn__tsv_str(pgn__tsv *t, const char *s) { pgn__tsv_strn(t, s, s ? strlen(s) : 0); }

void pgn__tsv_int(pgn__tsv *t, long long v) {
    char b[32];
    snprintf(b, sizeof b, "%lld", v);
    pgn__tsv_str(t, b);
}

/* One decimal, locale-free: Goldstein values and fraction dates. */
void pgn__tsv_num(pgn__tsv *t, double v) {
    char b[48];
    long long tenths = (long long)(v * 10 + (v < 0 ? -0.5 : 0.5));
    long long a = tenths < 0 ? -tenths : tenths;
    snprintf(b, sizeof b, "%s%lld.%lld", tenths < 0 ? "-" : "", a / 10, a % 10);
    pgn__tsv_str(t, b);
}

void pgn__tsv_end(pgn__tsv *t) {
    put(t, '\n');
    t->n_fields = 0;
}

int pgn__tsv_finish(pgn__tsv *t) {
    flush(t);
    return t->rc;
}

const char *pgn_events_header(pgn_events_format format) {
    switch (format) {
    case PGN_EVENTS_TSV:
        return "EventID\tDate\tYear\tMonth\tDay\tSourceActorFull\tSourceActorEntity\t"
               "SourceActorRole\tSourceActorAttribute\tTargetActorFull\tTargetActorEntity\t"
               "TargetActorRole\tTargetActorAttribute\tEventCode\tEventRootCode\tPentaClass\t"
               "GoldsteinScore\tIssues\tLat\tLon\tLocationName\tStateName\tCountryCode\t"
               "SentenceID\tURLs\tNewsSources\tFactuality\n";
    case PGN_EVENTS_GDELT:
        return "GLOBALEVENTID\tSQLDATE\tMonthYear\tYear\tFractionDate\tActor1Code\tActor1Name\t"
               "Actor1CountryCode\tActor1KnownGroupCode\tActor1EthnicCode\tActor1Religion1Code\t"
               "Actor1Religion2Code\tActor1Type1Code\tActor1Type2Code\tActor1Type3Code\t"
               "Actor2Code\tActor2Name\tActor2CountryCode\tActor2KnownGroupCode\t"
               "Actor2EthnicCode\tActor2Religion1Code\tActor2Religion2Code\tActor2Type1Code\t"
               "Actor2Type2Code\tActor2Type3Code\tIsRootEvent\tEventCode\tEventBaseCode\t"
               "EventRootCode\tQuadClass\tGoldsteinScale\tNumMentions\tNumSources\tNumArticles\t"
               "AvgTone\tActor1Geo_Type\tActor1Geo_FullName\tActor1Geo_CountryCode\t"
               "Actor1Geo_ADM1Code\tActor1Geo_ADM2Code\tActor1Geo_Lat\tActor1Geo_Long\t"
               "Actor1Geo_FeatureID\tActor2Geo_Type\tActor2Geo_FullName\tActor2Geo_CountryCode\t"
               "Actor2Geo_ADM1Code\tActor2Geo_ADM2Code\tActor2Geo_Lat\tActor2Geo_Long\t"
               "Actor2Geo_FeatureID\tActionGeo_Type\tActionGeo_FullName\tActionGeo_CountryCode\t"
               "ActionGeo_ADM1Code\tActionGeo_ADM2Code\tActionGeo_Lat\tActionGeo_Long\t"
               "ActionGeo_FeatureID\tDATEADDED\tSOURCEURL\n";
    default:
        return NULL;
    }
}

int pgn_doc_write_events(const pgn_doc *doc, pgn_events_format format,
                         int (*write_cb)(void *ctx, const char *s, size_t n), void *ctx,
                         pgn_error *err) {
    if (!doc || !write_cb) return pgn__err(err, PGN_EINVAL, "", -1, -1, "no document or writer");
    int rc;
    if (format == PGN_EVENTS_JSONL) {
        pgn__json j;
        pgn__json_init(&j, write_cb, ctx);
        pgn__events_write_json(doc, &j);
        pgn__json_newline(&j);
        rc = pgn__json_finish(&j);
    } else if (format == PGN_EVENTS_TSV || format == PGN_EVENTS_GDELT) {
        pgn__tsv t;
        pgn__tsv_init(&t, write_cb, ctx);
        if (format == PGN_EVENTS_TSV) pgn__events_write_tsv(doc, &t);
        else pgn__events_write_gdelt(doc, &t);
        rc = pgn__tsv_finish(&t);
    } else {
        return pgn__err(err, PGN_EINVAL, doc->meta.source, -1, -1, "unknown events format %d",
                        (int)format);
    }
    if (rc) return pgn__err(err, PGN_EIO, doc->meta.source, -1, -1, "write failed");
    return 0;
}
