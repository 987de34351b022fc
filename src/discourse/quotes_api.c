/* src/discourse/quotes_api.c -- the public face of quotes: running the
** finder, accessors and JSON Lines output (`peregrine quotes`). */
#include "base/error.h"
#include "discourse/discourse.h"
#include "io/json.h"

int pgn_doc_find_quotes(pgn_doc *doc, pgn_error *err) {
    pgn__err_clear(err);
    if (!doc) return pgn__err(err, PGN_EINVAL, NULL, -1, -1, "NULL document");
    return pgn__quotes_find(doc, NULL, err);
}

int pgn_doc_find_quotes_model(pgn_doc *doc, const pgn_quote_model *m, pgn_error *err) {
    pgn__err_clear(err);
    if (!doc) return pgn__err(err, PGN_EINVAL, NULL, -1, -1, "NULL document");
    return pgn__quotes_find(doc, m, err);
}

size_t pgn_doc_n_quotes(const pgn_doc *doc) {
    return doc && doc->discourse ? doc->discourse->quotes.n : 0;
}

static void view_span(const pgn__span *s, pgn_span_view *v) {
    v->present = s->present;
    v->start = s->cstart;
    v->end = s->cend;
    v->byte_start = s->start;
    v->byte_end = s->end;
}

int pgn_doc_quote(const pgn_doc *doc, size_t i, pgn_quote_view *out) {
    if (!doc || !out || i >= pgn_doc_n_quotes(doc)) return PGN_EINVAL;
    const pgn__quote *q = &doc->discourse->quotes.v[i];
    out->direct = q->direct;
    view_span(&q->content, &out->content);
    view_span(&q->speaker, &out->speaker);
    view_span(&q->cue, &out->cue);
    out->speaker_code = q->code;
    out->date = q->date;
    out->speaker_entry = q->mention >= 0 && (size_t)q->mention < doc->mentions.n
                             ? doc->mentions.v[q->mention].entry : NULL;
    return 0;
}

const pgn__quote *pgn__dated_quote_at(const pgn_doc *doc, uint32_t byte) {
    const pgn__quote *best = NULL;
    for (size_t i = 0; i < pgn_doc_n_quotes(doc); i++) {
        const pgn__quote *q = &doc->discourse->quotes.v[i];
        if (!q->date || byte < q->content.start || byte >= q->content.end) continue;
        /* nested contents: the innermost quote is the one that says it */
        if (!best || q->content.end - q->content.start < best->content.end - best->content.start)
            best = q;
    }
    return best;
}

/* Writes "key": {"text", "start", "end"[, "code"][, "entry"]} or null. */
static void span_json(pgn__json *j, const pgn_doc *doc, const char *key, const pgn__span *s,
                      const char *code, const char *entry) {
    pgn__json_key(j, key);
    if (!s->present) {
        pgn__json_null(j);
        return;
    }
    pgn__json_obj_begin(j);
    pgn__json_key(j, "text");
    pgn__json_strn(j, doc->text + s->start, s->end - s->start);
    pgn__json_kint(j, "start", s->cstart);
    pgn__json_kint(j, "end", s->cend);
    if (code) pgn__json_kstr(j, "code", code);
    if (entry) pgn__json_kstr(j, "entry", entry);
    pgn__json_obj_end(j);
}

/* Writes the quotes array of doc as the value of the current key.  Shared
** with the `code` output (src/io), which embeds the same array. */
void pgn__quotes_json(pgn__json *j, const pgn_doc *doc) {
    pgn__json_arr_begin(j);
    for (size_t i = 0; i < pgn_doc_n_quotes(doc); i++) {
        const pgn__quote *q = &doc->discourse->quotes.v[i];
        pgn__json_obj_begin(j);
        pgn__json_key(j, "text");
        pgn__json_strn(j, doc->text + q->content.start, q->content.end - q->content.start);
        pgn__json_kint(j, "start", q->content.cstart);
        pgn__json_kint(j, "end", q->content.cend);
        pgn__json_key(j, "direct");
        pgn__json_bool(j, q->direct);
        /* the speaker's KB entry: for "he" or "the NATO chief" resolved by
        ** coreference, the person it refers to */
        const char *entry = q->mention >= 0 && (size_t)q->mention < doc->mentions.n
                                ? doc->mentions.v[q->mention].entry : NULL;
        span_json(j, doc, "speaker", &q->speaker, q->code, entry);
        span_json(j, doc, "cue", &q->cue, NULL, NULL);
        pgn__json_key(j, "date");
        if (q->date) pgn__json_str(j, q->date);
        else pgn__json_null(j);
        pgn__json_obj_end(j);
    }
    pgn__json_arr_end(j);
}

int pgn_doc_write_quotes_json(const pgn_doc *doc,
                              int (*write_cb)(void *ctx, const char *s, size_t n), void *ctx,
                              pgn_error *err) {
    pgn__err_clear(err);
    if (!doc || !write_cb) return pgn__err(err, PGN_EINVAL, NULL, -1, -1, "NULL argument");
    pgn__json j;
    pgn__json_init(&j, write_cb, ctx);
    pgn__json_obj_begin(&j);
    if (doc->meta.id) pgn__json_kstr(&j, "id", doc->meta.id);
    if (doc->meta.source) pgn__json_kstr(&j, "source", doc->meta.source);
    if (doc->meta.record >= 0) pgn__json_kint(&j, "record", doc->meta.record);
    pgn__json_key(&j, "quotes");
    pgn__quotes_json(&j, doc);
    pgn__json_obj_end(&j);
    pgn__json_newline(&j);
    if (pgn__json_finish(&j))
        return pgn__err(err, PGN_EIO, doc->meta.source, -1, -1, "cannot write output");
    return 0;
}
