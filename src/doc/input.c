/* src/doc/input.c -- files, standard input and memory as plain byte streams,
** with gzip (zlib) and zstd (libzstd) decompression chosen by magic bytes.
**
** Raw bytes come in RAW_CHUNK pieces; decompression is streaming, so memory
** stays bounded whatever the compression ratio (a reader stops asking once
** a document is over its limit).  Offsets in errors count raw (compressed)
** bytes, which is where a user can look in the file they have.
*/
#include "input.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <zlib.h>
#include <zstd.h>

#include "base/error.h"

#define RAW_CHUNK (64 * 1024)

struct pgn__input {
    char *name;
    FILE *file;                 /* NULL for memory input */
    int own_file;               /* 0 for standard input */
    unsigned char *mem;         /* memory input (a copy) or the raw buffer */
    const unsigned char *raw;   /* current raw bytes */
    size_t raw_len, raw_pos;
    long long raw_off;          /* raw bytes consumed before raw[0] */
    int raw_eof;
    int failed;                 /* an error was returned; now at end */
    pgn__compression comp;
    z_stream z;
    int z_init, z_ended;        /* z_ended: the last gzip member is complete */
    ZSTD_DStream *zs;
    size_t zs_hint;             /* last ZSTD_decompressStream result: 0 at a frame end */
    int zs_any;                 /* some zstd input was consumed */
};

/* Refills raw from the file; memory input is raw from the start. */
static int raw_fill(pgn__input *in, pgn_error *err) {
    if (in->raw_pos < in->raw_len || in->raw_eof) return 0;
    if (!in->file) {
        in->raw_eof = 1;
        return 0;
    }
    in->raw_off += (long long)in->raw_len;
    in->raw_len = in->raw_pos = 0;
    size_t k = fread(in->mem, 1, RAW_CHUNK, in->file);
    in->raw_len = k;
    if (k == 0) {
        if (ferror(in->file))
            return pgn__err(err, PGN_EIO, in->name, -1, (long)in->raw_off,
                            "read failed: %s", strerror(errno));
        in->raw_eof = 1;
    }
    return 0;
}

static long long raw_offset(const pgn__input *in) {
    return in->raw_off + (long long)in->raw_pos;
}

/* Looks at the first raw bytes to choose the decompressor. */
static int detect(pgn__input *in, pgn_error *err) {
    int rc = raw_fill(in, err);
    if (rc) return rc;
    const unsigned char *p = in->raw + in->raw_pos;
    size_t n = in->raw_len - in->raw_pos;
    /* A file read in small pieces (a pipe) may give fewer than 4 bytes
    ** first; magic numbers are only trusted when complete. */
    if (n >= 2 && p[0] == 0x1f && p[1] == 0x8b) {
        in->comp = PGN__COMP_GZIP;
        /* 15 + 16: gzip wrapper only, largest window. */
        if (inflateInit2(&in->z, 15 + 16) != Z_OK)
            return pgn__err(err, PGN_ENOMEM, in->name, -1, -1,
                            "cannot start gzip decompression");
        in->z_init = 1;
    } else if (n >= 4 && p[0] == 0x28 && p[1] == 0xb5 && p[2] == 0x2f &&
               p[3] == 0xfd) {
        in->comp = PGN__COMP_ZSTD;
        if (!(in->zs = ZSTD_createDStream()))
            return pgn__err(err, PGN_ENOMEM, in->name, -1, -1,
                            "cannot start zstd decompression");
        ZSTD_initDStream(in->zs);
    }
    return 0;
}

static int input_new(const char *name, pgn__input **out, pgn_error *err) {
    pgn__input *in = calloc(1, sizeof *in);
    if (!in || !(in->name = strdup(name))) {
        free(in);
        return pgn__err(err, PGN_ENOMEM, name, -1, -1, "no memory");
    }
    *out = in;
    return 0;
}

int pgn__input_open_file(const char *path, pgn__input **out, pgn_error *err) {
    pgn__err_clear(err);
    *out = NULL;
    if (!path || !*path)
        return pgn__err(err, PGN_EINVAL, path, -1, -1, "empty file name");
    int is_stdin = strcmp(path, "-") == 0;
    const char *name = is_stdin ? "<stdin>" : path;
    FILE *f = is_stdin ? stdin : fopen(path, "rb");
    if (!f) {
        int e = errno;
        return pgn__err(err, e == ENOENT ? PGN_ENOTFOUND : PGN_EIO, name, -1,
                        -1, "cannot open: %s", strerror(e));
    }
    /* fopen succeeds on a directory on Linux; reading it fails later with
    ** a less helpful message, so ask first. */
    struct stat st;
    if (fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
        if (!is_stdin) fclose(f);
        return pgn__err(err, PGN_EIO, name, -1, -1,
                        "is a directory, not a file");
    }
    pgn__input *in = NULL;
    int rc = input_new(name, &in, err);
    if (rc) {
        if (!is_stdin) fclose(f);
        return rc;
    }
    in->file = f;
    in->own_file = !is_stdin;
    if (!(in->mem = malloc(RAW_CHUNK))) {
        pgn__input_close(in);
        return pgn__err(err, PGN_ENOMEM, name, -1, -1, "no memory");
    }
    in->raw = in->mem;
    if ((rc = detect(in, err))) {
        pgn__input_close(in);
        return rc;
    }
    *out = in;
    return 0;
}

