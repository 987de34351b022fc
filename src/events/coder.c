/* src/events/coder.c -- the public event coder (include/peregrine.h).
**
** Holds the ontology and lexicon loaded from the data directory and runs
** extract.c on a document.  The date hook of the public API is adapted to
** the internal one here so extract.c sees one interface.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/error.h"
#include "doc/doc.h"
#include "events.h"

struct pgn_coder {
    pgn__ontology *ont;
    pgn__lexicon *lex;
};

int pgn_coder_open(const char *data_dir, pgn_coder **out, pgn_error *err) {
    char dir[1024];
    *out = NULL;
    if (!data_dir) data_dir = pgn_default_data_dir();
    pgn_coder *c = calloc(1, sizeof *c);
    if (!c) return pgn__err(err, PGN_ENOMEM, data_dir, -1, -1, "no memory for the coder");
    int rc = 0;
    if (snprintf(dir, sizeof dir, "%s/ontology", data_dir) >= (int)sizeof dir)
        rc = pgn__err(err, PGN_EINVAL, data_dir, -1, -1, "path too long");
    if (rc == 0) rc = pgn__ontology_load(dir, &c->ont, err);
    if (rc == 0 && snprintf(dir, sizeof dir, "%s/lexicon", data_dir) >= (int)sizeof dir)
        rc = pgn__err(err, PGN_EINVAL, data_dir, -1, -1, "path too long");
    if (rc == 0) rc = pgn__lexicon_load(dir, c->ont, &c->lex, err);
    if (rc) {
        pgn_coder_close(c);
        return rc;
    }
    *out = c;
    return 0;
}

void pgn_coder_close(pgn_coder *c) {
    if (!c) return;
    pgn__lexicon_free(c->lex);
    pgn__ontology_free(c->ont);
    free(c);
}

typedef struct date_adapter {
    pgn_event_date_fn fn;
    void *ctx;
} date_adapter;

static const char *adapt_date(void *ctx, const pgn_doc *doc, uint32_t sentence,
                              uint32_t trigger) {
    const date_adapter *a = ctx;
    uint32_t first = doc->sentences.v[sentence].first;
    return a->fn(a->ctx, doc, sentence, trigger - first);
}

int pgn_coder_code_dated(const pgn_coder *c, pgn_doc *doc, pgn_event_date_fn date_cb,
                         void *date_ctx, pgn_error *err) {
    if (!c || !doc) return pgn__err(err, PGN_EINVAL, "", -1, -1, "no coder or document");
    int parsed = doc->tokens.n == 0;
    for (size_t i = 0; i < doc->tokens.n && !parsed; i++)
        parsed = doc->tokens.v[i].deprel != NULL;
    if (!parsed)
        return pgn__err(err, PGN_EUNSUPPORTED, doc->meta.source, -1, -1,
                        "the document is not parsed: run the parser and actor recognition "
                        "before coding events");
    doc->events.n = 0;
    date_adapter a = {date_cb, date_ctx};
    pgn__extract_opts opts = {date_cb ? adapt_date : NULL, &a};
    return pgn__events_extract(c->ont, c->lex, doc, &opts, err);
}

int pgn_coder_code(const pgn_coder *c, pgn_doc *doc, pgn_error *err) {
    return pgn_coder_code_dated(c, doc, NULL, NULL, err);
}

size_t pgn_doc_n_events(const pgn_doc *doc) { return doc ? doc->events.n : 0; }
