/* tests/unit/test_dates.c -- time expressions: calendar arithmetic, the
** recogniser and normaliser on raw text, documents, and the clause-date
** API the events stage calls. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "discourse/cues.h"
#include "discourse/discourse.h"
#include "peregrine.h"

/* ---------------------------------------------------------- calendar */

static void calendar_leap_years_and_weeks(void **state) {
    (void)state;
    assert_true(pgn__cal_is_leap(2020));
    assert_true(pgn__cal_is_leap(2000));
    assert_false(pgn__cal_is_leap(1900));
    assert_false(pgn__cal_is_leap(2022));
    assert_true(pgn__cal_valid(2024, 2, 29));
    assert_false(pgn__cal_valid(2023, 2, 29));
    assert_false(pgn__cal_valid(2022, 4, 31));
    pgn__ymd d = {2022, 7, 5};
    assert_int_equal(pgn__cal_weekday(d), 1); /* Tuesday */
    pgn__ymd back = pgn__cal_from_days(pgn__cal_to_days(d) - 36500);
    assert_int_equal(back.y, 1922);
    assert_int_equal(back.m, 7);
    assert_int_equal(back.d, 30);
    int y, w;
    pgn__ymd ny = {2024, 12, 30};
    pgn__cal_iso_week(ny, &y, &w);
    assert_int_equal(y, 2025); /* Monday of week 1 of 2025 */
    assert_int_equal(w, 1);
    pgn__ymd jan1 = {2021, 1, 1};
    pgn__cal_iso_week(jan1, &y, &w);
    assert_int_equal(y, 2020);
    assert_int_equal(w, 53);
    pgn__ymd p;
    assert_int_equal(pgn__cal_parse_iso("2022-07-05T17:05:00+05:30", &p), 0);
    assert_int_equal(p.d, 5);
    assert_int_not_equal(pgn__cal_parse_iso("2022-02-30", &p), 0);
    assert_int_not_equal(pgn__cal_parse_iso("2022-7-5", &p), 0);
    assert_int_not_equal(pgn__cal_parse_iso(NULL, &p), 0);
}

/* ------------------------------------------------------------ scanner */

typedef struct want {
    const char *text;     /* expected span text */
    const char *value;    /* ISO value, or NULL when unanchored */
} want;

/* Scans s against anchor (NULL: none) and checks the expressions found. */
static void check(const char *anchor, const char *s, const want *w, size_t n) {
    pgn__arena *a = pgn__arena_new(0);
    assert_non_null(a);
    pgn__timex_vec v = {0};
    pgn__ymd ad, *ap = NULL;
    if (anchor) {
        assert_int_equal(pgn__cal_parse_iso(anchor, &ad), 0);
        ap = &ad;
    }
    assert_int_equal(pgn__timex_scan(s, 0, strlen(s), ap, a, &v), 0);
    if (v.n != n) {
        for (size_t i = 0; i < v.n; i++)
            print_message("found: %.*s = %s\n", (int)(v.v[i].end - v.v[i].start),
                          s + v.v[i].start, v.v[i].value);
    }
    assert_int_equal(v.n, n);
    for (size_t i = 0; i < n; i++) {
        size_t len = v.v[i].end - v.v[i].start;
        if (strlen(w[i].text) != len || memcmp(s + v.v[i].start, w[i].text, len) != 0)
            fail_msg("span %zu: got \"%.*s\", want \"%s\"", i, (int)len, s + v.v[i].start, w[i].text);
        if (w[i].value) {
            assert_true(v.v[i].anchored);
            assert_string_equal(v.v[i].value, w[i].value);
        } else {
            assert_false(v.v[i].anchored);
        }
    }
    pgn__arena_free(a);
}

#define CHECK(anchor, s, ...)                                        \
    do {                                                             \
        const want w_[] = {__VA_ARGS__};                             \
        check(anchor, s, w_, sizeof w_ / sizeof w_[0]);              \
    } while (0)

