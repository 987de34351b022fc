/* cli/cmd_parse.c -- `peregrine parse`: not landed yet; says so plainly. */
#include "cli.h"

int cmd_parse(int argc, char **argv) {
    if (argc > 1 && cli_is_help(argv[1])) {
        printf("usage: peregrine parse ...\n\nTags, lemmatizes and parses text into CoNLL-U.\n(not available in this version yet)\n");
        return CLI_OK;
    }
    fprintf(stderr, "peregrine parse: not available in this version yet\n");
    return CLI_USAGE;
}
