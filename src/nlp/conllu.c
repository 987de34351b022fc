/* src/nlp/conllu.c -- CoNLL-U reader and writer.
**
** The reader copies the file into the treebank arena and cuts it in place
** (tabs and newlines become NULs), so a 14 MB treebank costs one copy.
** Validation is strict because training data errors otherwise surface as
** silently bad models: every error names the file and the line.
*/
#include "conllu.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "base/error.h"
#include "nlp_int.h"

#define MAX_FILE ((size_t)1 << 30)

void pgn__treebank_free(pgn__treebank *tb) {
    if (!tb) return;
    free(tb->s);
    pgn__arena_free(tb->arena);
    free(tb);
}

static int utf8_ok(const unsigned char *s, size_t n) {
    size_t i = 0;
    while (i < n) {
        unsigned char c = s[i];
        if (c < 0x80) { i++; continue; }
        size_t k = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
        if (!k || c > 0xF4 || i + k > n) return 0;
        for (size_t j = 1; j < k; j++)
            if ((s[i + j] & 0xC0) != 0x80) return 0;
        if (c == 0xE0 && s[i + 1] < 0xA0) return 0;
        if (c == 0xED && s[i + 1] >= 0xA0) return 0;
        if (c == 0xF0 && s[i + 1] < 0x90) return 0;
        if (c == 0xF4 && s[i + 1] >= 0x90) return 0;
        i += k;
    }
    return 1;
}

/* Parses a decimal in [lo, hi] filling the whole string; -1 otherwise. */
static long parse_num(const char *s, long lo, long hi) {
    if (!*s) return -1;
    long v = 0;
    for (; *s; s++) {
        if (*s < '0' || *s > '9') return -1;
        v = v * 10 + (*s - '0');
        if (v > hi) return -1;
    }
    return v < lo ? -1 : v;
}

typedef struct reader {
    pgn__treebank *tb;
    const char *name;
    pgn_error *err;
    /* current sentence under construction (malloc'd, copied on close) */
    pgn__ud_word *w;
    size_t n_w, cap_w;
    pgn__ud_extra *x;
    size_t n_x, cap_x;
    long first_line;
    long *word_line;         /* line of each word, for head errors */
    size_t cap_l;
} reader;

static int grow(void **v, size_t *cap, size_t need, size_t elem) {
    if (need <= *cap) return 0;
    size_t c = *cap ? *cap * 2 : 64;
    while (c < need) c *= 2;
    void *p = realloc(*v, c * elem);
    if (!p) return PGN_ENOMEM;
    *v = p;
    *cap = c;
    return 0;
}

static int close_sentence(reader *r) {
    if (r->n_w == 0 && r->n_x == 0) return 0;
    if (r->n_w == 0)
        return pgn__err(r->err, PGN_ESYNTAX, r->name, r->first_line, -1,
                        "sentence has comments or ranges but no words");
    for (size_t i = 0; i < r->n_w; i++)
        if (r->w[i].head > (int)r->n_w)
            return pgn__err(r->err, PGN_ESYNTAX, r->name, r->word_line[i], -1,
                            "head %d outside the sentence of %zu words",
                            r->w[i].head, r->n_w);
    for (size_t i = 0; i < r->n_x; i++)
        if (r->x[i].kind == PGN__UD_RANGE && r->x[i].last > r->n_w)
            return pgn__err(r->err, PGN_ESYNTAX, r->name, r->first_line, -1,
                            "multi-word range %u-%u ends after the last word",
                            r->x[i].first, r->x[i].last);
    pgn__treebank *tb = r->tb;
    if (tb->n == tb->cap) {
        size_t c = tb->cap ? tb->cap * 2 : 256;
        void *p = realloc(tb->s, c * sizeof *tb->s);
        if (!p) return pgn__err(r->err, PGN_ENOMEM, r->name, -1, -1, "out of memory");
        tb->s = p;
        tb->cap = c;
    }
    pgn__ud_sent *s = &tb->s[tb->n];
    memset(s, 0, sizeof *s);
    s->w = pgn__arena_alloc(tb->arena, r->n_w * sizeof *s->w);
    s->x = r->n_x ? pgn__arena_alloc(tb->arena, r->n_x * sizeof *s->x) : NULL;
    if (!s->w || (r->n_x && !s->x))
        return pgn__err(r->err, PGN_ENOMEM, r->name, -1, -1, "out of memory");
    memcpy(s->w, r->w, r->n_w * sizeof *s->w);
    if (r->n_x) memcpy(s->x, r->x, r->n_x * sizeof *s->x);
    s->n = (uint32_t)r->n_w;
    s->n_x = (uint32_t)r->n_x;
    s->line = r->first_line;
    tb->n++;
    tb->n_words += r->n_w;
    r->n_w = r->n_x = 0;
    return 0;
}

static const char *field(char *f) { return strcmp(f, "_") == 0 ? NULL : f; }