static void absolute_dates(void **state) {
    (void)state;
    CHECK("2022-07-05", "On July 5, the ministers met.", {"July 5", "2022-07-05"});
    CHECK("2022-07-05", "It was issued on July 5th, 2022 in Bali.", {"July 5th, 2022", "2022-07-05"});
    CHECK("2022-07-05", "Talks on 5 July and on 2022-07-05 ended.", {"5 July", "2022-07-05"},
          {"2022-07-05", "2022-07-05"});
    CHECK("2022-07-05", "in March 2014 and in 1988", {"March 2014", "2014-03"}, {"1988", "1988"});
    CHECK("2022-07-05", "the 1990s, the '90s and the 1880s", {"the 1990s", "199"},
          {"the '90s", "199"}, {"the 1880s", "188"});
    CHECK("2022-07-05", "the attacks of Sept. 11, 2001", {"Sept. 11, 2001", "2001-09-11"});
    CHECK("2022-07-05", "on the 5th of July 2021", {"5th of July 2021", "2021-07-05"});
    CHECK("2022-07-05", "mid-July and early August", {"mid-July", "2022-07"},
          {"early August", "2022-08"});
    CHECK("2022-07-05", "Wednesday, July 6, 2022", {"Wednesday, July 6, 2022", "2022-07-06"});
    CHECK(NULL, "on June 22, 1941", {"June 22, 1941", "1941-06-22"});
}

static void relative_dates(void **state) {
    (void)state;
    CHECK("2022-07-05", "Earlier in the day the army said so.", {"Earlier in the day", "2022-07-05"});
    CHECK("2022-07-05", "He quit last week; a vote is due next month.", {"last week", "2022-W26"},
          {"next month", "2022-08"});
    CHECK("2022-07-05", "yesterday, two days ago, a year ago", {"yesterday", "2022-07-04"},
          {"two days ago", "2022-07-03"}, {"a year ago", "2021"});
    CHECK("2022-07-05", "this year, last year, next year", {"this year", "2022"},
          {"last year", "2021"}, {"next year", "2023"});
    CHECK("2022-07-05", "earlier this week and later this month",
          {"earlier this week", "2022-W27"}, {"later this month", "2022-07"});
    CHECK("2022-07-05", "last night and this morning", {"last night", "2022-07-04"},
          {"this morning", "2022-07-05"});
    CHECK("2022-07-05", "the day before yesterday", {"the day before yesterday", "2022-07-03"});
    CHECK("2022-07-05", "last March and next January", {"last March", "2022-03"},
          {"next January", "2023-01"});
}

static void weekdays_past_and_future(void **state) {
    (void)state;
    /* 2022-07-05 is a Tuesday. */
    CHECK("2022-07-05", "On Wednesday, Finland was invited.", {"Wednesday", "2022-06-29"});
    CHECK("2022-07-05", "Missiles hit on Monday night.", {"Monday night", "2022-07-04"});
    CHECK("2022-07-05", "He spoke on Tuesday.", {"Tuesday", "2022-07-05"});
    CHECK("2022-07-05", "The ministers will meet on Friday.", {"Friday", "2022-07-08"});
    CHECK("2022-07-05", "They met. He'll go on Monday.", {"Monday", "2022-07-11"});
    /* a future cue in an earlier sentence does not count */
    CHECK("2022-07-05", "It will rain. They met on Friday.", {"Friday", "2022-07-01"});
    CHECK("2022-07-05", "last Tuesday, next Tuesday, this Friday", {"last Tuesday", "2022-06-28"},
          {"next Tuesday", "2022-07-12"}, {"this Friday", "2022-07-08"});
    CHECK(NULL, "on Wednesday", {"Wednesday", NULL});
}

static void rollover_and_leap_years(void **state) {
    (void)state;
    CHECK("2023-01-03", "on December 28 and on January 15", {"December 28", "2022-12-28"},
          {"January 15", "2023-01-15"});
    CHECK("2023-01-03", "last week, last month, on Saturday", {"last week", "2022-W52"},
          {"last month", "2022-12"}, {"Saturday", "2022-12-31"});
    CHECK("2024-12-30", "next week, next month, tomorrow", {"next week", "2025-W02"},
          {"next month", "2025-01"}, {"tomorrow", "2024-12-31"});
    CHECK("2020-03-01", "yesterday and on February 29", {"yesterday", "2020-02-29"},
          {"February 29", "2020-02-29"});
    /* February 29 in a doc of 2019: the nearest year that has one */
    CHECK("2019-11-15", "by February 29", {"February 29", "2020-02-29"});
}

