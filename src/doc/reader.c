/* src/doc/reader.c -- the public reader: records out of an input.
**
** An input (input.c: file, stdin or memory, maybe compressed) is read
** through a window buffer.  Text format: the whole input is one article.
** JSON Lines: one record per line, found without loading the whole input.
** Memory stays bounded by max_doc_bytes: a longer article or line becomes
** an error record (the rest of a long line is skipped, not stored), never
** a larger allocation.  Every record gives a document or an error; after
** an error the next call goes on with the next line.
**
** Byte offsets in messages count the plain bytes (after decompression),
** so that they point into what `zcat FILE` shows; only a damaged or
** truncated stream names the compressed byte where it broke.
*/
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "base/error.h"
#include "input.h"
#include "lexicon.h"
#include "reader_int.h"

#define DEFAULT_MAX_DOC ((size_t)64 << 20)
#define READ_CHUNK ((size_t)64 << 10)
/* Leading blank space looked through to choose a format; past it, text. */
#define SNIFF_LIMIT ((size_t)1 << 20)

struct pgn_reader {
    pgn__input *in;
    pgn_format format;      /* resolved: TEXT or JSONL */
    size_t max_doc;
    char *buf;              /* window of plain bytes [start, end) */
    size_t cap, start, end;
    long long buf_off;      /* input offset of buf[0] */
    int in_eof;             /* the input has no more bytes */
    int in_err_pending;     /* in_err is to be returned when reached */
    pgn_error in_err;
    long line;              /* lines consumed so far */
    long n_records;         /* records returned (documents or errors) */
    int done;
    pgn__cues cues;         /* loaded once for every document */
};

static int is_blank(unsigned char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
           c == '\v';
}

/* Reads more input into the window, making room by moving the kept bytes
** to the front and growing the buffer up to max_doc plus one chunk.
** Returns 0 (maybe with in_eof set) or PGN_ENOMEM. */
static int fill(pgn_reader *r, pgn_error *err) {
    if (r->in_eof) return 0;
    if (r->start > 0) {
        memmove(r->buf, r->buf + r->start, r->end - r->start);
        r->buf_off += (long long)r->start;
        r->end -= r->start;
        r->start = 0;
    }
    /* Start small: most articles are a few kilobytes, and a buffer under
    ** malloc's mmap threshold is reused from reader to reader instead of
    ** being mapped and faulted in afresh. */
    if (r->cap - r->end < READ_CHUNK / 4) {
        size_t ncap = r->cap ? r->cap * 2 : READ_CHUNK;
        size_t most = r->max_doc + 2 * READ_CHUNK;
        if (ncap > most) ncap = most;
        if (ncap > r->cap) {
            char *nb = realloc(r->buf, ncap);
            if (!nb)
                return pgn__err(err, PGN_ENOMEM, pgn__input_name(r->in), -1,
                                -1, "no memory for a %zu-byte buffer", ncap);
            r->buf = nb;
            r->cap = ncap;
        }
    }
    if (r->cap == r->end) return 0;  /* full: the caller checks max_doc */
    long k = pgn__input_read(r->in, r->buf + r->end, r->cap - r->end,
                             &r->in_err);
    if (k < 0) {
        r->in_eof = 1;
        r->in_err_pending = 1;
    } else if (k == 0) {
        r->in_eof = 1;
    } else {
        r->end += (size_t)k;
    }
    return 0;
}

/* Chooses the format: JSON Lines when the first non-blank byte is '{'. */
static int sniff(pgn_reader *r, pgn_error *err) {
    size_t i = r->start;
    for (;;) {
        while (i < r->end && is_blank((unsigned char)r->buf[i])) i++;
        /* A UTF-8 byte order mark is not content. */
        if (i + 3 <= r->end && memcmp(r->buf + i, "\xEF\xBB\xBF", 3) == 0) {
            i += 3;
            continue;
        }
        if (i < r->end || r->in_eof || r->end >= SNIFF_LIMIT) break;
        size_t before = r->end - r->start;
        i -= r->start;
        int rc = fill(r, err);
        if (rc) return rc;
        i += r->start;
        if (r->end - r->start == before && !r->in_eof) break;
    }
    r->format = (i < r->end && r->buf[i] == '{') ? PGN_FORMAT_JSONL
                                                 : PGN_FORMAT_TEXT;
    return 0;
}

