/* cli/cmd_code.c -- `peregrine code`: not landed yet; says so plainly. */
#include "cli.h"

int cmd_code(int argc, char **argv) {
    if (argc > 1 && cli_is_help(argv[1])) {
        printf("usage: peregrine code ...\n\nCodes political events in CAMEO and PLOVER.\n(not available in this version yet)\n");
        return CLI_OK;
    }
    fprintf(stderr, "peregrine code: not available in this version yet\n");
    return CLI_USAGE;
}
