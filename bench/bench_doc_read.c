/* bench/bench_doc_read.c -- reading throughput of src/doc: our test
** articles (tests/data/articles) read as documents again and again, as
** plain text (pgn_doc_from_text: repair, clean, segment) and as a JSON
** Lines feed through the reader (line splitting and JSON parsing added).
** Prints MB/s on one core; asserts nothing. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "peregrine.h"

#define TARGET_BYTES ((size_t)50 << 20)

static char *slurp(const char *name, size_t *len) {
    char path[1024];
    snprintf(path, sizeof path, "%s/tests/data/articles/%s", PGN_SOURCE_DIR, name);
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    char *b = malloc(1 << 16);
    *len = b ? fread(b, 1, 1 << 16, f) : 0;
    fclose(f);
    return b;
}

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* The article as a JSON string body (quotes, backslashes, newlines). */
static size_t json_escape(const char *s, size_t n, char *out) {
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == '"' || c == '\\') { out[o++] = '\\'; out[o++] = c; }
        else if (c == '\n') { out[o++] = '\\'; out[o++] = 'n'; }
        else out[o++] = c;
    }
    return o;
}

int main(void) {
    static const char *const names[] = {"portal_style.txt", "wire_style.txt",
                                        "broadsheet_style.txt"};
    char *text[3];
    size_t len[3];
    for (int i = 0; i < 3; i++) {
        if (!(text[i] = slurp(names[i], &len[i]))) {
            fprintf(stderr, "bench_doc_read: cannot read %s\n", names[i]);
            return 1;
        }
    }
    /* Plain text, one document at a time. */
    size_t bytes = 0, docs = 0;
    double t0 = now();
    while (bytes < TARGET_BYTES) {
        int i = (int)(docs % 3);
        pgn_doc *d = NULL;
        pgn_error err;
        if (pgn_doc_from_text(text[i], len[i], NULL, &d, &err)) return 1;
        pgn_doc_free(d);
        bytes += len[i];
        docs++;
    }
    double dt = now() - t0;
    printf("text articles: %zu docs, %.1f MB in %.2f s: %.1f MB/s\n", docs,
           bytes / 1e6, dt, bytes / 1e6 / dt);

    /* A JSON Lines feed in memory, through the reader. */
    char *feed = malloc(TARGET_BYTES + (1 << 17));
    size_t n = 0;
    docs = 0;
    while (n < TARGET_BYTES) {
        int i = (int)(docs++ % 3);
        n += (size_t)sprintf(feed + n, "{\"id\": \"%zu\", \"text\": \"", docs);
        n += json_escape(text[i], len[i], feed + n);
        n += (size_t)sprintf(feed + n, "\"}\n");
    }
    pgn_reader *r = NULL;
    pgn_error err;
    t0 = now();
    if (pgn_reader_open_memory("feed", feed, n, NULL, &r, &err)) return 1;
    pgn_doc *d;
    int rc;
    size_t got = 0;
    while ((rc = pgn_reader_next(r, &d, &err)) > 0) {
        pgn_doc_free(d);
        got++;
    }
    pgn_reader_close(r);
    dt = now() - t0;
    printf("jsonl feed: %zu docs, %.1f MB in %.2f s: %.1f MB/s%s\n", got, n / 1e6, dt,
           n / 1e6 / dt, rc < 0 ? " (ended on an error)" : "");
    free(feed);
    for (int i = 0; i < 3; i++) free(text[i]);
    return 0;
}
