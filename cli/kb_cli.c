/* cli/kb_cli.c -- loading the KB for the actor subcommands (kb_cli.h). */
#include <string.h>

#include "kb_cli.h"

int kb_cli_option(kb_cli_opts *o, int c, const char *arg) {
    switch (c) {
    case 'K': o->kb_dir = arg; return 1;
    case 'N': o->no_kb = 1; return 1;
    case 'A':
        if (o->n_actors == KB_CLI_MAX_FILES) return -1;
        o->actors[o->n_actors++] = arg;
        return 1;
    case 'G':
        if (o->n_agents == KB_CLI_MAX_FILES) return -1;
        o->agents[o->n_agents++] = arg;
        return 1;
    default: return 0;
    }
}

pgn_kb *kb_cli_load(const kb_cli_opts *o, const char *cmd) {
    pgn_error err;
    pgn_kb *kb = NULL;
    int rc = o->no_kb ? pgn_kb_new(&kb, &err) : pgn_kb_open(o->kb_dir, &kb, &err);
    if (rc) {
        cli_report(cmd, &err);
        return NULL;
    }
    for (int i = 0; i < o->n_actors && !rc; i++) rc = pgn_kb_load_petrarch_actors(kb, o->actors[i], &err);
    for (int i = 0; i < o->n_agents && !rc; i++) rc = pgn_kb_load_petrarch_agents(kb, o->agents[i], &err);
    if (rc) {
        cli_report(cmd, &err);
        pgn_kb_close(kb);
        return NULL;
    }
    size_t n = pgn_kb_n_problems(kb);
    if (n && o->verbose) {
        for (size_t i = 0; i < pgn_kb_n_diagnostics(kb); i++) cli_report(cmd, pgn_kb_diagnostic(kb, i));
        if (n > pgn_kb_n_diagnostics(kb))
            fprintf(stderr, "peregrine %s: ... and %zu more problems\n", cmd, n - pgn_kb_n_diagnostics(kb));
    } else if (n) {
        fprintf(stderr, "peregrine %s: %zu dictionary lines skipped (see 'peregrine kb check')\n", cmd, n);
    }
    return kb;
}

void kb_cli_json_str(FILE *out, const char *s, size_t n) {
    if (!s) {
        fputs("null", out);
        return;
    }
    fputc('"', out);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\') fprintf(out, "\\%c", c);
        else if (c == '\n') fputs("\\n", out);
        else if (c < 0x20) fprintf(out, "\\u%04x", c);
        else fputc(c, out);
    }
    fputc('"', out);
}
