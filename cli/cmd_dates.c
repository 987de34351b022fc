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

/* ctx: the --date anchor, or NULL for each document's own date. */
static int print_dates(void *ctx, pgn_doc *doc, pgn_error *err) {
    int rc = pgn_doc_find_dates(doc, ctx, err);
    if (rc) return rc;
    if (pgn_doc_write_dates_json(doc, cli_write_file, stdout, err)) {
        cli_report("dates", err); /* the output is gone: stop */
        return CLI_STOP;
    }
    return 0;
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
            if (cli_input_format("dates", optarg, &ro)) return CLI_USAGE;
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
    return cli_each_doc("dates", argv + optind, argc - optind, &ro, 1, print_dates,
                        (void *)anchor, NULL);
}
