/* tests/unit/test_reader.c -- the readers through the public API: formats,
** compression, standard input aside (tests/cli), and every kind of bad
** input: each gives a clear error naming file, line or byte, and reading
** goes on where it can. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>
#include <zlib.h>
#include <zstd.h>

#include "peregrine.h"
#include "read_util.h"

#define MAXREC 16

typedef struct records {
    pgn_doc *docs[MAXREC];
    pgn_error errs[MAXREC];
    int is_err[MAXREC];
    int n;
} records;

static void records_free(records *rs) {
    for (int i = 0; i < rs->n; i++) pgn_doc_free(rs->docs[i]);
}

static int read_memory(records *rs, const char *name, const void *bytes,
                       size_t len, const pgn_read_options *opt) {
    pgn_reader *r = NULL;
    pgn_error err;
    memset(rs, 0, sizeof *rs);
    int rc = pgn_reader_open_memory(name, bytes, len, opt, &r, &err);
    if (rc) return rc;
    rs->n = test_read_all(r, rs->docs, rs->errs, rs->is_err, MAXREC);
    pgn_reader_close(r);
    return 0;
}

/* ------------------------------------------------------------ formats */

static void text_file_is_one_article(void **state) {
    (void)state;
    char path[1024];
    test_path(path, sizeof path, "articles/wire_style.txt");
    pgn_reader *r = NULL;
    pgn_error err;
    assert_int_equal(pgn_reader_open_file(path, NULL, &r, &err), 0);
    pgn_doc *doc = NULL;
    assert_int_equal(pgn_reader_next(r, &doc, &err), 1);
    const pgn_doc_meta *m = pgn_doc_get_meta(doc);
    assert_string_equal(m->source, path);
    assert_int_equal(m->record, 1);
    assert_non_null(m->title);
    /* Text format: the document text is the file, byte for byte. */
    size_t flen, dlen;
    char *file = test_slurp("articles/wire_style.txt", &flen);
    const char *t = pgn_doc_text(doc, &dlen);
    assert_int_equal(flen, dlen);
    assert_memory_equal(file, t, flen);
    free(file);
    pgn_doc_free(doc);
    assert_int_equal(pgn_reader_next(r, &doc, &err), 0);
    assert_null(doc);
    assert_int_equal(pgn_reader_next(r, &doc, &err), 0);
    pgn_reader_close(r);
}

