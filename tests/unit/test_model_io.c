/* tests/unit/test_model_io.c -- model files (src/nlp/model_io.c): damaged,
** truncated, mislabelled or missing files give a clear error naming the
** file, never a crash; inconsistent payloads behind a valid checksum are
** rejected by the section readers too. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>
#include <cmocka.h>

#include "nlp/nlp_int.h"
#include "peregrine.h"

#define FIXTURE PGN_TEST_DATA "/fixture.conllu"

static char dir[] = "/tmp/pgn_modelio_XXXXXX";
static char tagger_path[512], parser_path[512], damaged[512];

static int setup(void **state) {
    (void)state;
    if (!mkdtemp(dir)) return -1;
    pgn_nlp_train_options o = {0};
    o.train_path = FIXTURE;
    o.out_dir = dir;
    o.seed = 1;
    o.epochs = 3;
    o.quiet = 1;
    pgn_error err;
    if (pgn_nlp_train_tagger(&o, &err) || pgn_nlp_train_parser(&o, &err)) return -1;
    snprintf(tagger_path, sizeof tagger_path, "%s/tagger.pgnm", dir);
    snprintf(parser_path, sizeof parser_path, "%s/parser.pgnm", dir);
    snprintf(damaged, sizeof damaged, "%s/damaged.pgnm", dir);
    return 0;
}

static int teardown(void **state) {
    (void)state;
    unlink(tagger_path);
    unlink(parser_path);
    unlink(damaged);
    rmdir(dir);
    return 0;
}

static unsigned char *read_all(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    unsigned char *b = malloc((size_t)n + 1);
    assert_int_equal(fread(b, 1, (size_t)n, f), (size_t)n);
    fclose(f);
    *len = (size_t)n;
    return b;
}

static void write_all(const char *path, const unsigned char *b, size_t n) {
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(b, 1, n, f), n);
    fclose(f);
}

/* Loading path as a tagger must fail with code, naming the file. */
static void expect_tagger_error(const char *path, int code) {
    pgn__tagger *t = (pgn__tagger *)1;
    pgn_error err;
    int rc = pgn__tagger_load(path, &t, &err);
    assert_int_equal(rc, code);
    assert_null(t);
    assert_string_equal(err.file, path);
    assert_true(strlen(err.msg) > 0);
}

static void good_models_load(void **state) {
    (void)state;
    pgn__tagger *t;
    pgn__parser *p;
    pgn_error err;
    assert_int_equal(pgn__tagger_load(tagger_path, &t, &err), 0);
    assert_int_equal(pgn__parser_load(parser_path, &p, &err), 0);
    assert_true(t->n_tags > 5);
    assert_true(p->n_labels > 5);
    pgn__tagger_free(t);
    pgn__parser_free(p);
}

static void damaged_bytes_are_detected(void **state) {
    (void)state;
    size_t n;
    unsigned char *b = read_all(tagger_path, &n);
    /* magic, version, kind, length, checksums, payload start/middle/end */
    size_t where[] = {0, 4, 6, 8, 16, 20, 24, 30, n / 2, n - 1};
    for (size_t i = 0; i < sizeof where / sizeof where[0]; i++) {
        b[where[i]] ^= 0x5a;
        write_all(damaged, b, n);
        expect_tagger_error(damaged, PGN_EFORMAT);
        b[where[i]] ^= 0x5a;
    }
    /* trailing garbage */
    unsigned char *c = malloc(n + 3);
    memcpy(c, b, n);
    memcpy(c + n, "xyz", 3);
    write_all(damaged, c, n + 3);
    expect_tagger_error(damaged, PGN_EFORMAT);
    free(c);
    free(b);
}

static void truncated_files_are_detected(void **state) {
    (void)state;
    size_t n;
    unsigned char *b = read_all(tagger_path, &n);
    for (size_t len = 0; len < n; len += (len < 64 ? 1 : 997)) {
        write_all(damaged, b, len);
        pgn__tagger *t;
        pgn_error err;
        int rc = pgn__tagger_load(damaged, &t, &err);
        assert_true(rc == PGN_ETRUNCATED || rc == PGN_EFORMAT);
        assert_string_equal(err.file, damaged);
    }
    write_all(damaged, b, n - 1);
    expect_tagger_error(damaged, PGN_ETRUNCATED);
    free(b);
}

