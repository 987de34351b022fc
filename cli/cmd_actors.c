/* cli/cmd_actors.c -- `peregrine actors`: not landed yet; says so plainly. */
#include "cli.h"

int cmd_actors(int argc, char **argv) {
    if (argc > 1 && cli_is_help(argv[1])) {
        printf("usage: peregrine actors ...\n\nPrints the actor mentions of a document.\n(not available in this version yet)\n");
        return CLI_OK;
    }
    fprintf(stderr, "peregrine actors: not available in this version yet\n");
    return CLI_USAGE;
}