static void jsonl_feed_reads_every_line(void **state) {
    (void)state;
    char path[1024];
    test_path(path, sizeof path, "articles/feed.jsonl");
    pgn_reader *r = NULL;
    pgn_error err;
    assert_int_equal(pgn_reader_open_file(path, NULL, &r, &err), 0);
    records rs;
    memset(&rs, 0, sizeof rs);
    rs.n = test_read_all(r, rs.docs, rs.errs, rs.is_err, MAXREC);
    pgn_reader_close(r);
    assert_int_equal(rs.n, 6);
    /* Line 3 is cut off in the middle of its text: an error record naming
    ** the line and a byte inside it; lines 4 and 5 are still read. */
    assert_false(rs.is_err[0]);
    assert_false(rs.is_err[1]);
    assert_true(rs.is_err[2]);
    assert_false(rs.is_err[3]);
    assert_false(rs.is_err[4]);
    assert_false(rs.is_err[5]);
    assert_int_equal(rs.errs[2].line, 3);
    assert_string_equal(rs.errs[2].file, path);
    size_t flen;
    char *file = test_slurp("articles/feed.jsonl", &flen);
    const char *l3 = strstr(file, "{\"id\": \"feed-003\"");
    const char *l4 = strstr(file, "{\"id\": 4");
    assert_non_null(l3);
    assert_true(rs.errs[2].byte >= l3 - file && rs.errs[2].byte <= l4 - file);
    assert_non_null(strstr(rs.errs[2].msg, "JSON"));
    free(file);

    const pgn_doc_meta *m = pgn_doc_get_meta(rs.docs[0]);
    assert_string_equal(m->id, "feed-001");
    assert_string_equal(m->title, "Port strike in Rotterdam enters third day");
    assert_string_equal(m->published, "2023-05-10T08:30:00+00:00");
    assert_string_equal(m->url, "https://news.example.org/rotterdam-strike");
    assert_int_equal(m->record, 1);
    /* With a title given the text is the body: no headline block. */
    assert_int_equal(test_find_block(rs.docs[0], PGN_BLOCK_HEADLINE, ""), -1);
    assert_true(test_find_block(rs.docs[0], PGN_BLOCK_PARAGRAPH, "union said") >= 0);

    /* "date" instead of "published", normalised like any timestamp. */
    m = pgn_doc_get_meta(rs.docs[1]);
    assert_string_equal(m->id, "feed-002");
    assert_string_equal(m->published, "2023-05-10T17:05:00-05:00");
    assert_string_equal(m->title, "Canada and Mexico pledge joint plan on migrant flows");
    assert_string_equal(m->dateline_place, "OTTAWA");
    assert_string_equal(m->byline, "Pierre Lavoie");
    assert_int_equal(m->record, 2);

    m = pgn_doc_get_meta(rs.docs[3]);
    assert_string_equal(m->id, "4");   /* a number id becomes its digits */
    assert_string_equal(m->published, "2023-05-10T09:15:00+03:00");
    assert_int_equal(m->record, 4);
    /* Single newlines separate paragraphs too. */
    assert_true(test_find_block(rs.docs[3], PGN_BLOCK_PARAGRAPH, "Officials from both") >= 0);
    assert_false(test_find_block(rs.docs[3], PGN_BLOCK_PARAGRAPH, "Officials from both") ==
                 test_find_block(rs.docs[3], PGN_BLOCK_PARAGRAPH, "Namanga"));

    m = pgn_doc_get_meta(rs.docs[4]);
    assert_null(m->title);
    assert_null(m->published);

    /* Paragraph markup in a feed: blocks start and end at the text, a line
    ** of markup alone is boilerplate, inline tags stay. */
    pgn_doc *h = rs.docs[5];
    m = pgn_doc_get_meta(h);
    assert_string_equal(m->published, "2023-05-10T14:20:00-04:00");
    char buf[512];
    long b = test_find_block(h, PGN_BLOCK_PARAGRAPH, "shared lithium");
    assert_true(b >= 0);
    assert_string_equal(test_block_text(h, (size_t)b, buf, sizeof buf),
        "Chile and Bolivia resumed talks on a shared lithium export corridor on "
        "Wednesday, officials in Santiago said.");
    b = test_find_block(h, PGN_BLOCK_PARAGRAPH, "meeting is set");
    assert_string_equal(test_block_text(h, (size_t)b, buf, sizeof buf),
                        "A <em>technical</em> meeting is set for June.");
    assert_true(test_find_block(h, PGN_BLOCK_BOILERPLATE, "<br>") >= 0);
    assert_false(test_kept_contains(h, "<p>"));
    assert_false(test_kept_contains(h, "</p>"));
    for (int i = 0; i < rs.n; i++)
        if (!rs.is_err[i]) assert_true(test_offsets_consistent(rs.docs[i]));
    records_free(&rs);
}

static void format_is_chosen_by_first_byte(void **state) {
    (void)state;
    records rs;
    const char jl[] = "\n  \n{\"text\": \"One.\"}\n{\"text\": \"Two.\"}\n";
    assert_int_equal(read_memory(&rs, "m.jsonl", jl, sizeof jl - 1, NULL), 0);
    assert_int_equal(rs.n, 2);
    assert_int_equal(pgn_doc_get_meta(rs.docs[1])->record, 4);
    records_free(&rs);
    /* Forced text: the same bytes are one article. */
    pgn_read_options o = {PGN_FORMAT_TEXT, 0};
    assert_int_equal(read_memory(&rs, "m.txt", jl, sizeof jl - 1, &o), 0);
    assert_int_equal(rs.n, 1);
    assert_false(rs.is_err[0]);
    records_free(&rs);
    /* A byte order mark before '{' does not hide the format. */
    const char bom[] = "\xEF\xBB\xBF{\"text\": \"Three.\"}";
    assert_int_equal(read_memory(&rs, "bom.jsonl", bom, sizeof bom - 1, NULL), 0);
    assert_int_equal(rs.n, 1);
    assert_false(rs.is_err[0]);
    assert_string_equal(pgn_doc_text(rs.docs[0], NULL), "Three.");
    records_free(&rs);
}

