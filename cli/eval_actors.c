/* cli/eval_actors.c -- `peregrine eval actors`: actor codes against a gold
** file of short documents with dates and the mentions they must give.
**
** Gold format (tests/data/actors/README.md):
**   @ 2022-07-05            a document and its date ('-': undated)
**   Text of the document.   one or more lines
**   = Kremlin<TAB>RUSGOV    an expected mention: the next occurrence of the
**                           text (after the previous one) and its code
** A gold mention is found when a system mention overlaps it; it is right
** when the overlapping mention with the most overlap has its code.
*/
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "kb_cli.h"

static void usage(FILE *out) {
    fprintf(out,
            "usage: peregrine eval actors --gold FILE [--errors] [--min PCT] [KB OPTIONS]\n\n"
            "Scores actor recognition against a gold file and prints code accuracy\n"
            "(gold mentions given the right CAMEO code), how many were found at\n"
            "all, and how many system mentions matched no gold mention.\n\n"
            "  --gold FILE     the gold file ('@ DATE', text lines, '= TEXT<TAB>CODE')\n"
            "  --errors        list each wrong or missed mention\n"
            "  --min PCT       exit 1 when code accuracy is below PCT\n"
            KB_CLI_HELP);
}

typedef struct gold { char *text; char code[32]; long line; } gold;

typedef struct score {
    long n_gold, found, correct, n_sys, spurious, n_docs;
} score;

static void rstrip(char *s) {
    size_t n = strlen(s);
    while (n && (s[n - 1] == '\n' || s[n - 1] == '\r')) s[--n] = '\0';
}

static int eval_doc(const pgn_kb *kb, const char *file, long doc_line, const char *date,
                    const char *text, gold *g, int n_gold, int show, score *sc) {
    pgn_doc *doc;
    pgn_error err;
    pgn_doc_meta meta = {0};
    meta.published = date;
    meta.source = file;
    if (pgn_doc_from_text(text, strlen(text), &meta, &doc, &err) || pgn_kb_recognize(kb, doc, &err)) {
        cli_report("eval actors", &err);
        return -1;
    }
    size_t len;
    const char *dt = pgn_doc_text(doc, &len);
    size_t n_m = pgn_doc_n_mentions(doc);
    char *used = calloc(n_m + 1, 1);
    if (!used) { pgn_doc_free(doc); return -1; }
    size_t from = 0;
    sc->n_docs++;
    for (int i = 0; i < n_gold; i++) {
        sc->n_gold++;
        const char *p = strstr(dt + from, g[i].text);
        if (!p) {
            fprintf(stderr, "%s:%ld: gold text '%s' not in the document\n", file, g[i].line, g[i].text);
            continue;
        }
        size_t gs = (size_t)(p - dt), ge = gs + strlen(g[i].text);
        from = ge;
        long best = -1;
        size_t best_ov = 0;
        for (size_t m = 0; m < n_m; m++) {
            pgn_mention_view v;
            pgn_doc_mention(doc, m, &v);
            size_t a = v.byte_start > gs ? v.byte_start : gs, b = v.byte_end < ge ? v.byte_end : ge;
            if (b > a && b - a > best_ov) { best_ov = b - a; best = (long)m; }
        }
        const char *got = NULL;
        if (best >= 0) {
            pgn_mention_view v;
            pgn_doc_mention(doc, (size_t)best, &v);
            got = v.code;
            used[best] = 1;
            sc->found++;
            if (v.code && strcmp(v.code, g[i].code) == 0) sc->correct++;
        }
        if (show && (!got || strcmp(got, g[i].code) != 0))
            printf("%s:%ld: %s '%s': expected %s, got %s\n", file, g[i].line, date ? date : "-",
                   g[i].text, g[i].code, got ? got : "nothing");
    }
    for (size_t m = 0; m < n_m; m++) {
        sc->n_sys++;
        if (used[m]) continue;
        /* a system mention inside a gold one already counted is not spurious */
        pgn_mention_view v;
        pgn_doc_mention(doc, m, &v);
        int inside = 0;
        size_t f2 = 0;
        for (int i = 0; i < n_gold && !inside; i++) {
            const char *p = strstr(dt + f2, g[i].text);
            if (!p) continue;
            size_t gs = (size_t)(p - dt), ge = gs + strlen(g[i].text);
            f2 = ge;
            if (v.byte_start < ge && v.byte_end > gs) inside = 1;
        }
        if (!inside) {
            sc->spurious++;
            if (show > 1)
                printf("%s:%ld: spurious '%.*s' %s\n", file, doc_line, (int)(v.byte_end - v.byte_start),
                       dt + v.byte_start, v.code ? v.code : "-");
        }
    }
    free(used);
    pgn_doc_free(doc);
    return 0;
}

