/* src/io/json.c -- streaming JSON writer (see json.h). */
#include "json.h"

#include <stdio.h>
#include <string.h>

void pgn__json_init(pgn__json *j, pgn__write_fn write, void *ctx) {
    j->write = write;
    j->ctx = ctx;
    j->rc = 0;
    j->need_comma = 0;
    j->n = 0;
}

static void flush(pgn__json *j) {
    if (j->n && !j->rc) j->rc = j->write(j->ctx, j->buf, j->n);
    j->n = 0;
}

int pgn__json_finish(pgn__json *j) {
    flush(j);
    return j->rc;
}

static void put(pgn__json *j, const char *s, size_t n) {
    if (n > sizeof j->buf - j->n) {
        flush(j);
        if (n > sizeof j->buf) {
            if (!j->rc) j->rc = j->write(j->ctx, s, n);
            return;
        }
    }
    memcpy(j->buf + j->n, s, n);
    j->n += n;
}

static void putc1(pgn__json *j, char c) {
    if (j->n == sizeof j->buf) flush(j);
    j->buf[j->n++] = c;
}

static void sep(pgn__json *j) {
    if (j->need_comma) putc1(j, ',');
    j->need_comma = 1;
}

void pgn__json_raw(pgn__json *j, const char *s, size_t n) {
    sep(j);
    put(j, s, n);
}

void pgn__json_newline(pgn__json *j) {
    putc1(j, '\n');
    j->need_comma = 0;
}

void pgn__json_obj_begin(pgn__json *j) { sep(j); putc1(j, '{'); j->need_comma = 0; }
void pgn__json_obj_end(pgn__json *j) { putc1(j, '}'); j->need_comma = 1; }
void pgn__json_arr_begin(pgn__json *j) { sep(j); putc1(j, '['); j->need_comma = 0; }
void pgn__json_arr_end(pgn__json *j) { putc1(j, ']'); j->need_comma = 1; }

static void put_escaped(pgn__json *j, const char *s, size_t n) {
    static const char hex[] = "0123456789abcdef";
    putc1(j, '"');
    size_t run = 0;  /* start of the pending run that needs no escaping */
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c != '"' && c != '\\') continue;
        put(j, s + run, i - run);
        run = i + 1;
        switch (c) {
        case '"': put(j, "\\\"", 2); break;
        case '\\': put(j, "\\\\", 2); break;
        case '\n': put(j, "\\n", 2); break;
        case '\r': put(j, "\\r", 2); break;
        case '\t': put(j, "\\t", 2); break;
        default: {
            char u[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            put(j, u, 6);
        }
        }
    }
    put(j, s + run, n - run);
    putc1(j, '"');
}

void pgn__json_key(pgn__json *j, const char *key) {
    sep(j);
    put_escaped(j, key, strlen(key));
    putc1(j, ':');
    j->need_comma = 0;
}

void pgn__json_strn(pgn__json *j, const char *s, size_t n) {
    sep(j);
    put_escaped(j, s, n);
}

void pgn__json_str(pgn__json *j, const char *s) {
    if (!s) {
        pgn__json_null(j);
        return;
    }
    pgn__json_strn(j, s, strlen(s));
}

void pgn__json_int(pgn__json *j, long long v) {
    char b[32];
    int k = snprintf(b, sizeof b, "%lld", v);
    pgn__json_raw(j, b, (size_t)k);
}

void pgn__json_num(pgn__json *j, double v) {
    char b[32];
    int k = snprintf(b, sizeof b, "%.4g", v);
    pgn__json_raw(j, b, (size_t)k);
}

void pgn__json_bool(pgn__json *j, int v) {
    pgn__json_raw(j, v ? "true" : "false", v ? 4 : 5);
}

void pgn__json_null(pgn__json *j) { pgn__json_raw(j, "null", 4); }

void pgn__json_kstr(pgn__json *j, const char *key, const char *s) {
    pgn__json_key(j, key);
    pgn__json_str(j, s);
}

void pgn__json_kint(pgn__json *j, const char *key, long long v) {
    pgn__json_key(j, key);
    pgn__json_int(j, v);
}