static void wrong_kind_and_missing_files(void **state) {
    (void)state;
    expect_tagger_error(parser_path, PGN_EFORMAT);
    expect_tagger_error("/nonexistent/tagger.pgnm", PGN_EIO);
    pgn__parser *p;
    pgn_error err;
    assert_int_equal(pgn__parser_load(tagger_path, &p, &err), PGN_EFORMAT);
    /* the public API names the damaged file of a model directory */
    size_t n;
    unsigned char *b = read_all(parser_path, &n);
    b[n / 2] ^= 1;
    char sub[600], ppath[700], tpath[700];
    snprintf(sub, sizeof sub, "%s/sub", dir);
    assert_int_equal(mkdir(sub, 0700), 0);
    snprintf(ppath, sizeof ppath, "%s/parser.pgnm", sub);
    snprintf(tpath, sizeof tpath, "%s/tagger.pgnm", sub);
    size_t tn;
    unsigned char *tb = read_all(tagger_path, &tn);
    write_all(tpath, tb, tn);
    write_all(ppath, b, n);
    pgn_nlp_model *m = (pgn_nlp_model *)1;
    assert_int_equal(pgn_nlp_model_open(sub, &m, &err), PGN_EFORMAT);
    assert_null(m);
    assert_string_equal(err.file, ppath);
    char buf[1024];
    assert_non_null(strstr(pgn_error_format(&err, buf, sizeof buf), "parser.pgnm"));
    unlink(ppath);
    unlink(tpath);
    rmdir(sub);
    free(tb);
    free(b);
}

/* Payloads that pass the checksum but are inconsistent: every truncation
** and a sweep of single-byte changes of the inflated sections. */
static void inconsistent_payloads_are_rejected(void **state) {
    (void)state;
    pgn__model_bytes mb;
    pgn_error err;
    assert_int_equal(pgn__model_open(tagger_path, PGN__MODEL_TAGGER, &mb, &err), 0);
    assert_non_null(mb.own); /* the tagger is deflated: an inflated copy */
    size_t n = mb.len;
    unsigned char *pl = malloc(n);
    assert_non_null(pl);
    memcpy(pl, mb.b, n);
    pgn__model_release(&mb);
    pgn__tagger *t;
    assert_int_equal(pgn__tagger_from_bytes("x", pl, n, &t, &err), 0);
    pgn__tagger_free(t);
    for (size_t len = 0; len < n; len += 1 + len / 8) {
        assert_int_not_equal(pgn__tagger_from_bytes("x", pl, len, &t, &err), 0);
        assert_null(t);
    }
    for (size_t i = 0; i < n && i < 4096; i += 7) {
        unsigned char save = pl[i];
        pl[i] = 0xff;
        if (pgn__tagger_from_bytes("x", pl, n, &t, &err) == 0) {
            /* accepted: then it must be usable without crashing */
            pgn__arena *a = pgn__arena_new(0);
            pgn__nlp_sent s;
            assert_int_equal(pgn__nlp_sent_alloc(&s, 3, a), 0);
            s.form[0] = "The";
            s.form[1] = "officials";
            s.form[2] = "tweeted";
            pgn__tagger_tag(t, &s, 1, a);
            pgn__tagger_free(t);
            pgn__arena_free(a);
        }
        pl[i] = save;
    }
    free(pl);
}

static uint32_t le32_at(const unsigned char *p) {
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}
static void put32_at(unsigned char *p, uint32_t v) {
    for (int i = 0; i < 4; i++) p[i] = (unsigned char)(v >> (8 * i));
}