static void unanchored_and_non_dates(void **state) {
    (void)state;
    CHECK("2022-07-05", "He was freed the next day, and two days later left.",
          {"the next day", NULL}, {"two days later", NULL});
    CHECK("2022-07-05", "a few days ago, that week", {"a few days ago", NULL}, {"that week", NULL});
    CHECK(NULL, "yesterday and last week", {"yesterday", NULL}, {"last week", NULL});
    /* not dates: the modal, a bare month without trigger, counts, ranges,
    ** a duration, impossible dates, a month name in quotation marks */
    pgn__arena *a = pgn__arena_new(0);
    pgn__timex_vec v = {0};
    pgn__ymd ad = {2022, 7, 5};
    const char *s = "May I ask? March on. 5,000 people in 2014-2016. the past week. "
                    "\xE2\x80\x9CJuly\xE2\x80\x9D";
    assert_int_equal(pgn__timex_scan(s, 0, strlen(s), &ad, a, &v), 0);
    assert_int_equal(v.n, 0);
    pgn__arena_free(a);
}

static void memory_failure_is_reported(void **state) {
    (void)state;
    pgn__arena *a = pgn__arena_new(0);
    pgn__timex_vec v = {0};
    pgn__ymd ad = {2022, 7, 5};
    const char *s = "On July 5 and June 28 and yesterday.";
    pgn__arena_fail_after(a, 0);
    assert_int_equal(pgn__timex_scan(s, 0, strlen(s), &ad, a, &v), PGN_ENOMEM);
    pgn__arena_free(a);
}

/* ----------------------------------------------------------- documents */

static void document_dates_and_offsets(void **state) {
    (void)state;
    const char *text = "Caf\xC3\xA9 talks.\n\nOn July 5 the summit opened, two days after the vote.\n";
    pgn_doc_meta meta = {0};
    meta.published = "2022-07-05T10:00:00Z";
    pgn_doc *doc = NULL;
    pgn_error err;
    assert_int_equal(pgn_doc_from_text(text, strlen(text), &meta, &doc, &err), 0);
    assert_int_equal(pgn_doc_find_dates(doc, NULL, &err), 0);
    assert_int_equal(pgn_doc_n_dates(doc), 1);
    pgn_date_view v;
    assert_int_equal(pgn_doc_date(doc, 0, &v), 0);
    assert_string_equal(v.value, "2022-07-05");
    assert_string_equal(v.text, "July 5");
    /* characters: "Café talks.\n\nOn " is 16 characters, 17 bytes */
    assert_int_equal(v.start, 16);
    assert_int_equal(v.end, 22);
    assert_int_equal(v.byte_start, 17);
    assert_int_equal(v.grain, PGN_GRAIN_DAY);
    assert_string_equal(pgn_date_grain_name(v.grain), "day");
    assert_true(v.last_token > v.first_token);
    /* an explicit anchor wins; a bad one is refused */
    assert_int_equal(pgn_doc_find_dates(doc, "2023-01-02", &err), 0);
    assert_int_equal(pgn_doc_date(doc, 0, &v), 0);
    assert_string_equal(v.value, "2022-07-05");
    assert_int_equal(pgn_doc_find_dates(doc, "July", &err), PGN_EINVAL);
    assert_int_equal(pgn_doc_date(doc, 5, &v), PGN_EINVAL);
    pgn_doc_free(doc);
}

/* Builds a document whose sentence tokens the test then annotates. */
static pgn_doc *doc_of(const char *text) {
    pgn_doc_meta meta = {0};
    meta.published = "2022-07-05";
    pgn_doc *doc = NULL;
    pgn_error err;
    assert_int_equal(pgn_doc_from_text(text, strlen(text), &meta, &doc, &err), 0);
    assert_int_equal(pgn_doc_find_dates(doc, NULL, &err), 0);
    return doc;
}

static uint32_t token_of(const pgn_doc *doc, const char *form) {
    for (uint32_t t = 0; t < doc->tokens.n; t++)
        if (strncmp(doc->tokens.v[t].form, form, strlen(form)) == 0) return t;
    fail_msg("no token %s", form);
    return 0;
}

