/* src/doc/reader.c -- STUB: a whole file is one plain-text document.
** Replaced by the real readers (JSONL, gzip, zstd, stdin). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/error.h"
#include "doc.h"

struct pgn_reader {
    char *name;
    char *bytes;
    size_t len;
    int done;
};

int pgn_reader_open_memory(const char *name, const void *bytes, size_t len,
                           const pgn_read_options *opt, pgn_reader **out,
                           pgn_error *err) {
    (void)opt;
    pgn_reader *r = calloc(1, sizeof *r);
    if (!r) return pgn__err(err, PGN_ENOMEM, name, -1, -1, "no memory");
    r->name = strdup(name ? name : "");
    r->bytes = malloc(len ? len : 1);
    if (!r->name || !r->bytes) {
        pgn_reader_close(r);
        return pgn__err(err, PGN_ENOMEM, name, -1, -1, "no memory");
    }
    if (len) memcpy(r->bytes, bytes, len);
    r->len = len;
    *out = r;
    return 0;
}

int pgn_reader_open_file(const char *path, const pgn_read_options *opt,
                         pgn_reader **out, pgn_error *err) {
    FILE *f = fopen(path, "rb");
    if (!f) return pgn__err(err, PGN_EIO, path, -1, -1, "cannot open");
    char *buf = NULL;
    size_t len = 0, cap = 0;
    for (;;) {
        if (len == cap) {
            cap = cap ? cap * 2 : 65536;
            char *nb = realloc(buf, cap);
            if (!nb) { free(buf); fclose(f); return pgn__err(err, PGN_ENOMEM, path, -1, -1, "no memory"); }
            buf = nb;
        }
        size_t k = fread(buf + len, 1, cap - len, f);
        if (k == 0) break;
        len += k;
    }
    fclose(f);
    int rc = pgn_reader_open_memory(path, buf, len, opt, out, err);
    free(buf);
    return rc;
}

int pgn_reader_next(pgn_reader *r, pgn_doc **doc, pgn_error *err) {
    if (r->done) return 0;
    r->done = 1;
    pgn_doc_meta m = {0};
    m.source = r->name;
    m.record = 1;
    int rc = pgn_doc_from_text(r->bytes, r->len, &m, doc, err);
    return rc ? rc : 1;
}

void pgn_reader_close(pgn_reader *r) {
    if (!r) return;
    free(r->name);
    free(r->bytes);
    free(r);
}