int eval_actors(int argc, char **argv) {
    static const struct option opts[] = {
        KB_CLI_LONG_OPTIONS,
        {"gold", required_argument, NULL, 'g'},
        {"errors", no_argument, NULL, 'e'},
        {"spurious", no_argument, NULL, 's'},
        {"min", required_argument, NULL, 'm'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    kb_cli_opts ko = {0};
    const char *gold_path = NULL;
    int show = 0;
    double min = -1;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        int k = kb_cli_option(&ko, c, optarg);
        if (k == 1) continue;
        if (k < 0) return CLI_USAGE;
        switch (c) {
        case 'g': gold_path = optarg; break;
        case 'e': if (show < 1) show = 1; break;
        case 's': show = 2; break;
        case 'm': min = atof(optarg); break;
        case 'h': usage(stdout); return CLI_OK;
        default: usage(stderr); return CLI_USAGE;
        }
    }
    if (!gold_path) {
        fprintf(stderr, "peregrine eval actors: --gold FILE is required\n");
        usage(stderr);
        return CLI_USAGE;
    }
    FILE *f = fopen(gold_path, "r");
    if (!f) {
        fprintf(stderr, "peregrine eval actors: cannot open %s\n", gold_path);
        return CLI_RECORD_ERRORS;
    }
    pgn_kb *kb = kb_cli_load(&ko, "eval actors");
    if (!kb) { fclose(f); return CLI_RECORD_ERRORS; }
    score sc = {0};
    char line[8192];
    char date[64] = "";
    int have_doc = 0, bad = 0;
    long ln = 0, doc_line = 0;
    size_t tcap = 1 << 16, tlen = 0;
    char *text = malloc(tcap);
    gold g[256];
    int n_gold = 0;
    if (!text) { fclose(f); pgn_kb_close(kb); return CLI_RECORD_ERRORS; }
    text[0] = '\0';
    for (;;) {
        char *s = fgets(line, sizeof line, f);
        if (s) { ln++; rstrip(line); }
        if (!s || line[0] == '@') {
            if (have_doc && eval_doc(kb, gold_path, doc_line, date[0] ? date : NULL, text, g, n_gold, show, &sc))
                bad = 1;
            for (int i = 0; i < n_gold; i++) free(g[i].text);
            n_gold = 0;
            tlen = 0;
            text[0] = '\0';
            if (!s) break;
            const char *d = line + 1;
            while (*d == ' ') d++;
            snprintf(date, sizeof date, "%.63s", strcmp(d, "-") == 0 ? "" : d);
            have_doc = 1;
            doc_line = ln;
            continue;
        }
        if (line[0] == '#' || line[0] == '\0') continue;
        if (!have_doc) {
            fprintf(stderr, "%s:%ld: text before the first '@ DATE' line\n", gold_path, ln);
            bad = 1;
            continue;
        }
        if (line[0] == '=') {
            char *tab = strchr(line, '\t');
            const char *t = line + 1;
            while (*t == ' ') t++;
            if (!tab || n_gold == 256) {
                fprintf(stderr, "%s:%ld: expected '= TEXT<TAB>CODE'\n", gold_path, ln);
                bad = 1;
                continue;
            }
            *tab = '\0';
            g[n_gold].text = strdup(t);
            snprintf(g[n_gold].code, sizeof g[n_gold].code, "%s", tab + 1);
            g[n_gold].line = ln;
            if (g[n_gold].text) n_gold++;
            continue;
        }
        size_t l = strlen(line);
        if (tlen + l + 2 > tcap) {
            fprintf(stderr, "%s:%ld: document too long\n", gold_path, ln);
            bad = 1;
            continue;
        }
        if (tlen) text[tlen++] = '\n';
        memcpy(text + tlen, line, l + 1);
        tlen += l;
    }
    fclose(f);
    free(text);
    pgn_kb_close(kb);
    double acc = sc.n_gold ? 100.0 * (double)sc.correct / (double)sc.n_gold : 0;
    printf("documents        %ld\n", sc.n_docs);
    printf("gold mentions    %ld\n", sc.n_gold);
    printf("found            %ld (%.1f%%)\n", sc.found, sc.n_gold ? 100.0 * (double)sc.found / (double)sc.n_gold : 0);
    printf("code correct     %ld\n", sc.correct);
    printf("code accuracy    %.1f%%\n", acc);
    printf("system mentions  %ld (%ld outside any gold mention)\n", sc.n_sys, sc.spurious);
    if (bad) return CLI_RECORD_ERRORS;
    if (min >= 0 && acc < min) {
        fprintf(stderr, "peregrine eval actors: code accuracy %.1f%% is below %.1f%%\n", acc, min);
        return CLI_RECORD_ERRORS;
    }
    return CLI_OK;
}