static void clause_dates_without_parse(void **state) {
    (void)state;
    pgn_doc *doc = doc_of("The two leaders signed a manifesto on February 4 , while the aftermath of "
                          "the invasion dragged on .");
    const pgn__timex *t = pgn__date_of_token(doc, token_of(doc, "signed"));
    assert_non_null(t);
    assert_string_equal(t->value, "2022-02-04");
    /* the other clause has no date of its own */
    assert_null(pgn__date_of_token(doc, token_of(doc, "aftermath")));
    assert_non_null(pgn__date_in_range(doc, 0, (uint32_t)doc->tokens.n));
    assert_null(pgn__date_in_range(doc, 0, 3));
    pgn_doc_free(doc);
}

static void clause_dates_with_parse(void **state) {
    (void)state;
    /* "Leaders met on June 28 and talks ended ." with a hand-made parse:
    ** met root, Leaders nsubj, on case, June obl, 28 nummod,
    ** and cc, talks nsubj, ended conj (VERB), . punct */
    pgn_doc *doc = doc_of("Leaders met on June 28 and talks ended .");
    static const struct {
        const char *rel, *upos;
        int head;
    } arcs[] = {{"nsubj", "NOUN", 2}, {"root", "VERB", 0}, {"case", "ADP", 4},
                {"obl", "PROPN", 2},  {"nummod", "NUM", 4}, {"cc", "CCONJ", 8},
                {"nsubj", "NOUN", 8}, {"conj", "VERB", 2},  {"punct", "PUNCT", 2}};
    assert_int_equal(doc->tokens.n, 9);
    for (size_t i = 0; i < 9; i++) {
        doc->tokens.v[i].deprel = arcs[i].rel;
        doc->tokens.v[i].upos = arcs[i].upos;
        doc->tokens.v[i].head = arcs[i].head;
    }
    const pgn__timex *t = pgn__date_of_token(doc, token_of(doc, "met"));
    assert_non_null(t);
    assert_string_equal(t->value, "2022-06-28");
    assert_null(pgn__date_of_token(doc, token_of(doc, "ended")));
    pgn_doc_free(doc);
}

/* ------------------------------------------------- event dates (inherited) */

typedef struct arc {
    const char *rel, *upos;
    int head;
} arc;

/* Gives the one-sentence document doc the hand-made parse arcs[0..n). */
static void parse_as(pgn_doc *doc, const arc *arcs, size_t n) {
    assert_int_equal(doc->sentences.n, 1);
    assert_int_equal(doc->tokens.n, n);
    for (size_t i = 0; i < n; i++) {
        doc->tokens.v[i].deprel = arcs[i].rel;
        doc->tokens.v[i].upos = arcs[i].upos;
        doc->tokens.v[i].head = arcs[i].head;
    }
}

/* The value of the date pgn__event_date gives the token form (NULL: none)
** and whether the walk was settled. */
static const char *event_date(const pgn_doc *doc, const char *form, int *settled) {
    const pgn__timex *t = pgn__event_date(doc, token_of(doc, form), settled);
    return t ? t->value : NULL;
}

static void manifesto_parse(const char *statement_head, int head) {
    /* The seed article's parse: the relative clause hangs on the date's
    ** "4" (or, rightly, on "manifesto"), "resolve" is a verb. */
    pgn_doc *doc = doc_of("China presented a manifesto on February 4 that was a statement of "
                          "resolve to work together .");
    arc arcs[] = {{"nsubj", "PROPN", 2},       {"root", "VERB", 0},      {"det", "DET", 4},
                  {"obj", "NOUN", 2},          {"case", "ADP", 7},       {"compound", "PROPN", 7},
                  {"obl", "NUM", 2},           {"nsubj", "PRON", 11},    {"cop", "AUX", 11},
                  {"det", "DET", 11},          {"acl:relcl", "NOUN", 0}, {"mark", "ADP", 13},
                  {"acl", "VERB", 11},         {"mark", "PART", 15},     {"xcomp", "VERB", 13},
                  {"advmod", "ADV", 15},       {"punct", "PUNCT", 2}};
    arcs[10].head = head;
    parse_as(doc, arcs, sizeof arcs / sizeof arcs[0]);
    /* "work" has no date in its own clause ... */
    assert_null(pgn__date_of_token(doc, token_of(doc, "work")));
    /* ... and takes the presenting's, up xcomp, acl, the relative clause,
    ** the noun it modifies and that noun's clause */
    int settled = 0;
    const char *v = event_date(doc, "work", &settled);
    assert_non_null(v);
    assert_string_equal(v, "2022-02-04");
    assert_int_equal(settled, 1);
    assert_string_equal(event_date(doc, statement_head, &settled), "2022-02-04");
    assert_string_equal(pgn__event_day(doc, token_of(doc, "resolve"), &settled), "2022-02-04");
    /* the own clause still comes first */
    assert_string_equal(event_date(doc, "presented", &settled), "2022-02-04");
    pgn_doc_free(doc);
}

