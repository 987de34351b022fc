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

#include "corpus.h"
#include "peregrine.h"


/* Reads and recognises every article, then resolves its coreference;
** adds the seconds of each part to *pipeline and *coref and the COREF
** mentions found to *resolved (counting is not timed). */
static void run(const pgn_kb *kb, const bench_article *arts, size_t n, double *pipeline, double *coref,
                size_t *resolved) {
    for (size_t i = 0; i < n; i++) {
        pgn_doc *doc;
        pgn_error err;
        double t0 = bench_cpu_seconds();
        if (pgn_doc_from_text(arts[i].bytes, arts[i].len, NULL, &doc, &err)) continue;
        int ok = pgn_kb_recognize_on(kb, doc, "2016-06-01", &err) == 0;
        double t1 = bench_cpu_seconds();
        ok = ok && pgn_doc_resolve_coref(doc, &err) == 0;
        double t2 = bench_cpu_seconds();
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
    bench_corpus cp;
    if (bench_corpus_load(&cp)) return 1;
    const bench_article *arts = cp.v;
    size_t n = cp.n, total = cp.bytes;
    const char *corpus = cp.name;
    pgn_kb *kb = NULL;
    pgn_error err;
    if (pgn_kb_open(PGN_SOURCE_DIR "/data/kb", &kb, &err)) {
        fprintf(stderr, "bench_coref: no KB\n");
        bench_corpus_free(&cp);
        return 1;
    }
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
    bench_corpus_free(&cp);
    return 0;
}
