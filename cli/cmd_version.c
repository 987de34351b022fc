/* cli/cmd_version.c -- `peregrine version`. */
#include "cli.h"

int cmd_version(int argc, char **argv) {
    if (argc > 1 && cli_is_help(argv[1])) {
        printf("usage: peregrine version\n\nPrints the version of Peregrine.\n");
        return CLI_OK;
    }
    printf("peregrine %s\n", pgn_version());
    return CLI_OK;
}