static int reader_open(pgn__input *in, const pgn_read_options *opt,
                       pgn_reader **out, pgn_error *err) {
    pgn_reader *r = calloc(1, sizeof *r);
    if (!r) {
        int rc = pgn__err(err, PGN_ENOMEM, pgn__input_name(in), -1, -1,
                          "no memory");
        pgn__input_close(in);
        return rc;
    }
    r->in = in;
    if (pgn__cues_load(&r->cues)) {
        pgn_reader_close(r);
        return pgn__err(err, PGN_ENOMEM, NULL, -1, -1, "no memory");
    }
    r->format = opt ? opt->format : PGN_FORMAT_AUTO;
    r->max_doc = opt && opt->max_doc_bytes ? opt->max_doc_bytes : DEFAULT_MAX_DOC;
    if (r->format != PGN_FORMAT_AUTO && r->format != PGN_FORMAT_TEXT &&
        r->format != PGN_FORMAT_JSONL) {
        pgn_reader_close(r);
        return pgn__err(err, PGN_EINVAL, NULL, -1, -1, "unknown input format");
    }
    if (r->format == PGN_FORMAT_AUTO) {
        int rc = sniff(r, err);
        if (rc) {
            pgn_reader_close(r);
            return rc;
        }
    }
    *out = r;
    return 0;
}

int pgn_reader_open_file(const char *path, const pgn_read_options *opt,
                         pgn_reader **out, pgn_error *err) {
    pgn__err_clear(err);
    if (!out) return pgn__err(err, PGN_EINVAL, path, -1, -1, "NULL argument");
    *out = NULL;
    pgn__input *in = NULL;
    int rc = pgn__input_open_file(path, &in, err);
    return rc ? rc : reader_open(in, opt, out, err);
}

int pgn_reader_open_memory(const char *name, const void *bytes, size_t len,
                           const pgn_read_options *opt, pgn_reader **out,
                           pgn_error *err) {
    pgn__err_clear(err);
    if (!out) return pgn__err(err, PGN_EINVAL, name, -1, -1, "NULL argument");
    *out = NULL;
    pgn__input *in = NULL;
    int rc = pgn__input_open_memory(name ? name : "<memory>", bytes, len, &in,
                                    err);
    return rc ? rc : reader_open(in, opt, out, err);
}

void pgn_reader_close(pgn_reader *r) {
    if (!r) return;
    pgn__input_close(r->in);
    pgn__cues_free(&r->cues);
    free(r->buf);
    free(r);
}

/* The pending input error (truncated or damaged stream), once. */
static int input_error(pgn_reader *r, pgn_error *err) {
    r->in_err_pending = 0;
    r->done = 1;
    r->n_records++;
    if (err) *err = r->in_err;
    if (r->line > 0 && err) err->line = r->line + 1;
    return r->in_err.code;
}

static int next_text(pgn_reader *r, pgn_doc **doc, pgn_error *err) {
    const char *name = pgn__input_name(r->in);
    while (!r->in_eof) {
        int rc = fill(r, err);
        if (rc) {
            r->done = 1;
            return rc;
        }
        if (r->end - r->start > r->max_doc) {
            r->done = 1;
            return pgn__err(err, PGN_ETOOBIG, name, 1, -1,
                            "article is over the %zu-byte limit", r->max_doc);
        }
    }
    r->done = 1;
    /* A truncated article is not given as if whole. */
    if (r->in_err_pending) return input_error(r, err);
    size_t i = r->start;
    while (i < r->end && is_blank((unsigned char)r->buf[i])) i++;
    if (i == r->end)
        return pgn__err(err, PGN_EEMPTY, name, -1, -1,
                        r->end == r->start ? "empty file"
                                           : "file holds only blank space");
    pgn__record rec = {name, 1, r->buf_off + (long long)r->start, &r->cues};
    int rc = pgn__read_text_record(&rec, r->buf + r->start, r->end - r->start,
                                   doc, err);
    return rc ? rc : 1;
}

/* Skips the rest of an over-long line without storing it.  Returns 1 when
** its end was found, 0 at the end of input. */
static int skip_line(pgn_reader *r, pgn_error *err) {
    for (;;) {
        char *nl = r->end > r->start
                       ? memchr(r->buf + r->start, '\n', r->end - r->start) : NULL;
        if (nl) {
            r->start = (size_t)(nl - r->buf) + 1;
            return 1;
        }
        r->buf_off += (long long)r->end;
        r->start = r->end = 0;
        if (r->in_eof) return 0;
        if (fill(r, err)) return 0;
    }
}

