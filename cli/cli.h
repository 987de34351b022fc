/* cli/cli.h -- shared declarations of the peregrine command.
**
** Each subcommand lives in its own cmd_<name>.c and is listed in main.c.
** The CLI is a thin layer: it parses options, calls include/peregrine.h,
** and prints.  Exit status: 0 every record fine, 1 some records had errors
** (each reported), 2 usage error.
*/
#ifndef PGN_CLI_H
#define PGN_CLI_H

#include <stdio.h>

#include "peregrine.h"

enum { CLI_OK = 0, CLI_RECORD_ERRORS = 1, CLI_USAGE = 2 };

typedef struct cli_command {
    const char *name;
    const char *summary;
    int (*run)(int argc, char **argv);   /* argv[0] is the command name */
} cli_command;

int cmd_read(int argc, char **argv);
int cmd_parse(int argc, char **argv);
int cmd_code(int argc, char **argv);
int cmd_eval(int argc, char **argv);
int cmd_train(int argc, char **argv);
int cmd_version(int argc, char **argv);
int cmd_actors(int argc, char **argv);
int cmd_kb(int argc, char **argv);
int cmd_quotes(int argc, char **argv);
int cmd_dates(int argc, char **argv);

/* eval subcommands, one file each (eval_<what>.c) */
int eval_tokenize(int argc, char **argv);
int eval_ud(int argc, char **argv);
int eval_events(int argc, char **argv);
int eval_quotes(int argc, char **argv);
int eval_dates(int argc, char **argv);
int eval_actors(int argc, char **argv);
/* `peregrine train quotes` (train_quotes.c) */
int train_quotes(int argc, char **argv);
/* PolNeAR-format corpora (eval_quotes.c): the sorted names in dir ending
** with suffix (NULL-terminated; quotes_free_list frees), a whole file,
** and the .ann file chosen for an article (the first annotator's); the
** .ann files themselves are read by polnear_ann.h. */
char **quotes_list_dir(const char *dir, const char *suffix, size_t *n_out);
void quotes_free_list(char **v);
char *quotes_read_all(const char *path, size_t *len);
const char *quotes_pick_ann(char *const *ann, size_t n_ann, const char *txt);

/* Prints "peregrine: <formatted error>" to stderr. */
void cli_report(const char *prefix, const pgn_error *err);
/* Writes an error record ({"error": {...}}) as one JSON line to out. */
void cli_error_record(FILE *out, const pgn_error *err);
/* fwrite-based callback for the library's JSON writers (ctx: FILE *). */
int cli_write_file(void *ctx, const char *s, size_t n);
/* Opens the linguistic models in dir (NULL: the data directory's models/)
** with the parser's selectional branching over branches steps (0: greedy);
** NULL after reporting the error as cmd's. */
pgn_nlp_model *cli_open_nlp_model(const char *cmd, const char *dir, unsigned branches,
                                  double branch_margin);
/* Reads a --branches argument (0..PGN_NLP_MAX_BRANCHES) into *out; prints a
** usage error naming cmd and returns CLI_USAGE when it is not one. */
int cli_branches(const char *cmd, const char *arg, unsigned *out);
/* --branch-margin W: a number >= 0 (weight units); CLI_USAGE otherwise. */
int cli_branch_margin(const char *cmd, const char *arg, double *out);

/* 1 when arg is -h or --help. */
int cli_is_help(const char *arg);

/* Sets ro->format from an --input argument (auto, text, jsonl); prints a
** usage error naming cmd and returns CLI_USAGE when it is none of them. */
int cli_input_format(const char *cmd, const char *arg, pgn_read_options *ro);

/* What cli_each_doc calls on every document: process and print it, then
** return 0; a negative pgn_status for an error in this record (err says
** which; the document is still freed by the caller); CLI_STOP when the
** output is gone or the command must stop with status stop_status. */
#define CLI_STOP 1
typedef int (*cli_doc_fn)(void *ctx, pgn_doc *doc, pgn_error *err);

/* Reads every document of the files (standard input when n_files is 0)
** and hands each to each().  Every bad file or record is reported on
** stderr and, when error_records, as an error record on stdout, so no
** input record is silently dropped.  Returns the exit status: CLI_OK,
** CLI_RECORD_ERRORS, or *stop_status after a CLI_STOP. */
int cli_each_doc(const char *cmd, char **files, int n_files,
                 const pgn_read_options *ro, int error_records,
                 cli_doc_fn each, void *ctx, int *stop_status);

/* cli_each_doc with the work spread over `jobs` threads: process() runs on
** any thread (it must only touch its document and immutable resources),
** emit() prints on the calling thread in input order, so the output does
** not depend on jobs.  Returns the exit status. */
int cli_each_doc_parallel(const char *cmd, char **files, int n_files,
                          const pgn_read_options *ro, int error_records, int jobs,
                          cli_doc_fn process, cli_doc_fn emit, void *ctx);

#endif
