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

#include "corpus.h"
#include "peregrine.h"

/* A point in time by both clocks. */
typedef struct stamp {
    double wall, cpu;
} stamp;

static stamp now(void) {
    stamp s = {bench_wall_seconds(), bench_cpu_seconds()};
    return s;
}

/* Keeps the shortest time of each clock over the rounds. */
static void keep_best(stamp *best, stamp a, stamp b) {
    if (b.wall - a.wall < best->wall) best->wall = b.wall - a.wall;
    if (b.cpu - a.cpu < best->cpu) best->cpu = b.cpu - a.cpu;
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
    bench_corpus cp;
    if (bench_corpus_load(&cp)) return 1;
    const bench_article *arts = cp.v;
    size_t n = cp.n, total = cp.bytes;
    const char *corpus = cp.name;

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
    bench_corpus_free(&cp);
    free(jsonl);
    return 0;
}