static int add_extra(reader *r, uint32_t kind, const char *line, uint32_t a, uint32_t b) {
    if (grow((void **)&r->x, &r->cap_x, r->n_x + 1, sizeof *r->x)) return PGN_ENOMEM;
    pgn__ud_extra *x = &r->x[r->n_x++];
    x->before = (uint32_t)r->n_w;
    x->kind = kind;
    x->first = a;
    x->last = b;
    x->line = line;
    return 0;
}

static int word_line(reader *r, char *line, long ln) {
    char *col[10];
    int nc = 0;
    char *p = line;
    col[nc++] = p;
    for (; *p; p++)
        if (*p == '\t') {
            if (nc == 10)
                return pgn__err(r->err, PGN_ESYNTAX, r->name, ln, -1,
                                "more than 10 tab-separated columns");
            *p = '\0';
            col[nc++] = p + 1;
        }
    if (nc != 10)
        return pgn__err(r->err, PGN_ESYNTAX, r->name, ln, -1,
                        "expected 10 tab-separated columns, found %d", nc);
    for (int i = 0; i < 10; i++)
        if (!col[i][0])
            return pgn__err(r->err, PGN_ESYNTAX, r->name, ln, -1,
                            "column %d is empty (use _)", i + 1);
    char *id = col[0];
    char *dash = strchr(id, '-'), *dot = strchr(id, '.');
    if (dash || dot) {
        /* Ranges and empty nodes are kept verbatim: the tabs are restored
        ** once the id is parsed. */
        if (dash) {
            *dash = '\0';
            long a = parse_num(id, 1, 1000000), b = parse_num(dash + 1, 1, 1000000);
            *dash = '-';
            for (int i = 1; i < 10; i++) col[i][-1] = '\t';
            if (a < 0 || b < a || a != (long)r->n_w + 1)
                return pgn__err(r->err, PGN_ESYNTAX, r->name, ln, -1,
                                "bad multi-word range '%.40s'", id);
            if (add_extra(r, PGN__UD_RANGE, line, (uint32_t)a, (uint32_t)b)) goto nomem;
        } else {
            *dot = '\0';
            long a = parse_num(id, 0, 1000000), b = parse_num(dot + 1, 1, 1000000);
            *dot = '.';
            for (int i = 1; i < 10; i++) col[i][-1] = '\t';
            if (a < 0 || b < 0 || a != (long)r->n_w)
                return pgn__err(r->err, PGN_ESYNTAX, r->name, ln, -1,
                                "bad empty node id '%.40s'", id);
            if (add_extra(r, PGN__UD_EMPTY, line, (uint32_t)a, (uint32_t)b)) goto nomem;
        }
        return 0;
    }
    long n = parse_num(id, 1, 1000000);
    if (n < 0)
        return pgn__err(r->err, PGN_ESYNTAX, r->name, ln, -1, "bad word id '%.40s'", id);
    if (n != (long)r->n_w + 1)
        return pgn__err(r->err, PGN_ESYNTAX, r->name, ln, -1,
                        "word id %ld out of order (expected %zu)", n, r->n_w + 1);
    int head = -1;
    if (strcmp(col[6], "_") != 0) {
        long h = parse_num(col[6], 0, 1000000);
        if (h < 0)
            return pgn__err(r->err, PGN_ESYNTAX, r->name, ln, -1,
                            "bad head '%.40s'", col[6]);
        if (h == n)
            return pgn__err(r->err, PGN_ESYNTAX, r->name, ln, -1, "word %ld is its own head", n);
        head = (int)h;
    }
    if (grow((void **)&r->w, &r->cap_w, r->n_w + 1, sizeof *r->w) ||
        grow((void **)&r->word_line, &r->cap_l, r->n_w + 1, sizeof *r->word_line))
        goto nomem;
    r->word_line[r->n_w] = ln;
    pgn__ud_word *w = &r->w[r->n_w];
    w->form = col[1];
    w->lemma = field(col[2]);
    if (strcmp(col[1], "_") == 0 && strcmp(col[2], "_") == 0) w->lemma = col[2];
    w->upos = field(col[3]);
    w->xpos = field(col[4]);
    w->feats = field(col[5]);
    w->head = head;
    w->deprel = field(col[7]);
    w->deps = field(col[8]);
    w->misc = field(col[9]);
    r->n_w++;
    return 0;
nomem:
    return pgn__err(r->err, PGN_ENOMEM, r->name, ln, -1, "out of memory");
}

