/* cli/parallel.c -- the document loop of cli_each_doc, with the work of
** each document spread over threads (`peregrine code -j N`).
**
** Documents stream through a ring of RING_PER_JOB slots per thread: the
** calling thread reads each into the next free slot, N worker threads
** take the read documents in input order as they become free, and the
** calling thread emits each in input order as soon as it and all before
** it are done, then reuses its slot.  The output is the same whatever N
** is, and the ring bounds memory.
**
** Why a stream and not batches: the loop used to read a batch, process it
** on all threads, then emit it; every thread waited at the end of each
** batch for the slowest document, and for the reading and emitting
** between batches (about 4% + 3% of the time at -j 2 on PolNeAR, 8% + 3%
** at -j 4, from the documents' sizes and the instructions of reading and
** writing).  Here a worker waits only when no document is read yet.
**
** With -j 1 there is no thread: the calling thread processes each
** document as it reads it.  The pipeline is immutable, so threads share
** it; each document is touched by one thread at a time (the slot's state,
** under the lock, says which).
*/
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

#define RING_PER_JOB 8

typedef struct slot {
    pgn_doc *doc;      /* NULL: a record that could not be read */
    pgn_error err;     /* the reading or processing error */
    int rc;            /* 0, or a negative pgn_status */
    int done;          /* processed (or nothing to process) */
} slot;

typedef struct ring {
    slot *v;
    size_t cap;
    size_t n_read;     /* documents read: slots [n_emitted, n_read) are live */
    size_t next;       /* the next read document a worker takes */
    size_t n_emitted;
    int closing;       /* no more documents will be read */
    pthread_mutex_t mu;
    pthread_cond_t work;   /* a document was read, or closing */
    pthread_cond_t done;   /* a document was processed */
    cli_doc_fn process;
    void *ctx;
} ring;

static void *worker(void *arg) {
    ring *r = arg;
    pthread_mutex_lock(&r->mu);
    for (;;) {
        while (r->next == r->n_read && !r->closing) pthread_cond_wait(&r->work, &r->mu);
        if (r->next == r->n_read) break;   /* closing and nothing left */
        slot *s = &r->v[r->next++ % r->cap];
        pthread_mutex_unlock(&r->mu);
        if (s->doc && s->rc == 0) s->rc = r->process(r->ctx, s->doc, &s->err);
        pthread_mutex_lock(&r->mu);
        s->done = 1;
        pthread_cond_signal(&r->done);
    }
    pthread_mutex_unlock(&r->mu);
    return NULL;
}

/* Emits the oldest live document (waiting for it when `wait`, else only
** when it is done); 1 when one was emitted, CLI_STOP (2) when emit said
** so, 0 when none was ready. */
static int emit_oldest(const char *cmd, ring *r, int threaded, int wait, int error_records,
                       cli_doc_fn emit, int *status) {
    if (r->n_emitted == r->n_read) return 0;
    slot *s = &r->v[r->n_emitted % r->cap];
    if (threaded) {
        pthread_mutex_lock(&r->mu);
        while (wait && !s->done) pthread_cond_wait(&r->done, &r->mu);
        int ready = s->done;
        pthread_mutex_unlock(&r->mu);
        if (!ready) return 0;
    }
    int stop = s->rc == 0 && emit(r->ctx, s->doc, &s->err) == CLI_STOP;
    if (!stop && s->rc < 0) {
        cli_report(cmd, &s->err);
        if (error_records) cli_error_record(stdout, &s->err);
        *status = CLI_RECORD_ERRORS;
    }
    pgn_doc_free(s->doc);
    s->doc = NULL;
    r->n_emitted++;   /* only this thread reads or writes it */
    return stop ? 2 : 1;
}

/* Hands the slot filled at n_read to the workers (or processes it here). */
static void publish(ring *r, int threaded) {
    slot *s = &r->v[r->n_read % r->cap];
    if (!threaded) {
        if (s->doc && s->rc == 0) s->rc = r->process(r->ctx, s->doc, &s->err);
        s->done = 1;
        r->n_read++;
        return;
    }
    pthread_mutex_lock(&r->mu);
    s->done = 0;
    r->n_read++;
    pthread_cond_signal(&r->work);
    pthread_mutex_unlock(&r->mu);
}

/* A free slot for the next document: emits what is ready first, and
** waits for the oldest when the ring is full.  NULL after a CLI_STOP. */
static slot *next_slot(const char *cmd, ring *r, int threaded, int error_records, cli_doc_fn emit,
                       int *status) {
    int e;
    while ((e = emit_oldest(cmd, r, threaded, r->n_read - r->n_emitted == r->cap, error_records,
                            emit, status)) == 1) {}
    if (e == 2) return NULL;
    slot *s = &r->v[r->n_read % r->cap];
    memset(s, 0, sizeof *s);
    return s;
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
    ring r;
    memset(&r, 0, sizeof r);
    r.cap = (size_t)jobs * RING_PER_JOB;
    r.process = process;
    r.ctx = ctx;
    if (!(r.v = calloc(r.cap, sizeof(slot)))) {
        fprintf(stderr, "peregrine %s: out of memory\n", cmd);
        return CLI_RECORD_ERRORS;
    }
    pthread_t th[64];
    int started = 0;
    if (jobs > 1) {
        pthread_mutex_init(&r.mu, NULL);
        pthread_cond_init(&r.work, NULL);
        pthread_cond_init(&r.done, NULL);
        for (int t = 0; t < jobs; t++)
            if (pthread_create(&th[started], NULL, worker, &r) == 0) started++;
    }
    /* if no thread could start, this thread does all the work */
    int threaded = started > 0;
    int status = CLI_OK, stopped = 0;
    for (int f = 0; f < n_files && !stopped; f++) {
        pgn_reader *rd = NULL;
        slot *s = next_slot(cmd, &r, threaded, error_records, emit, &status);
        if (!s) {
            stopped = 1;
            break;
        }
        if ((s->rc = pgn_reader_open_file(files[f], ro, &rd, &s->err)) != 0) {
            publish(&r, threaded);
            continue;
        }
        for (;;) {
            int rc = pgn_reader_next(rd, &s->doc, &s->err);
            if (rc == 0) break;
            s->rc = rc < 0 ? rc : 0;
            publish(&r, threaded);
            if (!(s = next_slot(cmd, &r, threaded, error_records, emit, &status))) {
                stopped = 1;
                break;
            }
        }
        pgn_reader_close(rd);
    }
    if (threaded) {
        pthread_mutex_lock(&r.mu);
        r.closing = 1;
        if (stopped) r.next = r.n_read;   /* nothing more to process */
        pthread_cond_broadcast(&r.work);
        pthread_mutex_unlock(&r.mu);
    }
    int e = 1;
    while (!stopped && (e = emit_oldest(cmd, &r, threaded, 1, error_records, emit, &status)) == 1) {}
    if (e == 2) stopped = 1;
    for (int t = 0; t < started; t++) pthread_join(th[t], NULL);
    /* after a stop: the documents read and not emitted */
    for (size_t i = r.n_emitted; i < r.n_read; i++) pgn_doc_free(r.v[i % r.cap].doc);
    if (jobs > 1) {
        pthread_mutex_destroy(&r.mu);
        pthread_cond_destroy(&r.work);
        pthread_cond_destroy(&r.done);
    }
    free(r.v);
    if (stopped) return CLI_RECORD_ERRORS;
    if (fflush(stdout) != 0) {
        fprintf(stderr, "peregrine %s: cannot write output\n", cmd);
        return CLI_RECORD_ERRORS;
    }
    return status;
}
