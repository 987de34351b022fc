/* bench/bench_nlp.c -- speed of tagging + lemmatizing + parsing on the UD
** English EWT test text (gold tokenization), model load time and peak
** memory.  Prints figures; never asserts on time.  Skips with a message
** when ../shared or the committed models are absent.
** Arguments (all optional): the CoNLL-U file, the model directory, and the
** parser's selectional branching steps (pgn_nlp_open_options; 0 greedy;
** without it the library's default) and its branch margin (weight units;
** 0 none). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>

#include "nlp/conllu.h"
#include "nlp/nlp_int.h"
#include "peregrine.h"

static double cpu(void) {
    struct timespec t;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

int main(int argc, char **argv) {
    const char *test = argc > 1 ? argv[1] : PGN_SHARED_DIR "/data/ud-en-ewt/en_ewt-ud-test.conllu";
    const char *models = argc > 2 ? argv[2] : PGN_SOURCE_DIR "/data/models";
    pgn_nlp_open_options opt = {argc > 3 ? (unsigned)atoi(argv[3]) : 0,
                                argc > 4 ? atof(argv[4]) : 0, argc > 3 && atoi(argv[3]) == 0};
    unsigned branches = opt.parse_greedy     ? 0
                        : opt.parse_branches ? opt.parse_branches
                                             : PGN_NLP_DEFAULT_BRANCHES;
    struct stat st;
    if (stat(test, &st) != 0) {
        printf("bench_nlp: skipped (%s not found)\n", test);
        return 0;
    }
    pgn_error err;
    char buf[1024];
    double t0 = now(), t0c = cpu();
    pgn_nlp_model *m;
    if (pgn_nlp_model_open_opts(models, &opt, &m, &err)) {
        printf("bench_nlp: skipped (%s)\n", pgn_error_format(&err, buf, sizeof buf));
        return 0;
    }
    double load = now() - t0, load_cpu = cpu() - t0c;
    pgn__treebank *tb;
    if (pgn__conllu_read_file(test, &tb, &err)) {
        fprintf(stderr, "bench_nlp: %s\n", pgn_error_format(&err, buf, sizeof buf));
        pgn_nlp_model_close(m);
        return 1;
    }
    /* The text as documents, one per sentence, tokens as in the gold file:
    ** pgn_nlp_annotate is what the pipeline calls. */
    const int rounds = 3;
    size_t words = 0;
    double best = 1e30, best_cpu = 1e30;
    for (int r = 0; r < rounds; r++) {
        double el = 0, el_cpu = 0;
        words = 0;
        for (size_t si = 0; si < tb->n; si++) {
            const pgn__ud_sent *u = &tb->s[si];
            size_t len = 0;
            for (uint32_t i = 0; i < u->n; i++) len += strlen(u->w[i].form) + 1;
            char *text = malloc(len + 1), *p = text;
            for (uint32_t i = 0; i < u->n; i++) {
                size_t k = strlen(u->w[i].form);
                memcpy(p, u->w[i].form, k);
                p += k;
                *p++ = ' ';
            }
            *p = '\0';
            pgn_doc *doc;
            if (pgn_doc_from_text(text, len, NULL, &doc, &err) == 0) {
                double a = now(), ac = cpu();
                pgn_nlp_annotate(m, doc, &err);
                el += now() - a;
                el_cpu += cpu() - ac;
                for (size_t s = 0; s < pgn_doc_n_sentences(doc); s++) {
                    pgn_sentence_view sv;
                    pgn_doc_sentence(doc, s, &sv);
                    words += sv.n_tokens;
                }
                pgn_doc_free(doc);
            }
            free(text);
        }
        if (el < best) best = el;
        if (el_cpu < best_cpu) best_cpu = el_cpu;
    }
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("bench_nlp: %zu tokens of %s (parser: %s%.0u", words, test,
           branches ? "branching over " : "greedy", branches);
    if (branches && opt.parse_branch_margin > 0)
        printf(" below a margin of %g", opt.parse_branch_margin);
    printf(")\n");
    printf("  tag+lemma+parse: %.0f tokens/s wall, %.0f tokens/s of CPU time (best of %d, "
           "one thread)\n",
           (double)words / best, (double)words / best_cpu, rounds);
    printf("  model load:      %.0f ms wall, %.0f ms CPU (%s)\n", load * 1000, load_cpu * 1000,
           models);
    printf("  peak RSS:        %.1f MB\n", (double)ru.ru_maxrss / 1024.0);
    pgn__treebank_free(tb);
    pgn_nlp_model_close(m);
    return 0;
}
