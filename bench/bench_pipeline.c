/* bench/bench_pipeline.c -- the whole job: raw article text to coded
** events (read, tokenize, tag, parse, actors, coreference, dates, quotes,
** events), one thread, on the bench corpus (PolNeAR train articles when
** ../shared is present).  Prints sentences, tokens and bytes per second of
** CPU time, the best of N rounds (`bench_pipeline N`, default 3), and the
** time to open the pipeline (models, KB, ontology and lexicon).
**
** `bench_pipeline N --no-discourse` runs the same stages without the
** discourse ones (coreference, dates, quotes; events undated), on models
** opened alone, so that the cost of discourse is the difference of the two
** figures.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "corpus.h"
#include "peregrine.h"

/* The stages of pgn_pipeline_process without the discourse ones. */
typedef struct bare {
    pgn_nlp_model *nlp;
    pgn_kb *kb;
    pgn_coder *coder;
} bare;

static int bare_open(bare *b, pgn_error *err) {
    memset(b, 0, sizeof *b);
    /* the parse pgn_pipeline_open opens */
    pgn_nlp_open_options greedy = {.parse_greedy = 1};
    int rc = pgn_nlp_model_open_opts(PGN_SOURCE_DIR "/data/models", &greedy, &b->nlp, err);
    if (!rc) rc = pgn_kb_open(PGN_SOURCE_DIR "/data/kb", &b->kb, err);
    if (!rc) rc = pgn_coder_open(PGN_SOURCE_DIR "/data", &b->coder, err);
    return rc;
}

static void bare_close(bare *b) {
    pgn_nlp_model_close(b->nlp);
    pgn_kb_close(b->kb);
    pgn_coder_close(b->coder);
}

static int bare_process(const bare *b, pgn_doc *doc, pgn_error *err) {
    int rc = pgn_nlp_annotate(b->nlp, doc, err);
    if (!rc) rc = pgn_kb_recognize(b->kb, doc, err);
    if (!rc) rc = pgn_coder_code(b->coder, doc, err);
    return rc;
}

int main(int argc, char **argv) {
    int rounds = argc > 1 ? atoi(argv[1]) : 3;
    if (rounds < 1) rounds = 1;
    int no_discourse = argc > 2 && strcmp(argv[2], "--no-discourse") == 0;
    bench_corpus cp;
    if (bench_corpus_load(&cp)) return 1;
    pgn_error err;
    pgn_pipeline *pipe = NULL;
    bare stages;
    double t0 = bench_cpu_seconds(), w0 = bench_wall_seconds();
    if (no_discourse ? bare_open(&stages, &err)
                     : pgn_pipeline_open(PGN_SOURCE_DIR "/data", NULL, &pipe, &err)) {
        char buf[512];
        fprintf(stderr, "bench_pipeline: %s\n", pgn_error_format(&err, buf, sizeof buf));
        if (no_discourse) bare_close(&stages);
        bench_corpus_free(&cp);
        return 1;
    }
    printf("pipeline open: %.0f ms CPU, %.0f ms wall\n", 1e3 * (bench_cpu_seconds() - t0),
           1e3 * (bench_wall_seconds() - w0));
    printf("corpus: %s: %zu articles, %.2f MB\n", cp.name, cp.n, cp.bytes / 1e6);
    double best = 1e30;
    size_t sentences = 0, tokens = 0, events = 0, failed = 0;
    for (int r = 0; r < rounds; r++) {
        sentences = tokens = events = failed = 0;
        double c0 = bench_cpu_seconds();
        for (size_t i = 0; i < cp.n; i++) {
            pgn_doc *doc;
            if (pgn_doc_from_text(cp.v[i].bytes, cp.v[i].len, NULL, &doc, &err)) {
                failed++;
                continue;
            }
            if (no_discourse ? bare_process(&stages, doc, &err)
                             : pgn_pipeline_process(pipe, doc, &err))
                failed++;
            sentences += pgn_doc_n_sentences(doc);
            for (size_t s = 0; s < pgn_doc_n_sentences(doc); s++) {
                pgn_sentence_view sv;
                if (pgn_doc_sentence(doc, s, &sv) == 0) tokens += sv.n_tokens;
            }
            events += pgn_doc_n_events(doc);
            pgn_doc_free(doc);
        }
        double c = bench_cpu_seconds() - c0;
        if (c < best) best = c;
    }
    printf("documents %zu (failed %zu), sentences %zu, tokens %zu, events %zu\n", cp.n, failed,
           sentences, tokens, events);
    printf("%s: %.0f sentences/s, %.0f tokens/s, %.2f MB/s of CPU time, best of %d\n",
           no_discourse ? "without discourse" : "whole pipeline", sentences / best, tokens / best,
           cp.bytes / 1e6 / best, rounds);
    if (no_discourse) bare_close(&stages);
    else pgn_pipeline_close(pipe);
    bench_corpus_free(&cp);
    return 0;
}