static void event_date_up_relative_clauses(void **state) {
    (void)state;
    manifesto_parse("statement", 4);   /* relcl on "manifesto" */
    manifesto_parse("statement", 7);   /* the parse error: relcl on the date's "4" */
}

static void event_date_up_complements(void **state) {
    (void)state;
    /* "He said on Monday that troops attacked and rebels fled ." */
    pgn_doc *doc = doc_of("He said on Monday that troops attacked and rebels fled .");
    static const arc arcs[] = {{"nsubj", "PRON", 2}, {"root", "VERB", 0},  {"case", "ADP", 4},
                               {"obl", "PROPN", 2},  {"mark", "SCONJ", 7}, {"nsubj", "NOUN", 7},
                               {"ccomp", "VERB", 2}, {"cc", "CCONJ", 10},  {"nsubj", "NOUN", 10},
                               {"conj", "VERB", 7},  {"punct", "PUNCT", 2}};
    parse_as(doc, arcs, sizeof arcs / sizeof arcs[0]);
    int settled = 0;
    assert_string_equal(event_date(doc, "attacked", &settled), "2022-07-04");
    /* a conjunct whose first conjunct has no date shares its governor */
    assert_string_equal(event_date(doc, "fled", &settled), "2022-07-04");
    pgn_doc_free(doc);

    /* the nearest date wins and no date is crossed: "settle" is in the
    ** clause of "resume" (next week), not of the saying (Monday) */
    doc = doc_of("He said on Monday talks resume next week to settle the dispute .");
    static const arc arcs2[] = {
        {"nsubj", "PRON", 2},  {"root", "VERB", 0},   {"case", "ADP", 4},   {"obl", "PROPN", 2},
        {"nsubj", "NOUN", 6},  {"ccomp", "VERB", 2},  {"amod", "ADJ", 8},   {"obl", "NOUN", 6},
        {"mark", "PART", 10},  {"advcl", "VERB", 6},  {"det", "DET", 12},   {"obj", "NOUN", 10},
        {"punct", "PUNCT", 2}};
    parse_as(doc, arcs2, sizeof arcs2 / sizeof arcs2[0]);
    assert_string_equal(event_date(doc, "settle", &settled), "2022-W28");
    assert_int_equal(settled, 1);
    assert_null(pgn__event_day(doc, token_of(doc, "settle"), &settled));
    assert_int_equal(settled, 1);
    pgn_doc_free(doc);
}

