/* cli/eval_dates.c -- `peregrine eval dates`: not landed yet; says so plainly. */
#include "cli.h"

int eval_dates(int argc, char **argv) {
    if (argc > 1 && cli_is_help(argv[1])) {
        printf("usage: peregrine eval dates ...\n\nScores time-expression normalisation.\n(not available in this version yet)\n");
        return CLI_OK;
    }
    fprintf(stderr, "peregrine eval dates: not available in this version yet\n");
    return CLI_USAGE;
}