int pgn__conllu_read_mem(const char *name, const char *buf, size_t len,
                         pgn__treebank **out, pgn_error *err) {
    *out = NULL;
    if (len > MAX_FILE)
        return pgn__err(err, PGN_ETOOBIG, name, -1, -1, "file over 1 GiB");
    pgn__treebank *tb = calloc(1, sizeof *tb);
    if (!tb || !(tb->arena = pgn__arena_new(0))) {
        free(tb);
        return pgn__err(err, PGN_ENOMEM, name, -1, -1, "out of memory");
    }
    char *text = pgn__arena_alloc(tb->arena, len + 1);
    if (!text) {
        pgn__treebank_free(tb);
        return pgn__err(err, PGN_ENOMEM, name, -1, -1, "out of memory");
    }
    memcpy(text, buf, len);
    text[len] = '\0';
    reader r = {.tb = tb, .name = name, .err = err};
    int rc = 0;
    long ln = 0;
    size_t i = 0;
    while (i < len && rc == 0) {
        char *line = text + i;
        char *nl = memchr(line, '\n', len - i);
        size_t ll = nl ? (size_t)(nl - line) : len - i;
        i += ll + (nl ? 1 : 0);
        ln++;
        if (memchr(line, '\0', ll)) {
            rc = pgn__err(err, PGN_ESYNTAX, name, ln, -1, "NUL byte in line");
            break;
        }
        if (!utf8_ok((const unsigned char *)line, ll)) {
            rc = pgn__err(err, PGN_EUTF8, name, ln, -1, "invalid UTF-8");
            break;
        }
        line[ll] = '\0';
        if (ll && line[ll - 1] == '\r') line[--ll] = '\0';
        if (ll == 0) {
            rc = close_sentence(&r);
            continue;
        }
        if (r.n_w == 0 && r.n_x == 0) r.first_line = ln;
        if (line[0] == '#') {
            if (r.n_w)
                rc = pgn__err(err, PGN_ESYNTAX, name, ln, -1,
                              "comment inside a sentence");
            else if (add_extra(&r, PGN__UD_COMMENT, line, 0, 0))
                rc = pgn__err(err, PGN_ENOMEM, name, ln, -1, "out of memory");
            continue;
        }
        rc = word_line(&r, line, ln);
    }
    if (rc == 0) rc = close_sentence(&r);
    free(r.w);
    free(r.x);
    free(r.word_line);
    if (rc) {
        pgn__treebank_free(tb);
        return rc;
    }
    if (tb->n == 0) {
        pgn__treebank_free(tb);
        return pgn__err(err, PGN_EEMPTY, name, -1, -1, "no sentences");
    }
    *out = tb;
    return 0;
}

int pgn__conllu_read_file(const char *path, pgn__treebank **out, pgn_error *err) {
    *out = NULL;
    FILE *f = fopen(path, "rb");
    if (!f) return pgn__err(err, PGN_EIO, path, -1, -1, "cannot open: %s", strerror(errno));
    char *buf = NULL;
    size_t len = 0, cap = 0;
    for (;;) {
        if (len == cap) {
            size_t c = cap ? cap * 2 : 1 << 20;
            if (c > MAX_FILE + 1) {
                free(buf);
                fclose(f);
                return pgn__err(err, PGN_ETOOBIG, path, -1, -1, "file over 1 GiB");
            }
            char *p = realloc(buf, c);
            if (!p) {
                free(buf);
                fclose(f);
                return pgn__err(err, PGN_ENOMEM, path, -1, -1, "out of memory");
            }
            buf = p;
            cap = c;
        }
        size_t k = fread(buf + len, 1, cap - len, f);
        len += k;
        if (k == 0) break;
    }
    int bad = ferror(f);
    fclose(f);
    if (bad) {
        free(buf);
        return pgn__err(err, PGN_EIO, path, -1, -1, "read error");
    }
    int rc = pgn__conllu_read_mem(path, buf ? buf : "", len, out, err);
    free(buf);
    return rc;
}

static void put(pgn__wbuf *w, const char *s) { pgn__w_bytes(w, s ? s : "_", s ? strlen(s) : 1); }

int pgn__conllu_write_sent(pgn__wbuf *w, const pgn__ud_sent *s) {
    uint32_t xi = 0;
    for (uint32_t i = 0; i <= s->n; i++) {
        while (xi < s->n_x && s->x[xi].before == i) {
            put(w, s->x[xi++].line);
            pgn__w_bytes(w, "\n", 1);
        }
        if (i == s->n) break;
        const pgn__ud_word *wd = &s->w[i];
        char num[16];
        snprintf(num, sizeof num, "%u\t", i + 1);
        put(w, num);
        const char *f[9] = {wd->form, wd->lemma, wd->upos, wd->xpos, wd->feats, NULL,
                            wd->deprel, wd->deps, wd->misc};
        for (int k = 0; k < 9; k++) {
            if (k == 5) {
                if (wd->head >= 0) {
                    snprintf(num, sizeof num, "%d", wd->head);
                    put(w, num);
                } else put(w, "_");
            } else put(w, f[k]);
            pgn__w_bytes(w, k == 8 ? "\n" : "\t", 1);
        }
    }
    pgn__w_bytes(w, "\n", 1);
    return w->oom ? PGN_ENOMEM : 0;
}
