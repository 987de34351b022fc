/* src/base/error.h -- filling a pgn_error (internal helpers). */
#ifndef PGN_BASE_ERROR_H
#define PGN_BASE_ERROR_H

#include "peregrine.h"

/* Sets every field of err (which may be NULL) and returns code, so that
** callers can write `return pgn__err(err, PGN_ESYNTAX, file, line, -1, "...")`. */
int pgn__err(pgn_error *err, int code, const char *file, long line, long byte,
             const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 6, 7)))
#endif
    ;

void pgn__err_clear(pgn_error *err);

#endif
