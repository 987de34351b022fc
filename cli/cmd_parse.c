/* cli/cmd_parse.c -- `peregrine parse`: tags, lemmatizes and parses text or
** CoNLL-U into CoNLL-U. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static void usage(FILE *out) {
    fprintf(out,
            "usage: peregrine parse [--input text|conllu] [--model DIR] [--branches K]\n"
            "                       [--branch-margin W] FILE\n\n"
            "Tags, lemmatizes and parses FILE and prints CoNLL-U.  With --input conllu\n"
            "the file's tokenization and sentence split are kept.  The default model\n"
            "directory is the data directory's models/.  --branches K parses with\n"
            "selectional branching over K steps (default 6; 0: greedy, about 1.4\n"
            "times as fast, less accurate); --branch-margin W branches only at steps\n"
            "whose two best actions' scores differ by less than W weight units (0:\n"
            "at any step).\n");
}

int cmd_parse(int argc, char **argv) {
    const char *input = "text", *model_dir = NULL;
    unsigned branches = PGN_NLP_DEFAULT_BRANCHES;
    double margin = 0;
    static const struct option longopts[] = {{"input", required_argument, 0, 'i'},
                                             {"model", required_argument, 0, 'm'},
                                             {"branches", required_argument, 0, 'b'},
                                             {"branch-margin", required_argument, 0, 'M'},
                                             {"help", no_argument, 0, 'h'},
                                             {0, 0, 0, 0}};
    optind = 1;
    int c;
    while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
        switch (c) {
        case 'i': input = optarg; break;
        case 'm': model_dir = optarg; break;
        case 'b':
            if (cli_branches("parse", optarg, &branches)) return CLI_USAGE;
            break;
        case 'M':
            if (cli_branch_margin("parse", optarg, &margin)) return CLI_USAGE;
            break;
        case 'h': usage(stdout); return CLI_OK;
        default: usage(stderr); return CLI_USAGE;
        }
    }
    if (optind + 1 != argc || (strcmp(input, "text") != 0 && strcmp(input, "conllu") != 0)) {
        usage(stderr);
        return CLI_USAGE;
    }
    const char *file = argv[optind];
    pgn_nlp_model *m = cli_open_nlp_model("parse", model_dir, branches, margin);
    if (!m) return CLI_RECORD_ERRORS;
    pgn_error err;
    int status = CLI_OK;
    if (strcmp(input, "conllu") == 0) {
        if (pgn_nlp_parse_conllu(m, file, cli_write_file, stdout, &err)) {
            cli_report("parse", &err);
            status = CLI_RECORD_ERRORS;
        }
    } else {
        pgn_read_options ro = {PGN_FORMAT_TEXT, 0};
        pgn_reader *r;
        if (pgn_reader_open_file(file, &ro, &r, &err)) {
            cli_report("parse", &err);
            pgn_nlp_model_close(m);
            return CLI_RECORD_ERRORS;
        }
        pgn_doc *doc;
        int k;
        while ((k = pgn_reader_next(r, &doc, &err)) != 0) {
            if (k < 0) {
                cli_report("parse", &err);
                status = CLI_RECORD_ERRORS;
                continue;
            }
            if (pgn_nlp_annotate(m, doc, &err) ||
                pgn_doc_write_conllu(doc, cli_write_file, stdout, &err)) {
                cli_report("parse", &err);
                status = CLI_RECORD_ERRORS;
            }
            pgn_doc_free(doc);
        }
        pgn_reader_close(r);
    }
    pgn_nlp_model_close(m);
    return status;
}
