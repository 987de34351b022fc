/* bench/corpus.c -- the corpus and clocks of the bench programs. */
#include "corpus.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double clock_s(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

double bench_cpu_seconds(void) { return clock_s(CLOCK_PROCESS_CPUTIME_ID); }
double bench_wall_seconds(void) { return clock_s(CLOCK_MONOTONIC); }

char *bench_slurp(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    char *b = NULL;
    long n = -1;
    if (fseek(f, 0, SEEK_END) == 0) n = ftell(f);
    if (n >= 0 && fseek(f, 0, SEEK_SET) == 0 && (b = malloc((size_t)n + 1)) &&
        fread(b, 1, (size_t)n, f) != (size_t)n) {
        free(b);
        b = NULL;
    }
    fclose(f);
    if (b) {
        b[n] = '\0';
        *len = (size_t)n;
    }
    return b;
}

static int add_dir(bench_corpus *c, const char *dir, size_t *cap) {
    DIR *d = opendir(dir);
    if (!d) return 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.') continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        size_t len;
        char *b = bench_slurp(path, &len);
        if (!b) continue;
        if (c->n == *cap) {
            size_t ncap = *cap ? *cap * 2 : 256;
            bench_article *nv = realloc(c->v, ncap * sizeof *nv);
            if (!nv) {
                free(b);
                closedir(d);
                return -1;
            }
            c->v = nv;
            *cap = ncap;
        }
        c->v[c->n].bytes = b;
        c->v[c->n].len = len;
        c->n++;
        c->bytes += len;
    }
    closedir(d);
    return 0;
}

int bench_corpus_load(bench_corpus *c) {
    size_t cap = 0;
    c->v = NULL;
    c->n = c->bytes = 0;
    c->name = PGN_SHARED_DIR "/data/polnear/train/text";
    int rc = add_dir(c, c->name, &cap);
    if (c->n == 0) {
        c->name = PGN_SOURCE_DIR "/examples (repeated 200 times)";
        for (int r = 0; r < 200 && rc == 0; r++) rc = add_dir(c, PGN_SOURCE_DIR "/examples", &cap);
    }
    if (c->n == 0 || rc) {
        fprintf(stderr, "bench: no corpus found (or no memory for it)\n");
        bench_corpus_free(c);
        return -1;
    }
    return 0;
}

void bench_corpus_free(bench_corpus *c) {
    for (size_t i = 0; i < c->n; i++) free(c->v[i].bytes);
    free(c->v);
    c->v = NULL;
    c->n = c->bytes = 0;
}
