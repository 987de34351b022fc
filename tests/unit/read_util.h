/* tests/unit/read_util.h -- helpers shared by the reader and cleaner
** tests: reading a test file, finding blocks, checking offsets. */
#ifndef PGN_TEST_READ_UTIL_H
#define PGN_TEST_READ_UTIL_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "peregrine.h"

/* The whole of tests/data/NAME, NUL-terminated; NULL when unreadable. */
static inline char *test_slurp(const char *name, size_t *len) {
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", PGN_TEST_DATA, name);
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 1 << 16, n = 0;
    char *b = malloc(cap + 1);
    size_t k;
    while (b && (k = fread(b + n, 1, cap - n, f)) > 0) {
        n += k;
        if (n == cap) {
            char *nb = realloc(b, 2 * cap + 1);
            if (!nb) { free(b); b = NULL; break; }
            b = nb;
            cap *= 2;
        }
    }
    fclose(f);
    if (b) b[n] = '\0';
    if (len) *len = n;
    return b;
}

static inline void test_path(char *out, size_t cap, const char *name) {
    snprintf(out, cap, "%s/%s", PGN_TEST_DATA, name);
}

/* Text of block i (in the document's text), copied into buf. */
static inline const char *test_block_text(const pgn_doc *doc, size_t i,
                                          char *buf, size_t cap) {
    pgn_block_view bv;
    if (pgn_doc_block(doc, i, &bv)) return "";
    const char *t = pgn_doc_text(doc, NULL);
    size_t n = bv.byte_end - bv.byte_start;
    if (n >= cap) n = cap - 1;
    memcpy(buf, t + bv.byte_start, n);
    buf[n] = '\0';
    return buf;
}

/* Index of the first block of this kind whose text contains needle, or
** -1. */
static inline long test_find_block(const pgn_doc *doc, pgn_block_kind kind,
                                   const char *needle) {
    static const size_t cap = 1 << 14;
    char *buf = malloc(cap);
    long found = -1;
    for (size_t i = 0; buf && i < pgn_doc_n_blocks(doc) && found < 0; i++) {
        pgn_block_view bv;
        pgn_doc_block(doc, i, &bv);
        if (bv.kind == kind && strstr(test_block_text(doc, i, buf, cap), needle))
            found = (long)i;
    }
    free(buf);
    return found;
}

/* 1 when some kept block's text contains needle. */
static inline int test_kept_contains(const pgn_doc *doc, const char *needle) {
    const char *t = pgn_doc_text(doc, NULL);
    size_t nn = strlen(needle);
    for (size_t i = 0; i < pgn_doc_n_blocks(doc); i++) {
        pgn_block_view bv;
        pgn_doc_block(doc, i, &bv);
        if (pgn_block_kind_is_removed(bv.kind)) continue;
        for (size_t k = bv.byte_start; k + nn <= bv.byte_end; k++)
            if (memcmp(t + k, needle, nn) == 0) return 1;
    }
    return 0;
}

/* Character offset of byte offset b in the document text. */
static inline size_t test_char_of_byte(const pgn_doc *doc, size_t b) {
    const unsigned char *t = (const unsigned char *)pgn_doc_text(doc, NULL);
    size_t c = 0;
    for (size_t i = 0; i < b; i++) c += (t[i] & 0xC0) != 0x80;
    return c;
}

/* Every block's character offsets match its byte offsets, blocks are in
** order, do not overlap, and lie inside the text. */
static inline int test_offsets_consistent(const pgn_doc *doc) {
    size_t len, prev_end = 0;
    pgn_doc_text(doc, &len);
    for (size_t i = 0; i < pgn_doc_n_blocks(doc); i++) {
        pgn_block_view bv;
        if (pgn_doc_block(doc, i, &bv)) return 0;
        if (bv.byte_start < prev_end || bv.byte_end < bv.byte_start ||
            bv.byte_end > len)
            return 0;
        if (test_char_of_byte(doc, bv.byte_start) != bv.start ||
            test_char_of_byte(doc, bv.byte_end) != bv.end)
            return 0;
        prev_end = bv.byte_end;
    }
    for (size_t s = 0; s < pgn_doc_n_sentences(doc); s++) {
        pgn_sentence_view sv;
        if (pgn_doc_sentence(doc, s, &sv)) return 0;
        if (test_char_of_byte(doc, sv.byte_start) != sv.start ||
            test_char_of_byte(doc, sv.byte_end) != sv.end)
            return 0;
    }
    return 1;
}

/* Opens tests/data/NAME and reads every record: documents into docs (up to
** cap), errors into errs; returns the number of records. */
static inline int test_read_all(pgn_reader *r, pgn_doc **docs, pgn_error *errs,
                                int *is_err, int cap) {
    int n = 0;
    for (;;) {
        pgn_doc *d = NULL;
        pgn_error e;
        int rc = pgn_reader_next(r, &d, &e);
        if (rc == 0) break;
        if (n == cap) {
            pgn_doc_free(d);
            break;
        }
        is_err[n] = rc < 0;
        docs[n] = d;
        errs[n] = e;
        n++;
    }
    return n;
}

#endif
