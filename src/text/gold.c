/* src/text/gold.c -- reading a CoNLL-U gold file for scoring and training
** the text stage (gold.h). */
#include "gold.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/error.h"
#include "chars.h"

typedef pgn__char_vec char_vec;
typedef pgn__span_vec span_vec;
typedef pgn__word_vec word_vec;
typedef pgn__gold gold;


/* Non-space bytes of s[0, n) (white space as the tokenizer sees it). */
static size_t nonspace_len(const char *s, size_t n) {
    const unsigned char *u = (const unsigned char *)s;
    size_t k = 0, len;
    for (size_t i = 0; i < n; i += len) {
        int kind = pgn__kind_at(u, i, n, &len);
        if (kind != K_SPACE && kind != K_NEWLINE) k += len;
    }
    return k;
}

/* Matches the non-space bytes of form against text from *cur on (skipping
** white space on both sides); advances *cur.  0 on a mismatch. */
static int spell(const char *text, size_t *cur, const char *form) {
    const unsigned char *t = (const unsigned char *)text, *f = (const unsigned char *)form;
    size_t nt = strlen(text), nf = strlen(form), i = *cur, j = 0, lt, lf;
    for (;;) {
        while (j < nf && pgn__kind_at(f, j, nf, &lf) < K_WORD) j += lf;
        if (j >= nf) break;
        while (i < nt && pgn__kind_at(t, i, nt, &lt) < K_WORD) i += lt;
        if (i >= nt || t[i] != f[j]) return 0;
        i++;
        j++;
    }
    *cur = i;
    return 1;
}

static int append(pgn__arena *a, char_vec *v, const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (PGN__VEC_RESERVE(a, *v)) return PGN_ENOMEM;
        v->v[v->n++] = s[i];
    }
    return 0;
}

static int push_span(pgn__arena *a, span_vec *v, size_t start, size_t end) {
    if (PGN__VEC_RESERVE(a, *v)) return PGN_ENOMEM;
    v->v[v->n++] = (pgn__aspan){start, end};
    return 0;
}

static int push_word(pgn__arena *a, word_vec *v, size_t start, size_t end, const char *form,
                     int mwt) {
    if (PGN__VEC_RESERVE(a, *v)) return PGN_ENOMEM;
    v->v[v->n++] = (pgn__aword){{start, end}, form, mwt};
    return 0;
}

/* One line of the file, NUL-terminated in place. */
typedef struct line_iter {
    char *p, *end;
    long no;
} line_iter;

static char *next_line(line_iter *it) {
    if (it->p >= it->end) return NULL;
    char *l = it->p, *nl = memchr(l, '\n', (size_t)(it->end - l));
    if (!nl) nl = it->end;
    *nl = '\0';
    if (nl > l && nl[-1] == '\r') nl[-1] = '\0';
    it->p = nl + 1;
    it->no++;
    return l;
}

/* The fields of a token line: ID and FORM; NULL form when malformed. */
static char *field2(char *line, char **form) {
    char *tab = strchr(line, '\t');
    *form = NULL;
    if (!tab) return NULL;
    *tab = '\0';
    char *f = tab + 1, *tab2 = strchr(f, '\t');
    if (tab2) *tab2 = '\0';
    *form = f;
    return line;
}

static int syntax(pgn_error *err, const char *path, long line, const char *msg) {
    return pgn__err(err, PGN_ESYNTAX, path, line, -1, "%s", msg);
}