/* ------------------------------------------------------- compression */

static const char three_lines[] =
    "{\"id\": \"a\", \"text\": \"Ankara hosted the first round of talks.\"}\n"
    "{\"id\": \"b\", \"text\": \"Officials met again in Geneva on Monday.\"}\n"
    "{\"id\": \"c\", \"text\": \"A third meeting is planned for June.\"}\n";

/* gzip of s with a full flush after each line, so that a cut in the last
** line's data leaves the earlier lines whole. */
static size_t gzip_lines(const char *s, unsigned char *out, size_t cap) {
    z_stream z;
    memset(&z, 0, sizeof z);
    assert_int_equal(deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY), Z_OK);
    z.next_out = out;
    z.avail_out = (uInt)cap;
    const char *p = s;
    while (*p) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) + 1 : strlen(p);
        z.next_in = (unsigned char *)p;
        z.avail_in = (uInt)n;
        p += n;
        assert_int_equal(deflate(&z, *p ? Z_FULL_FLUSH : Z_FINISH), *p ? Z_OK : Z_STREAM_END);
    }
    size_t n = z.total_out;
    deflateEnd(&z);
    return n;
}

static size_t zstd_lines(const char *s, unsigned char *out, size_t cap) {
    ZSTD_CCtx *c = ZSTD_createCCtx();
    assert_non_null(c);
    ZSTD_outBuffer ob = {out, cap, 0};
    const char *p = s;
    while (*p) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) + 1 : strlen(p);
        ZSTD_inBuffer ib = {p, n, 0};
        p += n;
        size_t left;
        do {
            left = ZSTD_compressStream2(c, &ob, &ib, *p ? ZSTD_e_flush : ZSTD_e_end);
            assert_false(ZSTD_isError(left));
        } while (left != 0);
    }
    ZSTD_freeCCtx(c);
    return ob.pos;
}

static void gzip_and_zstd_are_detected(void **state) {
    (void)state;
    unsigned char buf[4096];
    records rs;
    size_t n = gzip_lines(three_lines, buf, sizeof buf);
    assert_true(buf[0] == 0x1f && buf[1] == 0x8b);
    assert_int_equal(read_memory(&rs, "f.jsonl.gz", buf, n, NULL), 0);
    assert_int_equal(rs.n, 3);
    for (int i = 0; i < 3; i++) assert_false(rs.is_err[i]);
    assert_string_equal(pgn_doc_get_meta(rs.docs[2])->id, "c");
    records_free(&rs);

    n = zstd_lines(three_lines, buf, sizeof buf);
    assert_int_equal(read_memory(&rs, "f.jsonl.zst", buf, n, NULL), 0);
    assert_int_equal(rs.n, 3);
    for (int i = 0; i < 3; i++) assert_false(rs.is_err[i]);
    assert_string_equal(pgn_doc_text(rs.docs[1], NULL),
                        "Officials met again in Geneva on Monday.");
    records_free(&rs);

    /* Two gzip members one after the other are one stream. */
    size_t n1 = gzip_lines("{\"text\": \"First member.\"}\n", buf, sizeof buf);
    size_t n2 = gzip_lines("{\"text\": \"Second member.\"}\n", buf + n1, sizeof buf - n1);
    assert_int_equal(read_memory(&rs, "two.gz", buf, n1 + n2, NULL), 0);
    assert_int_equal(rs.n, 2);
    assert_false(rs.is_err[1]);
    records_free(&rs);
}

