/* src/events/datafile.h -- reading our TAB-separated data files (internal).
**
** The ontology and lexicon files share one shape: one entry per line, `#`
** starts a comment line, fields separated by TABs.  This splits a buffer
** into lines and fields and checks what every loader must (UTF-8, no NUL,
** bounded line length), so each loader only interprets fields.
*/
#ifndef PGN_EVENTS_DATAFILE_H
#define PGN_EVENTS_DATAFILE_H

#include <stddef.h>

#include "peregrine.h"

#define PGN__DF_MAX_FIELDS 16
#define PGN__DF_MAX_LINE 4096

typedef struct pgn__df_field {
    const char *s;           /* into the buffer, not NUL-terminated */
    size_t len;
} pgn__df_field;

typedef struct pgn__df_line {
    long line;               /* 1-based */
    long byte;               /* offset of the line start */
    size_t n;                /* fields */
    pgn__df_field f[PGN__DF_MAX_FIELDS];
} pgn__df_line;

typedef struct pgn__df {
    const char *name, *text;
    size_t len, off;
    long line;
} pgn__df;

void pgn__df_init(pgn__df *df, const char *name, const char *text, size_t len);
/* Next non-blank, non-comment line: 1, 0 at the end, or a negative
** pgn_status (err names file, line and byte).  A trailing " # ..." after a
** TAB is a comment too. */
int pgn__df_next(pgn__df *df, pgn__df_line *out, pgn_error *err);

/* 1 when field f equals the NUL-terminated s. */
int pgn__df_eq(const pgn__df_field *f, const char *s);
/* Reads a whole file into a malloc'd buffer (caller frees). */
int pgn__df_read_file(const char *path, char **out, size_t *len, pgn_error *err);
/* Parses "-?D+(.D+)?" without the locale; 0 or -1. */
int pgn__df_decimal(const pgn__df_field *f, double *out);

#endif
