/* cli/cmd_eval.c -- `peregrine eval WHAT`: dispatches to the scorers. */
#include <string.h>

#include "cli.h"

static void usage(FILE *out) {
    fprintf(out,
            "usage: peregrine eval WHAT [OPTIONS]\n\n"
            "Scores Peregrine against a gold standard and prints the figures.\n\n"
            "  tokenize --gold FILE.conllu   tokens and sentences (CoNLL 2018 F1)\n");
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
    if (strcmp(argv[1], "tokenize") == 0) return eval_tokenize(argc - 1, argv + 1);
    fprintf(stderr, "peregrine eval: unknown evaluation '%s'\n", argv[1]);
    usage(stderr);
    return CLI_USAGE;
}
