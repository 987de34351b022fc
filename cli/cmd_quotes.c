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
    pgn_kb *kb = NULL;
    if (!no_actors && !(kb = kb_cli_load(&ko, "quotes"))) return CLI_RECORD_ERRORS;
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
            /* Actor mentions and their coreference first: a speaker they
            ** cover ("he", "the NATO chief") gets its code and entry. */
            if (rc < 0 ||
                (kb && (date ? pgn_kb_recognize_on(kb, doc, date, &err) : pgn_kb_recognize(kb, doc, &err))) ||
                (kb && pgn_doc_resolve_coref(doc, &err)) ||
                pgn_doc_find_quotes(doc, &err)) {
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
                pgn_kb_close(kb);
                return CLI_RECORD_ERRORS;
            }
            pgn_doc_free(doc);
        }
        pgn_reader_close(r);
    }
    pgn_kb_close(kb);
    return status;
}
