/* cli/train_quotes.c -- `peregrine train quotes`: trains the learned
** attribution model, cue tagger and source ranker (src/discourse/quotes_train.c) on a PolNeAR-
** format directory (text/<article>.txt, attributions/<article>_<ann>.ann),
** each article tagged and parsed with the models of the data directory. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* The gold attributions of a PolNeAR .ann file: four character offsets
** each (cue start, end, source start, end; the source empty when the
** attribution has none), from the relation lines `E<n>\tAttribution:T<a>
** Cue:T<c> Source:T<s> ...` and the span lines `T<n>\t<Label> <start>
** <end>[;<start> <end>]...` (a discontinuous span counts as its hull).
** 0, or -1 after printing the error. */
static int gold_attributions(const char *path, size_t **out, size_t *n_out) {
    FILE *in = fopen(path, "r");
    if (!in) {
        perror(path);
        return -1;
    }
    size_t *span = NULL, n_span = 0;   /* T<id>: lo, hi at 2 * id */
    char *line = NULL, **rel = NULL;
    size_t cap = 0, n_rel = 0;
    int rc = 0;
    while (rc == 0 && getline(&line, &cap, in) >= 0) {
        char *tab = strchr(line, '\t');
        if (!tab || (line[0] != 'T' && line[0] != 'E') || tab == line + 1) continue;
        char *end;
        unsigned long id = strtoul(line + 1, &end, 10);
        if (end != tab || id > 1000000) continue;
        if (line[0] == 'E') {
            char **r = realloc(rel, (n_rel + 1) * sizeof *r);
            if (!r || !(r[n_rel] = strdup(tab + 1))) rc = -1;
            if (r) rel = r;
            if (!rc) n_rel++;
            continue;
        }
        const char *p = strchr(tab + 1, ' ');
        long lo = -1, hi = -1, a, b;
        int k;
        while (p && sscanf(p, " %ld %ld%n", &a, &b, &k) == 2 && a >= 0 && b >= a) {
            if (lo < 0 || a < lo) lo = a;
            if (b > hi) hi = b;
            p += k;
            p = *p == ';' ? p + 1 : NULL;
        }
        if (lo < 0) continue;
        if (id >= n_span) {
            size_t *v = realloc(span, 2 * (id + 1) * sizeof *v);
            if (!v) {
                rc = -1;
                break;
            }
            for (size_t j = 2 * n_span; j < 2 * (id + 1); j++) v[j] = SIZE_MAX;
            span = v;
            n_span = id + 1;
        }
        span[2 * id] = (size_t)lo;
        span[2 * id + 1] = (size_t)hi;
    }
    size_t *attr = n_rel ? malloc(4 * n_rel * sizeof *attr) : NULL, n = 0;
    if (n_rel && !attr) rc = -1;
    for (size_t r = 0; r < n_rel && !rc; r++) {
        size_t cue = SIZE_MAX, src = SIZE_MAX;
        for (char *tok = strtok(rel[r], " \t\n"); tok; tok = strtok(NULL, " \t\n")) {
            char *colon = strchr(tok, ':');
            if (!colon || colon[1] != 'T') continue;
            size_t id = strtoul(colon + 2, NULL, 10);
            if (id >= n_span || span[2 * id] == SIZE_MAX) continue;
            if (strncmp(tok, "Cue:", 4) == 0 && cue == SIZE_MAX) cue = id;
            if (strncmp(tok, "Source:", 7) == 0 && src == SIZE_MAX) src = id;
        }
        if (cue == SIZE_MAX) continue;
        attr[4 * n] = span[2 * cue];
        attr[4 * n + 1] = span[2 * cue + 1];
        attr[4 * n + 2] = src == SIZE_MAX ? 0 : span[2 * src];
        attr[4 * n + 3] = src == SIZE_MAX ? 0 : span[2 * src + 1];
        n++;
    }
    if (rc) fprintf(stderr, "peregrine train quotes: %s: out of memory\n", path);
    for (size_t r = 0; r < n_rel; r++) free(rel[r]);
    free(rel);
    free(span);
    free(line);
    fclose(in);
    if (rc) {
        free(attr);
        return -1;
    }
    *out = attr;
    *n_out = n;
    return 0;
}

static void usage(FILE *out) {
    fprintf(out,
            "usage: peregrine train quotes --train DIR --out FILE [--seed N] [--epochs N]\n"
            "                              [--fold K/N]\n\n"
            "Trains the attribution model (data/models/quotes.pgnm: cue tagger and\n"
            "source ranker) on the articles of DIR/text with their attributions in\n"
            "DIR/attributions (the first annotator of each).  Deterministic for a given seed.  --fold K/N leaves\n"
            "out the articles whose index in name order is K modulo N (for held-out\n"
            "figures on the training split).\n");
}

