/* src/io/events_json.c -- a document's events as one JSON object
** (`peregrine code --format jsonl`).
**
** The event object is the one issue 5 specifies: sentence, text, source,
** target, cameo, cameo_label, plover, plover_mode, goldstein, trigger,
** date, negated, factuality, attributed_to, denied_by.  Offsets are
** character offsets into the document text, from the tokens' cstart/cend.
*/
#include <string.h>

#include "discourse/discourse.h"
#include "events_out.h"

static void write_actor(pgn__json *j, const pgn_doc *doc, int32_t idx) {
    const pgn__mention *m = pgn__ev_mention(doc, idx);
    if (!m) {
        pgn__json_null(j);
        return;
    }
    uint32_t cs, ce;
    pgn__tok_span(doc, m->first, m->last, &cs, &ce);
    pgn__json_obj_begin(j);
    pgn__json_key(j, "text");
    if (m->end > m->start && m->end <= doc->len)
        pgn__json_strn(j, doc->text + m->start, m->end - m->start);
    else
        pgn__json_null(j);
    pgn__json_kint(j, "start", cs);
    pgn__json_kint(j, "end", ce);
    pgn__json_kstr(j, "code", m->code);
    pgn__json_kstr(j, "country", m->country);
    pgn__json_kstr(j, "sector", m->sector);
    pgn__json_obj_end(j);
}

static void write_event(pgn__json *j, const pgn_doc *doc, const pgn__event *e) {
    const pgn__sentence *s = &doc->sentences.v[e->sentence];
    pgn__json_obj_begin(j);
    pgn__json_kint(j, "sentence", e->sentence);
    pgn__json_key(j, "text");
    pgn__json_strn(j, doc->text + s->start, s->end - s->start);
    pgn__json_key(j, "source");
    write_actor(j, doc, e->source);
    pgn__json_key(j, "target");
    write_actor(j, doc, e->target);
    pgn__json_kstr(j, "cameo", e->cameo->code);
    pgn__json_kstr(j, "cameo_label", e->cameo->label);
    pgn__json_kstr(j, "plover", e->cameo->plover->name);
    pgn__json_kstr(j, "plover_mode", e->cameo->mode);
    pgn__json_key(j, "goldstein");
    pgn__json_num(j, e->cameo->goldstein);
    pgn__json_key(j, "trigger");
    pgn__json_obj_begin(j);
    const pgn__token *a = &doc->tokens.v[e->trigger_first];
    const pgn__token *b = &doc->tokens.v[e->trigger_last - 1];
    pgn__json_key(j, "text");
    pgn__json_strn(j, doc->text + a->start, b->end - a->start);
    pgn__json_kint(j, "start", a->cstart);
    pgn__json_kint(j, "end", b->cend);
    pgn__json_obj_end(j);
    pgn__json_kstr(j, "date", e->date);
    pgn__json_key(j, "negated");
    pgn__json_bool(j, e->negated);
    pgn__json_kstr(j, "factuality", pgn__factuality_name(e->factuality));
    pgn__json_key(j, "attributed_to");
    write_actor(j, doc, e->attributed_to);
    pgn__json_key(j, "denied_by");
    write_actor(j, doc, e->denied_by);
    pgn__json_obj_end(j);
}

int pgn__events_write_json(const pgn_doc *doc, pgn__json *j) {
    const pgn_doc_meta *m = &doc->meta;
    pgn__json_obj_begin(j);
    pgn__json_kstr(j, "id", m->id);
    pgn__json_kstr(j, "source", m->source);
    pgn__json_kstr(j, "url", m->url);
    pgn__json_kstr(j, "title", m->title);
    pgn__json_kstr(j, "published", m->published);
    pgn__json_key(j, "events");
    pgn__json_arr_begin(j);
    for (size_t i = 0; i < doc->events.n; i++) write_event(j, doc, &doc->events.v[i]);
    pgn__json_arr_end(j);
    if (doc->discourse) {
        pgn__json_key(j, "quotes");
        pgn__quotes_json(j, doc);
    }
    pgn__json_obj_end(j);
    return j->rc;
}
