/* cli/eval_dates.c -- `peregrine eval dates`: scores time-expression
** normalisation on a tab-separated test set (tests/data/dates/news.tsv):
** document date, expression, expected value ("-": cannot be anchored),
** sentence.  An expression is correct when a found expression overlaps it
** and has the expected value. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static void usage(FILE *out) {
    fprintf(out,
            "usage: peregrine eval dates --gold FILE [--verbose]\n\n"
            "Scores time-expression normalisation.  FILE has one test a line,\n"
            "tab-separated: document date (YYYY-MM-DD), the expression as written,\n"
            "the expected ISO 8601 value or '-' when it cannot be anchored, and\n"
            "the sentence; '#' starts a comment.  Prints found (an expression\n"
            "overlaps it), exact (same span), and accuracy (overlapping and the\n"
            "right value).  --verbose lists every miss.\n\n"
            "exit status: 0 scored, 1 unreadable or malformed file, 2 usage\n");
}

/* Splits line at tabs into at most n fields; returns the count. */
static int split_tabs(char *line, char **f, int n) {
    int k = 0;
    f[k++] = line;
    for (char *p = line; *p && k < n; p++)
        if (*p == '\t') {
            *p = 0;
            f[k++] = p + 1;
        }
    return k;
}

typedef struct counts {
    long total, found, exact, correct;
} counts;

/* Scores one test; 0, or -1 with err set when the library failed. */
static int score_line(char **f, long lineno, const char *path, int verbose, counts *c) {
    const char *date = f[0], *expr = f[1], *want = f[2], *sentence = f[3];
    const char *at = strstr(sentence, expr);
    if (!at) {
        fprintf(stderr, "peregrine eval dates: %s:%ld: expression \"%s\" is not in the sentence\n",
                path, lineno, expr);
        return -1;
    }
    size_t es = (size_t)(at - sentence), ee = es + strlen(expr);
    pgn_doc_meta meta = {0};
    meta.published = date;
    meta.title = NULL;
    meta.record = lineno;
    pgn_doc *doc = NULL;
    pgn_error err;
    if (pgn_doc_from_text(sentence, strlen(sentence), &meta, &doc, &err) ||
        pgn_doc_find_dates(doc, NULL, &err)) {
        err.line = lineno;
        snprintf(err.file, sizeof err.file, "%s", path);
        cli_report("eval dates", &err);
        pgn_doc_free(doc);
        return -1;
    }
    c->total++;
    int found = 0, exact = 0, correct = 0;
    const char *got = NULL;
    for (size_t i = 0; i < pgn_doc_n_dates(doc); i++) {
        pgn_date_view v;
        pgn_doc_date(doc, i, &v);
        if (v.byte_end <= es || v.byte_start >= ee) continue;
        found = 1;
        if (v.byte_start == es && v.byte_end == ee) exact = 1;
        got = v.value ? v.value : "-";
        if (strcmp(got, want) == 0) {
            correct = 1;
            break;
        }
    }
    c->found += found;
    c->exact += exact;
    c->correct += correct;
    if (verbose && !correct)
        printf("miss %s:%ld: [%s] %s want %s got %s\n", path, lineno, date, expr, want,
               got ? got : "(none)");
    pgn_doc_free(doc);
    return 0;
}

int eval_dates(int argc, char **argv) {
    static const struct option opts[] = {
        {"gold", required_argument, NULL, 'g'},
        {"verbose", no_argument, NULL, 'v'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    const char *gold = NULL;
    int verbose = 0, c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "g:vh", opts, NULL)) != -1) {
        switch (c) {
        case 'g': gold = optarg; break;
        case 'v': verbose = 1; break;
        case 'h': usage(stdout); return CLI_OK;
        default: usage(stderr); return CLI_USAGE;
        }
    }
    if (!gold || optind < argc) {
        usage(stderr);
        return CLI_USAGE;
    }
    FILE *in = fopen(gold, "r");
    if (!in) {
        perror(gold);
        return CLI_RECORD_ERRORS;
    }
    counts n = {0};
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    long lineno = 0;
    int status = CLI_OK;
    while ((len = getline(&line, &cap, in)) >= 0) {
        lineno++;
        while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r')) line[--len] = 0;
        if (len == 0 || line[0] == '#') continue;
        char *f[4];
        if (split_tabs(line, f, 4) != 4 || !*f[1] || !*f[2]) {
            fprintf(stderr, "peregrine eval dates: %s:%ld: want 4 tab-separated fields\n", gold, lineno);
            status = CLI_RECORD_ERRORS;
            break;
        }
        if (score_line(f, lineno, gold, verbose, &n)) {
            status = CLI_RECORD_ERRORS;
            break;
        }
    }
    free(line);
    fclose(in);
    if (status != CLI_OK) return status;
    if (n.total == 0) {
        fprintf(stderr, "peregrine eval dates: %s: no tests\n", gold);
        return CLI_RECORD_ERRORS;
    }
    printf("expressions %ld\n", n.total);
    printf("found       %ld (%.1f%%)\n", n.found, 100.0 * n.found / n.total);
    printf("exact span  %ld (%.1f%%)\n", n.exact, 100.0 * n.exact / n.total);
    printf("accuracy    %.1f%% (%ld/%ld right value)\n", 100.0 * n.correct / n.total, n.correct,
           n.total);
    return CLI_OK;
}
