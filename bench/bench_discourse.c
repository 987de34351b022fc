/* bench/bench_discourse.c -- cost of the discourse stage: time expressions
** and quotes on top of reading.
**
** Loads the PolNeAR train articles from ../shared when present (else the
** bundled examples repeated), then for several rounds reads every article
** (read + clean + tokenize + split), and reads it again running
** pgn_doc_find_dates and pgn_doc_find_quotes.  Prints MB/s of both and the
** share of time the discourse stage adds; the best round is the one to
** quote.  Times are process CPU time, which other load on the machine
** disturbs less than wall time.  Never asserts on time.
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

/* Reads every article; with discourse, also finds dates and quotes.
** Returns seconds; adds the counts found. */
static double run(const article *arts, size_t n, int discourse, size_t *dates, size_t *quotes) {
    double t0 = now();
    for (size_t i = 0; i < n; i++) {
        pgn_doc *doc;
        pgn_error err;
        if (pgn_doc_from_text(arts[i].bytes, arts[i].len, NULL, &doc, &err)) continue;
        if (discourse) {
            if (pgn_doc_find_dates(doc, "2016-06-01", &err) == 0) *dates += pgn_doc_n_dates(doc);
            if (pgn_doc_find_quotes(doc, &err) == 0) *quotes += pgn_doc_n_quotes(doc);
        }
        pgn_doc_free(doc);
    }
    return now() - t0;
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
    if (n == 0) {
        fprintf(stderr, "bench_discourse: no corpus found\n");
        return 1;
    }
    size_t total = 0;
    for (size_t i = 0; i < n; i++) total += arts[i].len;
    printf("corpus: %s: %zu articles, %.2f MB\n", corpus, n, total / 1e6);
    double best_read = 1e30, best_all = 1e30;
    size_t dates = 0, quotes = 0;
    for (int round = 0; round < 5; round++) {
        size_t d = 0, q = 0;
        double a = run(arts, n, 0, &d, &q);
        double b = run(arts, n, 1, &d, &q);
        if (a < best_read) best_read = a;
        if (b < best_all) best_all = b;
        dates = d;
        quotes = q;
    }
    printf("time expressions: %zu, quotes: %zu\n", dates, quotes);
    printf("read only:          %.1f MB/s\n", total / 1e6 / best_read);
    printf("read+dates+quotes:  %.1f MB/s (discourse adds %.0f%% to reading), best of 5 rounds\n",
           total / 1e6 / best_all, 100.0 * (best_all - best_read) / best_read);
    for (size_t i = 0; i < n; i++) free(arts[i].bytes);
    free(arts);
    return 0;
}
