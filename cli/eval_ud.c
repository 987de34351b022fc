/* cli/eval_ud.c -- `peregrine eval ud`: not landed yet; says so plainly. */
#include "cli.h"

int eval_ud(int argc, char **argv) {
    if (argc > 1 && cli_is_help(argv[1])) {
        printf("usage: peregrine eval ud ...\n\nScores tagging, lemmas and parsing against a CoNLL-U gold file.\n(not available in this version yet)\n");
        return CLI_OK;
    }
    fprintf(stderr, "peregrine eval ud: not available in this version yet\n");
    return CLI_USAGE;
}
