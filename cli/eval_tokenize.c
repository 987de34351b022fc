/* cli/eval_tokenize.c -- `peregrine eval tokenize`: not landed yet; says so plainly. */
#include "cli.h"

int eval_tokenize(int argc, char **argv) {
    if (argc > 1 && cli_is_help(argv[1])) {
        printf("usage: peregrine eval tokenize ...\n\nScores tokenization and sentence splitting (CoNLL 2018 F1).\n(not available in this version yet)\n");
        return CLI_OK;
    }
    fprintf(stderr, "peregrine eval tokenize: not available in this version yet\n");
    return CLI_USAGE;
}