int pgn__input_open_memory(const char *name, const void *bytes, size_t len,
                           pgn__input **out, pgn_error *err) {
    pgn__err_clear(err);
    *out = NULL;
    if (!bytes && len)
        return pgn__err(err, PGN_EINVAL, name, -1, -1, "NULL bytes");
    pgn__input *in = NULL;
    int rc = input_new(name ? name : "", &in, err);
    if (rc) return rc;
    if (!(in->mem = malloc(len ? len : 1))) {
        pgn__input_close(in);
        return pgn__err(err, PGN_ENOMEM, name, -1, -1,
                        "no memory for %zu bytes of input", len);
    }
    if (len) memcpy(in->mem, bytes, len);
    in->raw = in->mem;
    in->raw_len = len;
    if ((rc = detect(in, err))) {
        pgn__input_close(in);
        return rc;
    }
    *out = in;
    return 0;
}

static long fail(pgn__input *in, pgn_error *err, int code, const char *what) {
    in->failed = 1;
    return pgn__err(err, code, in->name, -1, (long)raw_offset(in), "%s", what);
}

static long read_plain(pgn__input *in, unsigned char *buf, size_t cap,
                       pgn_error *err) {
    int rc = raw_fill(in, err);
    if (rc) {
        in->failed = 1;
        return rc;
    }
    size_t n = in->raw_len - in->raw_pos;
    if (n > cap) n = cap;
    memcpy(buf, in->raw + in->raw_pos, n);
    in->raw_pos += n;
    return (long)n;
}

static long read_gzip(pgn__input *in, unsigned char *buf, size_t cap,
                      pgn_error *err) {
    char msg[160];
    for (;;) {
        int rc = raw_fill(in, err);
        if (rc) {
            in->failed = 1;
            return rc;
        }
        size_t avail = in->raw_len - in->raw_pos;
        if (in->z_ended) {
            /* gzip files may hold several members one after another. */
            if (avail == 0) return 0;
            if (inflateReset(&in->z) != Z_OK)
                return fail(in, err, PGN_EFORMAT, "gzip reset failed");
            in->z_ended = 0;
        }
        /* With no input left inflate may still flush held output. */
        in->z.next_in = (unsigned char *)(in->raw + in->raw_pos);
        in->z.avail_in = (uInt)(avail > UINT32_MAX ? UINT32_MAX : avail);
        in->z.next_out = buf;
        in->z.avail_out = (uInt)(cap > UINT32_MAX ? UINT32_MAX : cap);
        int zr = inflate(&in->z, Z_NO_FLUSH);
        size_t used = (size_t)(in->z.next_in - (in->raw + in->raw_pos));
        in->raw_pos += used;
        size_t got = (size_t)(in->z.next_out - buf);
        if (zr == Z_STREAM_END) {
            in->z_ended = 1;
        } else if (zr != Z_OK && zr != Z_BUF_ERROR) {
            snprintf(msg, sizeof msg, "damaged gzip data at compressed byte %lld: %s",
                     raw_offset(in), in->z.msg ? in->z.msg : "inflate failed");
            return fail(in, err, zr == Z_MEM_ERROR ? PGN_ENOMEM : PGN_EFORMAT, msg);
        }
        if (got) return (long)got;
        if (avail == 0 && !in->z_ended) {
            snprintf(msg, sizeof msg,
                     "gzip stream truncated at compressed byte %lld",
                     raw_offset(in));
            return fail(in, err, PGN_ETRUNCATED, msg);
        }
    }
}

static long read_zstd(pgn__input *in, unsigned char *buf, size_t cap,
                      pgn_error *err) {
    char msg[160];
    for (;;) {
        int rc = raw_fill(in, err);
        if (rc) {
            in->failed = 1;
            return rc;
        }
        size_t avail = in->raw_len - in->raw_pos;
        if (avail == 0 && (!in->zs_any || in->zs_hint == 0)) return 0;
        /* With no input left the decoder may still flush held output. */
        ZSTD_inBuffer ib = {in->raw + in->raw_pos, avail, 0};
        ZSTD_outBuffer ob = {buf, cap, 0};
        size_t zr = ZSTD_decompressStream(in->zs, &ob, &ib);
        in->raw_pos += ib.pos;
        in->zs_any = 1;
        if (ZSTD_isError(zr)) {
            snprintf(msg, sizeof msg, "damaged zstd data at compressed byte %lld: %s",
                     raw_offset(in), ZSTD_getErrorName(zr));
            return fail(in, err, PGN_EFORMAT, msg);
        }
        in->zs_hint = zr;
        if (ob.pos) return (long)ob.pos;
        if (avail == 0) {
            snprintf(msg, sizeof msg,
                     "zstd stream truncated at compressed byte %lld",
                     raw_offset(in));
            return fail(in, err, PGN_ETRUNCATED, msg);
        }
        /* A frame may end with no output (an empty frame); go on. */
    }
}

long pgn__input_read(pgn__input *in, void *buf, size_t cap, pgn_error *err) {
    if (in->failed || cap == 0) return 0;
    if (cap > (size_t)1 << 30) cap = (size_t)1 << 30;
    switch (in->comp) {
    case PGN__COMP_GZIP: return read_gzip(in, buf, cap, err);
    case PGN__COMP_ZSTD: return read_zstd(in, buf, cap, err);
    default: return read_plain(in, buf, cap, err);
    }
}

const char *pgn__input_name(const pgn__input *in) { return in->name; }

void pgn__input_close(pgn__input *in) {
    if (!in) return;
    if (in->z_init) inflateEnd(&in->z);
    ZSTD_freeDStream(in->zs);
    if (in->file && in->own_file) fclose(in->file);
    free(in->mem);
    free(in->name);
    free(in);
}
