/* src/base/error.c -- error texts (from PGN_ERRNO_MAP) and formatting. */
#include "error.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *pgn_strerror(int code) {
    switch (code) {
    case PGN_OK: return "success";
#define PGN__ERRNO_TEXT(name, val, text) case PGN_E##name: return text;
    PGN_ERRNO_MAP(PGN__ERRNO_TEXT)
#undef PGN__ERRNO_TEXT
    default: return "unknown error";
    }
}

const char *pgn_version(void) { return PGN_VERSION; }

const char *pgn_default_data_dir(void) {
    const char *env = getenv("PEREGRINE_DATA");
    return env && *env ? env : PGN_DATA_DIR;
}

void pgn__err_clear(pgn_error *err) {
    if (!err) return;
    err->code = 0;
    err->file[0] = '\0';
    err->line = -1;
    err->byte = -1;
    err->msg[0] = '\0';
}

int pgn__err(pgn_error *err, int code, const char *file, long line, long byte,
             const char *fmt, ...) {
    if (!err) return code;
    err->code = code;
    snprintf(err->file, sizeof err->file, "%s", file ? file : "");
    err->line = line;
    err->byte = byte;
    if (fmt) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err->msg, sizeof err->msg, fmt, ap);
        va_end(ap);
    } else {
        err->msg[0] = '\0';
    }
    return code;
}

char *pgn_error_format(const pgn_error *err, char *buf, size_t cap) {
    if (!buf || cap == 0) return buf;
    if (!err) {
        snprintf(buf, cap, "no error");
        return buf;
    }
    /* The place first, as compilers print it: "file:line: byte N: ". */
    char line[32] = "", byte[40] = "";
    if (err->line >= 0) snprintf(line, sizeof line, "%ld:", err->line);
    if (err->byte >= 0) snprintf(byte, sizeof byte, " byte %ld:", err->byte);
    const char *colon = err->file[0] ? ":" : "";
    const char *space = (err->file[0] || line[0] || byte[0]) ? " " : "";
    if (err->msg[0])
        snprintf(buf, cap, "%s%s%s%s%s%s (%s)", err->file, colon, line, byte,
                 space, err->msg, pgn_strerror(err->code));
    else
        snprintf(buf, cap, "%s%s%s%s%s%s", err->file, colon, line, byte, space,
                 pgn_strerror(err->code));
    return buf;
}
