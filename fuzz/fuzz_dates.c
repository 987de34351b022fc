/* fuzz/fuzz_dates.c -- any bytes as an article: its dates (against a
** document date taken from the first input byte) and its quotes are found
** without a crash, and every span lies inside the text, in order. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "peregrine.h"

static void check_span(const pgn_span_view *s, size_t n_chars) {
    if (s->present && (s->start > s->end || s->end > n_chars)) abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size == 0) return 0;
    /* The first byte picks the document date, so leap days, year ends and
    ** every weekday are anchors; 0 means no date. */
    char anchor[16];
    int day = data[0];
    if (day) snprintf(anchor, sizeof anchor, "20%02d-%02d-%02d", 10 + day % 20, 1 + day % 12,
                      1 + day % 28);
    pgn_doc *doc = NULL;
    pgn_error err;
    if (pgn_doc_from_text((const char *)data + 1, size - 1, NULL, &doc, &err) == 0) {
        size_t n_chars = pgn_doc_char_length(doc);
        if (pgn_doc_find_dates(doc, day ? anchor : NULL, &err)) abort();
        size_t prev = 0;
        for (size_t i = 0; i < pgn_doc_n_dates(doc); i++) {
            pgn_date_view v;
            if (pgn_doc_date(doc, i, &v) || v.start >= v.end || v.end > n_chars || v.start < prev)
                abort();
            if (v.anchored != (v.value != NULL)) abort();
            prev = v.start;
        }
        if (pgn_doc_find_quotes(doc, &err)) abort();
        for (size_t i = 0; i < pgn_doc_n_quotes(doc); i++) {
            pgn_quote_view q;
            if (pgn_doc_quote(doc, i, &q) || !q.content.present) abort();
            check_span(&q.content, n_chars);
            check_span(&q.speaker, n_chars);
            check_span(&q.cue, n_chars);
        }
    }
    pgn_doc_free(doc);
    return 0;
}
