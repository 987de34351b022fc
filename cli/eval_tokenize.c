/* cli/eval_tokenize.c -- `peregrine eval tokenize --gold FILE.conllu`:
** scores the tokenizer and sentence splitter (pgn_eval_tokenize_file) and
** prints precision, recall and F1 of tokens, words and sentences. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static void usage(FILE *out) {
    fprintf(out,
            "usage: peregrine eval tokenize --gold FILE.conllu [--errors]\n"
            "       peregrine eval tokenize --gold TRAIN.conllu --train-splitter OUT.c [--epochs N]\n\n"
            "Rebuilds the raw text of FILE from its '# text =' lines (as the CoNLL 2018\n"
            "shared task did), runs the tokenizer and sentence splitter on each paragraph\n"
            "and prints precision, recall and F1 of tokens, words and sentences, with\n"
            "the shared task's character alignment.\n\n"
            "  --gold FILE   the gold CoNLL-U file\n"
            "  --errors      also print every unmatched unit (gold or system) with context\n"
            "  --train-splitter OUT.c\n"
            "                instead of scoring, train the sentence-boundary classifier on\n"
            "                FILE (a training split only) and write it as C source, to\n"
            "                replace src/text/boundary_model.c\n"
            "  --epochs N    training passes (default 5)\n");
}

static void print_detail(void *ctx, const char *line) {
    fprintf((FILE *)ctx, "%s\n", line);
}

static void row(const char *name, const pgn_prf *p) {
    printf("%-10s %8.2f %8.2f %8.2f %9zu %9zu %9zu\n", name, 100 * p->precision,
           100 * p->recall, 100 * p->f1, p->gold, p->system, p->correct);
}

int eval_tokenize(int argc, char **argv) {
    static const struct option opts[] = {{"gold", required_argument, NULL, 'g'},
                                         {"errors", no_argument, NULL, 'e'},
                                         {"train-splitter", required_argument, NULL, 't'},
                                         {"epochs", required_argument, NULL, 'n'},
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    const char *gold = NULL, *train_out = NULL;
    int errors = 0, epochs = 5, c;
    char *end;
    optind = 1;
    while ((c = getopt_long(argc, argv, "g:eh", opts, NULL)) != -1) {
        switch (c) {
        case 'g': gold = optarg; break;
        case 'e': errors = 1; break;
        case 't': train_out = optarg; break;
        case 'n':
            epochs = (int)strtol(optarg, &end, 10);
            if (*end || epochs < 1 || epochs > 100) {
                fprintf(stderr, "peregrine eval tokenize: --epochs takes 1 to 100\n");
                return CLI_USAGE;
            }
            break;
        case 'h': usage(stdout); return CLI_OK;
        default: usage(stderr); return CLI_USAGE;
        }
    }
    if (!gold || optind < argc) {
        usage(stderr);
        return CLI_USAGE;
    }
    pgn_tokenize_eval ev;
    pgn_error err;
    if (train_out) {
        if (pgn_train_sentence_splitter(gold, train_out, epochs, &err)) {
            cli_report("eval tokenize", &err);
            return CLI_RECORD_ERRORS;
        }
        printf("wrote %s (trained on %s, %d epochs)\n", train_out, gold, epochs);
        return CLI_OK;
    }
    int rc = pgn_eval_tokenize_file(gold, &ev, errors ? print_detail : NULL, stdout, &err);
    if (rc) {
        cli_report("eval tokenize", &err);
        return CLI_RECORD_ERRORS;
    }
    printf("gold: %s (%zu documents, %zu paragraphs, %zu bytes of text)\n", gold,
           ev.n_documents, ev.n_paragraphs, ev.n_bytes);
    printf("%-10s %8s %8s %8s %9s %9s %9s\n", "metric", "P", "R", "F1", "gold", "system",
           "correct");
    row("Tokens", &ev.tokens);
    row("Words", &ev.words);
    row("Sentences", &ev.sentences);
    return CLI_OK;
}
