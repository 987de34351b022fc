/* tests/unit/test_clean.c -- cleaning through the public API: our house-
** style articles (tests/data/articles) give the right headline, times,
** byline, dateline, credits and block kinds; removed text is in no kept
** block; offsets map back into the text.  Then the rules one by one on
** small texts, including prose that must not be taken for furniture. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "doc/doc.h"
#include "doc/lexicon.h"
#include "peregrine.h"
#include "read_util.h"

static pgn_doc *read_article(const char *name) {
    char path[1024];
    test_path(path, sizeof path, name);
    pgn_reader *r = NULL;
    pgn_error err;
    assert_int_equal(pgn_reader_open_file(path, NULL, &r, &err), 0);
    pgn_doc *doc = NULL;
    assert_int_equal(pgn_reader_next(r, &doc, &err), 1);
    pgn_reader_close(r);
    assert_true(test_offsets_consistent(doc));
    return doc;
}

static pgn_doc *from_text(const char *text) {
    pgn_doc *doc = NULL;
    pgn_error err;
    assert_int_equal(pgn_doc_from_text(text, strlen(text), NULL, &doc, &err), 0);
    assert_true(test_offsets_consistent(doc));
    return doc;
}

static pgn_block_kind kind_of(const pgn_doc *doc, const char *needle) {
    for (int k = 0; k < PGN_BLOCK__COUNT; k++)
        if (test_find_block(doc, (pgn_block_kind)k, needle) >= 0) return (pgn_block_kind)k;
    return PGN_BLOCK__COUNT;
}

/* The block's character span, cut out of the file, is the block's text. */
static void assert_span_in_file(const pgn_doc *doc, const char *file, long block,
                                const char *want) {
    assert_true(block >= 0);
    pgn_block_view bv;
    assert_int_equal(pgn_doc_block(doc, (size_t)block, &bv), 0);
    /* Walk the file by characters to the block's start. */
    const unsigned char *f = (const unsigned char *)file;
    size_t b = 0, c = 0;
    while (c < bv.start) {
        b++;
        while ((f[b] & 0xC0) == 0x80) b++;
        c++;
    }
    assert_int_equal(b, bv.byte_start);
    assert_memory_equal(file + bv.byte_start, want, strlen(want));
    assert_int_equal(bv.byte_end - bv.byte_start, strlen(want));
}

/* ------------------------------------------------------- house styles */

static void portal_style(void **state) {
    (void)state;
    pgn_doc *doc = read_article("articles/portal_style.txt");
    char *file = test_slurp("articles/portal_style.txt", NULL);
    const pgn_doc_meta *m = pgn_doc_get_meta(doc);
    assert_string_equal(m->title,
        "Ministers from India and Bangladesh agree to speed up river water talks");
    assert_string_equal(m->published, "2023-03-02T19:05:00+05:30");
    assert_string_equal(m->updated, "2023-03-02T21:40:00+05:30");
    assert_string_equal(m->byline, "Meera Kulkarni");
    assert_null(m->dateline);
    assert_int_equal(pgn_doc_n_image_credits(doc), 2);
    assert_string_equal(pgn_doc_image_credit(doc, 0), "PTI");
    assert_string_equal(pgn_doc_image_credit(doc, 1), "File");

    assert_span_in_file(doc, file, test_find_block(doc, PGN_BLOCK_HEADLINE, "Ministers"),
        "Ministers from India and Bangladesh agree to speed up river water talks");
    assert_span_in_file(doc, file, test_find_block(doc, PGN_BLOCK_HEADING, "Farmers"),
        "Farmers in the north wait for a deal");
    assert_int_equal(kind_of(doc, "Updated March"), PGN_BLOCK_TIMESTAMP);
    assert_int_equal(kind_of(doc, "Published March"), PGN_BLOCK_TIMESTAMP);
    assert_int_equal(kind_of(doc, "Reported by"), PGN_BLOCK_BYLINE);
    assert_int_equal(kind_of(doc, "Image: PTI"), PGN_BLOCK_IMAGE_CREDIT);
    assert_int_equal(kind_of(doc, "Advertisement"), PGN_BLOCK_BOILERPLATE);
    assert_int_equal(kind_of(doc, "Also Read"), PGN_BLOCK_BOILERPLATE);
    assert_int_equal(kind_of(doc, "(With inputs from agencies)"), PGN_BLOCK_BOILERPLATE);
    assert_int_equal(kind_of(doc, "Officials on both sides"), PGN_BLOCK_PARAGRAPH);
    static const char *const gone[] = {"Advertisement", "Reported by", "Image:",
                                       "Also Read", "With inputs", "Published", "Updated"};
    for (size_t i = 0; i < sizeof gone / sizeof *gone; i++)
        assert_false(test_kept_contains(doc, gone[i]));
    /* The summary is repeated in the article; both copies stay. */
    long first = test_find_block(doc, PGN_BLOCK_PARAGRAPH, "The two neighbours said");
    assert_true(first >= 0);
    int copies = 0;
    for (size_t i = 0; i < pgn_doc_n_blocks(doc); i++) {
        char buf[2048];
        pgn_block_view bv;
        pgn_doc_block(doc, i, &bv);
        if (bv.kind == PGN_BLOCK_PARAGRAPH &&
            strstr(test_block_text(doc, i, buf, sizeof buf), "The two neighbours said"))
            copies++;
    }
    assert_int_equal(copies, 2);
    /* Removed blocks carry no sentences. */
    for (size_t s = 0; s < pgn_doc_n_sentences(doc); s++) {
        pgn_sentence_view sv;
        pgn_block_view bv;
        pgn_doc_sentence(doc, s, &sv);
        pgn_doc_block(doc, sv.block, &bv);
        assert_false(pgn_block_kind_is_removed(bv.kind));
    }
    free(file);
    pgn_doc_free(doc);
}