static void truncated_streams_keep_earlier_documents(void **state) {
    (void)state;
    unsigned char buf[4096];
    records rs;
    const char *kinds[2] = {"gzip", "zstd"};
    for (int k = 0; k < 2; k++) {
        size_t n = k == 0 ? gzip_lines(three_lines, buf, sizeof buf)
                          : zstd_lines(three_lines, buf, sizeof buf);
        /* Cut 12 bytes before the end: inside the third line's data. */
        size_t cut = n - 12;
        assert_int_equal(read_memory(&rs, "cut", buf, cut, NULL), 0);
        assert_int_equal(rs.n, 3);
        assert_false(rs.is_err[0]);
        assert_false(rs.is_err[1]);
        assert_true(rs.is_err[2]);
        assert_int_equal(rs.errs[2].code, PGN_ETRUNCATED);
        assert_int_equal(rs.errs[2].byte, (long)cut);
        assert_non_null(strstr(rs.errs[2].msg, kinds[k]));
        assert_non_null(strstr(rs.errs[2].msg, "truncated"));
        assert_string_equal(rs.errs[2].file, "cut");
        records_free(&rs);
    }
    /* A truncated compressed article (text format) is an error, not half
    ** an article. */
    const char art[] = "Headline here\n\nA paragraph of the article.\n";
    unsigned char gz[512];
    size_t gn = gzip_lines(art, gz, sizeof gz);
    assert_int_equal(read_memory(&rs, "art.txt.gz", gz, gn - 6, NULL), 0);
    assert_int_equal(rs.n, 1);
    assert_true(rs.is_err[0]);
    assert_int_equal(rs.errs[0].code, PGN_ETRUNCATED);
    records_free(&rs);
}

static void damaged_gzip_is_a_format_error(void **state) {
    (void)state;
    unsigned char buf[4096];
    records rs;
    size_t n = gzip_lines(three_lines, buf, sizeof buf);
    for (size_t i = 10; i < n; i++) buf[i] ^= 0x5a;
    assert_int_equal(read_memory(&rs, "bad.gz", buf, n, NULL), 0);
    assert_true(rs.n >= 1);
    assert_true(rs.is_err[rs.n - 1]);
    assert_true(rs.errs[rs.n - 1].code == PGN_EFORMAT ||
                rs.errs[rs.n - 1].code == PGN_ETRUNCATED);
    assert_true(rs.errs[rs.n - 1].byte >= 0);
    records_free(&rs);
}

/* ----------------------------------------------------------- bad input */

static void directory_missing_and_empty_files(void **state) {
    (void)state;
    pgn_reader *r = NULL;
    pgn_error err;
    assert_int_equal(pgn_reader_open_file(PGN_TEST_DATA, NULL, &r, &err), PGN_EIO);
    assert_null(r);
    assert_non_null(strstr(err.msg, "directory"));
    assert_string_equal(err.file, PGN_TEST_DATA);

    char path[1024];
    test_path(path, sizeof path, "articles/no-such-file.txt");
    assert_int_equal(pgn_reader_open_file(path, NULL, &r, &err), PGN_ENOTFOUND);
    assert_string_equal(err.file, path);

    char tmp[] = "/tmp/pgn_empty_XXXXXX";
    int fd = mkstemp(tmp);
    assert_true(fd >= 0);
    close(fd);
    assert_int_equal(pgn_reader_open_file(tmp, NULL, &r, &err), 0);
    pgn_doc *doc = NULL;
    assert_int_equal(pgn_reader_next(r, &doc, &err), PGN_EEMPTY);
    assert_null(doc);
    assert_string_equal(err.file, tmp);
    assert_non_null(strstr(err.msg, "empty"));
    assert_int_equal(pgn_reader_next(r, &doc, &err), 0);
    pgn_reader_close(r);
    unlink(tmp);

    /* Blank space only, as text or as JSON Lines, is empty too. */
    records rs;
    assert_int_equal(read_memory(&rs, "blank", " \n\t\n", 4, NULL), 0);
    assert_int_equal(rs.n, 1);
    assert_int_equal(rs.errs[0].code, PGN_EEMPTY);
    pgn_read_options o = {PGN_FORMAT_JSONL, 0};
    assert_int_equal(read_memory(&rs, "blank", "\n\n", 2, &o), 0);
    assert_int_equal(rs.n, 1);
    assert_int_equal(rs.errs[0].code, PGN_EEMPTY);
    /* An empty gzip stream is an empty file. */
    unsigned char gz[64];
    z_stream z;
    memset(&z, 0, sizeof z);
    deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    z.next_out = gz;
    z.avail_out = sizeof gz;
    assert_int_equal(deflate(&z, Z_FINISH), Z_STREAM_END);
    size_t gn = z.total_out;
    deflateEnd(&z);
    assert_int_equal(read_memory(&rs, "empty.gz", gz, gn, NULL), 0);
    assert_int_equal(rs.n, 1);
    assert_int_equal(rs.errs[0].code, PGN_EEMPTY);
}

