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
**
** `bench_pipeline N --ratio` opens both and times them in turn, whole then
** without discourse, N pairs, and prints each pair's time ratio and their
** median: the paired figure is what the discourse stages cost, with the
** machine's drift between two separate runs taken out.
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

/* One pass over the corpus with the whole pipeline (pipe) or the stages
** without discourse (bare); counts what it saw, returns its CPU seconds. */
typedef struct pass_counts {
    size_t sentences, tokens, events, failed;
} pass_counts;

static double run_pass(const bench_corpus *cp, const pgn_pipeline *pipe, const bare *stages,
                       pass_counts *pc) {
    pgn_error err;
    memset(pc, 0, sizeof *pc);
    double c0 = bench_cpu_seconds();
    for (size_t i = 0; i < cp->n; i++) {
        pgn_doc *doc;
        if (pgn_doc_from_text(cp->v[i].bytes, cp->v[i].len, NULL, &doc, &err)) {
            pc->failed++;
            continue;
        }
        if (pipe ? pgn_pipeline_process(pipe, doc, &err) : bare_process(stages, doc, &err))
            pc->failed++;
        pc->sentences += pgn_doc_n_sentences(doc);
        for (size_t s = 0; s < pgn_doc_n_sentences(doc); s++) {
            pgn_sentence_view sv;
            if (pgn_doc_sentence(doc, s, &sv) == 0) pc->tokens += sv.n_tokens;
        }
        pc->events += pgn_doc_n_events(doc);
        pgn_doc_free(doc);
    }
    return bench_cpu_seconds() - c0;
}

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* --ratio: pairs of passes, whole then bare, and the median of their ratios. */
static void run_ratio(const bench_corpus *cp, const pgn_pipeline *pipe, const bare *stages,
                      int pairs) {
    double *r = malloc((size_t)pairs * sizeof *r);
    if (!r) return;
    pass_counts pc;
    run_pass(cp, pipe, stages, &pc);     /* warm both paths once, untimed */
    run_pass(cp, NULL, stages, &pc);
    for (int i = 0; i < pairs; i++) {
        double w = run_pass(cp, pipe, stages, &pc);
        double b = run_pass(cp, NULL, stages, &pc);
        r[i] = w / b;
        printf("pair %d: whole %.3f s, without discourse %.3f s, ratio %.4f\n", i + 1, w, b, r[i]);
    }
    qsort(r, (size_t)pairs, sizeof *r, cmp_double);
    double med = pairs % 2 ? r[pairs / 2] : (r[pairs / 2 - 1] + r[pairs / 2]) / 2;
    printf("whole / without discourse, CPU time: median %.4f over %d pairs (min %.4f, max %.4f): "
           "discourse costs %.1f%% of the pipeline without it\n",
           med, pairs, r[0], r[pairs - 1], 100 * (med - 1));
    free(r);
}

int main(int argc, char **argv) {
    int rounds = argc > 1 ? atoi(argv[1]) : 3;
    if (rounds < 1) rounds = 1;
    int no_discourse = argc > 2 && strcmp(argv[2], "--no-discourse") == 0;
    int ratio = argc > 2 && strcmp(argv[2], "--ratio") == 0;
    bench_corpus cp;
    if (bench_corpus_load(&cp)) return 1;
    pgn_error err;
    pgn_pipeline *pipe = NULL;
    bare stages;
    memset(&stages, 0, sizeof stages);
    double t0 = bench_cpu_seconds(), w0 = bench_wall_seconds();
    int rc = 0;
    if (no_discourse || ratio) rc = bare_open(&stages, &err);
    if (!rc && !no_discourse) rc = pgn_pipeline_open(PGN_SOURCE_DIR "/data", NULL, &pipe, &err);
    if (rc) {
        char buf[512];
        fprintf(stderr, "bench_pipeline: %s\n", pgn_error_format(&err, buf, sizeof buf));
        bare_close(&stages);
        pgn_pipeline_close(pipe);
        bench_corpus_free(&cp);
        return 1;
    }
    printf("pipeline open: %.0f ms CPU, %.0f ms wall\n", 1e3 * (bench_cpu_seconds() - t0),
           1e3 * (bench_wall_seconds() - w0));
    printf("corpus: %s: %zu articles, %.2f MB\n", cp.name, cp.n, cp.bytes / 1e6);
    if (ratio) {
        run_ratio(&cp, pipe, &stages, rounds);
    } else {
        double best = 1e30;
        pass_counts pc;
        for (int r = 0; r < rounds; r++) {
            double c = run_pass(&cp, no_discourse ? NULL : pipe, &stages, &pc);
            if (c < best) best = c;
        }
        printf("documents %zu (failed %zu), sentences %zu, tokens %zu, events %zu\n", cp.n,
               pc.failed, pc.sentences, pc.tokens, pc.events);
        printf("%s: %.0f sentences/s, %.0f tokens/s, %.2f MB/s of CPU time, best of %d\n",
               no_discourse ? "without discourse" : "whole pipeline", pc.sentences / best,
               pc.tokens / best, cp.bytes / 1e6 / best, rounds);
    }
    bare_close(&stages);
    pgn_pipeline_close(pipe);
    bench_corpus_free(&cp);
    return 0;
}