/* A parser written in format version 2 (stored, loaded where it is
** mapped; the trainer writes version 1, deflated, to keep files small):
** its header says so, its payload is the sections themselves, and damaged,
** truncated or version-3 files are errors as with version 1. */
static void stored_parser_files(void **state) {
    (void)state;
    char stored_path[600];
    snprintf(stored_path, sizeof stored_path, "%s.stored", parser_path);
    {
        pgn__model_bytes deflated;
        pgn_error e;
        assert_int_equal(pgn__model_open(parser_path, PGN__MODEL_PARSER, &deflated, &e), 0);
        pgn__wbuf w = {(unsigned char *)deflated.b, deflated.len, deflated.len, 0};
        assert_int_equal(pgn__model_save(stored_path, PGN__MODEL_PARSER, &w, PGN__MODEL_STORED, &e), 0);
        pgn__model_release(&deflated);
    }
    size_t n;
    unsigned char *b = read_all(stored_path, &n);
    assert_int_equal(b[4] | b[5] << 8, PGN__MODEL_STORED);
    /* the payload is the sections: the label count comes first */
    assert_true(le32_at(b + 24) > 5 && le32_at(b + 24) < 128);
    pgn__model_bytes mb;
    pgn_error err;
    assert_int_equal(pgn__model_open(stored_path, PGN__MODEL_PARSER, &mb, &err), 0);
    assert_null(mb.own);
    assert_int_equal(mb.len, n - 24);
    assert_memory_equal(mb.b, b + 24, n - 24);
    pgn__parser *p;
    assert_int_equal(pgn__parser_from_bytes("x", mb.b, mb.len, &p, &err), 0);
    assert_int_equal(p->n_labels, le32_at(b + 24));
    pgn__parser_free(p);
    pgn__model_release(&mb);
    /* damaged bytes: the checksums catch them */
    size_t where[] = {4, 8, 16, 20, 24, 30, n / 2, n - 1};
    for (size_t i = 0; i < sizeof where / sizeof where[0]; i++) {
        b[where[i]] ^= 0x5a;
        write_all(damaged, b, n);
        p = (pgn__parser *)1;
        assert_int_equal(pgn__parser_load(damaged, &p, &err), PGN_EFORMAT);
        assert_null(p);
        assert_string_equal(err.file, damaged);
        b[where[i]] ^= 0x5a;
    }
    /* truncated */
    for (size_t len = 0; len < n; len += (len < 64 ? 1 : 4999)) {
        write_all(damaged, b, len);
        int rc = pgn__parser_load(damaged, &p, &err);
        assert_true(rc == PGN_ETRUNCATED || rc == PGN_EFORMAT);
    }
    /* a version this build does not know, with a valid header checksum */
    b[4] = 3;
    put32_at(b + 20, (uint32_t)crc32(0, b, 20));
    write_all(damaged, b, n);
    assert_int_equal(pgn__parser_load(damaged, &p, &err), PGN_EFORMAT);
    assert_non_null(strstr(err.msg, "version 3"));
    b[4] = PGN__MODEL_STORED;
    /* inconsistent sections behind valid checksums: an error or a usable
    ** model, never a crash */
    for (size_t i = 24; i < n && i < 24 + 2048; i += 5) {
        unsigned char save = b[i];
        b[i] = 0xff;
        put32_at(b + 16, (uint32_t)crc32(0, b + 24, (uInt)(n - 24)));
        put32_at(b + 20, (uint32_t)crc32(0, b, 20));
        write_all(damaged, b, n);
        if (pgn__parser_load(damaged, &p, &err) == 0) {
            pgn__nlp_sent s;
            assert_int_equal(pgn__nlp_sent_alloc(&s, 3, NULL), 0);
            for (uint32_t k = 0; k < 3; k++) s.tok[k] = (pgn__nlp_tok){k + 1, k + 7, k + 9, 0};
            pgn__parser_parse(p, &s, NULL);
            for (uint32_t k = 0; k < 3; k++) assert_true(s.head[k] >= 0 && s.head[k] <= 3);
            pgn__nlp_sent_free(&s);
            pgn__parser_free(p);
        } else
            assert_string_equal(err.file, damaged);
        b[i] = save;
    }
    unlink(stored_path);
    free(b);
}

/* The inflater (libdeflate) on streams that passed the checksum: the
** declared size must be met exactly, a cut stream is an error. */
static void inflate_checks_the_stream(void **state) {
    (void)state;
    enum { RAW = 5000 };
    unsigned char raw[RAW];
    for (int i = 0; i < RAW; i++) raw[i] = (unsigned char)(i * 7 % 251);
    uLongf zlen = compressBound(RAW);
    unsigned char *p = malloc(8 + zlen);
    assert_non_null(p);
    assert_int_equal(compress2(p + 8, &zlen, raw, RAW, 9), Z_OK);
    size_t n = 8 + (size_t)zlen;
    unsigned char *out;
    size_t out_len;
    pgn_error err;
    /* declared sizes: right, one short, one over */
    const uint64_t sizes[3] = {RAW, RAW - 1, RAW + 1};
    for (int k = 0; k < 3; k++) {
        for (int i = 0; i < 8; i++) p[i] = (unsigned char)(sizes[k] >> (8 * i));
        int rc = pgn__model_inflate("x", p, n, &out, &out_len, &err);
        if (k == 0) {
            assert_int_equal(rc, 0);
            assert_int_equal(out_len, RAW);
            assert_memory_equal(out, raw, RAW);
            free(out);
        } else {
            assert_int_equal(rc, PGN_EFORMAT);
            assert_null(out);
        }
    }
    /* the stream cut short (the right size declared) */
    for (int i = 0; i < 8; i++) p[i] = (unsigned char)((uint64_t)RAW >> (8 * i));
    for (size_t cut = 9; cut < n - 4; cut += 1 + (n - cut) / 3) {
        assert_int_equal(pgn__model_inflate("x", p, cut, &out, &out_len, &err), PGN_EFORMAT);
        assert_null(out);
    }
    free(p);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(good_models_load),
        cmocka_unit_test(damaged_bytes_are_detected),
        cmocka_unit_test(truncated_files_are_detected),
        cmocka_unit_test(wrong_kind_and_missing_files),
        cmocka_unit_test(inconsistent_payloads_are_rejected),
        cmocka_unit_test(inflate_checks_the_stream),
        cmocka_unit_test(stored_parser_files),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
