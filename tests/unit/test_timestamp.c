/* tests/unit/test_timestamp.c -- date-times as news pages write them,
** normalised to ISO 8601 with the UTC offset; and what is not a date. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "doc/timestamp.h"
#include "peregrine.h"

static void formats_normalise(void **state) {
    (void)state;
    static const struct {
        const char *in, *out;
    } cases[] = {
        {"July 5th, 2022 at 17:05 IST", "2022-07-05T17:05:00+05:30"},
        {"July 5, 2022 5:05 PM EST", "2022-07-05T17:05:00-05:00"},
        {"July 5, 2022 12:30 a.m. EDT", "2022-07-05T00:30:00-04:00"},
        {"5 July 2022 17:05 GMT", "2022-07-05T17:05:00+00:00"},
        {"2022-07-05T17:05:00Z", "2022-07-05T17:05:00+00:00"},
        {"2022-07-05T17:05:00.123+05:30", "2022-07-05T17:05:00+05:30"},
        {"2022-07-05 17:05:00-0800", "2022-07-05T17:05:00-08:00"},
        {"2022-07-05", "2022-07-05"},
        {"Tue 5 Jul 2022 12.05 BST", "2022-07-05T12:05:00+01:00"},
        {"Jul 05, 2022, 17:05 IST", "2022-07-05T17:05:00+05:30"},
        {"Tue, 05 Jul 2022 17:05:00 +0000", "2022-07-05T17:05:00+00:00"},
        {"Tue, 05 Jul 2022 17:05:00 GMT", "2022-07-05T17:05:00+00:00"},
        {"Tuesday, July 5, 2022", "2022-07-05"},
        {"Sept. 30, 2021 9 pm CEST", "2021-09-30T21:00:00+02:00"},
        {"17:05 IST, 05 Jul 2022", "2022-07-05T17:05:00+05:30"},
        {"5:05 PM EST July 5, 2022", "2022-07-05T17:05:00-05:00"},
        {"July 5, 2022 17:05 GMT+5:30", "2022-07-05T17:05:00+05:30"},
        {"July 5, 2022 17:05 (MSK)", "2022-07-05T17:05:00+03:00"},
        {"February 29, 2024 08:00 JST", "2024-02-29T08:00:00+09:00"},
        {"1 March 2023 23:59 AEDT", "2023-03-01T23:59:00+11:00"},
        {"March 1, 2023 10:00 KST", "2023-03-01T10:00:00+09:00"},
        {"March 1, 2023 10:00 HKT", "2023-03-01T10:00:00+08:00"},
        {"March 1, 2023 10:00 SGT", "2023-03-01T10:00:00+08:00"},
        {"March 1, 2023 10:00 PKT", "2023-03-01T10:00:00+05:00"},
        {"March 1, 2023 10:00 WIB", "2023-03-01T10:00:00+07:00"},
        {"March 1, 2023 10:00 CET", "2023-03-01T10:00:00+01:00"},
        {"March 1, 2023 10:00 EEST", "2023-03-01T10:00:00+03:00"},
        {"March 1, 2023 10:00 PDT", "2023-03-01T10:00:00-07:00"},
        {"March 1, 2023 10:00 CDT", "2023-03-01T10:00:00-05:00"},
        {"March 1, 2023 10:00 MST", "2023-03-01T10:00:00-07:00"},
        {"March 1, 2023 10:00", "2023-03-01T10:00:00"},
        {"  March 1, 2023  ", "2023-03-01"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char out[PGN__TS_MAX] = "";
        int rc = pgn__timestamp_normalize(cases[i].in, strlen(cases[i].in), out);
        if (rc != 0 || strcmp(out, cases[i].out) != 0)
            fail_msg("\"%s\" gave rc %d \"%s\", want \"%s\"", cases[i].in, rc, out,
                     cases[i].out);
    }
}

static void not_dates(void **state) {
    (void)state;
    static const char *const bad[] = {
        "", "July 5", "February 30, 2022", "2022-13-01", "2022-02-29",
        "July 5, 2022 25:00 GMT", "July 5, 2022 17:65 GMT", "July 5, 2022 13:05 PM",
        "5 things to know", "Tuesday", "2022", "July 5, 2022 and more text",
        "July 5, 22", "32 July 2022", "Julyish 5, 2022",
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        char out[PGN__TS_MAX];
        if (pgn__timestamp_normalize(bad[i], strlen(bad[i]), out) == 0)
            fail_msg("\"%s\" taken for a date: %s", bad[i], out);
    }
}

static void parse_reports_what_it_used(void **state) {
    (void)state;
    pgn__timestamp t;
    const char *s = "July 5, 2022 at 17:05 IST and then some";
    size_t n = pgn__timestamp_parse(s, strlen(s), &t);
    assert_int_equal(n, strlen("July 5, 2022 at 17:05 IST"));
    assert_int_equal(t.offset_min, 330);
    /* An unknown zone is left out rather than guessed. */
    s = "July 5, 2022 17:05 XYZ";
    n = pgn__timestamp_parse(s, strlen(s), &t);
    assert_int_equal(n, strlen("July 5, 2022 17:05"));
    assert_false(t.has_offset);
}

static void zones_from_the_data_file(void **state) {
    (void)state;
    int m = 0;
    assert_int_equal(pgn__timezone_offset("IST", 3, &m), 0);
    assert_int_equal(m, 330);
    assert_int_equal(pgn__timezone_offset("NST", 3, &m), 0);
    assert_int_equal(m, -210);
    assert_int_equal(pgn__timezone_offset("NPT", 3, &m), 0);
    assert_int_equal(m, 345);
    assert_int_equal(pgn__timezone_offset("ist", 3, &m), -1);
    assert_int_equal(pgn__timezone_offset("XYZ", 3, &m), -1);
    assert_int_equal(pgn__timezone_offset("IS", 2, &m), -1);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(formats_normalise),
        cmocka_unit_test(not_dates),
        cmocka_unit_test(parse_reports_what_it_used),
        cmocka_unit_test(zones_from_the_data_file),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
