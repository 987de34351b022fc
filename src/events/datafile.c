/* src/events/datafile.c -- line and field splitting for our data files.
** See datafile.h.  Used by ontology.c and lexicon.c. */
#include "datafile.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/error.h"

void pgn__df_init(pgn__df *df, const char *name, const char *text, size_t len) {
    df->name = name ? name : "";
    df->text = text;
    df->len = len;
    df->off = 0;
    df->line = 0;
}

/* Length of the valid UTF-8 sequence at s (n bytes left), or 0. */
static size_t utf8_len(const unsigned char *s, size_t n) {
    if (s[0] < 0x80) return 1;
    size_t k = (s[0] & 0xE0) == 0xC0 ? 2 : (s[0] & 0xF0) == 0xE0 ? 3 : (s[0] & 0xF8) == 0xF0 ? 4 : 0;
    if (k == 0 || k > n) return 0;
    for (size_t i = 1; i < k; i++)
        if ((s[i] & 0xC0) != 0x80) return 0;
    unsigned cp = k == 2 ? (s[0] & 0x1Fu) : k == 3 ? (s[0] & 0x0Fu) : (s[0] & 0x07u);
    for (size_t i = 1; i < k; i++) cp = (cp << 6) | (s[i] & 0x3Fu);
    if ((k == 2 && cp < 0x80) || (k == 3 && cp < 0x800) || (k == 4 && cp < 0x10000) ||
        cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return k;
}

static int is_blank(char c) { return c == ' ' || c == '\r'; }

int pgn__df_next(pgn__df *df, pgn__df_line *out, pgn_error *err) {
    while (df->off < df->len) {
        size_t start = df->off, end = start;
        df->line++;
        while (end < df->len && df->text[end] != '\n') end++;
        df->off = end < df->len ? end + 1 : end;
        if (end - start > PGN__DF_MAX_LINE)
            return pgn__err(err, PGN_ETOOBIG, df->name, df->line, (long)start,
                            "line longer than %d bytes", PGN__DF_MAX_LINE);
        for (size_t i = start; i < end;) {
            if (df->text[i] == '\0')
                return pgn__err(err, PGN_ESYNTAX, df->name, df->line, (long)i, "NUL byte");
            size_t k = utf8_len((const unsigned char *)df->text + i, end - i);
            if (k == 0)
                return pgn__err(err, PGN_EUTF8, df->name, df->line, (long)i,
                                "invalid UTF-8 byte 0x%02x",
                                (unsigned)(unsigned char)df->text[i]);
            i += k;
        }
        while (end > start && is_blank(df->text[end - 1])) end--;
        size_t s = start;
        while (s < end && is_blank(df->text[s])) s++;
        if (s == end || df->text[s] == '#') continue;
        out->line = df->line;
        out->byte = (long)start;
        out->n = 0;
        size_t f = start;
        for (;;) {
            size_t e = f;
            while (e < end && df->text[e] != '\t') e++;
            const char *fs = df->text + f;
            size_t flen = e - f;
            while (flen && is_blank(*fs)) fs++, flen--;
            while (flen && is_blank(fs[flen - 1])) flen--;
            if (flen && fs[0] == '#' && out->n > 0) break; /* trailing comment */
            if (out->n == PGN__DF_MAX_FIELDS)
                return pgn__err(err, PGN_ESYNTAX, df->name, df->line, (long)f,
                                "more than %d fields", PGN__DF_MAX_FIELDS);
            out->f[out->n].s = fs;
            out->f[out->n].len = flen;
            out->n++;
            if (e >= end) break;
            f = e + 1;
        }
        return 1;
    }
    return 0;
}

int pgn__df_eq(const pgn__df_field *f, const char *s) {
    size_t n = strlen(s);
    return n == f->len && memcmp(f->s, s, n) == 0;
}

int pgn__df_read_file(const char *path, char **out, size_t *len, pgn_error *err) {
    *out = NULL;
    *len = 0;
    FILE *fp = fopen(path, "rb");
    if (!fp) return pgn__err(err, PGN_EIO, path, -1, -1, "cannot open: %s", strerror(errno));
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    if (!buf) {
        fclose(fp);
        return pgn__err(err, PGN_ENOMEM, path, -1, -1, "no memory to read the file");
    }
    for (;;) {
        if (n == cap) {
            if (cap >= (64u << 20)) {
                free(buf);
                fclose(fp);
                return pgn__err(err, PGN_ETOOBIG, path, -1, -1, "file larger than 64 MiB");
            }
            char *nb = realloc(buf, cap * 2);
            if (!nb) {
                free(buf);
                fclose(fp);
                return pgn__err(err, PGN_ENOMEM, path, -1, -1, "no memory to read the file");
            }
            buf = nb;
            cap *= 2;
        }
        size_t got = fread(buf + n, 1, cap - n, fp);
        n += got;
        if (got == 0) break;
    }
    int bad = ferror(fp);
    fclose(fp);
    if (bad) {
        free(buf);
        return pgn__err(err, PGN_EIO, path, -1, -1, "read error");
    }
    *out = buf;
    *len = n;
    return 0;
}

int pgn__df_decimal(const pgn__df_field *f, double *out) {
    size_t i = 0;
    int neg = 0;
    if (i < f->len && (f->s[i] == '-' || f->s[i] == '+')) neg = f->s[i++] == '-';
    if (i >= f->len || f->s[i] < '0' || f->s[i] > '9') return -1;
    double v = 0;
    size_t digits = 0;
    while (i < f->len && f->s[i] >= '0' && f->s[i] <= '9' && digits < 6)
        v = v * 10 + (f->s[i++] - '0'), digits++;
    if (i < f->len && f->s[i] == '.') {
        i++;
        double scale = 0.1;
        if (i >= f->len || f->s[i] < '0' || f->s[i] > '9') return -1;
        while (i < f->len && f->s[i] >= '0' && f->s[i] <= '9' && scale > 1e-6) {
            v += (f->s[i++] - '0') * scale;
            scale /= 10;
        }
    }
    if (i != f->len) return -1;
    *out = neg ? -v : v;
    return 0;
}
