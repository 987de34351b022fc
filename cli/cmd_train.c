/* cli/cmd_train.c -- `peregrine train tagger|parser`: trains a model from
** CoNLL-U files, printing dev figures per epoch. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static void usage(FILE *out) {
    fprintf(out,
            "usage: peregrine train quotes --train DIR --out FILE (see train quotes --help)\n"
            "       peregrine train tagger|parser --train FILE.conllu [--dev FILE.conllu]\n"
            "                       --out DIR [--seed N] [--epochs N]\n"
            "                       [--tagger DIR] [--jackknife K] [--prune W] [--ensemble K]\n"
            "                       [--text FILE|DIR]...\n\n"
            "Trains the tagger+lemmatizer (DIR/tagger.pgnm) or the dependency parser\n"
            "(DIR/parser.pgnm).  Deterministic for a given seed.  The parser tags dev\n"
            "with the tagger in --tagger DIR (default: --out DIR), which must hold\n"
            "tagger.pgnm (the parser learns its tags and clusters); --jackknife K tags\n"
            "the training data with K taggers trained on the other folds.  --prune W\n"
            "drops averaged weights below W (default 0.05) to keep models small.\n"
            "--text adds unlabelled text (a file, or a directory of files) from which\n"
            "the tagger learns word clusters, used by the tagger and the parser.\n"
            "--ensemble K trains K models (taggers, or parsers) from seeds N..N+K-1\n"
            "side by side and keeps the mean of their weights (the parser's jackknife\n"
            "taggers are single models).\n");
}

int cmd_train(int argc, char **argv) {
    if (argc < 2 || cli_is_help(argv[1])) {
        usage(argc < 2 ? stderr : stdout);
        return argc < 2 ? CLI_USAGE : CLI_OK;
    }
    const char *what = argv[1];
    if (strcmp(what, "quotes") == 0) return train_quotes(argc, argv);
    if (strcmp(what, "tagger") != 0 && strcmp(what, "parser") != 0) {
        fprintf(stderr, "peregrine train: unknown model '%s'\n", what);
        usage(stderr);
        return CLI_USAGE;
    }
    pgn_nlp_train_options o = {0};
    const char *texts[16];
    size_t n_text = 0;
    static const struct option longopts[] = {
        {"train", required_argument, 0, 't'}, {"dev", required_argument, 0, 'd'},
        {"out", required_argument, 0, 'o'},   {"seed", required_argument, 0, 's'},
        {"epochs", required_argument, 0, 'e'}, {"tagger", required_argument, 0, 'g'},
        {"jackknife", required_argument, 0, 'j'}, {"quiet", no_argument, 0, 'q'},
        {"prune", required_argument, 0, 'p'}, {"text", required_argument, 0, 'x'},
        {"ensemble", required_argument, 0, 'k'}, {"help", no_argument, 0, 'h'},        {0, 0, 0, 0}};
    optind = 2;
    int c;
    while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
        switch (c) {
        case 't': o.train_path = optarg; break;
        case 'd': o.dev_path = optarg; break;
        case 'o': o.out_dir = optarg; break;
        case 's': o.seed = strtoull(optarg, NULL, 10); break;
        case 'e': o.epochs = (unsigned)strtoul(optarg, NULL, 10); break;
        case 'g': o.tagger_dir = optarg; break;
        case 'j': o.jackknife = (unsigned)strtoul(optarg, NULL, 10); break;
        case 'q': o.quiet = 1; break;
        case 'k': o.ensemble = (unsigned)strtoul(optarg, NULL, 10); break;
        case 'p': o.prune = strtod(optarg, NULL); break;
        case 'x':
            if (n_text == sizeof texts / sizeof texts[0]) {
                fprintf(stderr, "peregrine train: too many --text options\n");
                return CLI_USAGE;
            }
            texts[n_text++] = optarg;
            break;
        case 'h': usage(stdout); return CLI_OK;
        default: usage(stderr); return CLI_USAGE;
        }
    }
    if (!o.train_path || !o.out_dir || optind != argc) {
        usage(stderr);
        return CLI_USAGE;
    }
    o.text_paths = texts;
    o.n_text_paths = n_text;
    pgn_error err;
    int rc = strcmp(what, "tagger") == 0 ? pgn_nlp_train_tagger(&o, &err)
                                         : pgn_nlp_train_parser(&o, &err);
    if (rc) {
        cli_report("train", &err);
        return CLI_RECORD_ERRORS;
    }
    return CLI_OK;
}
