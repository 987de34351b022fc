/* tests/unit/test_kb_load.c -- the KB loaders: our data/kb files, errors
** that name file and line, PETRARCH/TABARI dictionaries (fixtures of ours,
** and ../shared/data/phoenix when present). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <cmocka.h>

#include "kb/kb_int.h"
#include "peregrine.h"

static void shipped_kb_loads_clean(void **state) {
    (void)state;
    pgn_kb *kb = NULL;
    pgn_error err;
    int rc = pgn_kb_open(PGN_SOURCE_DIR "/data/kb", &kb, &err);
    if (rc) {
        char buf[600];
        fail_msg("%s", pgn_error_format(&err, buf, sizeof buf));
    }
    pgn_kb_stats st;
    pgn_kb_get_stats(kb, &st);
    assert_true(st.countries >= 190);
    assert_true(st.historic_states >= 5);
    assert_true(st.organisations >= 100);
    assert_true(st.people >= 500);
    assert_true(st.roles >= st.people);
    assert_true(st.places >= 1000);
    assert_true(st.regions >= 5);
    assert_int_equal(st.problems, 0);
    pgn_kb_close(kb);
}

/* places.txt from memory: dated places, '?' names, regions of countries.txt. */
static void places_from_buffer(void **state) {
    (void)state;
    pgn_kb *kb = NULL;
    pgn_error err;
    assert_int_equal(pgn_kb_new(&kb, &err), 0);
    static const char countries[] =
        "SDN\tSDN\tSudan\tSudanese\tKhartoum\t-\n"
        "SSD\tSSD\tSouth Sudan\tSouth Sudanese\tJuba\t2011-07-09..\n"
        "FRA\tFRA\tFrance\tFrench\tParis\t-\n"
        "WST\t-\tthe West\tWestern\t-\t-\n";
    static const char places[] =
        "# a comment\n"
        "Malakal\tSDN\tcity\t..2011-07-08\n"
        "Malakal\tSSD\tcity\t2011-07-09..\n"
        "?Nice\tFRA\tcity\t-\n";
    assert_int_equal(kb__load_buffer(kb, KBF_COUNTRIES, "c.txt", countries, strlen(countries), &err), 0);
    assert_int_equal(kb__load_buffer(kb, KBF_PLACES, "p.txt", places, strlen(places), &err), 0);
    pgn_kb_stats st;
    pgn_kb_get_stats(kb, &st);
    assert_int_equal(st.places, 3);
    assert_int_equal(st.regions, 1);
    assert_int_equal(st.countries, 2);
    pgn_kb_answer a[4];
    size_t n = 0;
    assert_int_equal(pgn_kb_lookup(kb, "Malakal", "2010-01-01", a, 4, &n, &err), 0);
    assert_int_equal(n, 2);
    int sdn_in_force = 0;
    for (size_t i = 0; i < n; i++) {
        assert_string_equal(a[i].kind, "place");
        if (strcmp(a[i].code, "SDN") == 0) sdn_in_force = a[i].in_force;
        else assert_false(a[i].in_force);
    }
    assert_true(sdn_in_force);
    /* the '?' is a marker, not part of the name */
    assert_int_equal(pgn_kb_lookup(kb, "Nice", NULL, a, 4, &n, &err), 0);
    assert_string_equal(a[0].entry, "Nice");
    /* a region has no ISO country */
    assert_int_equal(pgn_kb_lookup(kb, "Western", NULL, a, 4, &n, &err), 0);
    assert_string_equal(a[0].code, "WST");
    assert_null(a[0].country);
    /* a place may not take a country's name */
    static const char bad[] = "France\tFRA\tregion\t-\n";
    assert_int_equal(kb__load_buffer(kb, KBF_PLACES, "b.txt", bad, strlen(bad), &err), PGN_EDUPLICATE);
    assert_int_equal(err.line, 1);
    assert_string_equal(err.file, "b.txt");
    pgn_kb_close(kb);
}

/* Each bad/NAME directory fails with this code at this line. */
static void bad_files_name_file_and_line(void **state) {
    (void)state;
    static const struct { const char *dir, *file; int code; long line; } cases[] = {
        {"fields", "countries.txt", PGN_ESYNTAX, 1},
        {"code", "countries.txt", PGN_ESYNTAX, 1},
        {"date", "countries.txt", PGN_ESYNTAX, 1},
        {"range", "countries.txt", PGN_ESYNTAX, 1},
        {"dup", "countries.txt", PGN_EDUPLICATE, 2},
        {"utf8", "countries.txt", PGN_EUTF8, 2},
        {"empty", "countries.txt", PGN_ESYNTAX, 1},
        {"nat", "people.txt", PGN_ENOTFOUND, 1},
        {"role", "people.txt", PGN_ESYNTAX, 1},
        {"persondup", "people.txt", PGN_EDUPLICATE, 2},
        {"agent", "agents.txt", PGN_ESYNTAX, 1},
        {"place", "places.txt", PGN_ENOTFOUND, 2},      /* unknown country */
        {"placekind", "places.txt", PGN_ESYNTAX, 1},    /* not city/region/province/disputed */
        {"placedup", "places.txt", PGN_EDUPLICATE, 3},  /* a capital is not a place */
        {"placefields", "places.txt", PGN_ESYNTAX, 3},  /* 3 fields */
        {"placedate", "places.txt", PGN_ESYNTAX, 2},    /* range ends before it starts */
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char dir[512];
        snprintf(dir, sizeof dir, "%s/kb/bad/%s", PGN_TEST_DATA, cases[i].dir);
        pgn_kb *kb = NULL;
        pgn_error err;
        int rc = pgn_kb_open(dir, &kb, &err);
        assert_null(kb);
        if (rc != cases[i].code || err.line != cases[i].line || !strstr(err.file, cases[i].file)) {
            char buf[600];
            fail_msg("%s: got %d %s", cases[i].dir, rc, pgn_error_format(&err, buf, sizeof buf));
        }
    }
}

