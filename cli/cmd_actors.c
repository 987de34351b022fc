/* cli/cmd_actors.c -- `peregrine actors`: each document's actor mentions as
** one JSON object per line. */
#include <getopt.h>
#include <string.h>

#include "kb_cli.h"

static void usage(FILE *out) {
    fprintf(out,
            "usage: peregrine actors [KB OPTIONS] [--date YYYY-MM-DD] [--parse] [--input auto|text|jsonl]\n"
            "                       [FILE...]\n\n"
            "Prints the actor mentions of each document as one JSON object per line:\n"
            "the document's id and date, and for each mention its text, character\n"
            "offsets, CAMEO code, PLOVER country and sector, KB entry, role and how\n"
            "it was recognised (name, title, adjective, metonym, coref: a pronoun or\n"
            "description resolved to an earlier mention, given as \"antecedent\").  People are coded\n"
            "by the role they held on the document's date (its published or updated\n"
            "time, or --date); with no date, by their latest role (\"undated\": true).\n\n"
            KB_CLI_HELP
            "  --date D        code every document as of this date\n"
            "  --parse         tag and parse first, as `peregrine code` does (coreference\n"
            "                  then uses the parser's subjects and clauses)\n"
            "  --input FORMAT  auto (default), text or jsonl\n\n"
            "exit status: 0 all records read, 1 some records had errors, 2 usage\n");
}

static void str_field(const char *key, const char *v) {
    printf(",\"%s\":", key);
    kb_cli_json_str(stdout, v, v ? strlen(v) : 0);
}

static void print_doc(const pgn_doc *doc, const char *date) {
    const pgn_doc_meta *m = pgn_doc_get_meta(doc);
    size_t len;
    const char *text = pgn_doc_text(doc, &len);
    const char *d = date ? date : m->published ? m->published : m->updated;
    printf("{\"id\":");
    kb_cli_json_str(stdout, m->id ? m->id : m->source, m->id ? strlen(m->id) : m->source ? strlen(m->source) : 0);
    str_field("date", d);
    printf(",\"undated\":%s,\"mentions\":[", d ? "false" : "true");
    for (size_t i = 0; i < pgn_doc_n_mentions(doc); i++) {
        pgn_mention_view v;
        if (pgn_doc_mention(doc, i, &v)) continue;
        printf("%s{\"text\":", i ? "," : "");
        kb_cli_json_str(stdout, text + v.byte_start, v.byte_end - v.byte_start);
        printf(",\"start\":%zu,\"end\":%zu,\"sentence\":%zu", v.start, v.end, v.sentence);
        str_field("code", v.code);
        str_field("country", v.country);
        str_field("sector", v.sector);
        str_field("entry", v.entry);
        str_field("role", v.role);
        printf(",\"how\":\"%s\"", pgn_mention_how_name(v.how));
        if (v.local) printf(",\"local\":true");
        pgn_mention_view a;
        if (v.antecedent >= 0 && pgn_doc_mention(doc, (size_t)v.antecedent, &a) == 0) {
            printf(",\"antecedent\":{\"text\":");
            kb_cli_json_str(stdout, text + a.byte_start, a.byte_end - a.byte_start);
            printf(",\"start\":%zu,\"end\":%zu}", a.start, a.end);
        }
        printf("}");
    }
    printf("]}\n");
}

typedef struct actors_ctx {
    const pgn_kb *kb;
    const char *date;   /* --date, or NULL for each document's own */
    const pgn_nlp_model *nlp; /* --parse, else NULL */
} actors_ctx;

static int actors_doc(void *ctx, pgn_doc *doc, pgn_error *err) {
    const actors_ctx *a = ctx;
    int rc = a->nlp ? pgn_nlp_annotate(a->nlp, doc, err) : 0;
    if (!rc) rc = pgn_kb_recognize_on(a->kb, doc, a->date, err);
    if (!rc) rc = pgn_doc_resolve_coref(doc, err);
    if (rc == PGN_EINVAL) {
        cli_report("actors", err); /* a bad --date: the same for every document */
        return CLI_STOP;
    }
    if (!rc) print_doc(doc, a->date);
    return rc;
}

int cmd_actors(int argc, char **argv) {
    static const struct option opts[] = {
        KB_CLI_LONG_OPTIONS,
        {"date", required_argument, NULL, 'd'},
        {"input", required_argument, NULL, 'i'},
        {"parse", no_argument, NULL, 'p'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    kb_cli_opts ko = {0};
    pgn_read_options ro = {0};
    const char *date = NULL;
    int c, parse = 0;
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        int k = kb_cli_option(&ko, c, optarg);
        if (k == 1) continue;
        if (k < 0) { fprintf(stderr, "peregrine actors: too many dictionaries\n"); return CLI_USAGE; }
        switch (c) {
        case 'd': date = optarg; break;
        case 'p': parse = 1; break;
        case 'i':
            if (cli_input_format("actors", optarg, &ro)) return CLI_USAGE;
            break;
        case 'h': usage(stdout); return CLI_OK;
        default: usage(stderr); return CLI_USAGE;
        }
    }
    /* greedy, the parse `code` runs on (pgn_pipeline_open) */
    pgn_nlp_model *nlp = parse ? cli_open_nlp_model("actors", NULL, 0, 0) : NULL;
    if (parse && !nlp) return CLI_RECORD_ERRORS;
    pgn_kb *kb = kb_cli_load(&ko, "actors");
    if (!kb) {
        pgn_nlp_model_close(nlp);
        return CLI_RECORD_ERRORS;
    }
    actors_ctx ctx = {kb, date, nlp};
    int stop = CLI_USAGE;
    int status = cli_each_doc("actors", argv + optind, argc - optind, &ro, 1, actors_doc,
                              &ctx, &stop);
    pgn_kb_close(kb);
    pgn_nlp_model_close(nlp);
    return status;
}
