/* cli/kb_cli.h -- what the actor subcommands (actors, kb, eval actors)
** share: loading the KB named by their common options. */
#ifndef PGN_CLI_KB_H
#define PGN_CLI_KB_H

#include "cli.h"

#define KB_CLI_MAX_FILES 32

typedef struct kb_cli_opts {
    const char *kb_dir;                      /* NULL: the default data dir */
    int no_kb;                               /* --no-kb: PETRARCH files only */
    const char *actors[KB_CLI_MAX_FILES];
    int n_actors;
    const char *agents[KB_CLI_MAX_FILES];
    int n_agents;
    int verbose;                             /* print every diagnostic */
} kb_cli_opts;

/* Handles --kb, --no-kb, --actors, --agents (getopt codes 'K', 'N', 'A',
** 'G'); returns 1 when c was one of them, -1 on a usage error. */
int kb_cli_option(kb_cli_opts *o, int c, const char *arg);

/* Loads the KB; reports problems on stderr (a count, or each with
** verbose).  NULL after reporting an error. */
pgn_kb *kb_cli_load(const kb_cli_opts *o, const char *cmd);

#define KB_CLI_LONG_OPTIONS                              \
    {"kb", required_argument, NULL, 'K'},                \
    {"no-kb", no_argument, NULL, 'N'},                   \
    {"actors", required_argument, NULL, 'A'},            \
    {"agents", required_argument, NULL, 'G'}

#define KB_CLI_HELP                                                          \
    "  --kb DIR        the KB directory (default: the data directory's kb/)\n" \
    "  --no-kb         start from an empty KB (with --actors/--agents)\n"      \
    "  --actors FILE   add a PETRARCH/TABARI actor dictionary (repeatable)\n"  \
    "  --agents FILE   add a PETRARCH/TABARI agent dictionary (repeatable)\n"

/* Writes s as a JSON string. */
void kb_cli_json_str(FILE *out, const char *s, size_t n);

#endif