static void event_date_stops(void **state) {
    (void)state;
    int settled = 1;
    /* a conjunct does not take its first conjunct's own date */
    pgn_doc *doc = doc_of("Leaders met on June 28 and talks ended .");
    static const arc conj[] = {{"nsubj", "NOUN", 2}, {"root", "VERB", 0},   {"case", "ADP", 4},
                               {"obl", "PROPN", 2},  {"nummod", "NUM", 4},  {"cc", "CCONJ", 8},
                               {"nsubj", "NOUN", 8}, {"conj", "VERB", 2},   {"punct", "PUNCT", 2}};
    parse_as(doc, conj, sizeof conj / sizeof conj[0]);
    assert_null(event_date(doc, "ended", &settled));
    assert_int_equal(settled, 0);
    assert_string_equal(event_date(doc, "met", &settled), "2022-06-28");
    pgn_doc_free(doc);

    /* background: an event noun after "after", and what a relative clause
    ** says of it, keep none of the clause's date */
    doc = doc_of("Troops withdrew on Monday after the invasion , which killed hundreds .");
    static const arc after[] = {{"nsubj", "NOUN", 2}, {"root", "VERB", 0},  {"case", "ADP", 4},
                                {"obl", "PROPN", 2},  {"case", "ADP", 7},   {"det", "DET", 7},
                                {"obl", "NOUN", 2},   {"punct", "PUNCT", 10}, {"nsubj", "PRON", 10},
                                {"acl:relcl", "VERB", 7}, {"obj", "NUM", 10}, {"punct", "PUNCT", 2}};
    parse_as(doc, after, sizeof after / sizeof after[0]);
    assert_string_equal(event_date(doc, "withdrew", &settled), "2022-07-04");
    assert_string_equal(pgn__date_of_token(doc, token_of(doc, "invasion"))->value, "2022-07-04");
    settled = 0;
    assert_null(event_date(doc, "invasion", &settled));
    assert_int_equal(settled, 1);
    settled = 0;
    assert_null(event_date(doc, "killed", &settled));
    assert_int_equal(settled, 1);
    pgn_doc_free(doc);

    /* "in the aftermath of": the same; a date inside the background phrase
    ** is its own, not the clause's */
    doc = doc_of("Talks stalled in the aftermath of the invasion on February 24 .");
    static const arc aftermath[] = {
        {"nsubj", "NOUN", 2}, {"root", "VERB", 0}, {"case", "ADP", 5},  {"det", "DET", 5},
        {"obl", "NOUN", 2},   {"case", "ADP", 8},  {"det", "DET", 8},   {"nmod", "NOUN", 5},
        {"case", "ADP", 11},  {"compound", "PROPN", 11}, {"nmod", "NUM", 8}, {"punct", "PUNCT", 2}};
    parse_as(doc, aftermath, sizeof aftermath / sizeof aftermath[0]);
    assert_string_equal(event_date(doc, "invasion", &settled), "2022-02-24");
    settled = 1;
    assert_null(event_date(doc, "stalled", &settled));
    assert_int_equal(settled, 0);
    pgn_doc_free(doc);

    /* a subordinate clause of "after" is background; one of "when" is not */
    doc = doc_of("Residents fled on Monday after troops attacked , when shells fell .");
    static const arc sub[] = {{"nsubj", "NOUN", 2}, {"root", "VERB", 0},   {"case", "ADP", 4},
                              {"obl", "PROPN", 2},  {"mark", "SCONJ", 7},  {"nsubj", "NOUN", 7},
                              {"advcl", "VERB", 2}, {"punct", "PUNCT", 11}, {"advmod", "SCONJ", 11},
                              {"nsubj", "NOUN", 11}, {"advcl", "VERB", 2}, {"punct", "PUNCT", 2}};
    parse_as(doc, sub, sizeof sub / sizeof sub[0]);
    assert_null(event_date(doc, "attacked", &settled));
    assert_int_equal(settled, 1);
    assert_string_equal(event_date(doc, "fell", &settled), "2022-07-04");
    pgn_doc_free(doc);

    /* a time expression is never background: "since Monday" dates its clause */
    doc = doc_of("Fighting has raged since Monday .");
    static const arc since[] = {{"nsubj", "NOUN", 3}, {"aux", "AUX", 3}, {"root", "VERB", 0},
                                {"case", "ADP", 5},   {"obl", "PROPN", 3}, {"punct", "PUNCT", 3}};
    parse_as(doc, since, sizeof since / sizeof since[0]);
    assert_string_equal(event_date(doc, "raged", &settled), "2022-07-04");
    pgn_doc_free(doc);

    /* what a relative clause says of the subject describes who acts */
    doc = doc_of("Protesters who threw stones were arrested on Monday .");
    static const arc subj[] = {{"nsubj:pass", "NOUN", 6}, {"nsubj", "PRON", 3}, {"acl:relcl", "VERB", 1},
                               {"obj", "NOUN", 3},        {"aux:pass", "AUX", 6}, {"root", "VERB", 0},
                               {"case", "ADP", 8},        {"obl", "PROPN", 6},  {"punct", "PUNCT", 6}};
    parse_as(doc, subj, sizeof subj / sizeof subj[0]);
    settled = 0;
    assert_null(event_date(doc, "threw", &settled));
    assert_int_equal(settled, 1);
    assert_string_equal(event_date(doc, "arrested", &settled), "2022-07-04");
    pgn_doc_free(doc);

    /* no parse: the clause of the word boundaries, nothing inherited */
    doc = doc_of("The two leaders signed a manifesto on February 4 , while the aftermath of "
                 "the invasion dragged on .");
    assert_string_equal(event_date(doc, "signed", &settled), "2022-02-04");
    assert_int_equal(settled, 1);
    assert_null(event_date(doc, "dragged", &settled));
    assert_int_equal(settled, 0);
    pgn_doc_free(doc);
}