static void bad_json_lines_are_errors_and_reading_goes_on(void **state) {
    (void)state;
    const char in[] =
        "{\"id\": \"ok1\", \"text\": \"Fine.\"}\n"
        "{\"id\": \"notext\", \"title\": \"No body\"}\n"
        "{\"id\": \"num\", \"text\": 42}\n"
        "[\"not\", \"an\", \"object\"]\n"
        "{\"id\": \"bad\", \"text\": \"x\",,}\n"
        "{\"id\": \"ok2\", \"text\": \"Also fine.\"}\n"
        "{\"id\": \"cut\", \"text\": \"no end";
    records rs;
    assert_int_equal(read_memory(&rs, "feed", in, sizeof in - 1, NULL), 0);
    assert_int_equal(rs.n, 7);
    int want_err[7] = {0, 1, 1, 1, 1, 0, 1};
    for (int i = 0; i < 7; i++) {
        assert_int_equal(rs.is_err[i], want_err[i]);
        if (want_err[i]) {
            assert_int_equal(rs.errs[i].line, i + 1);
            assert_string_equal(rs.errs[i].file, "feed");
            assert_true(rs.errs[i].byte >= 0);
        }
    }
    assert_non_null(strstr(rs.errs[1].msg, "\"text\""));
    assert_non_null(strstr(rs.errs[2].msg, "\"text\""));
    assert_non_null(strstr(rs.errs[3].msg, "object"));
    assert_int_equal(rs.errs[4].code, PGN_ESYNTAX);
    assert_int_equal(rs.errs[6].code, PGN_ETRUNCATED);
    /* The error on line 5 points into line 5. */
    const char *l5 = strstr(in, "{\"id\": \"bad\"");
    const char *l6 = strstr(in, "{\"id\": \"ok2\"");
    assert_true(rs.errs[4].byte > l5 - in && rs.errs[4].byte < l6 - in);
    assert_string_equal(pgn_doc_get_meta(rs.docs[5])->id, "ok2");
    /* The formatted message names file, line and byte. */
    char buf[512];
    pgn_error_format(&rs.errs[4], buf, sizeof buf);
    assert_non_null(strstr(buf, "feed:5: byte "));
    records_free(&rs);
}

static void invalid_utf8_in_jsonl_is_repaired_with_its_file_byte(void **state) {
    (void)state;
    const char in[] = "{\"text\": \"first\"}\n"
                      "{\"id\": \"u\", \"text\": \"Caf\xC3\xA9 \xFF\xFE ok\"}\n";
    records rs;
    assert_int_equal(read_memory(&rs, "utf", in, sizeof in - 1, NULL), 0);
    assert_int_equal(rs.n, 2);
    assert_false(rs.is_err[1]);
    pgn_doc *d = rs.docs[1];
    assert_string_equal(pgn_doc_text(d, NULL),
                        "Caf\xC3\xA9 \xEF\xBF\xBD\xEF\xBF\xBD ok");
    assert_int_equal(pgn_doc_n_warnings(d), 1);
    const pgn_error *w = pgn_doc_warning(d, 0);
    assert_int_equal(w->code, PGN_EUTF8);
    assert_int_equal(w->line, 2);
    assert_int_equal(w->byte, (long)(strchr(in, '\xFF') - in));
    /* One character per bad byte: "Café ?? ok" is 10 characters. */
    assert_int_equal(pgn_doc_char_length(d), 10);
    records_free(&rs);
}

