/* src/io/doc_json.c -- a document as one line of JSON (`peregrine read`).
**
** Removed blocks (byline, timestamps, image credits, boilerplate) are
** listed with their text and spans, so a reader can see what was taken out
** and why; sentences carry their text so each can be checked by eye.
*/
#include <string.h>

#include "base/error.h"
#include "doc/doc.h"
#include "json.h"

static void write_span(pgn__json *j, uint32_t cstart, uint32_t cend) {
    pgn__json_kint(j, "start", cstart);
    pgn__json_kint(j, "end", cend);
}

static void write_meta(pgn__json *j, const pgn_doc *doc) {
    const pgn_doc_meta *m = &doc->meta;
    pgn__json_kstr(j, "id", m->id);
    pgn__json_kstr(j, "source", m->source);
    if (m->record >= 0) pgn__json_kint(j, "record", m->record);
    pgn__json_kstr(j, "url", m->url);
    pgn__json_kstr(j, "title", m->title);
    pgn__json_kstr(j, "published", m->published);
    pgn__json_kstr(j, "updated", m->updated);
    pgn__json_kstr(j, "byline", m->byline);
    pgn__json_key(j, "dateline");
    if (m->dateline) {
        pgn__json_obj_begin(j);
        pgn__json_kstr(j, "text", m->dateline);
        pgn__json_kstr(j, "place", m->dateline_place);
        pgn__json_kstr(j, "agency", m->dateline_agency);
        pgn__json_obj_end(j);
    } else {
        pgn__json_null(j);
    }
    pgn__json_key(j, "image_credits");
    pgn__json_arr_begin(j);
    for (size_t i = 0; i < doc->image_credits.n; i++)
        pgn__json_str(j, doc->image_credits.v[i]);
    pgn__json_arr_end(j);
}

static void write_blocks(pgn__json *j, const pgn_doc *doc, int removed) {
    pgn__json_arr_begin(j);
    for (size_t i = 0; i < doc->blocks.n; i++) {
        const pgn__block *b = &doc->blocks.v[i];
        if (pgn_block_kind_is_removed(b->kind) != removed) continue;
        pgn__json_obj_begin(j);
        pgn__json_kint(j, "index", (long long)i);
        pgn__json_kstr(j, "kind", pgn_block_kind_name(b->kind));
        write_span(j, b->cstart, b->cend);
        pgn__json_key(j, "text");
        pgn__json_strn(j, doc->text + b->start, b->end - b->start);
        pgn__json_obj_end(j);
    }
    pgn__json_arr_end(j);
}

static void write_sentences(pgn__json *j, const pgn_doc *doc, unsigned flags) {
    pgn__json_arr_begin(j);
    for (size_t i = 0; i < doc->sentences.n; i++) {
        const pgn__sentence *s = &doc->sentences.v[i];
        pgn__json_obj_begin(j);
        pgn__json_kint(j, "block", s->block);
        write_span(j, s->cstart, s->cend);
        pgn__json_key(j, "text");
        pgn__json_strn(j, doc->text + s->start, s->end - s->start);
        if (flags & PGN_JSON_TOKENS) {
            pgn__json_key(j, "tokens");
            pgn__json_arr_begin(j);
            for (uint32_t t = s->first; t < s->first + s->n_tokens; t++) {
                const pgn__token *tk = &doc->tokens.v[t];
                pgn__json_obj_begin(j);
                pgn__json_kstr(j, "form", tk->form);
                write_span(j, tk->cstart, tk->cend);
                if (tk->upos) pgn__json_kstr(j, "upos", tk->upos);
                if (tk->xpos) pgn__json_kstr(j, "xpos", tk->xpos);
                if (tk->lemma) pgn__json_kstr(j, "lemma", tk->lemma);
                if (tk->head >= 0) pgn__json_kint(j, "head", tk->head);
                if (tk->deprel) pgn__json_kstr(j, "deprel", tk->deprel);
                pgn__json_obj_end(j);
            }
            pgn__json_arr_end(j);
        }
        pgn__json_obj_end(j);
    }
    pgn__json_arr_end(j);
}

static void write_warnings(pgn__json *j, const pgn_doc *doc) {
    pgn__json_arr_begin(j);
    for (size_t i = 0; i < doc->warnings.n; i++) {
        const pgn_error *w = &doc->warnings.v[i];
        pgn__json_obj_begin(j);
        if (w->line >= 0) pgn__json_kint(j, "line", w->line);
        if (w->byte >= 0) pgn__json_kint(j, "byte", w->byte);
        pgn__json_kstr(j, "message", w->msg);
        pgn__json_obj_end(j);
    }
    pgn__json_arr_end(j);
}

int pgn_doc_write_json(const pgn_doc *doc, unsigned flags,
                       int (*write_cb)(void *ctx, const char *s, size_t n),
                       void *ctx, pgn_error *err) {
    if (!doc || !write_cb)
        return pgn__err(err, PGN_EINVAL, NULL, -1, -1, "NULL argument");
    pgn__json j;
    pgn__json_init(&j, write_cb, ctx);
    pgn__json_obj_begin(&j);
    write_meta(&j, doc);
    pgn__json_key(&j, "blocks");
    write_blocks(&j, doc, 0);
    pgn__json_key(&j, "removed");
    write_blocks(&j, doc, 1);
    pgn__json_key(&j, "sentences");
    write_sentences(&j, doc, flags);
    pgn__json_key(&j, "warnings");
    write_warnings(&j, doc);
    pgn__json_obj_end(&j);
    pgn__json_newline(&j);
    int rc = pgn__json_finish(&j);
    if (rc) return pgn__err(err, PGN_EIO, doc->meta.source, -1, -1, "write failed");
    return 0;
}
