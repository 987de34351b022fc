/* cli/cmd_eval.c -- `peregrine eval WHAT`: dispatches to the scorers. */
#include <string.h>

#include "cli.h"

static void usage(FILE *out) {
    fprintf(out,
            "usage: peregrine eval WHAT [OPTIONS]\n\n"
            "Scores Peregrine against a gold standard and prints the figures.\n\n"
            "  tokenize --gold FILE.conllu   tokens and sentences (CoNLL 2018 F1)\n"
            "  ud --gold FILE.conllu         UPOS, XPOS, UFeats, lemmas, UAS, LAS\n"
            "  actors --gold FILE            actor codes\n"
            "  events --gold FILE            event categories, sources, targets\n"
            "  quotes --gold DIR             quote sources, cues and contents\n"
            "  dates --gold FILE             time expressions\n");
}

int cmd_eval(int argc, char **argv) {
    if (argc < 2) {
        usage(stderr);
        return CLI_USAGE;
    }
    if (cli_is_help(argv[1])) {
        usage(stdout);
        return CLI_OK;
    }
    static const struct {
        const char *name;
        int (*run)(int, char **);
    } evals[] = {
        {"tokenize", eval_tokenize}, {"ud", eval_ud},         {"actors", eval_actors},
        {"events", eval_events},     {"quotes", eval_quotes}, {"dates", eval_dates},
    };
    for (size_t i = 0; i < sizeof evals / sizeof evals[0]; i++)
        if (strcmp(argv[1], evals[i].name) == 0) return evals[i].run(argc - 1, argv + 1);
    fprintf(stderr, "peregrine eval: unknown evaluation '%s'\n", argv[1]);
    usage(stderr);
    return CLI_USAGE;
}
