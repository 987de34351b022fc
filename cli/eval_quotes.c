/* cli/eval_quotes.c -- `peregrine eval quotes`: not landed yet; says so plainly. */
#include "cli.h"

int eval_quotes(int argc, char **argv) {
    if (argc > 1 && cli_is_help(argv[1])) {
        printf("usage: peregrine eval quotes ...\n\nScores quotes against PolNeAR-format annotations.\n(not available in this version yet)\n");
        return CLI_OK;
    }
    fprintf(stderr, "peregrine eval quotes: not available in this version yet\n");
    return CLI_USAGE;
}
