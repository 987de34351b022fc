/* cli/cmd_dates.c -- `peregrine dates`: not landed yet; says so plainly. */
#include "cli.h"

int cmd_dates(int argc, char **argv) {
    if (argc > 1 && cli_is_help(argv[1])) {
        printf("usage: peregrine dates ...\n\nPrints the time expressions of a document, normalised.\n(not available in this version yet)\n");
        return CLI_OK;
    }
    fprintf(stderr, "peregrine dates: not available in this version yet\n");
    return CLI_USAGE;
}
