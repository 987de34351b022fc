/* cli/train_quotes.c -- `peregrine train quotes`: trains the learned
** attribution model, cue tagger and source ranker (src/discourse/quotes_train.c) on a PolNeAR-
** format directory (text/<article>.txt, attributions/<article>_<ann>.ann),
** each article tagged and parsed with the models of the data directory. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "polnear_ann.h"

static void usage(FILE *out) {
    fprintf(out,
            "usage: peregrine train quotes --train DIR --out FILE [--seed N] [--epochs N]\n"
            "                              [--fold K/N] [--ensemble K]\n\n"
            "Trains the attribution model (data/models/quotes.pgnm: cue tagger and\n"
            "source ranker) on the articles of DIR/text with their attributions in\n"
            "DIR/attributions (the first annotator of each).  Deterministic for a given seed.  --fold K/N leaves\n"
            "out the articles whose index in name order is K modulo N (for held-out\n"
            "figures on the training split).  --ensemble K trains K cue taggers and\n"
            "rankers from seeds N..N+K-1 and saves the mean of their weights.\n");
}

int train_quotes(int argc, char **argv) {
    static const struct option opts[] = {
        {"train", required_argument, 0, 't'}, {"out", required_argument, 0, 'o'},
        {"seed", required_argument, 0, 's'},  {"epochs", required_argument, 0, 'e'},
        {"fold", required_argument, 0, 'f'},  {"ensemble", required_argument, 0, 'k'},
        {"help", no_argument, 0, 'h'},
        {0, 0, 0, 0}};
    const char *dir = NULL, *out = NULL;
    unsigned long long seed = 1;
    unsigned epochs = 5, fold_k = 0, fold_n = 0, ensemble = 1;
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
        case 'k': ensemble = (unsigned)strtoul(optarg, NULL, 10); break;
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
    /* greedy (0), the parse `code` finds quotes on (pgn_pipeline_open) */
    pgn_nlp_model *nlp = txt && ann ? cli_open_nlp_model("train quotes", NULL, 0, 0) : NULL;
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
        ann_file gold;
        size_t len = 0;
        snprintf(path, sizeof path, "%s/attributions/%s", dir, chosen);
        if (ann_read(path, "peregrine train quotes", &gold)) {
            status = CLI_RECORD_ERRORS;
            break;
        }
        snprintf(path, sizeof path, "%s/text/%s", dir, txt[i]);
        char *text = quotes_read_all(path, &len);
        if (!text) {
            perror(path);
            ann_free(&gold);
            status = CLI_RECORD_ERRORS;
            break;
        }
        pgn_doc_meta meta = {0};
        meta.source = path;
        meta.record = -1;
        pgn_doc *doc = NULL;
        pgn_error err;
        if (pgn_doc_from_text(text, len, &meta, &doc, &err) || pgn_nlp_annotate(nlp, doc, &err) ||
            pgn_quote_trainer_add(tr, doc, gold.attr, gold.n_attr, &err)) {
            cli_report("train quotes", &err);
            status = CLI_RECORD_ERRORS;
        }
        used++;
        pgn_doc_free(doc);
        free(text);
        ann_free(&gold);
    }
    if (status == CLI_OK) {
        pgn_error err;
        if (pgn_quote_trainer_set_ensemble(tr, ensemble, &err) ||
            pgn_quote_trainer_save(tr, epochs, seed, out, &err)) {
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
