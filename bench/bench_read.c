/* bench/bench_read.c -- reading throughput: read + clean + tokenize + split.
**
** Loads a corpus of articles into memory first (the PolNeAR articles in
** ../shared when present, else the bundled examples repeated), so the figure
** is the library's work, not the disk's.  Each article is read as its own
** plain-text input, as `peregrine read FILE` does, and the whole corpus is
** also read once as JSON Lines.  Prints MB/s over several rounds, both by
** the wall clock and by the CPU time of this process: on a shared machine
** the wall clock also counts time the process waited for a core, so the
** CPU figure is the one that measures the library.  The best round is the
** one to quote (least disturbed by other load).  `bench_read N` runs N
** rounds (default 5).  Even CPU time moves by a third when other processes
** share the cores; for a repeatable comparison of two versions count
** instructions instead: `valgrind --tool=callgrind bench_read 1`.
*/
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "peregrine.h"

typedef struct article {
    char *bytes;
    size_t len;
} article;

static double clock_s(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* A point in time by both clocks. */
typedef struct stamp {
    double wall, cpu;
} stamp;

static stamp now(void) {
    stamp s = {clock_s(CLOCK_MONOTONIC), clock_s(CLOCK_PROCESS_CPUTIME_ID)};
    return s;
}

/* Keeps the shortest time of each clock over the rounds. */
static void keep_best(stamp *best, stamp a, stamp b) {
    if (b.wall - a.wall < best->wall) best->wall = b.wall - a.wall;
    if (b.cpu - a.cpu < best->cpu) best->cpu = b.cpu - a.cpu;
}

static char *slurp(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *b = malloc(n > 0 ? (size_t)n : 1);
    if (b && n > 0 && fread(b, 1, (size_t)n, f) != (size_t)n) {
        free(b);
        b = NULL;
    }
    fclose(f);
    *len = n > 0 ? (size_t)n : 0;
    return b;
}

static size_t load_dir(const char *dir, article **out, size_t *cap, size_t n) {
    DIR *d = opendir(dir);
    if (!d) return n;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.') continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        size_t len;
        char *b = slurp(path, &len);
        if (!b) continue;
        if (n == *cap) {
            *cap = *cap ? *cap * 2 : 256;
            *out = realloc(*out, *cap * sizeof **out);
        }
        (*out)[n].bytes = b;
        (*out)[n].len = len;
        n++;
    }
    closedir(d);
    return n;
}

/* Appends s as a JSON string (enough escaping for article text). */
static size_t json_escape(char *dst, const char *s, size_t len) {
    size_t o = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\') { dst[o++] = '\\'; dst[o++] = (char)c; }
        else if (c == '\n') { dst[o++] = '\\'; dst[o++] = 'n'; }
        else if (c < 0x20) o += (size_t)sprintf(dst + o, "\\u%04x", c);
        else dst[o++] = (char)c;
    }
    return o;
}

int main(int argc, char **argv) {
    int rounds = argc > 1 ? atoi(argv[1]) : 5;
    if (rounds < 1) rounds = 1;
    article *arts = NULL;
    size_t cap = 0, n = 0;
    const char *corpus = PGN_SHARED_DIR "/data/polnear/train/text";
    n = load_dir(corpus, &arts, &cap, 0);
    if (n == 0) {
        corpus = PGN_SOURCE_DIR "/examples (repeated 200 times)";
        for (int r = 0; r < 200; r++) n = load_dir(PGN_SOURCE_DIR "/examples", &arts, &cap, n);
    }
    if (n == 0) {
        fprintf(stderr, "bench_read: no corpus found\n");
        return 1;
    }
    size_t total = 0;
    for (size_t i = 0; i < n; i++) total += arts[i].len;

    char *jsonl = malloc(total * 6 + n * 64);
    size_t jl = 0;
    for (size_t i = 0; i < n; i++) {
        jl += (size_t)sprintf(jsonl + jl, "{\"id\":\"a%zu\",\"text\":\"", i);
        jl += json_escape(jsonl + jl, arts[i].bytes, arts[i].len);
        jl += (size_t)sprintf(jsonl + jl, "\"}\n");
    }

    printf("corpus: %s: %zu articles, %.2f MB\n", corpus, n, total / 1e6);
    size_t tokens = 0, sentences = 0;
    stamp best_text = {1e30, 1e30}, best_jsonl = {1e30, 1e30};
    for (int round = 0; round < rounds; round++) {
        tokens = sentences = 0;
        stamp t0 = now();
        for (size_t i = 0; i < n; i++) {
            pgn_reader *r;
            pgn_error err;
            pgn_read_options ro = {PGN_FORMAT_TEXT, 0};
            if (pgn_reader_open_memory("bench", arts[i].bytes, arts[i].len, &ro, &r, &err)) continue;
            pgn_doc *doc;
            int rc;
            while ((rc = pgn_reader_next(r, &doc, &err)) != 0) {
                if (rc < 0) continue;
                sentences += pgn_doc_n_sentences(doc);
                for (size_t s = 0; s < pgn_doc_n_sentences(doc); s++) {
                    pgn_sentence_view sv;
                    pgn_doc_sentence(doc, s, &sv);
                    tokens += sv.n_tokens;
                }
                pgn_doc_free(doc);
            }
            pgn_reader_close(r);
        }
        stamp t1 = now();
        keep_best(&best_text, t0, t1);

        pgn_reader *r;
        pgn_error err;
        pgn_read_options ro = {PGN_FORMAT_JSONL, 0};
        if (pgn_reader_open_memory("bench.jsonl", jsonl, jl, &ro, &r, &err) == 0) {
            pgn_doc *doc;
            int rc;
            while ((rc = pgn_reader_next(r, &doc, &err)) != 0)
                if (rc > 0) pgn_doc_free(doc);
            pgn_reader_close(r);
        }
        stamp t2 = now();
        keep_best(&best_jsonl, t1, t2);
    }
    printf("documents read: %zu, sentences: %zu, tokens: %zu\n", n, sentences, tokens);
    printf("text articles: %.1f MB/s CPU (%.0f tokens/s), %.1f MB/s wall, best of %d rounds\n",
           total / 1e6 / best_text.cpu, tokens / best_text.cpu, total / 1e6 / best_text.wall,
           rounds);
    printf("jsonl feed:    %.1f MB/s CPU, %.1f MB/s wall of JSON input, best of %d rounds\n",
           jl / 1e6 / best_jsonl.cpu, jl / 1e6 / best_jsonl.wall, rounds);
    for (size_t i = 0; i < n; i++) free(arts[i].bytes);
    free(arts);
    free(jsonl);
    return 0;
}