static void nul_bytes_are_replaced_and_reported(void **state) {
    (void)state;
    records rs;
    /* Text: NUL at byte 9 of the file. */
    const char txt[] = "Headline\n\0Body text with a NUL.\n";
    assert_int_equal(read_memory(&rs, "nul.txt", txt, sizeof txt - 1, NULL), 0);
    assert_int_equal(rs.n, 1);
    assert_false(rs.is_err[0]);
    assert_int_equal(pgn_doc_n_warnings(rs.docs[0]), 1);
    assert_int_equal(pgn_doc_warning(rs.docs[0], 0)->byte, 9);
    assert_int_equal(pgn_doc_warning(rs.docs[0], 0)->line, 2);
    assert_int_equal(pgn_doc_char_length(rs.docs[0]), sizeof txt - 1);
    records_free(&rs);
    /* JSONL: a raw NUL in the line, and an escaped one in the text. */
    const char jl[] = "{\"text\": \"raw\0nul\"}\n{\"text\": \"esc\\u0000nul\"}\n";
    assert_int_equal(read_memory(&rs, "nul.jsonl", jl, sizeof jl - 1, NULL), 0);
    assert_int_equal(rs.n, 2);
    assert_false(rs.is_err[0]);
    assert_false(rs.is_err[1]);
    assert_string_equal(pgn_doc_text(rs.docs[0], NULL), "raw nul");
    assert_int_equal(pgn_doc_warning(rs.docs[0], 0)->byte, 13);
    assert_string_equal(pgn_doc_text(rs.docs[1], NULL), "esc nul");
    assert_int_equal(pgn_doc_n_warnings(rs.docs[1]), 1);
    assert_int_equal(pgn_doc_warning(rs.docs[1], 0)->line, 2);
    records_free(&rs);
}

static void jsonl_dates_in_other_forms(void **state) {
    (void)state;
    const char in[] = "{\"text\": \"a\", \"published\": 1657040700}\n"
                      "{\"text\": \"b\", \"date\": \"next Tuesday\"}\n"
                      "{\"text\": \"c\", \"published\": null, \"date\": \"2022-07-05\"}\n";
    records rs;
    assert_int_equal(read_memory(&rs, "dates", in, sizeof in - 1, NULL), 0);
    assert_int_equal(rs.n, 3);
    assert_string_equal(pgn_doc_get_meta(rs.docs[0])->published, "2022-07-05T17:05:00+00:00");
    /* Not a date: left out, with a warning naming the field and line. */
    assert_null(pgn_doc_get_meta(rs.docs[1])->published);
    assert_int_equal(pgn_doc_n_warnings(rs.docs[1]), 1);
    assert_non_null(strstr(pgn_doc_warning(rs.docs[1], 0)->msg, "\"date\""));
    assert_int_equal(pgn_doc_warning(rs.docs[1], 0)->line, 2);
    assert_string_equal(pgn_doc_get_meta(rs.docs[2])->published, "2022-07-05");
    records_free(&rs);
}