static void missing_dir_is_an_error(void **state) {
    (void)state;
    pgn_kb *kb = NULL;
    pgn_error err;
    assert_int_equal(pgn_kb_open("/nonexistent/kb", &kb, &err), PGN_EIO);
    assert_null(kb);
    assert_string_equal(err.file, "/nonexistent/kb");
    pgn_kb_close(NULL);
}

static int has_diag(const pgn_kb *kb, long line, const char *what) {
    for (size_t i = 0; i < pgn_kb_n_diagnostics(kb); i++) {
        const pgn_error *e = pgn_kb_diagnostic(kb, i);
        if (e->line == line && strstr(e->msg, what) && strstr(e->file, "actors.txt")) return 1;
        if (e->line == line && strstr(e->msg, what) && strstr(e->file, "agents.txt")) return 1;
    }
    return 0;
}

static void petrarch_fixtures_load_with_diagnostics(void **state) {
    (void)state;
    pgn_kb *kb = NULL;
    pgn_error err;
    assert_int_equal(pgn_kb_new(&kb, &err), 0);
    assert_int_equal(pgn_kb_load_petrarch_actors(kb, PGN_TEST_DATA "/kb/petrarch/actors.txt", &err), 0);
    assert_int_equal(pgn_kb_load_petrarch_agents(kb, PGN_TEST_DATA "/kb/petrarch/agents.txt", &err), 0);
    /* broken lines are reported where they are, not fatal */
    assert_true(has_diag(kb, 17, "no code"));           /* NO_CODE_HERE_ */
    assert_true(has_diag(kb, 18, "bad date"));          /* BAD_DATE_ */
    assert_true(has_diag(kb, 19, "without"));           /* [FRD with no ] */
    assert_true(has_diag(kb, 12, "not 'PHRASE"));           /* BROKEN_LINE_WITHOUT_CODE */
    assert_true(has_diag(kb, 13, "unknown substitution"));
    assert_true(has_diag(kb, 14, "bad agent code"));
    pgn_kb_stats st;
    pgn_kb_get_stats(kb, &st);
    assert_true(st.petrarch_actors >= 5);
    assert_true(st.petrarch_agents >= 5);

    pgn_kb_answer a[8];
    size_t n;
    assert_int_equal(pgn_kb_lookup(kb, "President Firefly", "1940-01-01", a, 8, &n, &err), 0);
    assert_string_equal(a[0].code, "FRDGOV");
    assert_int_equal(pgn_kb_lookup(kb, "Firefly", "1950-06-01", a, 8, &n, &err), 0);
    assert_string_equal(a[0].code, "FRDELI");   /* the undated default */
    assert_int_equal(pgn_kb_lookup(kb, "Trentino", "2033-01-02", a, 8, &n, &err), 0);
    assert_string_equal(a[0].code, "SYLGOV");   /* >19330101: an 8-digit date */
    /* 330101-451231: YY above 30 is 19YY */
    assert_int_equal(pgn_kb_lookup(kb, "Firefly", "1933-06-01", a, 8, &n, &err), 0);
    assert_string_equal(a[0].code, "FRDGOV");
    assert_int_equal(pgn_kb_lookup(kb, "military women", NULL, a, 8, &n, &err), 0);
    assert_string_equal(a[0].code, "MIL");      /* !PERSON! expanded */
    assert_int_equal(pgn_kb_lookup(kb, "shepherds", NULL, a, 8, &n, &err), 0);
    assert_string_equal(a[0].code, "AGR");
    pgn_kb_close(kb);
}

