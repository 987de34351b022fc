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

static int print_doc(void *ctx, pgn_doc *doc, pgn_error *err) {
    unsigned flags = *(const unsigned *)ctx;
    for (size_t w = 0; w < pgn_doc_n_warnings(doc); w++)
        cli_report("read: warning", pgn_doc_warning(doc, w));
    if (pgn_doc_write_json(doc, flags, cli_write_file, stdout, err)) {
        cli_report("read", err); /* the output is gone: stop */
        return CLI_STOP;
    }
    return 0;
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
            if (cli_input_format("read", optarg, &ro)) return CLI_USAGE;
            break;
        case 'T': flags &= ~PGN_JSON_TOKENS; break;
        case 'h': usage(stdout); return CLI_OK;
        default: usage(stderr); return CLI_USAGE;
        }
    }
    return cli_each_doc("read", argv + optind, argc - optind, &ro, 1, print_doc, &flags, NULL);
}