static int parse_gold(gold *g, char *buf, size_t len, pgn_error *err) {
    line_iter it = {buf, buf + len, 0};
    int new_doc = 0, new_par = 0, in_sent = 0;
    const char *text = NULL;
    long text_line = 0;
    size_t mwt_last = 0, sent_start = 0, sent_words = 0, sent_pos = 0, text_cur = 0;
    char *line;
    pgn__arena *a = g->arena;
    for (;;) {
        line = next_line(&it);
        if (!line || line[0] == '\0') {
            if (in_sent) {
                if (sent_words == 0) return syntax(err, g->path, it.no, "sentence without tokens");
                if (g->pos - sent_pos != nonspace_len(text, strlen(text)))
                    return syntax(err, g->path, text_line,
                                  "the forms of the sentence do not spell its # text line");
                if (push_span(a, &g->sentences, sent_start, g->pos)) return PGN_ENOMEM;
                in_sent = 0;
                text = NULL;
                mwt_last = 0;
                sent_words = 0;
            }
            if (!line) break;
            continue;
        }
        if (line[0] == '#') {
            if (strncmp(line, "# newdoc", 8) == 0) new_doc = 1;
            else if (strncmp(line, "# newpar", 8) == 0) new_par = 1;
            else if (strncmp(line, "# text = ", 9) == 0) {
                text = line + 9;
                text_line = it.no;
            }
            continue;
        }
        if (!in_sent) {
            if (!text) return syntax(err, g->path, it.no, "sentence without a # text line");
            /* Start the sentence in the raw text. */
            const char *sep = "";
            int par = g->raw.n == 0 || new_doc || new_par;
            if (g->raw.n) sep = new_doc ? "\n\n" : new_par ? "\n" : " ";
            if (new_doc || g->raw.n == 0) g->n_docs++;
            if (par && g->paragraphs.n) g->paragraphs.v[g->paragraphs.n - 1].end = g->raw.n;
            if (append(a, &g->raw, sep, strlen(sep))) return PGN_ENOMEM;
            if (par && push_span(a, &g->paragraphs, g->raw.n, g->raw.n)) return PGN_ENOMEM;
            if (append(a, &g->raw, text, strlen(text))) return PGN_ENOMEM;
            new_doc = new_par = 0;
            in_sent = 1;
            sent_start = sent_pos = g->pos;
            text_cur = 0;
        }
        char *form, *id = field2(line, &form);
        if (!id || !form) return syntax(err, g->path, it.no, "token line without ID and FORM");
        char *dash = strchr(id, '-');
        if (strchr(id, '.')) continue;                     /* empty node */
        char *endp;
        unsigned long first = strtoul(id, &endp, 10);
        if (endp == id || first == 0) return syntax(err, g->path, it.no, "bad token ID");
        size_t n = nonspace_len(form, strlen(form));
        if (!dash && first <= mwt_last) n = 0;            /* spelled by its MWT */
        else if (!spell(text, &text_cur, form))
            return syntax(err, g->path, it.no, "the form does not match the # text line");
        if (dash) {
            unsigned long last = strtoul(dash + 1, &endp, 10);
            if (endp == dash + 1 || *endp || last < first)
                return syntax(err, g->path, it.no, "bad multi-word token range");
            mwt_last = last;
            if (push_span(a, &g->tokens, g->pos, g->pos + n)) return PGN_ENOMEM;
            g->pos += n;
            continue;
        }
        if (*endp) return syntax(err, g->path, it.no, "bad token ID");
        char *f = pgn__arena_strdup(a, form);
        if (!f) return PGN_ENOMEM;
        sent_words++;
        if (first <= mwt_last) {
            pgn__aspan mw = g->tokens.v[g->tokens.n - 1];
            if (push_word(a, &g->words, mw.start, mw.end, f, 1)) return PGN_ENOMEM;
        } else {
            if (push_span(a, &g->tokens, g->pos, g->pos + n)) return PGN_ENOMEM;
            if (push_word(a, &g->words, g->pos, g->pos + n, f, 0)) return PGN_ENOMEM;
            g->pos += n;
        }
    }
    if (g->paragraphs.n) g->paragraphs.v[g->paragraphs.n - 1].end = g->raw.n;
    return append(a, &g->raw, "", 1) ? PGN_ENOMEM : 0;   /* NUL-terminated */
}


/* Non-space position of each byte of the raw text, and back. */
static int map_positions(gold *g, pgn_error *err) {
    pgn__arena *a = g->arena;
    size_t n_raw = g->raw.n - 1;
    uint32_t *pos = pgn__arena_alloc(a, (n_raw + 1) * sizeof *pos);
    uint32_t *byte_of = pgn__arena_alloc(a, (n_raw + 1) * sizeof *byte_of);
    if (!pos || !byte_of) return PGN_ENOMEM;
    const unsigned char *u = (const unsigned char *)g->raw.v;
    size_t k = 0, len;
    for (size_t i = 0; i < n_raw; i += len) {
        int kind = pgn__kind_at(u, i, n_raw, &len);
        for (size_t j = 0; j < len; j++) {
            pos[i + j] = (uint32_t)k;
            if (kind != K_SPACE && kind != K_NEWLINE) byte_of[k++] = (uint32_t)(i + j);
        }
    }
    pos[n_raw] = (uint32_t)k;
    byte_of[k] = (uint32_t)n_raw;
    if (k != g->pos)
        return pgn__err(err, PGN_ESYNTAX, g->path, -1, -1, "the forms do not spell the # text lines");
    g->pos_of_byte = pos;
    g->byte_of_pos = byte_of;
    return 0;
}

int pgn__gold_read(const char *path, pgn__arena *a, pgn__gold *g, pgn_error *err) {
    memset(g, 0, sizeof *g);
    g->arena = a;
    g->path = path;
    FILE *f = fopen(path, "rb");
    if (!f) return pgn__err(err, PGN_EIO, path, -1, -1, "cannot open the gold file");
    char_vec buf = {0};
    int rc = 0;
    /* Read it whole (gold files are a few MB). */
    for (;;) {
        if (buf.cap - buf.n < 65536) {
            size_t ncap = buf.cap ? buf.cap * 2 : 1 << 20;
            void *p = pgn__arena_grow(a, buf.v, buf.cap, ncap);
            if (!p) {
                rc = PGN_ENOMEM;
                break;
            }
            buf.v = p;
            buf.cap = ncap;
        }
        size_t k = fread(buf.v + buf.n, 1, buf.cap - buf.n, f);
        buf.n += k;
        if (k == 0) break;
    }
    int ioerr = ferror(f);
    fclose(f);
    if (!rc && ioerr) rc = pgn__err(err, PGN_EIO, path, -1, -1, "read error (is it a directory?)");
    if (!rc) rc = parse_gold(g, buf.v, buf.n, err);
    if (!rc && g->sentences.n == 0)
        rc = pgn__err(err, PGN_EEMPTY, path, -1, -1, "no sentences in the gold file");
    if (!rc) rc = map_positions(g, err);
    if (rc == PGN_ENOMEM) pgn__err(err, PGN_ENOMEM, path, -1, -1, "out of memory");
    return rc;
}
