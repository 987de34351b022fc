/* bench/bench_tokenize.c -- throughput of the text stage: tokenizer and
** sentence splitter (pgn__segment), and the whole read path (document from
** text: repair, cleaning, segmentation, character offsets), in MB/s on one
** core.  Text: the EWT training sentences from ../shared when present,
** otherwise English-like text generated here.  Prints figures, never fails
** on time. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/arena.h"
#include "peregrine.h"
#include "text/text.h"

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* The `# text =` lines of a CoNLL-U file, a paragraph each 5 sentences. */
static char *load_shared(size_t *len) {
    FILE *f = fopen(PGN_SHARED_DIR "/data/ud-en-ewt/en_ewt-ud-train.conllu", "rb");
    if (!f) return NULL;
    size_t cap = 16u << 20, n = 0, k = 0;
    char *out = malloc(cap), line[65536];
    if (!out) {
        fclose(f);
        return NULL;
    }
    while (fgets(line, sizeof line, f)) {
        if (strncmp(line, "# text = ", 9) != 0) continue;
        size_t l = strlen(line + 9);
        if (n + l + 2 > cap) break;
        memcpy(out + n, line + 9, l);
        n += l;
        if (out[n - 1] == '\n') n--;
        out[n++] = ++k % 5 ? ' ' : '\n';
        if (k % 5 == 0) out[n++] = '\n';
    }
    fclose(f);
    *len = n;
    return out;
}

static char *generate(size_t want, size_t *len) {
    static const char *const words[] = {
        "The", "president", "said", "on", "Tuesday", "that", "Russia's", "troops", "didn't",
        "leave", "Kyiv,", "according", "to", "U.S.", "officials", "(Reuters)", "$1,200",
        "at", "5:30", "p.m.", "well-known", "e-mail", "\xE2\x80\x9Cquoted\xE2\x80\x9D",
        "caf\xC3\xA9", "Mr.", "Smith", "--", "and", "a", "of", "in", "the"};
    char *out = malloc(want + 64);
    if (!out) return NULL;
    size_t n = 0, k = 0;
    uint32_t x = 1;
    while (n < want) {
        x = x * 1103515245u + 12345u;
        const char *w = words[(x >> 16) % (sizeof words / sizeof *words)];
        size_t l = strlen(w);
        memcpy(out + n, w, l);
        n += l;
        if (++k % 17 == 0) {
            memcpy(out + n, ". ", 2);
            n += 2;
        } else if (k % 170 == 0) {
            memcpy(out + n, ".\n\n", 3);
            n += 3;
        } else {
            out[n++] = ' ';
        }
    }
    *len = n;
    return out;
}

int main(void) {
    size_t len = 0;
    const char *source = "EWT train text";
    char *text = load_shared(&len);
    if (!text) {
        source = "generated text";
        text = generate(16u << 20, &len);
    }
    if (!text) return 1;
    /* Blocks: the paragraphs (split at blank lines), as src/doc gives them. */
    int reps = 5;
    double best = 1e9;
    size_t n_tokens = 0, n_sentences = 0;
    for (int r = 0; r < reps; r++) {
        pgn__arena *a = pgn__arena_new(0);
        pgn__token_vec tv = {0};
        pgn__sentence_vec sv = {0};
        pgn_error err;
        /* Room for every token up front, as a caller that knows its input
        ** size may give: this measures the stage, not vector doubling. */
        tv.cap = len / 3 + 16;
        tv.v = pgn__arena_alloc(a, tv.cap * sizeof *tv.v);
        if (!tv.v) return 1;
        memset(tv.v, 0, tv.cap * sizeof *tv.v);
        double t0 = now();
        size_t off = 0;
        uint32_t block = 0;
        while (off < len) {
            const char *p = strstr(text + off, "\n\n");
            size_t end = p ? (size_t)(p - text) : len;
            if (pgn__segment(text, off, end, block++, a, &tv, &sv, &err)) {
                fprintf(stderr, "bench_tokenize: segment failed: %s\n", err.msg);
                return 1;
            }
            off = end + 2;
        }
        double dt = now() - t0;
        if (dt < best) best = dt;
        n_tokens = tv.n;
        n_sentences = sv.n;
        pgn__arena_free(a);
    }
    printf("text stage (pgn__segment) on %s: %.1f MB in %.3f s: %.1f MB/s, %zu tokens, "
           "%zu sentences\n",
           source, (double)len / 1e6, best, (double)len / 1e6 / best, n_tokens, n_sentences);
    /* The whole read path on the same text as one document. */
    best = 1e9;
    for (int r = 0; r < 3; r++) {
        pgn_doc *doc = NULL;
        pgn_error err;
        double t0 = now();
        if (pgn_doc_from_text(text, len, NULL, &doc, &err)) {
            fprintf(stderr, "bench_tokenize: read failed: %s\n", err.msg);
            return 1;
        }
        double dt = now() - t0;
        if (dt < best) best = dt;
        n_sentences = pgn_doc_n_sentences(doc);
        pgn_doc_free(doc);
    }
    printf("read + clean + tokenize + split (pgn_doc_from_text): %.1f MB/s, %zu sentences\n",
           (double)len / 1e6 / best, n_sentences);
    free(text);
    return 0;
}
