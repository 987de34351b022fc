/* cli/cmd_code.c -- `peregrine code`: articles in, coded events out (JSON
** Lines per document, or TSV / GDELT rows per event).
**
** Each document goes through the library's pipeline (pgn_pipeline_process):
** parse, actors, time expressions, quotes, events. */
#include <getopt.h>
#include <string.h>

#include "cli.h"
#include "kb_cli.h"

static void usage(FILE *out) {
    fprintf(out,
            "usage: peregrine code [--input auto|text|jsonl] [--format jsonl|tsv|gdelt]\n"
            "                      [--data DIR] [KB OPTIONS] [FILE...]\n\n"
            "Codes political events in CAMEO and PLOVER.  jsonl prints one object per\n"
            "document with its id, metadata and an events array (source, target,\n"
            "cameo, plover, goldstein, trigger, date, negated, factuality,\n"
            "attributed_to, denied_by); tsv prints PETRARCH/Phoenix columns and gdelt\n"
            "GDELT 2.0 event-table columns, one event a line after a header.\n\n"
            "  --input FORMAT   auto (default), text or jsonl\n"
            "  --format FORMAT  jsonl (default), tsv or gdelt\n"
            "  --data DIR       Peregrine's data directory (default: built-in)\n"
            KB_CLI_HELP "\n"
            "exit status: 0 all records coded, 1 some records had errors, 2 usage\n");
}

int cmd_code(int argc, char **argv) {
    static const struct option opts[] = {
        {"input", required_argument, NULL, 'i'},
        {"format", required_argument, NULL, 'f'},
        {"data", required_argument, NULL, 'd'},
        {"help", no_argument, NULL, 'h'},
        KB_CLI_LONG_OPTIONS,
        {NULL, 0, NULL, 0},
    };
    pgn_read_options ro = {0};
    pgn_events_format fmt = PGN_EVENTS_JSONL;
    const char *data = NULL;
    kb_cli_opts kbo = {0};
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "i:f:d:h", opts, NULL)) != -1) {
        switch (c) {
        case 'i':
            if (strcmp(optarg, "auto") == 0) ro.format = PGN_FORMAT_AUTO;
            else if (strcmp(optarg, "text") == 0) ro.format = PGN_FORMAT_TEXT;
            else if (strcmp(optarg, "jsonl") == 0) ro.format = PGN_FORMAT_JSONL;
            else {
                fprintf(stderr, "peregrine code: unknown input format '%s'\n", optarg);
                return CLI_USAGE;
            }
            break;
        case 'f':
            if (strcmp(optarg, "jsonl") == 0) fmt = PGN_EVENTS_JSONL;
            else if (strcmp(optarg, "tsv") == 0) fmt = PGN_EVENTS_TSV;
            else if (strcmp(optarg, "gdelt") == 0) fmt = PGN_EVENTS_GDELT;
            else {
                fprintf(stderr, "peregrine code: unknown output format '%s'\n", optarg);
                return CLI_USAGE;
            }
            break;
        case 'd': data = optarg; break;
        case 'h': usage(stdout); return CLI_OK;
        default: {
            int k = kb_cli_option(&kbo, c, optarg);
            if (k == 1) break;
            usage(stderr);
            return CLI_USAGE;
        }
        }
    }
    pgn_error err;
    char kb_dir[1024];
    if (!kbo.kb_dir && data) {
        snprintf(kb_dir, sizeof kb_dir, "%s/kb", data);
        kbo.kb_dir = kb_dir;
    }
    pgn_kb *kb = kb_cli_load(&kbo, "code");
    if (!kb) return CLI_RECORD_ERRORS;
    pgn_pipeline *pipe = NULL;
    if (pgn_pipeline_open(data, kb, &pipe, &err)) {
        cli_report("code", &err);
        return CLI_RECORD_ERRORS;
    }
    const char *header = pgn_events_header(fmt);
    if (header) fputs(header, stdout);
    char *stdin_only[] = {"-"};
    char **files = optind < argc ? argv + optind : stdin_only;
    int n_files = optind < argc ? argc - optind : 1;
    int status = CLI_OK;
    for (int f = 0; f < n_files; f++) {
        pgn_reader *r = NULL;
        if (pgn_reader_open_file(files[f], &ro, &r, &err)) {
            cli_report("code", &err);
            if (fmt == PGN_EVENTS_JSONL) cli_error_record(stdout, &err);
            status = CLI_RECORD_ERRORS;
            continue;
        }
        pgn_doc *doc = NULL;
        int rc;
        while ((rc = pgn_reader_next(r, &doc, &err)) != 0) {
            if (rc > 0) {
                rc = pgn_pipeline_process(pipe, doc, &err);
                if (rc == 0 && pgn_doc_write_events(doc, fmt, cli_write_file, stdout, &err)) {
                    cli_report("code", &err); /* the output is gone: stop */
                    pgn_doc_free(doc);
                    pgn_reader_close(r);
                    pgn_pipeline_close(pipe);
                    return CLI_RECORD_ERRORS;
                }
                pgn_doc_free(doc);
                doc = NULL;
            }
            if (rc < 0) {
                cli_report("code", &err);
                if (fmt == PGN_EVENTS_JSONL) cli_error_record(stdout, &err);
                status = CLI_RECORD_ERRORS;
            }
        }
        pgn_reader_close(r);
    }
    pgn_pipeline_close(pipe);
    if (fflush(stdout) != 0) {
        fprintf(stderr, "peregrine code: cannot write output\n");
        return CLI_RECORD_ERRORS;
    }
    return status;
}