static void ten_megabyte_lines(void **state) {
    (void)state;
    size_t big = 10u << 20;
    const char head[] = "{\"id\": \"big\", \"text\": \"";
    const char tail[] = "\"}\n{\"id\": \"after\", \"text\": \"Still read.\"}\n";
    size_t n = sizeof head - 1 + big + sizeof tail - 1;
    char *in = malloc(n);
    assert_non_null(in);
    memcpy(in, head, sizeof head - 1);
    for (size_t i = 0; i < big; i++) in[sizeof head - 1 + i] = (i % 8 == 7) ? ' ' : 'a';
    memcpy(in + sizeof head - 1 + big, tail, sizeof tail - 1);
    records rs;
    /* Over the limit: an error naming line 1, the line after still read. */
    pgn_read_options o = {PGN_FORMAT_AUTO, 1u << 20};
    assert_int_equal(read_memory(&rs, "big.jsonl", in, n, &o), 0);
    assert_int_equal(rs.n, 2);
    assert_true(rs.is_err[0]);
    assert_int_equal(rs.errs[0].code, PGN_ETOOBIG);
    assert_int_equal(rs.errs[0].line, 1);
    assert_int_equal(rs.errs[0].byte, 0);
    assert_false(rs.is_err[1]);
    assert_string_equal(pgn_doc_get_meta(rs.docs[1])->id, "after");
    assert_int_equal(pgn_doc_get_meta(rs.docs[1])->record, 2);
    records_free(&rs);
    /* A long line that the reader already holds whole is refused too. */
    pgn_read_options tiny = {PGN_FORMAT_JSONL, 64};
    const char two[] = "{\"text\": \"a line well over sixty-four bytes long, so it is refused\"}\n"
                       "{\"text\": \"short\"}\n";
    assert_int_equal(read_memory(&rs, "tiny", two, sizeof two - 1, &tiny), 0);
    assert_int_equal(rs.n, 2);
    assert_int_equal(rs.errs[0].code, PGN_ETOOBIG);
    assert_false(rs.is_err[1]);
    records_free(&rs);
    /* Under the default limit the 10 MB line is a document. */
    assert_int_equal(read_memory(&rs, "big.jsonl", in, n, NULL), 0);
    assert_int_equal(rs.n, 2);
    assert_false(rs.is_err[0]);
    size_t len;
    pgn_doc_text(rs.docs[0], &len);
    assert_int_equal(len, big);
    records_free(&rs);
    /* A 10 MB single-line text article, and the same over a limit. */
    assert_int_equal(read_memory(&rs, "big.txt", in + sizeof head - 1, big, NULL), 0);
    assert_int_equal(rs.n, 1);
    assert_false(rs.is_err[0]);
    records_free(&rs);
    assert_int_equal(read_memory(&rs, "big.txt", in + sizeof head - 1, big, &o), 0);
    assert_int_equal(rs.n, 1);
    assert_int_equal(rs.errs[0].code, PGN_ETOOBIG);
    free(in);
}

static void null_arguments(void **state) {
    (void)state;
    pgn_error err;
    pgn_reader *r = NULL;
    assert_int_equal(pgn_reader_open_memory("x", NULL, 5, NULL, &r, &err), PGN_EINVAL);
    assert_int_equal(pgn_reader_open_file("x", NULL, NULL, &err), PGN_EINVAL);
    assert_int_equal(pgn_reader_next(NULL, NULL, &err), PGN_EINVAL);
    pgn_reader_close(NULL);
    pgn_read_options o = {(pgn_format)7, 0};
    assert_int_equal(pgn_reader_open_memory("x", "a", 1, &o, &r, &err), PGN_EINVAL);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(text_file_is_one_article),
        cmocka_unit_test(jsonl_feed_reads_every_line),
        cmocka_unit_test(format_is_chosen_by_first_byte),
        cmocka_unit_test(gzip_and_zstd_are_detected),
        cmocka_unit_test(truncated_streams_keep_earlier_documents),
        cmocka_unit_test(damaged_gzip_is_a_format_error),
        cmocka_unit_test(directory_missing_and_empty_files),
        cmocka_unit_test(bad_json_lines_are_errors_and_reading_goes_on),
        cmocka_unit_test(invalid_utf8_in_jsonl_is_repaired_with_its_file_byte),
        cmocka_unit_test(nul_bytes_are_replaced_and_reported),
        cmocka_unit_test(jsonl_dates_in_other_forms),
        cmocka_unit_test(ten_megabyte_lines),
        cmocka_unit_test(null_arguments),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
