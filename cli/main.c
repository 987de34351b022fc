/* cli/main.c -- the peregrine command: dispatches to subcommands. */
#include <stdio.h>
#include <string.h>

#include "cli.h"

static const cli_command commands[] = {
    {"read", "read articles into clean documents, sentences and tokens", cmd_read},
    {"parse", "tag, lemmatize and parse into CoNLL-U", cmd_parse},
    {"code", "code political events (CAMEO, PLOVER)", cmd_code},
    {"actors", "print the actor mentions of documents", cmd_actors},
    {"kb", "look up the actor knowledge base", cmd_kb},
    {"quotes", "print quotes and their speakers", cmd_quotes},
    {"dates", "print time expressions, normalised", cmd_dates},
    {"eval", "score Peregrine against gold standards", cmd_eval},
    {"train", "train the tagger, the parser or the quotes model", cmd_train},
    {"version", "print the version", cmd_version},
};

#define N_COMMANDS (sizeof commands / sizeof commands[0])

static void usage(FILE *out) {
    fprintf(out,
            "usage: peregrine COMMAND [OPTIONS] [FILE...]\n\n"
            "Peregrine reads news and produces political event data.\n\n"
            "commands:\n");
    for (size_t i = 0; i < N_COMMANDS; i++)
        fprintf(out, "  %-9s %s\n", commands[i].name, commands[i].summary);
    fprintf(out, "\n'peregrine COMMAND --help' describes a command.\n");
}

int main(int argc, char **argv) {
    if (argc < 2) {
        usage(stderr);
        return CLI_USAGE;
    }
    if (cli_is_help(argv[1]) || strcmp(argv[1], "help") == 0) {
        usage(stdout);
        return CLI_OK;
    }
    if (strcmp(argv[1], "--version") == 0) return cmd_version(1, argv + 1);
    for (size_t i = 0; i < N_COMMANDS; i++)
        if (strcmp(argv[1], commands[i].name) == 0)
            return commands[i].run(argc - 1, argv + 1);
    fprintf(stderr, "peregrine: unknown command '%s'\n\n", argv[1]);
    usage(stderr);
    return CLI_USAGE;
}
