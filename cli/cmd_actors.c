/* cli/cmd_actors.c -- `peregrine actors`: each document's actor mentions as
** one JSON object per line. */
#include <getopt.h>
#include <string.h>

#include "kb_cli.h"

static void usage(FILE *out) {
    fprintf(out,
            "usage: peregrine actors [KB OPTIONS] [--date YYYY-MM-DD] [--input auto|text|jsonl] [FILE...]\n\n"
            "Prints the actor mentions of each document as one JSON object per line:\n"
            "the document's id and date, and for each mention its text, character\n"
            "offsets, CAMEO code, PLOVER country and sector, KB entry, role and how\n"
            "it was recognised (name, title, adjective, metonym, coref: a pronoun or\n"
            "description resolved to an earlier mention, given as \"antecedent\").  People are coded\n"
            "by the role they held on the document's date (its published or updated\n"
            "time, or --date); with no date, by their latest role (\"undated\": true).\n\n"
            KB_CLI_HELP
            "  --date D        code every document as of this date\n"
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

int cmd_actors(int argc, char **argv) {
    static const struct option opts[] = {
        KB_CLI_LONG_OPTIONS,
        {"date", required_argument, NULL, 'd'},
        {"input", required_argument, NULL, 'i'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    kb_cli_opts ko = {0};
    pgn_read_options ro = {0};
    const char *date = NULL;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        int k = kb_cli_option(&ko, c, optarg);
        if (k == 1) continue;
        if (k < 0) { fprintf(stderr, "peregrine actors: too many dictionaries\n"); return CLI_USAGE; }
        switch (c) {
        case 'd': date = optarg; break;
        case 'i':
            if (strcmp(optarg, "auto") == 0) ro.format = PGN_FORMAT_AUTO;
            else if (strcmp(optarg, "text") == 0) ro.format = PGN_FORMAT_TEXT;
            else if (strcmp(optarg, "jsonl") == 0) ro.format = PGN_FORMAT_JSONL;
            else {
                fprintf(stderr, "peregrine actors: unknown input format '%s'\n", optarg);
                return CLI_USAGE;
            }
            break;
        case 'h': usage(stdout); return CLI_OK;
        default: usage(stderr); return CLI_USAGE;
        }
    }
    pgn_kb *kb = kb_cli_load(&ko, "actors");
    if (!kb) return CLI_RECORD_ERRORS;
    char *stdin_only[] = {"-"};
    char **files = optind < argc ? argv + optind : stdin_only;
    int n_files = optind < argc ? argc - optind : 1;
    int status = CLI_OK;
    for (int f = 0; f < n_files; f++) {
        pgn_error err;
        pgn_reader *r = NULL;
        if (pgn_reader_open_file(files[f], &ro, &r, &err)) {
            cli_report("actors", &err);
            cli_error_record(stdout, &err);
            status = CLI_RECORD_ERRORS;
            continue;
        }
        pgn_doc *doc;
        int rc;
        while ((rc = pgn_reader_next(r, &doc, &err)) != 0) {
            if (rc < 0) {
                cli_report("actors", &err);
                cli_error_record(stdout, &err);
                status = CLI_RECORD_ERRORS;
                continue;
            }
            if (pgn_kb_recognize_on(kb, doc, date, &err) || pgn_doc_resolve_coref(doc, &err)) {
                cli_report("actors", &err);
                cli_error_record(stdout, &err);
                status = err.code == PGN_EINVAL ? CLI_USAGE : CLI_RECORD_ERRORS;
                pgn_doc_free(doc);
                if (status == CLI_USAGE) break;
                continue;
            }
            print_doc(doc, date);
            pgn_doc_free(doc);
        }
        pgn_reader_close(r);
        if (status == CLI_USAGE) break;
    }
    pgn_kb_close(kb);
    if (fflush(stdout) != 0) {
        fprintf(stderr, "peregrine actors: cannot write output\n");
        return CLI_RECORD_ERRORS;
    }
    return status;
}
