/* src/doc/clean.c -- STUB: one paragraph block per non-blank line.
** Replaced by the real cleaner (headline, timestamps, byline, boilerplate). */
#include "doc.h"

#include "base/error.h"

int pgn__doc_clean(pgn_doc *doc, pgn_error *err) {
    size_t i = 0;
    while (i < doc->len) {
        size_t e = i;
        while (e < doc->len && doc->text[e] != '\n') e++;
        size_t s = i, t = e;
        while (s < t && (doc->text[s] == ' ' || doc->text[s] == '\t' || doc->text[s] == '\r')) s++;
        while (t > s && (doc->text[t - 1] == ' ' || doc->text[t - 1] == '\t' || doc->text[t - 1] == '\r')) t--;
        if (t > s) {
            if (PGN__VEC_RESERVE(doc->arena, doc->blocks))
                return pgn__err(err, PGN_ENOMEM, doc->meta.source, -1, -1, "no memory");
            pgn__block *b = &doc->blocks.v[doc->blocks.n++];
            b->kind = PGN_BLOCK_PARAGRAPH;
            b->start = (uint32_t)s;
            b->end = (uint32_t)t;
        }
        i = e + 1;
    }
    return 0;
}
