/* cli/eval_actors.c -- `peregrine eval actors`: not landed yet; says so plainly. */
#include "cli.h"

int eval_actors(int argc, char **argv) {
    if (argc > 1 && cli_is_help(argv[1])) {
        printf("usage: peregrine eval actors ...\n\nScores actor recognition against a gold file.\n(not available in this version yet)\n");
        return CLI_OK;
    }
    fprintf(stderr, "peregrine eval actors: not available in this version yet\n");
    return CLI_USAGE;
}
