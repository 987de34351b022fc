/* cli/eval_events.c -- `peregrine eval events --gold FILE`: scores event
** coding against a gold JSONL file (tests/data/events/dev.jsonl is ours).
**
** code_one() is the whole pipeline for one text: read it into a document,
** parse it, find its actors (the KB) and code events.  The parser is wired
** here when it lands; until then coding stops with the coder's "not
** parsed" error, which is reported once. */
#include <getopt.h>
#include <string.h>

#include "cli.h"

static void usage(FILE *out) {
    fprintf(out,
            "usage: peregrine eval events --gold FILE [--data DIR]\n\n"
            "Codes each text of a gold JSON Lines file and prints event-category\n"
            "accuracy (PLOVER), source and target accuracy, CAMEO root accuracy,\n"
            "and precision, recall and F1 of whole events (category + source +\n"
            "target), with factuality accuracy on the matched events.\n\n"
            "  --gold FILE  gold events, one JSON object a line\n"
            "  --data DIR   Peregrine's data directory (default: built-in)\n");
}

typedef struct pipeline {
    pgn_coder *coder;
    pgn_kb *kb;
} pipeline;

static int code_one(void *ctx, const char *text, size_t len, const char *date, pgn_doc **out,
                    pgn_error *err) {
    const pipeline *p = ctx;
    pgn_doc_meta meta;
    memset(&meta, 0, sizeof meta);
    meta.published = date;
    meta.record = -1;
    *out = NULL;
    int rc = pgn_doc_from_text(text, len, &meta, out, err);
    /* The parser (src/nlp) goes here, before the actors. */
    if (rc == 0) rc = pgn_kb_recognize(p->kb, *out, err);
    if (rc == 0) rc = pgn_coder_code(p->coder, *out, err);
    return rc;
}

int eval_events(int argc, char **argv) {
    static const struct option opts[] = {
        {"gold", required_argument, NULL, 'g'},
        {"data", required_argument, NULL, 'd'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    const char *gold = NULL, *data = NULL;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "g:d:h", opts, NULL)) != -1) {
        switch (c) {
        case 'g': gold = optarg; break;
        case 'd': data = optarg; break;
        case 'h': usage(stdout); return CLI_OK;
        default: usage(stderr); return CLI_USAGE;
        }
    }
    if (!gold || optind < argc) {
        usage(stderr);
        return CLI_USAGE;
    }
    pgn_error err;
    pipeline p = {NULL, NULL};
    char kb_dir[1024];
    snprintf(kb_dir, sizeof kb_dir, "%s/kb", data ? data : pgn_default_data_dir());
    if (pgn_coder_open(data, &p.coder, &err) || pgn_kb_open(kb_dir, &p.kb, &err)) {
        cli_report("eval events", &err);
        pgn_coder_close(p.coder);
        return CLI_RECORD_ERRORS;
    }
    pgn_event_scores sc;
    err.code = 0;
    int rc = pgn_events_score_file(gold, code_one, &p, &sc, &err);
    pgn_coder_close(p.coder);
    pgn_kb_close(p.kb);
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
