/* src/io/json.h -- a small streaming JSON writer.
**
** Output is written through a callback in chunks, so a document of any
** size never needs its whole JSON in memory.  The writer tracks commas;
** callers only say what comes next.  Used by every JSON output of the
** library (read, parse, code...).
*/
#ifndef PGN_IO_JSON_H
#define PGN_IO_JSON_H

#include <stddef.h>

typedef int (*pgn__write_fn)(void *ctx, const char *s, size_t n);

typedef struct pgn__json {
    pgn__write_fn write;
    void *ctx;
    int rc;             /* first error from write, sticky */
    int need_comma;     /* a value was written at this level */
    size_t n;           /* bytes in buf */
    char buf[8192];
} pgn__json;

void pgn__json_init(pgn__json *j, pgn__write_fn write, void *ctx);
/* Flushes the buffer; returns the first write error or 0. */
int pgn__json_finish(pgn__json *j);

void pgn__json_obj_begin(pgn__json *j);
void pgn__json_obj_end(pgn__json *j);
void pgn__json_arr_begin(pgn__json *j);
void pgn__json_arr_end(pgn__json *j);
void pgn__json_key(pgn__json *j, const char *key);

void pgn__json_str(pgn__json *j, const char *s);     /* NULL -> null */
void pgn__json_strn(pgn__json *j, const char *s, size_t n);
void pgn__json_int(pgn__json *j, long long v);
void pgn__json_num(pgn__json *j, double v);
void pgn__json_bool(pgn__json *j, int v);
void pgn__json_null(pgn__json *j);
void pgn__json_raw(pgn__json *j, const char *s, size_t n);
/* Ends a top-level value with a newline (JSON Lines). */
void pgn__json_newline(pgn__json *j);

/* key + value shorthands */
void pgn__json_kstr(pgn__json *j, const char *key, const char *s);
void pgn__json_kint(pgn__json *j, const char *key, long long v);

#endif
