/* cli/cmd_dates.c -- `peregrine dates`: the time expressions of each
** document, normalised against its date, as JSON Lines. */
#include <getopt.h>
#include <string.h>

#include "cli.h"

static void usage(FILE *out) {
    fprintf(out,
            "usage: peregrine dates [--date YYYY-MM-DD] [--input auto|text|jsonl] [FILE...]\n\n"
            "Reads news articles and prints, for each, one JSON line with its time\n"
            "expressions: text, start and end (character offsets into the input),\n"
            "the sentence index, the ISO 8601 value (day 2022-07-05, week 2022-W27,\n"
            "month 2022-07, year 2022, decade 199), its grain, and whether it could\n"
            "be anchored.  Relative expressions (\"last week\", \"on Wednesday\") are\n"
            "resolved against the document date: --date, else the published or\n"
            "updated time of the article.\n\n"
            "  --date DATE     the document date for every document\n"
            "  --input FORMAT  auto (default), text or jsonl\n\n"
            "exit status: 0 all records read, 1 some records had errors, 2 usage\n");
}

int cmd_dates(int argc, char **argv) {
    static const struct option opts[] = {
        {"date", required_argument, NULL, 'd'},
        {"input", required_argument, NULL, 'i'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    pgn_read_options ro = {0};
    const char *anchor = NULL;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "d:i:h", opts, NULL)) != -1) {
        switch (c) {
        case 'd': anchor = optarg; break;
        case 'i':
            if (strcmp(optarg, "auto") == 0) ro.format = PGN_FORMAT_AUTO;
            else if (strcmp(optarg, "text") == 0) ro.format = PGN_FORMAT_TEXT;
            else if (strcmp(optarg, "jsonl") == 0) ro.format = PGN_FORMAT_JSONL;
            else {
                fprintf(stderr, "peregrine dates: unknown input format '%s'\n", optarg);
                return CLI_USAGE;
            }
            break;
        case 'h': usage(stdout); return CLI_OK;
        default: usage(stderr); return CLI_USAGE;
        }
    }
    if (anchor) {
        /* Checked once here so that a bad --date is a usage error. */
        int y, m, d;
        char extra;
        static const int mdays[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        if (sscanf(anchor, "%4d-%2d-%2d%c", &y, &m, &d, &extra) != 3 || strlen(anchor) != 10 ||
            m < 1 || m > 12 || d < 1 || d > mdays[m - 1] ||
            (m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))) {
            fprintf(stderr, "peregrine dates: --date wants YYYY-MM-DD, not '%s'\n", anchor);
            return CLI_USAGE;
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
            cli_report("dates", &err);
            cli_error_record(stdout, &err);
            status = CLI_RECORD_ERRORS;
            continue;
        }
        pgn_doc *doc;
        int rc;
        while ((rc = pgn_reader_next(r, &doc, &err)) != 0) {
            if (rc < 0 || pgn_doc_find_dates(doc, anchor, &err)) {
                cli_report("dates", &err);
                cli_error_record(stdout, &err);
                status = CLI_RECORD_ERRORS;
                if (rc > 0) pgn_doc_free(doc);
                if (rc > 0 && err.code == PGN_EINVAL) {
                    pgn_reader_close(r);
                    return CLI_USAGE;
                }
                continue;
            }
            if (pgn_doc_write_dates_json(doc, cli_write_file, stdout, &err)) {
                cli_report("dates", &err);
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
