/* cli/cmd_pending.c -- subcommands whose stage has not landed yet.
** Each says so plainly instead of pretending to work. */
#include "cli.h"

static int pending(int argc, char **argv, const char *what) {
    if (argc > 1 && cli_is_help(argv[1])) {
        printf("usage: peregrine %s ...\n\n%s\n(not available in this version yet)\n",
               argv[0], what);
        return CLI_OK;
    }
    fprintf(stderr, "peregrine %s: not available in this version yet\n", argv[0]);
    return CLI_USAGE;
}

int cmd_parse(int argc, char **argv) {
    return pending(argc, argv, "Tags, lemmatizes and parses text into CoNLL-U.");
}

int cmd_code(int argc, char **argv) {
    return pending(argc, argv, "Codes political events in CAMEO and PLOVER.");
}

int cmd_train(int argc, char **argv) {
    return pending(argc, argv, "Trains the tagger or the parser.");
}

int eval_tokenize(int argc, char **argv) {
    return pending(argc, argv, "Scores tokenization and sentence splitting.");
}
