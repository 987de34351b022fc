/* src/pipeline/pipeline.c -- the whole job for one document, in order:
** parse (src/nlp), actors (src/kb), actor coreference, time expressions
** and quotes (src/discourse), events (src/events), each event dated by its own
** clause when it has a time expression of day grain.
**
** Why a stage of its own: every command that codes (code, eval events,
** later serve) must run the stages in the same order with the same
** resources; wiring them in each command let them drift apart.
*/
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "base/error.h"
#include "discourse/discourse.h"
#include "doc/doc.h"
#include "peregrine.h"

struct pgn_pipeline {
    pgn_nlp_model *nlp;
    pgn_quote_model *quotes;     /* NULL: no models/quotes.pgnm, rules only */
    pgn_kb *kb;
    pgn_coder *coder;
};

int pgn_pipeline_open(const char *data_dir, pgn_kb *kb, pgn_pipeline **out,
                      pgn_error *err) {
    pgn__err_clear(err);
    if (!out) {
        pgn_kb_close(kb);
        return pgn__err(err, PGN_EINVAL, NULL, -1, -1, "NULL argument");
    }
    *out = NULL;
    pgn_pipeline *p = calloc(1, sizeof *p);
    if (!p) {
        pgn_kb_close(kb);
        return pgn__err(err, PGN_ENOMEM, NULL, -1, -1, "no memory for the pipeline");
    }
    p->kb = kb;
    const char *dir = data_dir ? data_dir : pgn_default_data_dir();
    char path[4096];
    int rc = 0;
    snprintf(path, sizeof path, "%s/models", dir);
    /* The greedy parse: on our event sets the default's selectional
    ** branching (more accurate on UD) codes about as many events (the
    ** four tuned news sets: 978 events matched greedy, 968 branching over
    ** 6; the two held-out sets: 148 and 150) for about 1.4 times the
    ** parsing time, so events are coded from the greedy parse. */
    pgn_nlp_open_options greedy = {.parse_greedy = 1};
    if (!rc) rc = pgn_nlp_model_open_opts(path, &greedy, &p->nlp, err);
    /* The learned cue model is optional (a data directory without it codes
    ** with the quote rules alone); a damaged one is an error. */
    snprintf(path, sizeof path, "%s/models/quotes.pgnm", dir);
    if (!rc && access(path, F_OK) == 0) rc = pgn_quote_model_open(path, &p->quotes, err);
    snprintf(path, sizeof path, "%s/kb", dir);
    if (!rc && !p->kb) rc = pgn_kb_open(path, &p->kb, err);
    if (!rc) rc = pgn_coder_open(dir, &p->coder, err);
    if (rc) {
        pgn_pipeline_close(p);
        return rc;
    }
    *out = p;
    return 0;
}

void pgn_pipeline_close(pgn_pipeline *p) {
    if (!p) return;
    pgn_nlp_model_close(p->nlp);
    pgn_quote_model_close(p->quotes);
    pgn_kb_close(p->kb);
    pgn_coder_close(p->coder);
    free(p);
}

/* An event takes the day of its own clause or, when that has no time
** expression, of the nearest clause or noun phrase governing it
** (pgn__event_day: "China and Russia presented a manifesto on February 4
** that was a statement of their resolve to work together" dates the working
** together February 4; a month or a year says when a period was, not when
** something happened).  When the parse finds nothing and says nothing
** against it, an event told inside a quote takes the day the quote was
** said: what someone says is dated by the saying, also across sentences
** the parse does not join.  Else the document date. */
static const char *clause_date(void *ctx, const pgn_doc *doc, size_t sentence,
                               size_t token) {
    (void)ctx;
    if (sentence >= doc->sentences.n) return NULL;
    const pgn__sentence *s = &doc->sentences.v[sentence];
    if (token >= s->n_tokens) return NULL;
    uint32_t tok = s->first + (uint32_t)token;
    int settled = 0;
    const char *day = pgn__event_day(doc, tok, &settled);
    if (day || settled) return day;
    const pgn__quote *q = pgn__dated_quote_at(doc, doc->tokens.v[tok].start);
    return q ? q->date : NULL;
}

int pgn_pipeline_process(const pgn_pipeline *p, pgn_doc *doc, pgn_error *err) {
    pgn__err_clear(err);
    if (!p || !doc) return pgn__err(err, PGN_EINVAL, NULL, -1, -1, "NULL argument");
    int rc = pgn_nlp_annotate(p->nlp, doc, err);
    if (!rc) rc = pgn_kb_recognize(p->kb, doc, err);
    /* coreference before quotes and events: "he said", "the NATO chief
    ** added" give their speakers and sources the person's code */
    if (!rc) rc = pgn_doc_resolve_coref(doc, err);
    if (!rc) rc = pgn_doc_find_dates(doc, NULL, err);
    if (!rc) rc = pgn_doc_find_quotes_model(doc, p->quotes, err);
    if (!rc) rc = pgn_coder_code_dated(p->coder, doc, clause_date, NULL, err);
    return rc;
}
