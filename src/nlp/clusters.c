/* src/nlp/clusters.c -- word clusters learned from unlabelled text.
**
** Words that appear in the same left and right contexts get the same
** cluster, so an unknown name in a test sentence ("Zelenskyy") shares
** features with the names the tagger and parser saw in training.  Method:
** each word with at least MIN_COUNT occurrences is described by the counts
** of its left and right neighbours among the N_CONTEXT most frequent words
** (square-rooted, L2-normalised), and the vectors are grouped by spherical
** k-means (deterministic initialisation: words spread over the frequency
** ranks).  Cheaper than Brown clustering and, for tagging, about as useful.
** Input: the training treebank's forms plus plain-text files.
*/
#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "base/error.h"
#include "nlp_int.h"

#define MIN_COUNT 3
#define N_CONTEXT 300
#define MAX_VOCAB 40000
#define ITERATIONS 8

typedef struct corpus {
    uint64_t *tok;           /* hashes of lower-cased tokens; 0 = boundary */
    size_t n, cap;
} corpus;

static int push(corpus *c, uint64_t h) {
    if (c->n == c->cap) {
        size_t cap = c->cap ? c->cap * 2 : 1 << 20;
        uint64_t *p = realloc(c->tok, cap * sizeof *p);
        if (!p) return PGN_ENOMEM;
        c->tok = p;
        c->cap = cap;
    }
    c->tok[c->n++] = h;
    return 0;
}

