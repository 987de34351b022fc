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
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);   /* CPU time: the machine may be shared */
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* The `# text =` lines of a CoNLL-U file, a paragraph each 5 sentences. */
static char *load_shared(size_t *len) {
    FILE *f = fopen(PGN_SHARED_DIR "/data/ud-en-ewt/en_ewt-ud-train.conllu", "rb");
    if (!f) return NULL;
    size_t cap = 16u << 20, n = 0, k = 0;
    char *out = malloc(cap + 1), line[65536];
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
    out[n] = '\0';
    *len = n;
    return out;
}

static char *generate(size_t want, size_t *len) {
    static const char *const words[] = {
        "The", "president", "said", "on", "Tuesday", "that", "Russia's", "troops", "didn't",
        "leave", "Kyiv,", "according", "to", "U.S.", "officials", "(Reuters)", "$1,200",
        "at", "5:30", "p.m.", "well-known", "e-mail", "\xE2\x80\x9Cquoted\xE2\x80\x9D",
        "caf\xC3\xA9", "Mr.", "Smith", "--", "and", "a", "of", "in", "the"};
    char *out = malloc(want + 64);  /* the longest word and ".\n\n" fit */
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
    out[n] = '\0';
    *len = n;
    return out;
}

/* Cuts text into article-sized documents (about 6 KB, at a paragraph
** break): news arrives as articles, each read into its own arena. */
static size_t next_doc(const char *text, size_t len, size_t off) {
    size_t end = off + 6000;
    if (end >= len) return len;
    const char *p = strstr(text + end, "\n\n");
    return p ? (size_t)(p - text) + 2 : len;
}

static double stage_once(const char *text, size_t len, size_t *n_tokens, size_t *n_sentences,
                         int one_doc) {
    double t0 = now();
    *n_tokens = *n_sentences = 0;
    for (size_t doc = 0; doc < len;) {
        size_t doc_end = one_doc ? len : next_doc(text, len, doc);
        pgn__arena *a = pgn__arena_new(0);
        pgn__token_vec tv = {0};
        pgn__sentence_vec sv = {0};
        pgn_error err;
        uint32_t block = 0;
        for (size_t off = doc; off < doc_end;) {
            const char *p = strstr(text + off, "\n\n");
            size_t end = p && (size_t)(p - text) < doc_end ? (size_t)(p - text) : doc_end;
            if (!a || pgn__segment(text, off, end, block++, a, &tv, &sv, &err)) {
                fprintf(stderr, "bench_tokenize: segment failed\n");
                exit(1);
            }
            off = end + 2;
        }
        *n_tokens += tv.n;
        *n_sentences += sv.n;
        pgn__arena_free(a);
        doc = doc_end;
    }
    return now() - t0;
}

static double read_once(const char *text, size_t len, size_t *n_sentences) {
    double t0 = now();
    *n_sentences = 0;
    for (size_t doc = 0; doc < len;) {
        size_t doc_end = next_doc(text, len, doc);
        pgn_doc *d = NULL;
        pgn_error err;
        if (pgn_doc_from_text(text + doc, doc_end - doc, NULL, &d, &err)) {
            fprintf(stderr, "bench_tokenize: read failed: %s\n", err.msg);
            exit(1);
        }
        *n_sentences += pgn_doc_n_sentences(d);
        pgn_doc_free(d);
        doc = doc_end;
    }
    return now() - t0;
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
    /* At least 8 MB, so that timing is not lost in noise: repeat the text. */
    if (len < (8u << 20)) {
        size_t times = (8u << 20) / len + 1;
        char *big = malloc(len * times + 1);
        if (!big) return 1;
        for (size_t i = 0; i < times; i++) memcpy(big + i * len, text, len);
        free(text);
        text = big;
        len *= times;
        text[len] = '\0';
    }
    size_t n_tokens = 0, n_sentences = 0;
    double best = 1e9, dt;
    for (int r = 0; r < 5; r++)
        if ((dt = stage_once(text, len, &n_tokens, &n_sentences, 0)) < best) best = dt;
    printf("tokenize + split (pgn__segment), 6 KB articles of %s: %.1f MB in %.3f s: "
           "%.1f MB/s, %zu tokens, %zu sentences\n",
           source, (double)len / 1e6, best, (double)len / 1e6 / best, n_tokens, n_sentences);
    best = 1e9;
    for (int r = 0; r < 3; r++)
        if ((dt = stage_once(text, len, &n_tokens, &n_sentences, 1)) < best) best = dt;
    printf("tokenize + split (pgn__segment), one %.1f MB document: %.1f MB/s\n",
           (double)len / 1e6, (double)len / 1e6 / best);
    best = 1e9;
    for (int r = 0; r < 3; r++)
        if ((dt = read_once(text, len, &n_sentences)) < best) best = dt;
    printf("read + clean + tokenize + split (pgn_doc_from_text), 6 KB articles: %.1f MB/s, "
           "%zu sentences\n",
           (double)len / 1e6 / best, n_sentences);
    free(text);
    return 0;
}
