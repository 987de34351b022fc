/* cli/cmd_quotes.c -- `peregrine quotes`: the quotes and reported speech of
** each document with their speakers and cues, as JSON Lines. */
#include <getopt.h>
#include <string.h>

#include "cli.h"

static void usage(FILE *out) {
    fprintf(out,
            "usage: peregrine quotes [--input auto|text|jsonl] [FILE...]\n\n"
            "Reads news articles and prints, for each, one JSON line with its\n"
            "quotes: direct quotes (in quotation marks) and reported speech (\"X\n"
            "said that ...\", \"according to X\").  Each has the quoted content\n"
            "(text, start, end: character offsets into the input), whether it is\n"
            "direct, and its speaker and cue (each text, start, end, or null); the\n"
            "speaker has the actor code when an actor mention covers it.\n\n"
            "  --input FORMAT  auto (default), text or jsonl\n\n"
            "exit status: 0 all records read, 1 some records had errors, 2 usage\n");
}

int cmd_quotes(int argc, char **argv) {
    static const struct option opts[] = {
        {"input", required_argument, NULL, 'i'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    pgn_read_options ro = {0};
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "i:h", opts, NULL)) != -1) {
        switch (c) {
        case 'i':
            if (strcmp(optarg, "auto") == 0) ro.format = PGN_FORMAT_AUTO;
            else if (strcmp(optarg, "text") == 0) ro.format = PGN_FORMAT_TEXT;
            else if (strcmp(optarg, "jsonl") == 0) ro.format = PGN_FORMAT_JSONL;
            else {
                fprintf(stderr, "peregrine quotes: unknown input format '%s'\n", optarg);
                return CLI_USAGE;
            }
            break;
        case 'h': usage(stdout); return CLI_OK;
        default: usage(stderr); return CLI_USAGE;
        }
    }
    char *stdin_only[] = {"-"};
    char **files = optind < argc ? argv + optind : stdin_only;
    int n_files = optind < argc ? argc - optind : 1;
    int status = CLI_OK;
    for (int f = 0; f < n_files; f++) {
        pgn_error err;
        pgn_reader *r = NULL;
        if (pgn_reader_open_file(files[f], &ro, &r, &err)) {
            cli_report("quotes", &err);
            cli_error_record(stdout, &err);
            status = CLI_RECORD_ERRORS;
            continue;
        }
        pgn_doc *doc;
        int rc;
        while ((rc = pgn_reader_next(r, &doc, &err)) != 0) {
            if (rc < 0 || pgn_doc_find_quotes(doc, &err)) {
                cli_report("quotes", &err);
                cli_error_record(stdout, &err);
                status = CLI_RECORD_ERRORS;
                if (rc > 0) pgn_doc_free(doc);
                continue;
            }
            if (pgn_doc_write_quotes_json(doc, cli_write_file, stdout, &err)) {
                cli_report("quotes", &err);
                pgn_doc_free(doc);
                pgn_reader_close(r);
                return CLI_RECORD_ERRORS;
            }
            pgn_doc_free(doc);
        }
        pgn_reader_close(r);
    }
    return status;
}