static void wire_style(void **state) {
    (void)state;
    pgn_doc *doc = read_article("articles/wire_style.txt");
    char *file = test_slurp("articles/wire_style.txt", NULL);
    const pgn_doc_meta *m = pgn_doc_get_meta(doc);
    assert_string_equal(m->title,
        "Georgia and Armenia sign border demarcation protocol after decade of talks");
    assert_null(m->published);
    assert_null(m->updated);
    assert_string_equal(m->byline, "Nino Beridze and Aram Sargsyan");
    assert_string_equal(m->dateline, "TBILISI, July 5 (Reuters) -");
    assert_string_equal(m->dateline_place, "TBILISI");
    assert_string_equal(m->dateline_agency, "Reuters");
    assert_int_equal(pgn_doc_n_image_credits(doc), 0);
    /* The dateline is its own removed block; the paragraph goes on. */
    long dl = test_find_block(doc, PGN_BLOCK_DATELINE, "TBILISI");
    assert_span_in_file(doc, file, dl, "TBILISI, July 5 (Reuters) -");
    long p = test_find_block(doc, PGN_BLOCK_PARAGRAPH, "signed a protocol");
    assert_int_equal(p, dl + 1);
    char buf[512];
    assert_true(strncmp(test_block_text(doc, (size_t)p, buf, sizeof buf),
                        "Georgia and Armenia signed", 26) == 0);
    assert_int_equal(kind_of(doc, "By Nino"), PGN_BLOCK_BYLINE);
    assert_int_equal(kind_of(doc, "(Reporting by"), PGN_BLOCK_BYLINE);
    assert_int_equal(kind_of(doc, "All rights reserved"), PGN_BLOCK_BOILERPLATE);
    assert_false(test_kept_contains(doc, "TBILISI"));
    assert_false(test_kept_contains(doc, "Reporting by"));
    assert_false(test_kept_contains(doc, "Copyright"));
    assert_string_equal(pgn_block_kind_name(PGN_BLOCK_DATELINE), "dateline");
    assert_true(pgn_block_kind_is_removed(PGN_BLOCK_DATELINE));
    free(file);
    pgn_doc_free(doc);
}