static int is_punct(unsigned char ch) {
    return ch < 0x80 && !((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
                          (ch >= '0' && ch <= '9'));
}

/* Splits on white space, then peels punctuation off both ends, roughly as
** a tokenizer would; each line break is a sentence boundary candidate. */
static int add_text(corpus *c, const char *s, size_t n) {
    size_t i = 0;
    char low[256];
    while (i < n) {
        while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n')) {
            if (s[i] == '\n' && push(c, 0)) return PGN_ENOMEM;
            i++;
        }
        size_t a = i;
        while (i < n && !(s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n')) i++;
        size_t b = i;
        size_t lead = a, trail = b;
        while (lead < b && is_punct((unsigned char)s[lead])) lead++;
        while (trail > lead && is_punct((unsigned char)s[trail - 1])) trail--;
        for (size_t k = a; k < lead; k++)
            if (push(c, pgn__hstr(s + k, 1))) return PGN_ENOMEM;
        if (trail > lead && trail - lead < sizeof low) {
            for (size_t k = lead; k < trail; k++) {
                char ch = s[k];
                low[k - lead] = (ch >= 'A' && ch <= 'Z') ? (char)(ch + 32) : ch;
            }
            if (push(c, pgn__hstr(low, trail - lead))) return PGN_ENOMEM;
        }
        for (size_t k = trail > lead ? trail : lead; k < b; k++)
            if (push(c, pgn__hstr(s + k, 1))) return PGN_ENOMEM;
    }
    return push(c, 0);
}

static int add_file(corpus *c, const char *path, pgn_error *err) {
    FILE *f = fopen(path, "rb");
    if (!f) return pgn__err(err, PGN_EIO, path, -1, -1, "cannot open text");
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    if (n < 0 || n > (1L << 30)) {
        fclose(f);
        return pgn__err(err, PGN_ETOOBIG, path, -1, -1, "text file too large");
    }
    char *b = malloc((size_t)n + 1);
    if (!b) {
        fclose(f);
        return pgn__err(err, PGN_ENOMEM, path, -1, -1, "out of memory");
    }
    size_t got = fread(b, 1, (size_t)n, f);
    fclose(f);
    int rc = add_text(c, b, got);
    free(b);
    return rc ? pgn__err(err, rc, path, -1, -1, "out of memory") : 0;
}

static int by_name(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* A file, or every regular file of a directory in name order. */
static int add_path(corpus *c, const char *path, pgn_error *err) {
    struct stat st;
    if (stat(path, &st) != 0) return pgn__err(err, PGN_EIO, path, -1, -1, "cannot read text");
    if (!S_ISDIR(st.st_mode)) return add_file(c, path, err);
    DIR *d = opendir(path);
    if (!d) return pgn__err(err, PGN_EIO, path, -1, -1, "cannot open directory");
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    int rc = 0;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.') continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 256;
            char **p = realloc(names, cap * sizeof *p);
            if (!p) {
                rc = PGN_ENOMEM;
                break;
            }
            names = p;
        }
        size_t l = strlen(path) + strlen(e->d_name) + 2;
        if (!(names[n] = malloc(l))) {
            rc = PGN_ENOMEM;
            break;
        }
        snprintf(names[n++], l, "%s/%s", path, e->d_name);
    }
    closedir(d);
    if (!rc) qsort(names, n, sizeof *names, by_name);
    for (size_t i = 0; i < n && !rc; i++) {
        if (stat(names[i], &st) == 0 && S_ISREG(st.st_mode)) rc = add_file(c, names[i], err);
    }
    for (size_t i = 0; i < n; i++) free(names[i]);
    free(names);
    if (rc == PGN_ENOMEM) pgn__err(err, rc, path, -1, -1, "out of memory");
    return rc;
}

typedef struct wc {
    uint64_t h;
    uint32_t count;
} wc;

static int by_count(const void *a, const void *b) {
    const wc *x = a, *y = b;
    if (x->count != y->count) return x->count < y->count ? 1 : -1;
    return x->h < y->h ? -1 : x->h > y->h;
}

int pgn__clusters_learn(const pgn__treebank *tb, const char *const *paths, size_t n_paths,
                        uint32_t k, pgn__smap *out, int quiet, pgn_error *err) {
    corpus c = {0};
    pgn__smap idx = {0};
    wc *words = NULL;
    float *vec = NULL, *cen = NULL;
    uint32_t *assign = NULL;
    int rc = PGN_ENOMEM;
    char low[256];
    for (size_t si = 0; si < tb->n; si++) {
        for (uint32_t i = 0; i < tb->s[si].n; i++) {
            size_t ll = pgn__lower(tb->s[si].w[i].form, low, sizeof low);
            if (push(&c, pgn__hstr(low, ll))) goto out;
        }
        if (push(&c, 0)) goto out;
    }
    for (size_t i = 0; i < n_paths; i++)
        if ((rc = add_path(&c, paths[i], err)) != 0) goto out_err;
    rc = PGN_ENOMEM;
    /* Counts. */
    if (pgn__smap_init(&idx, 1 << 16)) goto out;
    size_t n_words = 0, cap = 0;
    for (size_t i = 0; i < c.n; i++) {
        if (!c.tok[i]) continue;
        uint32_t v = pgn__smap_get(&idx, c.tok[i]);
        if (v == PGN__NONE) {
            if (n_words == cap) {
                cap = cap ? cap * 2 : 1 << 16;
                wc *p = realloc(words, cap * sizeof *p);
                if (!p) goto out;
                words = p;
            }
            words[n_words] = (wc){c.tok[i], 0};
            v = (uint32_t)n_words++;
            if (pgn__smap_put(&idx, c.tok[i], v)) goto out;
        }
        words[v].count++;
    }
    qsort(words, n_words, sizeof *words, by_count);
    size_t V = 0;
    while (V < n_words && V < MAX_VOCAB && words[V].count >= MIN_COUNT) V++;
    if (V < k * 2) {
        rc = pgn__err(err, PGN_EEMPTY, NULL, -1, -1,
                      "too little text for %u clusters (%zu words seen %d times)", k, V,
                      MIN_COUNT);
        goto out_err;
    }
    /* Re-index: rank in frequency order. */
    pgn__smap_free(&idx);
    if (pgn__smap_init(&idx, V)) goto out;
    for (size_t i = 0; i < V; i++)
        if (pgn__smap_put(&idx, words[i].h, (uint32_t)i)) goto out;
    const size_t D = 2 * N_CONTEXT;
    vec = calloc(V * D, sizeof *vec);
    cen = calloc((size_t)k * D, sizeof *cen);
    assign = calloc(V, sizeof *assign);
    if (!vec || !cen || !assign) goto out;
    for (size_t i = 0; i < c.n; i++) {
        if (!c.tok[i]) continue;
        uint32_t w = pgn__smap_get(&idx, c.tok[i]);
        if (w == PGN__NONE) continue;
        if (i > 0 && c.tok[i - 1]) {
            uint32_t l = pgn__smap_get(&idx, c.tok[i - 1]);
            if (l != PGN__NONE && l < N_CONTEXT) vec[w * D + l] += 1;
        }
        if (i + 1 < c.n && c.tok[i + 1]) {
            uint32_t r = pgn__smap_get(&idx, c.tok[i + 1]);
            if (r != PGN__NONE && r < N_CONTEXT) vec[w * D + N_CONTEXT + r] += 1;
        }
    }
    for (size_t w = 0; w < V; w++) {
        float *v = vec + w * D;
        double norm = 0;
        for (size_t d = 0; d < D; d++) {
            v[d] = sqrtf(v[d]);
            norm += (double)v[d] * v[d];
        }
        float inv = norm > 0 ? (float)(1.0 / sqrt(norm)) : 0;
        for (size_t d = 0; d < D; d++) v[d] *= inv;
    }
    for (uint32_t j = 0; j < k; j++) memcpy(cen + (size_t)j * D, vec + ((size_t)j * V / k) * D, D * sizeof *cen);
    for (int it = 0; it < ITERATIONS; it++) {
        size_t moved = 0;
        for (size_t w = 0; w < V; w++) {
            const float *v = vec + w * D;
            float best = -2;
            uint32_t bj = 0;
            for (uint32_t j = 0; j < k; j++) {
                const float *cj = cen + (size_t)j * D;
                float dot = 0;
                for (size_t d = 0; d < D; d++) dot += v[d] * cj[d];
                if (dot > best) {
                    best = dot;
                    bj = j;
                }
            }
            if (assign[w] != bj || it == 0) moved++;
            assign[w] = bj;
        }
        memset(cen, 0, (size_t)k * D * sizeof *cen);
        for (size_t w = 0; w < V; w++) {
            float *cj = cen + (size_t)assign[w] * D;
            const float *v = vec + w * D;
            for (size_t d = 0; d < D; d++) cj[d] += v[d];
        }
        for (uint32_t j = 0; j < k; j++) {
            float *cj = cen + (size_t)j * D;
            double norm = 0;
            for (size_t d = 0; d < D; d++) norm += (double)cj[d] * cj[d];
            float inv = norm > 0 ? (float)(1.0 / sqrt(norm)) : 0;
            for (size_t d = 0; d < D; d++) cj[d] *= inv;
        }
        if (!quiet) {
            printf("clusters iteration %d: %zu words moved\n", it + 1, moved);
            fflush(stdout);
        }
    }
    if (pgn__smap_init(out, V)) goto out;
    for (size_t w = 0; w < V; w++)
        if (pgn__smap_put(out, words[w].h, assign[w] + 1)) goto out;
    if (!quiet) printf("clusters: %zu words from %zu tokens in %u clusters\n", V, c.n, k);
    rc = 0;
    goto done;
out:
    pgn__err(err, PGN_ENOMEM, NULL, -1, -1, "out of memory while clustering");
out_err:
    pgn__smap_free(out);
done:
    free(c.tok);
    pgn__smap_free(&idx);
    free(words);
    free(vec);
    free(cen);
    free(assign);
    return rc;
}
