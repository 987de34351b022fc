/* cli/cmd_train.c -- `peregrine train`: not landed yet; says so plainly. */
#include "cli.h"

int cmd_train(int argc, char **argv) {
    if (argc > 1 && cli_is_help(argv[1])) {
        printf("usage: peregrine train ...\n\nTrains the tagger or the parser.\n(not available in this version yet)\n");
        return CLI_OK;
    }
    fprintf(stderr, "peregrine train: not available in this version yet\n");
    return CLI_USAGE;
}
