/* bench/bench_coref.c -- cost of actor coreference on top of actor
** recognition.
**
** Loads the PolNeAR train articles from ../shared when present (else the
** bundled examples repeated), then for several rounds reads every article,
** recognises its actors with data/kb and runs pgn_doc_resolve_coref,
** timing the two parts of each document apart (so other load on the
** machine weighs on both alike).  Prints MB/s of each, the share of time
** coreference adds and how many mentions it resolved; the best round is the
** one to quote.  Process CPU time; never asserts on time.
*/
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "peregrine.h"

typedef struct article {
    char *bytes;
    size_t len;
} article;

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static size_t load_dir(const char *dir, article **out, size_t *cap, size_t n) {
    DIR *d = opendir(dir);
    if (!d) return n;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.') continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        FILE *f = fopen(path, "rb");
        if (!f) continue;
        fseek(f, 0, SEEK_END);
        long len = ftell(f);
        fseek(f, 0, SEEK_SET);
        char *b = malloc(len > 0 ? (size_t)len : 1);
        if (b && len > 0 && fread(b, 1, (size_t)len, f) != (size_t)len) {
            free(b);
            b = NULL;
        }
        fclose(f);
        if (!b) continue;
        if (n == *cap) {
            *cap = *cap ? *cap * 2 : 256;
            article *na = realloc(*out, *cap * sizeof **out);
            if (!na) {
                free(b);
                break;
            }
            *out = na;
        }
        (*out)[n].bytes = b;
        (*out)[n].len = len > 0 ? (size_t)len : 0;
        n++;
    }
    closedir(d);
    return n;
}

/* Reads and recognises every article, then resolves its coreference;
** adds the seconds of each part to *pipeline and *coref and the COREF
** mentions found to *resolved (counting is not timed). */
static void run(const pgn_kb *kb, const article *arts, size_t n, double *pipeline, double *coref,
                size_t *resolved) {
    for (size_t i = 0; i < n; i++) {
        pgn_doc *doc;
        pgn_error err;
        double t0 = now();
        if (pgn_doc_from_text(arts[i].bytes, arts[i].len, NULL, &doc, &err)) continue;
        int ok = pgn_kb_recognize_on(kb, doc, "2016-06-01", &err) == 0;
        double t1 = now();
        ok = ok && pgn_doc_resolve_coref(doc, &err) == 0;
        double t2 = now();
        *pipeline += t1 - t0;
        *coref += t2 - t1;
        for (size_t k = 0; ok && k < pgn_doc_n_mentions(doc); k++) {
            pgn_mention_view v;
            if (pgn_doc_mention(doc, k, &v) == 0 && v.how == PGN_MENTION_COREF) (*resolved)++;
        }
        pgn_doc_free(doc);
    }
}

int main(void) {
    article *arts = NULL;
    size_t cap = 0, n = 0;
    const char *corpus = PGN_SHARED_DIR "/data/polnear/train/text";
    n = load_dir(corpus, &arts, &cap, 0);
    if (n == 0) {
        corpus = PGN_SOURCE_DIR "/examples (repeated 200 times)";
        for (int r = 0; r < 200; r++) n = load_dir(PGN_SOURCE_DIR "/examples", &arts, &cap, n);
    }
    pgn_kb *kb = NULL;
    pgn_error err;
    if (n == 0 || pgn_kb_open(PGN_SOURCE_DIR "/data/kb", &kb, &err)) {
        fprintf(stderr, "bench_coref: no corpus or no KB\n");
        for (size_t i = 0; i < n; i++) free(arts[i].bytes);
        free(arts);
        return 1;
    }
    size_t total = 0;
    for (size_t i = 0; i < n; i++) total += arts[i].len;
    printf("corpus: %s: %zu articles, %.2f MB\n", corpus, n, total / 1e6);
    double best_pipe = 1e30, best_coref = 1e30;
    size_t resolved = 0;
    for (int round = 0; round < 5; round++) {
        double p = 0, c = 0;
        size_t r = 0;
        run(kb, arts, n, &p, &c, &r);
        if (p < best_pipe) best_pipe = p;
        if (c < best_coref) best_coref = c;
        resolved = r;
    }
    printf("mentions resolved by coreference: %zu\n", resolved);
    printf("read+actors: %.1f MB/s; coreference alone: %.1f MB/s (adds %.1f%%), best of 5 rounds\n",
           total / 1e6 / best_pipe, total / 1e6 / best_coref, 100.0 * best_coref / best_pipe);
    pgn_kb_close(kb);
    for (size_t i = 0; i < n; i++) free(arts[i].bytes);
    free(arts);
    return 0;
}
