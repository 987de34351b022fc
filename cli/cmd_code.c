/* cli/cmd_code.c -- `peregrine code`: articles in, coded events out (JSON
** Lines per document, or TSV / GDELT rows per event).
**
** Each document goes through the library's pipeline (pgn_pipeline_process):
** parse, actors, time expressions, quotes, events. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "kb_cli.h"

static void usage(FILE *out) {
    fprintf(out,
            "usage: peregrine code [--input auto|text|jsonl] [--format jsonl|tsv|gdelt]\n"
            "                      [-j N] [--data DIR] [KB OPTIONS] [FILE...]\n\n"
            "Codes political events in CAMEO and PLOVER.  jsonl prints one object per\n"
            "document with its id, metadata and an events array (source, target,\n"
            "cameo, plover, goldstein, trigger, date, negated, factuality,\n"
            "attributed_to, denied_by); tsv prints PETRARCH/Phoenix columns and gdelt\n"
            "GDELT 2.0 event-table columns, one event a line after a header.\n\n"
            "  --input FORMAT   auto (default), text or jsonl\n"
            "  --format FORMAT  jsonl (default), tsv or gdelt\n"
            "  --data DIR       Peregrine's data directory (default: built-in)\n"
            "  -j, --jobs N     code N documents at a time on N threads (default 1);\n"
            "                   the output is the same, in input order\n"
            KB_CLI_HELP "\n"
            "exit status: 0 all records coded, 1 some records had errors, 2 usage\n");
}

typedef struct code_ctx {
    const pgn_pipeline *pipe;
    pgn_events_format fmt;
} code_ctx;

/* On any worker thread: the pipeline is immutable and shared. */
static int code_doc(void *ctx, pgn_doc *doc, pgn_error *err) {
    const code_ctx *c = ctx;
    return pgn_pipeline_process(c->pipe, doc, err);
}

/* On the main thread, in input order. */
static int print_doc(void *ctx, pgn_doc *doc, pgn_error *err) {
    const code_ctx *c = ctx;
    if (pgn_doc_write_events(doc, c->fmt, cli_write_file, stdout, err)) {
        cli_report("code", err); /* the output is gone: stop */
        return CLI_STOP;
    }
    return 0;
}

int cmd_code(int argc, char **argv) {
    static const struct option opts[] = {
        {"input", required_argument, NULL, 'i'},
        {"format", required_argument, NULL, 'f'},
        {"data", required_argument, NULL, 'd'},
        {"jobs", required_argument, NULL, 'j'},
        {"help", no_argument, NULL, 'h'},
        KB_CLI_LONG_OPTIONS,
        {NULL, 0, NULL, 0},
    };
    pgn_read_options ro = {0};
    pgn_events_format fmt = PGN_EVENTS_JSONL;
    const char *data = NULL;
    kb_cli_opts kbo = {0};
    int c, jobs = 1;
    optind = 1;
    while ((c = getopt_long(argc, argv, "i:f:d:j:h", opts, NULL)) != -1) {
        switch (c) {
        case 'i':
            if (cli_input_format("code", optarg, &ro)) return CLI_USAGE;
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
        case 'j': {
            char *end;
            long n = strtol(optarg, &end, 10);
            if (*end || n < 1 || n > 64) {
                fprintf(stderr, "peregrine code: -j takes a number from 1 to 64\n");
                return CLI_USAGE;
            }
            jobs = (int)n;
            break;
        }
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
    code_ctx ctx = {pipe, fmt};
    /* TSV and GDELT rows have no place for an error record: stderr only. */
    int status = cli_each_doc_parallel("code", argv + optind, argc - optind, &ro,
                                       fmt == PGN_EVENTS_JSONL, jobs, code_doc, print_doc,
                                       &ctx);
    pgn_pipeline_close(pipe);
    return status;
}
