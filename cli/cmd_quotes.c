/* cli/cmd_quotes.c -- `peregrine quotes`: not landed yet; says so plainly. */
#include "cli.h"

int cmd_quotes(int argc, char **argv) {
    if (argc > 1 && cli_is_help(argv[1])) {
        printf("usage: peregrine quotes ...\n\nPrints the quotes of a document with their speakers.\n(not available in this version yet)\n");
        return CLI_OK;
    }
    fprintf(stderr, "peregrine quotes: not available in this version yet\n");
    return CLI_USAGE;
}
