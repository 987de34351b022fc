/* cli/cmd_read.c -- `peregrine read`: articles in, one JSON document out per
** input record (or one error record). */
#include <getopt.h>
#include <string.h>

#include "cli.h"

static void usage(FILE *out) {
    fprintf(out,
            "usage: peregrine read [--input auto|text|jsonl] [--no-tokens] [FILE...]\n\n"
            "Reads news articles and prints each as one JSON object per line:\n"
            "metadata (headline, published and updated times, byline, dateline,\n"
            "image credits), the body blocks kept, the boilerplate removed, and\n"
            "sentences with their tokens.  Offsets are character offsets into the\n"
            "input text.  FILE may be plain text, JSON Lines (one document a line:\n"
            "id, text, title, published or date, url), gzip or zstd compressed;\n"
            "'-' or no FILE reads standard input.  A bad record gives an error\n"
            "record ({\"error\": ...}) and reading goes on.\n\n"
            "  --input FORMAT  auto (default: JSONL when the input starts with '{'),\n"
            "                  text or jsonl\n"
            "  --no-tokens     leave tokens out of the output\n\n"
            "exit status: 0 all records read, 1 some records had errors, 2 usage\n");
}

int cmd_read(int argc, char **argv) {
    static const struct option opts[] = {
        {"input", required_argument, NULL, 'i'},
        {"no-tokens", no_argument, NULL, 'T'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    pgn_read_options ro = {0};
    unsigned flags = PGN_JSON_TOKENS;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "i:h", opts, NULL)) != -1) {
        switch (c) {
        case 'i':
            if (strcmp(optarg, "auto") == 0) ro.format = PGN_FORMAT_AUTO;
            else if (strcmp(optarg, "text") == 0) ro.format = PGN_FORMAT_TEXT;
            else if (strcmp(optarg, "jsonl") == 0) ro.format = PGN_FORMAT_JSONL;
            else {
                fprintf(stderr, "peregrine read: unknown input format '%s'\n", optarg);
                return CLI_USAGE;
            }
            break;
        case 'T': flags &= ~PGN_JSON_TOKENS; break;
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
            cli_report("read", &err);
            cli_error_record(stdout, &err);
            status = CLI_RECORD_ERRORS;
            continue;
        }
        pgn_doc *doc;
        int rc;
        while ((rc = pgn_reader_next(r, &doc, &err)) != 0) {
            if (rc < 0) {
                cli_report("read", &err);
                cli_error_record(stdout, &err);
                status = CLI_RECORD_ERRORS;
                continue;
            }
            for (size_t w = 0; w < pgn_doc_n_warnings(doc); w++)
                cli_report("read: warning", pgn_doc_warning(doc, w));
            if (pgn_doc_write_json(doc, flags, cli_write_file, stdout, &err)) {
                cli_report("read", &err);
                pgn_doc_free(doc);
                pgn_reader_close(r);
                return CLI_RECORD_ERRORS;
            }
            pgn_doc_free(doc);
        }
        pgn_reader_close(r);
    }
    if (fflush(stdout) != 0) {
        fprintf(stderr, "peregrine read: cannot write output\n");
        return CLI_RECORD_ERRORS;
    }
    return status;
}