int train_quotes(int argc, char **argv) {
    static const struct option opts[] = {
        {"train", required_argument, 0, 't'}, {"out", required_argument, 0, 'o'},
        {"seed", required_argument, 0, 's'},  {"epochs", required_argument, 0, 'e'},
        {"fold", required_argument, 0, 'f'},  {"help", no_argument, 0, 'h'},
        {0, 0, 0, 0}};
    const char *dir = NULL, *out = NULL;
    unsigned long long seed = 1;
    unsigned epochs = 5, fold_k = 0, fold_n = 0;
    int c;
    optind = 2;
    while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        switch (c) {
        case 't': dir = optarg; break;
        case 'o': out = optarg; break;
        case 's': seed = strtoull(optarg, NULL, 10); break;
        case 'e': epochs = (unsigned)strtoul(optarg, NULL, 10); break;
        case 'f':
            if (sscanf(optarg, "%u/%u", &fold_k, &fold_n) != 2 || fold_n == 0 || fold_k >= fold_n) {
                fprintf(stderr, "peregrine train quotes: --fold wants K/N with K < N\n");
                return CLI_USAGE;
            }
            break;
        case 'h': usage(stdout); return CLI_OK;
        default: usage(stderr); return CLI_USAGE;
        }
    }
    if (!dir || !out || optind < argc || epochs == 0) {
        usage(stderr);
        return CLI_USAGE;
    }
    char path[4096];
    size_t n_txt = 0, n_ann = 0;
    snprintf(path, sizeof path, "%s/text", dir);
    char **txt = quotes_list_dir(path, ".txt", &n_txt);
    snprintf(path, sizeof path, "%s/attributions", dir);
    char **ann = quotes_list_dir(path, ".ann", &n_ann);
    pgn_nlp_model *nlp = txt && ann ? cli_open_nlp_model("train quotes", NULL) : NULL;
    pgn_quote_trainer *tr = pgn_quote_trainer_new();
    int status = CLI_OK;
    if (!txt || !ann) {
        fprintf(stderr, "peregrine train quotes: %s: want text/ and attributions/ directories\n", dir);
        status = CLI_RECORD_ERRORS;
    } else if (!nlp || !tr) {
        if (!tr) fprintf(stderr, "peregrine train quotes: out of memory\n");
        status = CLI_RECORD_ERRORS;
    }
    size_t used = 0;
    for (size_t i = 0; status == CLI_OK && i < n_txt; i++) {
        if (fold_n && i % fold_n == fold_k) continue;
        const char *chosen = quotes_pick_ann(ann, n_ann, txt[i]);
        if (!chosen) continue;
        size_t *cues = NULL, n_cues = 0, len = 0;
        snprintf(path, sizeof path, "%s/attributions/%s", dir, chosen);
        if (gold_attributions(path, &cues, &n_cues)) {
            status = CLI_RECORD_ERRORS;
            break;
        }
        snprintf(path, sizeof path, "%s/text/%s", dir, txt[i]);
        char *text = quotes_read_all(path, &len);
        if (!text) {
            perror(path);
            free(cues);
            status = CLI_RECORD_ERRORS;
            break;
        }
        pgn_doc_meta meta = {0};
        meta.source = path;
        meta.record = -1;
        pgn_doc *doc = NULL;
        pgn_error err;
        if (pgn_doc_from_text(text, len, &meta, &doc, &err) || pgn_nlp_annotate(nlp, doc, &err) ||
            pgn_quote_trainer_add(tr, doc, cues, n_cues, &err)) {
            cli_report("train quotes", &err);
            status = CLI_RECORD_ERRORS;
        }
        used++;
        pgn_doc_free(doc);
        free(text);
        free(cues);
    }
    if (status == CLI_OK) {
        pgn_error err;
        if (pgn_quote_trainer_save(tr, epochs, seed, out, &err)) {
            cli_report("train quotes", &err);
            status = CLI_RECORD_ERRORS;
        } else {
            fprintf(stderr, "peregrine train quotes: %zu articles, model written to %s\n", used, out);
        }
    }
    pgn_quote_trainer_free(tr);
    pgn_nlp_model_close(nlp);
    quotes_free_list(txt);
    quotes_free_list(ann);
    return status;
}
