/* cli/cmd_kb.c -- `peregrine kb`: not landed yet; says so plainly. */
#include "cli.h"

int cmd_kb(int argc, char **argv) {
    if (argc > 1 && cli_is_help(argv[1])) {
        printf("usage: peregrine kb ...\n\nLooks up the actor knowledge base (lookup, stats).\n(not available in this version yet)\n");
        return CLI_OK;
    }
    fprintf(stderr, "peregrine kb: not available in this version yet\n");
    return CLI_USAGE;
}
