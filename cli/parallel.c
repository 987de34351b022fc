/* cli/parallel.c -- the document loop of cli_each_doc, with the work of
** each document spread over threads (`peregrine code -j N`).
**
** Documents are read in batches on the calling thread, processed by the
** worker threads (each takes the next unprocessed document of the batch),
** then emitted on the calling thread in input order, so the output is the
** same whatever N is.  A batch holds at most BATCH_PER_JOB documents per
** thread, which bounds memory.  The pipeline is immutable, so threads share
** it; each document is touched by one thread at a time.
*/
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

#define BATCH_PER_JOB 8

typedef struct slot {
    pgn_doc *doc;      /* NULL: a record that could not be read */
    pgn_error err;     /* the reading or processing error */
    int rc;            /* 0, or a negative pgn_status */
} slot;

typedef struct batch {
    slot *v;
    size_t n;
    atomic_size_t next;
    cli_doc_fn process;
    void *ctx;
} batch;

static void *work(void *arg) {
    batch *b = arg;
    size_t i;
    while ((i = atomic_fetch_add(&b->next, 1)) < b->n) {
        slot *s = &b->v[i];
        if (s->doc && s->rc == 0) s->rc = b->process(b->ctx, s->doc, &s->err);
    }
    return NULL;
}

/* Processes the batch on `jobs` threads (the caller's among them). */
static void run(batch *b, int jobs) {
    pthread_t th[64];
    int started = 0;
    atomic_store(&b->next, 0);
    for (int t = 1; t < jobs && t < 64 && (size_t)t < b->n; t++)
        if (pthread_create(&th[started], NULL, work, b) == 0) started++;
    work(b); /* if no thread could start, the caller does all the work */
    for (int t = 0; t < started; t++) pthread_join(th[t], NULL);
}

/* Emits the batch in order and frees it; CLI_STOP when emit said so. */
static int emit_all(const char *cmd, batch *b, int error_records, cli_doc_fn emit,
                    int *status) {
    int stop = 0;
    for (size_t i = 0; i < b->n; i++) {
        slot *s = &b->v[i];
        if (!stop && s->rc == 0 && emit(b->ctx, s->doc, &s->err) == CLI_STOP) stop = 1;
        if (!stop && s->rc < 0) {
            cli_report(cmd, &s->err);
            if (error_records) cli_error_record(stdout, &s->err);
            *status = CLI_RECORD_ERRORS;
        }
        pgn_doc_free(s->doc);
    }
    b->n = 0;
    return stop ? CLI_STOP : 0;
}

int cli_each_doc_parallel(const char *cmd, char **files, int n_files,
                          const pgn_read_options *ro, int error_records, int jobs,
                          cli_doc_fn process, cli_doc_fn emit, void *ctx) {
    char *stdin_only[] = {"-"};
    if (n_files <= 0) {
        files = stdin_only;
        n_files = 1;
    }
    if (jobs < 1) jobs = 1;
    if (jobs > 64) jobs = 64;
    size_t cap = (size_t)jobs * BATCH_PER_JOB;
    batch b = {calloc(cap, sizeof(slot)), 0, 0, process, ctx};
    if (!b.v) {
        fprintf(stderr, "peregrine %s: out of memory\n", cmd);
        return CLI_RECORD_ERRORS;
    }
    int status = CLI_OK, stopped = 0;
    for (int f = 0; f < n_files && !stopped; f++) {
        pgn_reader *r = NULL;
        slot *s = &b.v[b.n];
        memset(s, 0, sizeof *s);
        if ((s->rc = pgn_reader_open_file(files[f], ro, &r, &s->err)) != 0) {
            b.n++;
        } else {
            for (;;) {
                if (b.n == cap) {
                    run(&b, jobs);
                    if (emit_all(cmd, &b, error_records, emit, &status)) {
                        stopped = 1;
                        break;
                    }
                }
                s = &b.v[b.n];
                memset(s, 0, sizeof *s);
                int rc = pgn_reader_next(r, &s->doc, &s->err);
                if (rc == 0) break;
                s->rc = rc < 0 ? rc : 0;
                b.n++;
            }
            pgn_reader_close(r);
        }
        if (!stopped && b.n == cap) {
            run(&b, jobs);
            stopped = emit_all(cmd, &b, error_records, emit, &status) != 0;
        }
    }
    if (!stopped) {
        run(&b, jobs);
        stopped = emit_all(cmd, &b, error_records, emit, &status) != 0;
    } else {
        for (size_t i = 0; i < b.n; i++) pgn_doc_free(b.v[i].doc);
    }
    free(b.v);
    if (stopped) return CLI_RECORD_ERRORS;
    if (fflush(stdout) != 0) {
        fprintf(stderr, "peregrine %s: cannot write output\n", cmd);
        return CLI_RECORD_ERRORS;
    }
    return status;
}