static void broadsheet_style(void **state) {
    (void)state;
    pgn_doc *doc = read_article("articles/broadsheet_style.txt");
    const pgn_doc_meta *m = pgn_doc_get_meta(doc);
    assert_string_equal(m->title, "EU leaders back new sanctions package after overnight summit");
    /* A bare date line is the publication time; "Last modified" updates. */
    assert_string_equal(m->published, "2022-07-05T12:05:00+01:00");
    assert_string_equal(m->updated, "2022-07-05T13:10:00+01:00");
    assert_string_equal(m->dateline, "BRUSSELS (AP) \xE2\x80\x94");
    assert_string_equal(m->dateline_agency, "AP");
    assert_int_equal(pgn_doc_n_image_credits(doc), 1);
    assert_string_equal(pgn_doc_image_credit(doc, 0), "Lena Moser/AFP via Getty Images");
    /* Hard-wrapped lines are joined into one paragraph block... */
    long p = test_find_block(doc, PGN_BLOCK_PARAGRAPH, "European Union leaders");
    assert_true(p >= 0);
    assert_int_equal(test_find_block(doc, PGN_BLOCK_PARAGRAPH, "nearly broke down"), p);
    /* ...but a line ending a sentence ends its paragraph only if a blank
    ** line or new kind follows; the next paragraph is its own block. */
    assert_true(test_find_block(doc, PGN_BLOCK_PARAGRAPH, "gold imports") != p);
    assert_true(test_find_block(doc, PGN_BLOCK_HEADING, "What the package leaves out") >= 0);
    assert_int_equal(kind_of(doc, "Share this article"), PGN_BLOCK_BOILERPLATE);
    assert_int_equal(kind_of(doc, "(Photo by"), PGN_BLOCK_IMAGE_CREDIT);
    pgn_doc_free(doc);
}

/* ------------------------------------------------------ rule by rule */

static void headline_needs_a_short_unfinished_first_line(void **state) {
    (void)state;
    pgn_doc *doc = from_text("The talks ended without agreement on Tuesday.\n"
                             "Both sides said they would meet again.\n");
    assert_null(pgn_doc_get_meta(doc)->title);
    assert_int_equal(test_find_block(doc, PGN_BLOCK_HEADLINE, ""), -1);
    pgn_doc_free(doc);
    /* A lone line is not a headline: there is nothing for it to head. */
    doc = from_text("Talks resume in Geneva");
    assert_null(pgn_doc_get_meta(doc)->title);
    pgn_doc_free(doc);
    /* A title given by the caller wins; the text is the body. */
    pgn_doc_meta meta = {0};
    meta.title = "Given title";
    pgn_error err;
    const char *t = "Given title\nThe body starts here.\nAnd goes on.";
    assert_int_equal(pgn_doc_from_text(t, strlen(t), &meta, &doc, &err), 0);
    assert_string_equal(pgn_doc_get_meta(doc)->title, "Given title");
    assert_true(test_find_block(doc, PGN_BLOCK_HEADLINE, "Given title") >= 0);
    pgn_doc_free(doc);
}

static void only_an_update_time_leaves_published_null(void **state) {
    (void)state;
    pgn_doc *doc = from_text("Updated: Jul 05, 2022, 17:05 IST\n\nHeadline of the day\n\n"
                             "Body sentence one.\n");
    assert_null(pgn_doc_get_meta(doc)->published);
    assert_string_equal(pgn_doc_get_meta(doc)->updated, "2022-07-05T17:05:00+05:30");
    assert_string_equal(pgn_doc_get_meta(doc)->title, "Headline of the day");
    pgn_doc_free(doc);
    /* Both on one line, and a cue with a relative time. */
    doc = from_text("Published: 4 July 2022 09:00 GMT | Updated: 5 July 2022 10:30 GMT\n"
                    "Updated 2 hours ago\nBody.\n");
    assert_string_equal(pgn_doc_get_meta(doc)->published, "2022-07-04T09:00:00+00:00");
    assert_string_equal(pgn_doc_get_meta(doc)->updated, "2022-07-05T10:30:00+00:00");
    assert_int_equal(kind_of(doc, "2 hours ago"), PGN_BLOCK_TIMESTAMP);
    pgn_doc_free(doc);
    /* A bare date at the end (a correction's) is marked but not taken. */
    doc = from_text("Headline\n\nBody paragraph one.\n\nAn earlier version misspelt a name.\n"
                    "Saturday, March 19, 2016.\n");
    assert_null(pgn_doc_get_meta(doc)->published);
    assert_int_equal(kind_of(doc, "Saturday, March 19"), PGN_BLOCK_TIMESTAMP);
    pgn_doc_free(doc);
    /* Prose opening with a cue word stays prose. */
    doc = from_text("Updated figures released on July 5, 2022 show exports rose.\n");
    assert_null(pgn_doc_get_meta(doc)->updated);
    assert_int_equal(kind_of(doc, "Updated figures"), PGN_BLOCK_PARAGRAPH);
    pgn_doc_free(doc);
}

