/* src/discourse/discourse_json.c -- JSON Lines output of the discourse
** stage: a document's dates (`peregrine dates`) and quotes (`peregrine
** quotes`).  Offsets are character offsets, as everywhere in the API. */
#include "base/error.h"
#include "discourse/discourse.h"
#include "io/json.h"

static void doc_header(pgn__json *j, const pgn_doc *doc) {
    pgn__json_obj_begin(j);
    if (doc->meta.id) pgn__json_kstr(j, "id", doc->meta.id);
    if (doc->meta.source) pgn__json_kstr(j, "source", doc->meta.source);
    if (doc->meta.record >= 0) pgn__json_kint(j, "record", doc->meta.record);
}

static int finish(pgn__json *j, const pgn_doc *doc, pgn_error *err) {
    pgn__json_obj_end(j);
    pgn__json_newline(j);
    if (pgn__json_finish(j))
        return pgn__err(err, PGN_EIO, doc->meta.source, -1, -1, "cannot write output");
    return 0;
}

int pgn_doc_write_dates_json(const pgn_doc *doc,
                             int (*write_cb)(void *ctx, const char *s, size_t n), void *ctx,
                             pgn_error *err) {
    pgn__err_clear(err);
    if (!doc || !write_cb) return pgn__err(err, PGN_EINVAL, NULL, -1, -1, "NULL argument");
    pgn__json j;
    pgn__json_init(&j, write_cb, ctx);
    doc_header(&j, doc);
    const struct pgn__discourse *dc = doc->discourse;
    pgn__json_key(&j, "anchor");
    if (dc && dc->has_anchor) {
        char buf[16];
        pgn__timex_format(dc->anchor, PGN_GRAIN_DAY, buf);
        pgn__json_str(&j, buf);
    } else {
        pgn__json_null(&j);
    }
    pgn__json_key(&j, "dates");
    pgn__json_arr_begin(&j);
    for (size_t i = 0; dc && i < dc->dates.n; i++) {
        const pgn__timex *t = &dc->dates.v[i];
        pgn__json_obj_begin(&j);
        pgn__json_kstr(&j, "text", t->text);
        pgn__json_kint(&j, "start", t->cstart);
        pgn__json_kint(&j, "end", t->cend);
        pgn__json_kint(&j, "sentence", t->sentence);
        pgn__json_key(&j, "value");
        if (t->anchored) pgn__json_str(&j, t->value);
        else pgn__json_null(&j);
        pgn__json_kstr(&j, "grain", pgn_date_grain_name(t->grain));
        pgn__json_key(&j, "anchored");
        pgn__json_bool(&j, t->anchored);
        pgn__json_obj_end(&j);
    }
    pgn__json_arr_end(&j);
    return finish(&j, doc, err);
}
