/* cli/eval_events.c -- `peregrine eval events --gold FILE`: scores event
** coding against a gold JSONL file (tests/data/events/dev.jsonl is ours).
**
** code_one() reads one gold text into a document and runs the library's
** whole pipeline on it (pgn_pipeline_process), as `peregrine code` does. */
#include <getopt.h>
#include <string.h>

#include "cli.h"

static void usage(FILE *out) {
    fprintf(out,
            "usage: peregrine eval events --gold FILE [--data DIR] [--errors]\n\n"
            "Codes each text of a gold JSON Lines file and prints event-category\n"
            "accuracy (PLOVER), source and target accuracy, CAMEO root accuracy,\n"
            "and precision, recall and F1 of whole events (category + source +\n"
            "target), with factuality accuracy on the matched events.\n\n"
            "  --gold FILE  gold events, one JSON object a line\n"
            "  --data DIR   Peregrine's data directory (default: built-in)\n"
            "  --errors     before the figures, list each text's missed gold events\n"
            "               and false system events (PLOVER CAMEO source target)\n");
}

static int code_one(void *ctx, const char *text, size_t len, const char *date, pgn_doc **out,
                    pgn_error *err) {
    const pgn_pipeline *p = ctx;
    pgn_doc_meta meta;
    memset(&meta, 0, sizeof meta);
    meta.published = date;
    meta.record = -1;
    *out = NULL;
    int rc = pgn_doc_from_text(text, len, &meta, out, err);
    if (rc == 0) rc = pgn_pipeline_process(p, *out, err);
    return rc;
}

static const char *or_dash(const char *s) { return s ? s : "-"; }

static void print_keys(const char *what, const pgn_event_key *k, size_t n) {
    for (size_t i = 0; i < n; i++)
        printf("  %-6s %-10s %-5s %-12s %s\n", what, k[i].plover, or_dash(k[i].cameo),
               or_dash(k[i].source), or_dash(k[i].target));
}

static void print_errors(void *ctx, long line, const char *id, const char *text,
                         const pgn_event_key *missed, size_t n_missed,
                         const pgn_event_key *spurious, size_t n_spurious) {
    (void)ctx;
    printf("%s (line %ld): %s\n", id ? id : "-", line, text);
    print_keys("missed", missed, n_missed);
    print_keys("false", spurious, n_spurious);
}

int eval_events(int argc, char **argv) {
    static const struct option opts[] = {
        {"gold", required_argument, NULL, 'g'},
        {"data", required_argument, NULL, 'd'},
        {"errors", no_argument, NULL, 'e'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    const char *gold = NULL, *data = NULL;
    int c, errors = 0;
    optind = 1;
    while ((c = getopt_long(argc, argv, "g:d:eh", opts, NULL)) != -1) {
        switch (c) {
        case 'g': gold = optarg; break;
        case 'd': data = optarg; break;
        case 'e': errors = 1; break;
        case 'h': usage(stdout); return CLI_OK;
        default: usage(stderr); return CLI_USAGE;
        }
    }
    if (!gold || optind < argc) {
        usage(stderr);
        return CLI_USAGE;
    }
    pgn_error err;
    pgn_pipeline *p = NULL;
    if (pgn_pipeline_open(data, NULL, &p, &err)) {
        cli_report("eval events", &err);
        return CLI_RECORD_ERRORS;
    }
    pgn_event_scores sc;
    err.code = 0;
    int rc = pgn_events_score_file_errors(gold, code_one, p, errors ? print_errors : NULL, NULL,
                                          &sc, &err);
    pgn_pipeline_close(p);
    if (rc) {
        cli_report("eval events", &err);
        return CLI_RECORD_ERRORS;
    }
    if (sc.coding_errors) {
        fprintf(stderr, "peregrine eval events: %zu of %zu texts could not be coded; first:\n",
                sc.coding_errors, sc.items);
        cli_report("eval events", &err);
    }
    printf("texts                 %zu (coding errors %zu)\n", sc.items, sc.coding_errors);
    printf("gold events           %zu (plus %zu negated)\n", sc.gold, sc.gold_negated);
    printf("system events         %zu\n", sc.sys);
    printf("category accuracy     %.3f (%zu/%zu)\n", sc.cat_acc, sc.cat_ok, sc.gold);
    printf("source accuracy       %.3f (%zu/%zu)\n", sc.src_acc, sc.src_ok, sc.gold);
    printf("target accuracy       %.3f (%zu/%zu)\n", sc.tgt_acc, sc.tgt_ok, sc.gold);
    printf("CAMEO root accuracy   %.3f (%zu/%zu)\n", sc.root_acc, sc.root_ok, sc.root_gold);
    printf("whole events P/R/F1   %.3f %.3f %.3f (matched %zu)\n", sc.precision, sc.recall,
           sc.f1, sc.matched);
    printf("factuality accuracy   %.3f (of matched)\n", sc.fact_acc);
    printf("negated kept negated  %zu/%zu\n", sc.negated_ok, sc.gold_negated);
    return sc.coding_errors == sc.items && sc.items ? CLI_RECORD_ERRORS : CLI_OK;
}
