/* fuzz/fuzz_read_walk.h -- what the reader fuzz targets check on every
** input: each record is a document or an error, the reader ends, and every
** offset of every document lies inside its text and agrees with itself. */
#ifndef PGN_FUZZ_READ_WALK_H
#define PGN_FUZZ_READ_WALK_H

#include <stdlib.h>
#include <string.h>

#include "peregrine.h"

static void fuzz_check_doc(const pgn_doc *doc) {
    size_t len;
    const char *text = pgn_doc_text(doc, &len);
    size_t n_chars = pgn_doc_char_length(doc);
    if (!text || strlen(text) != len) abort();
    size_t prev = 0;
    for (size_t b = 0; b < pgn_doc_n_blocks(doc); b++) {
        pgn_block_view bv;
        if (pgn_doc_block(doc, b, &bv)) abort();
        if (bv.byte_start < prev || bv.byte_end < bv.byte_start || bv.byte_end > len ||
            bv.end > n_chars || bv.start > bv.end || (unsigned)bv.kind >= PGN_BLOCK__COUNT)
            abort();
        prev = bv.byte_end;
    }
    for (size_t s = 0; s < pgn_doc_n_sentences(doc); s++) {
        pgn_sentence_view sv;
        if (pgn_doc_sentence(doc, s, &sv) || sv.end > n_chars ||
            sv.block >= pgn_doc_n_blocks(doc))
            abort();
        for (size_t t = 0; t < sv.n_tokens; t++) {
            pgn_token_view tv;
            if (pgn_doc_token(doc, s, t, &tv) || tv.start > tv.end || tv.end > n_chars)
                abort();
        }
    }
    const pgn_doc_meta *m = pgn_doc_get_meta(doc);
    const char *fields[] = {m->title, m->published, m->updated, m->byline,
                            m->dateline, m->dateline_place, m->dateline_agency};
    for (size_t i = 0; i < sizeof fields / sizeof *fields; i++)
        if (fields[i]) (void)strlen(fields[i]);
    for (size_t i = 0; i < pgn_doc_n_image_credits(doc); i++)
        if (!pgn_doc_image_credit(doc, i)) abort();
    for (size_t i = 0; i < pgn_doc_n_warnings(doc); i++)
        if (!pgn_doc_warning(doc, i)) abort();
}

/* Reads everything from a memory reader; small limits keep it fast. */
static void fuzz_read(const uint8_t *data, size_t size, pgn_format format) {
    pgn_read_options opt = {format, 1u << 20};
    pgn_reader *r = NULL;
    pgn_error err;
    if (pgn_reader_open_memory("fuzz", data, size, &opt, &r, &err)) return;
    /* Every call gives a record or ends.  Compressed input may hold more
    ** records than bytes, so the walk is only capped, not bounded by size. */
    for (size_t n = 0; n < 100000; n++) {
        pgn_doc *doc = NULL;
        int rc = pgn_reader_next(r, &doc, &err);
        if (rc == 0) break;
        if (rc > 0) {
            fuzz_check_doc(doc);
            pgn_doc_free(doc);
        } else if (doc || err.code != rc || !err.msg[0]) {
            abort();
        }
    }
    pgn_reader_close(r);
}

#endif