typedef struct sink {
    char buf[1024];
    size_t n;
} sink;

static int to_sink(void *ctx, const char *s, size_t n) {
    sink *k = ctx;
    if (k->n + n >= sizeof k->buf) return -1;
    memcpy(k->buf + k->n, s, n);
    k->n += n;
    k->buf[k->n] = 0;
    return 0;
}

static void dates_json(void **state) {
    (void)state;
    pgn_doc *doc = doc_of("Talks resume next week, not \"the next day\".");
    sink k = {{0}, 0};
    pgn_error err;
    assert_int_equal(pgn_doc_write_dates_json(doc, to_sink, &k, &err), 0);
    assert_non_null(strstr(k.buf, "\"anchor\":\"2022-07-05\""));
    assert_non_null(strstr(k.buf, "{\"text\":\"next week\",\"start\":13,\"end\":22,"));
    assert_non_null(strstr(k.buf, "\"value\":\"2022-W28\",\"grain\":\"week\",\"anchored\":true"));
    assert_non_null(strstr(k.buf, "\"value\":null,\"grain\":\"day\",\"anchored\":false"));
    assert_int_equal(k.buf[k.n - 1], '\n');
    assert_int_equal(pgn_doc_write_dates_json(doc, NULL, NULL, &err), PGN_EINVAL);
    pgn_doc_free(doc);
}

/* The scanner's word table: each month form, weekday and starter has its
** own code, a word of no list (or a list word with a letter more or less)
** none. */
static void word_table(void **state) {
    (void)state;
    pgn__arena *a = pgn__arena_new(0);
    pgn__wordset ws;
    assert_int_equal(pgn__timex_words(a, &ws), 0);
    static const struct { const char *w; uint32_t bits; } want[] = {
        {"january", (1u + 0 * 3 + 0) << PGN__TIMEX_W_MONTH_SHIFT},
        {"jan", (1u + 0 * 3 + 1) << PGN__TIMEX_W_MONTH_SHIFT},
        {"may", (1u + 4 * 3 + 0) << PGN__TIMEX_W_MONTH_SHIFT},
        {"sept", (1u + 8 * 3 + 1) << PGN__TIMEX_W_MONTH_SHIFT},
        {"sep", (1u + 8 * 3 + 2) << PGN__TIMEX_W_MONTH_SHIFT},
        {"december", (1u + 11 * 3 + 0) << PGN__TIMEX_W_MONTH_SHIFT},
        {"monday", 1u << PGN__TIMEX_W_WDAY_SHIFT},
        {"sunday", 7u << PGN__TIMEX_W_WDAY_SHIFT},
        {"the", PGN__TIMEX_W_STARTER}, {"a", PGN__TIMEX_W_STARTER},
        {"yesterday", PGN__TIMEX_W_STARTER}, {"zero", PGN__TIMEX_W_STARTER},
        {"mayor", 0}, {"jun", (1u + 5 * 3 + 1) << PGN__TIMEX_W_MONTH_SHIFT}, {"ju", 0},
        {"thee", 0}, {"th", 0}, {"week", 0}, {"", 0}};
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        uint32_t h = PGN__CUES_HASH0;
        for (const char *p = want[i].w; *p; p++) h = pgn__cues_hash_step(h, (unsigned char)*p);
        assert_int_equal(pgn__wordset_bits(&ws, want[i].w, h), want[i].bits);
    }
    pgn__arena_free(a);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(word_table),
        cmocka_unit_test(calendar_leap_years_and_weeks),
        cmocka_unit_test(absolute_dates),
        cmocka_unit_test(relative_dates),
        cmocka_unit_test(weekdays_past_and_future),
        cmocka_unit_test(rollover_and_leap_years),
        cmocka_unit_test(unanchored_and_non_dates),
        cmocka_unit_test(memory_failure_is_reported),
        cmocka_unit_test(document_dates_and_offsets),
        cmocka_unit_test(clause_dates_without_parse),
        cmocka_unit_test(clause_dates_with_parse),
        cmocka_unit_test(event_date_up_relative_clauses),
        cmocka_unit_test(event_date_up_complements),
        cmocka_unit_test(event_date_stops),
        cmocka_unit_test(dates_json),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
