/* cli/eval_ud.c -- `peregrine eval ud`: UPOS, XPOS, UFeats, lemma, UAS and
** LAS against a gold CoNLL-U file, with gold tokenization or (--raw) from
** the file's raw text with the CoNLL 2018 alignment. */
#include <getopt.h>
#include <string.h>

#include "cli.h"

static void usage(FILE *out) {
    fprintf(out,
            "usage: peregrine eval ud --gold FILE.conllu [--model DIR] [--raw]\n"
            "                        [--branches K [--branch-margin W]]\n\n"
            "Annotates the gold file's words (gold tokenization and sentences) and\n"
            "prints UPOS, XPOS, UFeats, AllTags, Lemma, UAS and LAS in percent of\n"
            "words (LAS on the universal part of the relation, as CoNLL 2018).\n\n"
            "With --raw, rebuilds the file's raw text from its '# text =' lines (as\n"
            "`eval tokenize` does), runs the whole pipeline (tokenizer, splitter,\n"
            "tagger, lemmatizer, parser) and prints precision, recall and F1 of\n"
            "Tokens, Sentences, Words, UPOS, XPOS, UFeats, Lemmas, UAS and LAS over\n"
            "the CoNLL 2018 shared task's alignment.\n\n"
            "--branches K parses with selectional branching over K steps (default\n"
            "6; 0: greedy, about 1.4 times as fast, less accurate); --branch-margin\n"
            "W branches only at steps whose two best actions' scores differ by less\n"
            "than W weight units (0, the default: at any step).\n");
}

static void row(const char *name, const pgn_prf *p) {
    printf("%-10s %8.2f %8.2f %8.2f %9zu %9zu %9zu\n", name, 100 * p->precision,
           100 * p->recall, 100 * p->f1, p->gold, p->system, p->correct);
}

/* --raw: the whole pipeline from the rebuilt raw text; closes m. */
static int eval_raw(pgn_nlp_model *m, const char *gold) {
    pgn_error err;
    pgn_ud_raw_scores s;
    int rc = pgn_nlp_eval_raw(m, gold, &s, &err);
    int parsed = pgn_nlp_model_has_parser(m);
    pgn_nlp_model_close(m);
    if (rc) {
        cli_report("eval ud", &err);
        return CLI_RECORD_ERRORS;
    }
    printf("gold: %s (%zu documents, %zu paragraphs; raw text, CoNLL 2018 alignment)\n", gold,
           s.n_documents, s.n_paragraphs);
    printf("%-10s %8s %8s %8s %9s %9s %9s\n", "metric", "P", "R", "F1", "gold", "system",
           "correct");
    row("Tokens", &s.tokens);
    row("Sentences", &s.sentences);
    row("Words", &s.words);
    row("UPOS", &s.upos);
    row("XPOS", &s.xpos);
    row("UFeats", &s.ufeats);
    row("Lemmas", &s.lemmas);
    if (parsed) {
        row("UAS", &s.uas);
        row("LAS", &s.las);
    } else {
        printf("UAS        (no parser model)\nLAS        (no parser model)\n");
    }
    printf("speed      %.0f words/s (annotation only)\n",
           s.seconds > 0 ? (double)s.words.system / s.seconds : 0.0);
    return CLI_OK;
}

int eval_ud(int argc, char **argv) {
    const char *gold = NULL, *model_dir = NULL;
    int raw = 0;
    unsigned branches = PGN_NLP_DEFAULT_BRANCHES;
    double margin = 0;
    static const struct option longopts[] = {{"gold", required_argument, 0, 'g'},
                                             {"model", required_argument, 0, 'm'},
                                             {"raw", no_argument, 0, 'r'},
                                             {"branches", required_argument, 0, 'b'},
                                             {"branch-margin", required_argument, 0, 'M'},
                                             {"help", no_argument, 0, 'h'},
                                             {0, 0, 0, 0}};
    optind = 1;
    int c;
    while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
        switch (c) {
        case 'g': gold = optarg; break;
        case 'm': model_dir = optarg; break;
        case 'r': raw = 1; break;
        case 'b':
            if (cli_branches("eval ud", optarg, &branches)) return CLI_USAGE;
            break;
        case 'M':
            if (cli_branch_margin("eval ud", optarg, &margin)) return CLI_USAGE;
            break;
        case 'h': usage(stdout); return CLI_OK;
        default: usage(stderr); return CLI_USAGE;
        }
    }
    if (!gold || optind != argc) {
        usage(stderr);
        return CLI_USAGE;
    }
    pgn_nlp_model *m = cli_open_nlp_model("eval ud", model_dir, branches, margin);
    if (!m) return CLI_RECORD_ERRORS;
    pgn_error err;
    if (raw) return eval_raw(m, gold);
    pgn_ud_scores s;
    int rc = pgn_nlp_eval_conllu(m, gold, &s, &err);
    int parsed = pgn_nlp_model_has_parser(m);
    pgn_nlp_model_close(m);
    if (rc) {
        cli_report("eval ud", &err);
        return CLI_RECORD_ERRORS;
    }
    printf("gold: %s (%zu sentences, %zu words; gold tokenization)\n", gold, s.n_sentences,
           s.n_words);
    printf("UPOS     %6.2f\nXPOS     %6.2f\nUFeats   %6.2f\nAllTags  %6.2f\nLemma    %6.2f\n",
           s.upos, s.xpos, s.ufeats, s.alltags, s.lemma);
    if (parsed) printf("UAS      %6.2f\nLAS      %6.2f\n", s.uas, s.las);
    else printf("UAS      (no parser model)\nLAS      (no parser model)\n");
    printf("speed    %.0f words/s (annotation only)\n",
           s.seconds > 0 ? (double)s.n_words / s.seconds : 0.0);
    return CLI_OK;
}