static void bylines_in_their_forms(void **state) {
    (void)state;
    static const struct {
        const char *line, *byline;
    } cases[] = {
        {"By Jane Doe and John Roe", "Jane Doe and John Roe"},
        {"Reported by: Aparna Example", "Aparna Example"},
        {"Jane Doe | Reuters", "Jane Doe"},
        {"By Jane Doe, Reuters", "Jane Doe"},
        {"BY JANE DOE", "JANE DOE"},
        {"(Reporting by Jane Doe in Moscow and John Roe in Kyiv; Editing by Ann Lee)",
         "Jane Doe and John Roe"},
        {"Written by Ömer Çelik", "Ömer Çelik"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char text[512];
        snprintf(text, sizeof text, "A headline\n%s\nThe story itself.\n", cases[i].line);
        pgn_doc *doc = from_text(text);
        const char *b = pgn_doc_get_meta(doc)->byline;
        if (!b || strcmp(b, cases[i].byline) != 0)
            fail_msg("\"%s\": byline \"%s\", want \"%s\"", cases[i].line,
                     b ? b : "(null)", cases[i].byline);
        assert_int_equal(kind_of(doc, cases[i].line), PGN_BLOCK_BYLINE);
        pgn_doc_free(doc);
    }
    /* Prose starting with "By" is not a byline. */
    pgn_doc *doc = from_text("Headline\nBy Tuesday the talks had failed.\nMore.\n");
    assert_null(pgn_doc_get_meta(doc)->byline);
    assert_int_equal(kind_of(doc, "By Tuesday"), PGN_BLOCK_PARAGRAPH);
    pgn_doc_free(doc);
    doc = from_text("Headline\nby the end of the week nothing had changed\nMore.\n");
    assert_null(pgn_doc_get_meta(doc)->byline);
    pgn_doc_free(doc);
    /* Editing alone marks the line but names no author. */
    doc = from_text("Headline\nBody.\n(Editing by Ann Lee)\n");
    assert_null(pgn_doc_get_meta(doc)->byline);
    assert_int_equal(kind_of(doc, "(Editing by"), PGN_BLOCK_BYLINE);
    pgn_doc_free(doc);
}

static void image_credits_in_their_forms(void **state) {
    (void)state;
    pgn_doc *doc = from_text("Headline\n"
                             "Photo: Reuters\n"
                             "File photo\n"
                             "Troops at a checkpoint near the border. (Photo: AFP)\n"
                             "Photos show that the bridge was damaged.\n");
    assert_int_equal(pgn_doc_n_image_credits(doc), 2);
    assert_string_equal(pgn_doc_image_credit(doc, 0), "Reuters");
    assert_string_equal(pgn_doc_image_credit(doc, 1), "AFP");
    assert_int_equal(kind_of(doc, "File photo"), PGN_BLOCK_IMAGE_CREDIT);
    assert_int_equal(kind_of(doc, "Troops at a checkpoint"), PGN_BLOCK_IMAGE_CREDIT);
    assert_int_equal(kind_of(doc, "Photos show"), PGN_BLOCK_PARAGRAPH);
    pgn_doc_free(doc);
}

static void datelines_and_non_datelines(void **state) {
    (void)state;
    static const struct {
        const char *para, *dateline, *place, *agency;
    } yes[] = {
        {"MOSCOW, July 5 (Reuters) - Russia said.", "MOSCOW, July 5 (Reuters) -", "MOSCOW", "Reuters"},
        {"WASHINGTON (AP) \xE2\x80\x94 The Senate voted.", "WASHINGTON (AP) \xE2\x80\x94", "WASHINGTON", "AP"},
        {"KYIV, Ukraine, July 5 (Reuters) - Shelling went on.", "KYIV, Ukraine, July 5 (Reuters) -", "KYIV, Ukraine", "Reuters"},
        {"New Delhi, July 5 (PTI): The minister said.", "New Delhi, July 5 (PTI):", "New Delhi", "PTI"},
        {"NEW DELHI -- The minister said.", "NEW DELHI --", "NEW DELHI", NULL},
    };
    for (size_t i = 0; i < sizeof yes / sizeof *yes; i++) {
        char text[512];
        snprintf(text, sizeof text, "Some headline\n\n%s\n", yes[i].para);
        pgn_doc *doc = from_text(text);
        const pgn_doc_meta *m = pgn_doc_get_meta(doc);
        if (!m->dateline || strcmp(m->dateline, yes[i].dateline) != 0)
            fail_msg("\"%s\": dateline \"%s\"", yes[i].para, m->dateline ? m->dateline : "(null)");
        assert_string_equal(m->dateline_place, yes[i].place);
        if (yes[i].agency) assert_string_equal(m->dateline_agency, yes[i].agency);
        else assert_null(m->dateline_agency);
        assert_false(test_kept_contains(doc, yes[i].place));
        pgn_doc_free(doc);
    }
    static const char *const no[] = {
        "Turkey - which holds the key vote - said no.",
        "Officials said: the vote is off.",
        "The MOSCOW talks - now in their third day - went on.",
    };
    for (size_t i = 0; i < sizeof no / sizeof *no; i++) {
        char text[512];
        snprintf(text, sizeof text, "Some headline\n\n%s\n", no[i]);
        pgn_doc *doc = from_text(text);
        if (pgn_doc_get_meta(doc)->dateline)
            fail_msg("\"%s\" taken for a dateline", no[i]);
        pgn_doc_free(doc);
    }
}

/* Precision round: after a title line ending in a period (left as body),
** the next paragraph may still open with a wire dateline in capitals; a
** speaker before a colon there is no dateline. */
static void dateline_after_a_sentence_title(void **state) {
    (void)state;
    pgn_doc *doc = from_text("Newspaper: Defense secretary used personal email.\n\n"
                             "WASHINGTON (AP) \xE2\x80\x94 A news report said so.\n");
    const pgn_doc_meta *m = pgn_doc_get_meta(doc);
    assert_non_null(m->dateline);
    assert_string_equal(m->dateline_place, "WASHINGTON");
    assert_false(test_kept_contains(doc, "WASHINGTON"));
    pgn_doc_free(doc);
    doc = from_text("The hearing went on.\n\n"
                    "Rep. Trey Gowdy (R-S.C.): \"I have not heard anyone cite it.\"\n");
    assert_null(pgn_doc_get_meta(doc)->dateline);
    pgn_doc_free(doc);
}

static void headings_sit_between_paragraphs(void **state) {
    (void)state;
    pgn_doc *doc = from_text("Headline\n\nFirst paragraph here.\n\nA short heading\n\n"
                             "Second paragraph here.\n\nNot a heading at the end\n");
    assert_true(test_find_block(doc, PGN_BLOCK_HEADING, "A short heading") >= 0);
    assert_int_equal(kind_of(doc, "Not a heading at the end"), PGN_BLOCK_PARAGRAPH);
    pgn_doc_free(doc);
    /* Without blank lines each line is its own paragraph: no joining. */
    doc = from_text("Headline\nFirst paragraph without a final stop\nSecond paragraph.\n");
    assert_true(test_find_block(doc, PGN_BLOCK_PARAGRAPH, "First paragraph") !=
                test_find_block(doc, PGN_BLOCK_PARAGRAPH, "Second paragraph"));
    pgn_doc_free(doc);
}

static void boilerplate_lines(void **state) {
    (void)state;
    static const char *const lines[] = {
        "ADVERTISEMENT", "Advertisement", "(With agency inputs)",
        "(With inputs from Reuters)", "Click here to read more",
        "Follow us on Twitter", "Subscribe to our newsletter", "Share this article",
        "Also Read: Five things to know", "© 2023 Example Media", "* * *",
        "Example Media Ltd. All rights reserved.",
    };
    for (size_t i = 0; i < sizeof lines / sizeof *lines; i++) {
        char text[256];
        snprintf(text, sizeof text, "Headline\n\nA paragraph.\n\n%s\n\nMore text.\n", lines[i]);
        pgn_doc *doc = from_text(text);
        if (kind_of(doc, lines[i]) != PGN_BLOCK_BOILERPLATE)
            fail_msg("\"%s\" is not boilerplate", lines[i]);
        assert_false(test_kept_contains(doc, lines[i]));
        pgn_doc_free(doc);
    }
    pgn_doc *doc = from_text("Headline\n\nCopyright lawsuits rose sharply last year, the "
                             "court said, as publishers went after platforms that copied "
                             "their work without asking or paying for it. Lawyers expect "
                             "more cases this year, and a ruling is due.\n");
    assert_int_equal(kind_of(doc, "Copyright lawsuits"), PGN_BLOCK_PARAGRAPH);
    pgn_doc_free(doc);
}

static void lexicons_are_well_formed(void **state) {
    (void)state;
    pgn_error err;
    struct {
        const pgn__lexicon *lx;
        int min, max;
        const char *first;
    } lx[] = {
        {&pgn__lex_timezones, 3, 3, NULL},
        {&pgn__lex_timestamp_cues, 2, 2, "published|updated"},
        {&pgn__lex_boilerplate, 2, 2, "line|prefix|contains"},
        {&pgn__lex_byline, 2, 2, "author|editor"},
        {&pgn__lex_credits, 2, 2, "label"},
        {&pgn__lex_agencies, 1, 1, NULL},
    };
    for (size_t i = 0; i < sizeof lx / sizeof *lx; i++) {
        int rc = pgn__lex_check(lx[i].lx, lx[i].min, lx[i].max, lx[i].first, &err);
        if (rc) {
            char buf[512];
            fail_msg("%s", pgn_error_format(&err, buf, sizeof buf));
        }
    }
    /* The checker itself reports file and line. */
    pgn__lexicon bad = {"data/lexicon/bad.txt", "# comment\nline\tok\nnope\n", 0, NULL};
    assert_int_equal(pgn__lex_check(&bad, 2, 2, "line", &err), PGN_ESYNTAX);
    assert_int_equal(err.line, 3);
    assert_string_equal(err.file, "data/lexicon/bad.txt");
}

/* Every arena allocation of the cleaner can fail: each failure gives
** PGN_ENOMEM with a message, never a crash, and with no failure the
** cleaning succeeds. */
static void allocation_failures_are_reported(void **state) {
    (void)state;
    size_t len = 0;
    char *text = test_slurp("articles/wire_style.txt", &len);
    assert_non_null(text);
    int succeeded = 0;
    for (long n = 0; n < 200 && !succeeded; n++) {
        pgn_doc *doc = pgn__doc_new(0);
        assert_non_null(doc);
        pgn_error err;
        assert_int_equal(pgn__doc_set_text(doc, text, len, "wire", 0, &err), 0);
        pgn__arena_fail_after(doc->arena, n);
        int rc = pgn__doc_clean(doc, &err);
        if (rc == 0) {
            succeeded = 1;
            assert_string_equal(doc->meta.dateline_place, "TBILISI");
        } else {
            assert_int_equal(rc, PGN_ENOMEM);
            assert_int_equal(err.code, PGN_ENOMEM);
            assert_true(err.msg[0] != '\0');
        }
        pgn_doc_free(doc);
    }
    assert_true(succeeded);
    free(text);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(portal_style),
        cmocka_unit_test(wire_style),
        cmocka_unit_test(broadsheet_style),
        cmocka_unit_test(headline_needs_a_short_unfinished_first_line),
        cmocka_unit_test(only_an_update_time_leaves_published_null),
        cmocka_unit_test(bylines_in_their_forms),
        cmocka_unit_test(image_credits_in_their_forms),
        cmocka_unit_test(datelines_and_non_datelines),
        cmocka_unit_test(dateline_after_a_sentence_title),
        cmocka_unit_test(headings_sit_between_paragraphs),
        cmocka_unit_test(boilerplate_lines),
        cmocka_unit_test(lexicons_are_well_formed),
        cmocka_unit_test(allocation_failures_are_reported),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
