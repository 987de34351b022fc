/* cli/util.c -- small helpers shared by the subcommands. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

int cli_is_help(const char *arg) {
    return strcmp(arg, "-h") == 0 || strcmp(arg, "--help") == 0;
}

void cli_report(const char *prefix, const pgn_error *err) {
    char buf[1024];
    fprintf(stderr, "peregrine%s%s: %s\n", prefix ? " " : "", prefix ? prefix : "",
            pgn_error_format(err, buf, sizeof buf));
}

int cli_write_file(void *ctx, const char *s, size_t n) {
    return fwrite(s, 1, n, (FILE *)ctx) == n ? 0 : -1;
}

static void json_string(FILE *out, const char *s) {
    fputc('"', out);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\') fprintf(out, "\\%c", c);
        else if (c < 0x20) fprintf(out, "\\u%04x", c);
        else fputc(c, out);
    }
    fputc('"', out);
}

void cli_error_record(FILE *out, const pgn_error *err) {
    fputs("{\"error\":{\"file\":", out);
    json_string(out, err->file);
    if (err->line >= 0) fprintf(out, ",\"line\":%ld", err->line);
    if (err->byte >= 0) fprintf(out, ",\"byte\":%ld", err->byte);
    fputs(",\"code\":", out);
    json_string(out, pgn_strerror(err->code));
    fputs(",\"message\":", out);
    json_string(out, err->msg);
    fputs("}}\n", out);
}

int cli_input_format(const char *cmd, const char *arg, pgn_read_options *ro) {
    if (strcmp(arg, "auto") == 0) ro->format = PGN_FORMAT_AUTO;
    else if (strcmp(arg, "text") == 0) ro->format = PGN_FORMAT_TEXT;
    else if (strcmp(arg, "jsonl") == 0) ro->format = PGN_FORMAT_JSONL;
    else {
        fprintf(stderr, "peregrine %s: unknown input format '%s'\n", cmd, arg);
        return CLI_USAGE;
    }
    return CLI_OK;
}

static void record_error(const char *cmd, int error_records, const pgn_error *err) {
    cli_report(cmd, err);
    if (error_records) cli_error_record(stdout, err);
}

int cli_each_doc(const char *cmd, char **files, int n_files,
                 const pgn_read_options *ro, int error_records,
                 cli_doc_fn each, void *ctx, int *stop_status) {
    char *stdin_only[] = {"-"};
    if (n_files <= 0) {
        files = stdin_only;
        n_files = 1;
    }
    int status = CLI_OK;
    for (int f = 0; f < n_files; f++) {
        pgn_error err;
        pgn_reader *r = NULL;
        if (pgn_reader_open_file(files[f], ro, &r, &err)) {
            record_error(cmd, error_records, &err);
            status = CLI_RECORD_ERRORS;
            continue;
        }
        pgn_doc *doc;
        int rc;
        while ((rc = pgn_reader_next(r, &doc, &err)) != 0) {
            if (rc > 0) {
                rc = each(ctx, doc, &err);
                pgn_doc_free(doc);
                if (rc == CLI_STOP) {
                    pgn_reader_close(r);
                    return stop_status ? *stop_status : CLI_RECORD_ERRORS;
                }
            }
            if (rc < 0) {
                record_error(cmd, error_records, &err);
                status = CLI_RECORD_ERRORS;
            }
        }
        pgn_reader_close(r);
    }
    if (fflush(stdout) != 0) {
        fprintf(stderr, "peregrine %s: cannot write output\n", cmd);
        return CLI_RECORD_ERRORS;
    }
    return status;
}

pgn_nlp_model *cli_open_nlp_model(const char *cmd, const char *dir, unsigned branches,
                                  double branch_margin) {
    char path[4096];
    if (!dir) {
        snprintf(path, sizeof path, "%s/models", pgn_default_data_dir());
        dir = path;
    }
    pgn_error err;
    pgn_nlp_model *m = NULL;
    pgn_nlp_open_options o = {branches, branch_margin, branches == 0};
    if (pgn_nlp_model_open_opts(dir, &o, &m, &err)) {
        cli_report(cmd, &err);
        return NULL;
    }
    return m;
}

int cli_branch_margin(const char *cmd, const char *arg, double *out) {
    char *end;
    double v = strtod(arg, &end);
    if (!*arg || *end || !(v >= 0) || v > 1e9) {
        fprintf(stderr, "peregrine %s: --branch-margin takes a number of 0 or more\n", cmd);
        return CLI_USAGE;
    }
    *out = v;
    return CLI_OK;
}

int cli_branches(const char *cmd, const char *arg, unsigned *out) {
    char *end;
    unsigned long v = strtoul(arg, &end, 10);
    if (!*arg || *end || arg[0] == '-' || v > PGN_NLP_MAX_BRANCHES) {
        fprintf(stderr, "peregrine %s: --branches takes a number from 0 to %d\n", cmd,
                PGN_NLP_MAX_BRANCHES);
        return CLI_USAGE;
    }
    *out = (unsigned)v;
    return CLI_OK;
}
