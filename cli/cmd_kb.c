/* cli/cmd_kb.c -- `peregrine kb`: look names up in the actor KB, print its
** coverage, check dictionaries. */
#include <getopt.h>
#include <string.h>

#include "kb_cli.h"

static void usage(FILE *out) {
    fprintf(out,
            "usage: peregrine kb lookup NAME [--date YYYY-MM-DD] [KB OPTIONS]\n"
            "       peregrine kb stats [KB OPTIONS]\n"
            "       peregrine kb check [KB OPTIONS]\n\n"
            "Looks up the actor knowledge base.\n"
            "  lookup  what NAME is on a date (every sense, one JSON object a line);\n"
            "          without --date, people's latest roles\n"
            "  stats   counts of countries, organisations, people, roles, names\n"
            "  check   loads everything and prints every problem found (exit 1 if any)\n\n"
            KB_CLI_HELP
            "  --date D        the date for lookup (YYYY, YYYY-MM or YYYY-MM-DD)\n");
}

static void print_date(FILE *out, const char *key, int32_t d) {
    if (d) fprintf(out, ",\"%s\":\"%04d-%02d-%02d\"", key, d / 10000, d / 100 % 100, d % 100);
    else fprintf(out, ",\"%s\":null", key);
}

static int lookup(const pgn_kb *kb, const char *name, const char *date) {
    pgn_kb_answer ans[64];
    size_t n;
    pgn_error err;
    int rc = pgn_kb_lookup(kb, name, date, ans, 64, &n, &err);
    if (rc == PGN_ENOTFOUND) {
        fprintf(stderr, "peregrine kb: '%s' is not in the KB\n", name);
        return CLI_RECORD_ERRORS;
    }
    if (rc) {
        cli_report("kb", &err);
        return CLI_USAGE;
    }
    for (size_t i = 0; i < n && i < 64; i++) {
        const pgn_kb_answer *a = &ans[i];
        printf("{\"name\":");
        kb_cli_json_str(stdout, name, strlen(name));
        printf(",\"date\":");
        kb_cli_json_str(stdout, date, date ? strlen(date) : 0);
        printf(",\"entry\":");
        kb_cli_json_str(stdout, a->entry, strlen(a->entry));
        printf(",\"kind\":\"%s\",\"how\":\"%s\",\"code\":", a->kind, pgn_mention_how_name(a->how));
        kb_cli_json_str(stdout, a->code, a->code ? strlen(a->code) : 0);
        printf(",\"country\":");
        kb_cli_json_str(stdout, a->country, a->country ? strlen(a->country) : 0);
        printf(",\"sector\":");
        kb_cli_json_str(stdout, a->sector, a->sector ? strlen(a->sector) : 0);
        printf(",\"role\":");
        kb_cli_json_str(stdout, a->role, a->role ? strlen(a->role) : 0);
        print_date(stdout, "from", a->from);
        print_date(stdout, "to", a->to);
        printf(",\"in_force\":%s,\"defined\":\"%s:%ld\"}\n", a->in_force ? "true" : "false", a->file,
               a->line);
    }
    return CLI_OK;
}

int cmd_kb(int argc, char **argv) {
    static const struct option opts[] = {
        KB_CLI_LONG_OPTIONS,
        {"date", required_argument, NULL, 'd'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    if (argc > 1 && cli_is_help(argv[1])) {
        usage(stdout);
        return CLI_OK;
    }
    if (argc < 2) {
        usage(stderr);
        return CLI_USAGE;
    }
    const char *sub = argv[1];
    kb_cli_opts ko = {0};
    const char *date = NULL;
    int c;
    optind = 2;
    while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        int k = kb_cli_option(&ko, c, optarg);
        if (k == 1) continue;
        if (k < 0) { fprintf(stderr, "peregrine kb: too many dictionaries\n"); return CLI_USAGE; }
        switch (c) {
        case 'd': date = optarg; break;
        case 'h': usage(stdout); return CLI_OK;
        default: usage(stderr); return CLI_USAGE;
        }
    }
    int is_lookup = strcmp(sub, "lookup") == 0;
    if (!is_lookup && strcmp(sub, "stats") != 0 && strcmp(sub, "check") != 0) {
        fprintf(stderr, "peregrine kb: unknown action '%s'\n", sub);
        usage(stderr);
        return CLI_USAGE;
    }
    if (is_lookup && optind >= argc) {
        fprintf(stderr, "peregrine kb lookup: NAME missing\n");
        return CLI_USAGE;
    }
    ko.verbose = strcmp(sub, "check") == 0;
    pgn_kb *kb = kb_cli_load(&ko, "kb");
    if (!kb) return CLI_RECORD_ERRORS;
    int status = CLI_OK;
    if (is_lookup) {
        for (int i = optind; i < argc; i++) {
            int r = lookup(kb, argv[i], date);
            if (r > status) status = r;
        }
    } else {
        pgn_kb_stats st;
        pgn_kb_get_stats(kb, &st);
        if (strcmp(sub, "stats") == 0) {
            printf("countries        %zu\n", st.countries);
            printf("historic states  %zu\n", st.historic_states);
            printf("regions          %zu\n", st.regions);
            printf("places           %zu\n", st.places);
            printf("organisations    %zu\n", st.organisations);
            printf("agents           %zu\n", st.agents);
            printf("people           %zu\n", st.people);
            printf("roles            %zu\n", st.roles);
            printf("petrarch actors  %zu\n", st.petrarch_actors);
            printf("petrarch agents  %zu\n", st.petrarch_agents);
            printf("names            %zu\n", st.names);
            printf("problems         %zu\n", st.problems);
        } else {
            printf("%zu problems\n", st.problems);
            if (st.problems) status = CLI_RECORD_ERRORS;
        }
    }
    pgn_kb_close(kb);
    return status;
}
