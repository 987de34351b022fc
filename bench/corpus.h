/* bench/corpus.h -- what the bench programs share: the article corpus they
** time on and the clocks they time with.  Benchmarks print figures and
** never assert on time. */
#ifndef PGN_BENCH_CORPUS_H
#define PGN_BENCH_CORPUS_H

#include <stddef.h>

typedef struct bench_article {
    char *bytes;
    size_t len;
} bench_article;

typedef struct bench_corpus {
    const char *name;       /* where it came from, for the report */
    bench_article *v;
    size_t n;
    size_t bytes;           /* total */
} bench_corpus;

/* Loads every file of the PolNeAR train articles in ../shared when present,
** else the bundled examples/ repeated 200 times, into memory, so that what
** is timed is the library's work and not the disk's.  0, or -1 (reported
** on stderr) when there is no corpus. */
int bench_corpus_load(bench_corpus *c);
void bench_corpus_free(bench_corpus *c);

/* Reads a whole file; NULL when it cannot. */
char *bench_slurp(const char *path, size_t *len);

/* Seconds of this process's CPU time, and of the monotonic wall clock: on
** a shared machine the wall clock also counts time spent waiting for a
** core, so CPU time is the figure that measures the library. */
double bench_cpu_seconds(void);
double bench_wall_seconds(void);

#endif