static void phoenix_dictionaries_load(void **state) {
    (void)state;
    const char *dir = PGN_SHARED_DIR "/data/phoenix";
    struct stat sb;
    if (stat(dir, &sb) != 0) {
        skip();
        return;
    }
    static const char *const actors[] = {"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                                         "Phoenix.MilNonState.actors.txt"};
    pgn_kb *kb = NULL;
    pgn_error err;
    assert_int_equal(pgn_kb_new(&kb, &err), 0);
    for (size_t i = 0; i < 3; i++) {
        char path[512];
        snprintf(path, sizeof path, "%s/%s", dir, actors[i]);
        assert_int_equal(pgn_kb_load_petrarch_actors(kb, path, &err), 0);
    }
    char path[512];
    snprintf(path, sizeof path, "%s/Phoenix.agents.txt", dir);
    assert_int_equal(pgn_kb_load_petrarch_agents(kb, path, &err), 0);
    pgn_kb_stats st;
    pgn_kb_get_stats(kb, &st);
    assert_true(st.petrarch_actors > 1000);
    assert_true(st.petrarch_agents > 100);
    /* every problem names its file and a line */
    for (size_t i = 0; i < pgn_kb_n_diagnostics(kb); i++) {
        const pgn_error *e = pgn_kb_diagnostic(kb, i);
        assert_non_null(strstr(e->file, "Phoenix."));
        assert_true(e->line > 0);
    }
    pgn_kb_answer a[16];
    size_t n;
    assert_int_equal(pgn_kb_lookup(kb, "Vladimir Putin", "2022-07-05", a, 16, &n, &err), 0);
    assert_string_equal(a[0].code, "RUSGOV");
    pgn_kb_close(kb);
}

/* Loading from memory never crashes on junk, and the NUL, CR and overlong
** cases give errors with a line. */
static void junk_is_an_error_not_a_crash(void **state) {
    (void)state;
    static const char junk[] = "RUS\tRUS\tRussia\tRussian\tMoscow\t-\r\n\x01\x02\tx\ty\n";
    pgn_kb *kb = NULL;
    pgn_error err;
    assert_int_equal(pgn_kb_new(&kb, &err), 0);
    int rc = kb__load_buffer(kb, KBF_COUNTRIES, "junk.txt", junk, sizeof junk - 1, &err);
    assert_int_equal(rc, PGN_ESYNTAX);
    assert_int_equal(err.line, 2);
    rc = kb__load_buffer(kb, KBF_PEOPLE, "nul.txt", "a\0b", 3, &err);
    assert_int_equal(rc, PGN_ESYNTAX);
    assert_int_equal(err.line, 1);
    assert_int_equal(kb__load_petrarch_buffer(kb, 0, "p.txt", "\xff\xfe[[[\n+\n\t[", 10, &err), 0);
    pgn_kb_close(kb);
}

/* The shipped files are sorted as data/kb/README.md says, so that a
** review sees where an entry belongs: people by nationality then name, the
** others by their first field (byte order). */
static void shipped_files_are_sorted(void **state) {
    (void)state;
    static const char *const files[] = {"countries.txt", "orgs.txt", "agents.txt", "people-africa.txt",
                                        "people-americas.txt", "people-asia.txt", "people-eurasia.txt",
                                        "people-europe.txt", "people-europe-east.txt", "people-igo.txt", "people-mideast.txt",
                                        "people-ministers.txt", "places.txt"};
    for (size_t f = 0; f < sizeof files / sizeof *files; f++) {
        char path[512], line[8192], prev[600] = "";
        snprintf(path, sizeof path, "%s/data/kb/%s", PGN_SOURCE_DIR, files[f]);
        FILE *fp = fopen(path, "r");
        assert_non_null(fp);
        int people = strncmp(files[f], "people", 6) == 0;
        int places = strcmp(files[f], "places.txt") == 0;
        long ln = 0;
        while (fgets(line, sizeof line, fp)) {
            ln++;
            if (line[0] == '#' || line[0] == '\n') continue;
            char *t1 = strchr(line, '\t');
            assert_non_null(t1);
            char key[600];
            if (people || places) {
                /* by the second field (nationality, country), then the name
                ** (a place's without its '?', '!' or '@') */
                const char *name = places && (line[0] == '?' || line[0] == '!' || line[0] == '@') ? line + 1 : line;
                char *t2 = strchr(t1 + 1, '\t');
                assert_non_null(t2);
                snprintf(key, sizeof key, "%.*s\t%.*s", (int)(t2 - t1 - 1), t1 + 1, (int)(t1 - name), name);
            } else {
                snprintf(key, sizeof key, "%.*s", (int)(t1 - line), line);
            }
            if (strcmp(prev, key) > 0) fail_msg("%s:%ld: '%s' sorts before '%s'", files[f], ln, key, prev);
            snprintf(prev, sizeof prev, "%s", key);
        }
        fclose(fp);
    }
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(shipped_kb_loads_clean),
        cmocka_unit_test(places_from_buffer),
        cmocka_unit_test(shipped_files_are_sorted),
        cmocka_unit_test(bad_files_name_file_and_line),
        cmocka_unit_test(missing_dir_is_an_error),
        cmocka_unit_test(petrarch_fixtures_load_with_diagnostics),
        cmocka_unit_test(phoenix_dictionaries_load),
        cmocka_unit_test(junk_is_an_error_not_a_crash),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
