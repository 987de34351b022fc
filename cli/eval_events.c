/* cli/eval_events.c -- `peregrine eval events`: not landed yet; says so plainly. */
#include "cli.h"

int eval_events(int argc, char **argv) {
    if (argc > 1 && cli_is_help(argv[1])) {
        printf("usage: peregrine eval events ...\n\nScores event coding against a gold file.\n(not available in this version yet)\n");
        return CLI_OK;
    }
    fprintf(stderr, "peregrine eval events: not available in this version yet\n");
    return CLI_USAGE;
}