static int next_jsonl(pgn_reader *r, pgn_doc **doc, pgn_error *err) {
    const char *name = pgn__input_name(r->in);
    size_t scan = r->start;
    for (;;) {
        /* buf is NULL before the first fill of a forced-JSONL reader. */
        char *nl = r->end > scan ? memchr(r->buf + scan, '\n', r->end - scan) : NULL;
        size_t line_end;
        if (nl) {
            line_end = (size_t)(nl - r->buf);
        } else if (r->end - r->start > r->max_doc) {
            long line = ++r->line;
            long long off = r->buf_off + (long long)r->start;
            skip_line(r, err);
            r->n_records++;
            return pgn__err(err, PGN_ETOOBIG, name, line, (long)off,
                            "line is over the %zu-byte limit; skipped",
                            r->max_doc);
        } else if (!r->in_eof) {
            /* Everything in the window was searched; fill may move it. */
            size_t searched = r->end - r->start;
            int rc = fill(r, err);
            if (rc) {
                r->done = 1;
                return rc;
            }
            scan = r->start + searched;
            continue;
        } else if (r->in_err_pending) {
            /* A line cut by a truncated stream is reported as the stream
            ** error, not as bad JSON. */
            return input_error(r, err);
        } else if (r->start == r->end) {
            r->done = 1;
            if (r->n_records == 0) {
                r->n_records++;
                return pgn__err(err, PGN_EEMPTY, name, -1, -1,
                                "no JSON Lines records in the input");
            }
            return 0;
        } else {
            line_end = r->end;  /* last line without a newline */
        }
        size_t ls = r->start;
        r->line++;
        /* A byte order mark opening the file is not part of the record. */
        if (r->line == 1 && r->buf_off == 0 && line_end - ls >= 3 &&
            memcmp(r->buf + ls, "\xEF\xBB\xBF", 3) == 0)
            ls += 3;
        long long off = r->buf_off + (long long)ls;
        r->start = line_end < r->end ? line_end + 1 : line_end;
        scan = r->start;
        size_t le = line_end;
        if (le > ls && r->buf[le - 1] == '\r') le--;
        size_t k = ls;
        while (k < le && is_blank((unsigned char)r->buf[k])) k++;
        if (k == le) continue;  /* blank lines are not records */
        r->n_records++;
        if (le - ls > r->max_doc)
            return pgn__err(err, PGN_ETOOBIG, name, r->line, (long)off,
                            "line is over the %zu-byte limit; skipped", r->max_doc);
        pgn__record rec = {name, r->line, off, &r->cues};
        int rc = pgn__read_jsonl_record(&rec, r->buf + ls, le - ls, doc, err);
        return rc ? rc : 1;
    }
}

/* A document without an id of its own is named after where it came from:
** the file's name without directory and extension for an article, with
** ":LINE" for a JSON Lines record, so every event row has a usable id. */
static int default_id(pgn_doc *doc, int jsonl, pgn_error *err) {
    if (doc->meta.id) return 0;
    const char *src = doc->meta.source ? doc->meta.source : "-";
    const char *base = strrchr(src, '/');
    base = base ? base + 1 : src;
    size_t n = strlen(base);
    const char *dot = strrchr(base, '.');
    if (!jsonl && dot && dot != base) n = (size_t)(dot - base);
    if (strcmp(src, "-") == 0) base = "stdin", n = 5;
    char id[512];
    if (jsonl)
        snprintf(id, sizeof id, "%.*s:%ld", (int)(n > 400 ? 400 : n), base, doc->meta.record);
    else
        snprintf(id, sizeof id, "%.*s", (int)(n > 400 ? 400 : n), base);
    if (!(doc->meta.id = pgn__arena_strdup(doc->arena, id)))
        return pgn__err(err, PGN_ENOMEM, src, -1, -1, "no memory");
    return 0;
}

int pgn_reader_next(pgn_reader *r, pgn_doc **doc, pgn_error *err) {
    pgn__err_clear(err);
    if (!r || !doc) return pgn__err(err, PGN_EINVAL, NULL, -1, -1, "NULL argument");
    *doc = NULL;
    if (r->done) return 0;
    int jsonl = r->format == PGN_FORMAT_JSONL;
    int rc = jsonl ? next_jsonl(r, doc, err) : next_text(r, doc, err);
    if (rc > 0 && default_id(*doc, jsonl, err)) {
        pgn_doc_free(*doc);
        *doc = NULL;
        return PGN_ENOMEM;
    }
    return rc;
}
