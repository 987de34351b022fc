/* src/doc/record.c -- a plain-text record made into a document, and the
** last steps every reader shares (cleaning, segmentation). */
#include <string.h>

#include "base/error.h"
#include "reader_int.h"

int pgn__doc_finish(pgn_doc *doc, const struct pgn__cues *cues, pgn_doc **out,
                    pgn_error *err) {
    int rc = pgn__doc_clean_with(doc, cues, err);
    if (!rc) rc = pgn__doc_segment(doc, err);
    if (rc) {
        pgn_doc_free(doc);
        return rc;
    }
    *out = doc;
    return 0;
}

int pgn__read_text_record(const pgn__record *rec, const char *bytes,
                          size_t len, pgn_doc **out, pgn_error *err) {
    pgn_doc *doc = pgn__doc_new(0);
    if (!doc) return pgn__err(err, PGN_ENOMEM, rec->name, -1, -1, "no memory");
    doc->meta.record = rec->line;
    if (!(doc->meta.source = pgn__arena_strdup(doc->arena, rec->name))) {
        pgn_doc_free(doc);
        return pgn__err(err, PGN_ENOMEM, rec->name, -1, -1, "no memory");
    }
    /* Byte offsets in warnings are offsets into the file. */
    int rc = pgn__doc_set_text(doc, bytes, len, rec->name, (long)rec->off, err);
    if (rc) {
        pgn_doc_free(doc);
        return rc;
    }
    /* Give each warning its line too.  Warnings come in byte order, so one
    ** walk through the text serves them all (binary junk may have many). */
    const char *p = bytes;
    long line = 1;
    for (size_t w = 0; w < doc->warnings.n; w++) {
        pgn_error *e = &doc->warnings.v[w];
        long long at = e->byte - rec->off;
        if (at < p - bytes || (size_t)at > len) continue;
        const char *nl;
        while ((nl = memchr(p, '\n', (size_t)(bytes + at - p)))) {
            line++;
            p = nl + 1;
        }
        e->line = line;
    }
    return pgn__doc_finish(doc, rec->cues, out, err);
}
