/* cli/cmd_quotes.c -- `peregrine quotes`: the quotes and reported speech of
** each document with their speakers and cues, as JSON Lines. */
#include <getopt.h>
#include <string.h>

#include "kb_cli.h"

static void usage(FILE *out) {
    fprintf(out,
            "usage: peregrine quotes [KB OPTIONS] [--no-actors] [--date YYYY-MM-DD]\n"
            "                        [--input auto|text|jsonl] [FILE...]\n\n"
            "Reads news articles and prints, for each, one JSON line with its\n"
            "quotes: direct quotes (in quotation marks) and reported speech (\"X\n"
            "said that ...\", \"according to X\").  Each has the quoted content\n"
            "(text, start, end: character offsets into the input), whether it is\n"
            "direct, and its speaker and cue (each text, start, end, or null); the\n"
            "speaker has the actor code and KB entry when an actor mention covers\n"
            "it (actors are recognised with the KB, as `peregrine actors` does,\n"
            "and pronouns and descriptions resolved to the people they refer to).\n\n"
            KB_CLI_HELP
            "  --no-actors     do not recognise actors (no speaker codes, no KB load)\n"
            "  --date D        code actors as of this date (default: the document's)\n"
            "  --input FORMAT  auto (default), text or jsonl\n\n"
            "exit status: 0 all records read, 1 some records had errors, 2 usage\n");
}

typedef struct quotes_ctx {
    const pgn_kb *kb;   /* NULL with --no-actors */
    const char *date;
} quotes_ctx;

static int quotes_doc(void *ctx, pgn_doc *doc, pgn_error *err) {
    const quotes_ctx *q = ctx;
    /* Actor mentions and their coreference first: a speaker they cover
    ** ("he", "the NATO chief") gets its code and entry. */
    int rc = 0;
    if (q->kb) {
        rc = q->date ? pgn_kb_recognize_on(q->kb, doc, q->date, err)
                     : pgn_kb_recognize(q->kb, doc, err);
        if (!rc) rc = pgn_doc_resolve_coref(doc, err);
    }
    /* time expressions first: a quote carries the day of its cue's clause */
    if (!rc) rc = pgn_doc_find_dates(doc, q->date, err);
    if (!rc) rc = pgn_doc_find_quotes(doc, err);
    if (rc) return rc;
    if (pgn_doc_write_quotes_json(doc, cli_write_file, stdout, err)) {
        cli_report("quotes", err); /* the output is gone: stop */
        return CLI_STOP;
    }
    return 0;
}

int cmd_quotes(int argc, char **argv) {
    static const struct option opts[] = {
        KB_CLI_LONG_OPTIONS,
        {"no-actors", no_argument, NULL, 'n'},
        {"date", required_argument, NULL, 'd'},
        {"input", required_argument, NULL, 'i'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    pgn_read_options ro = {0};
    kb_cli_opts ko = {0};
    const char *date = NULL;
    int c, no_actors = 0;
    optind = 1;
    while ((c = getopt_long(argc, argv, "i:h", opts, NULL)) != -1) {
        int k = kb_cli_option(&ko, c, optarg);
        if (k == 1) continue;
        if (k < 0) {
            fprintf(stderr, "peregrine quotes: too many dictionaries\n");
            return CLI_USAGE;
        }
        switch (c) {
        case 'n': no_actors = 1; break;
        case 'd': date = optarg; break;
        case 'i':
            if (cli_input_format("quotes", optarg, &ro)) return CLI_USAGE;
            break;
        case 'h': usage(stdout); return CLI_OK;
        default: usage(stderr); return CLI_USAGE;
        }
    }
    pgn_kb *kb = NULL;
    if (!no_actors && !(kb = kb_cli_load(&ko, "quotes"))) return CLI_RECORD_ERRORS;
    quotes_ctx ctx = {kb, date};
    int status = cli_each_doc("quotes", argv + optind, argc - optind, &ro, 1, quotes_doc,
                              &ctx, NULL);
    pgn_kb_close(kb);
    return status;
}
