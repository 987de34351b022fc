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

#include "corpus.h"
#include "peregrine.h"


/* Reads every article; with discourse, also finds dates and quotes.
** Returns seconds; adds the counts found. */
static double run(const bench_article *arts, size_t n, int discourse, size_t *dates, size_t *quotes) {
    double t0 = bench_cpu_seconds();
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
    return bench_cpu_seconds() - t0;
}

int main(void) {
    bench_corpus cp;
    if (bench_corpus_load(&cp)) return 1;
    const bench_article *arts = cp.v;
    size_t n = cp.n, total = cp.bytes;
    const char *corpus = cp.name;
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
    bench_corpus_free(&cp);
    return 0;
}
