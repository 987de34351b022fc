/* tests/unit/test_kb_threads.c -- one loaded KB shared by threads, each
** recognising its own documents: every thread gets the same mentions as a
** lone run (the KB is read-only after loading). */
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "peregrine.h"

#define N_THREADS 4

static const char text[] = "Kremlin spokesman Dmitry Peskov said Chinese President Xi Jinping would "
                           "meet Putin.\nThe NATO chief warned Beijing.\nUkrainian rebels attacked.";

typedef struct job { const pgn_kb *kb; size_t n_mentions; char codes[512]; int rc; } job;

static void *run(void *arg) {
    job *j = arg;
    for (int r = 0; r < 50 && !j->rc; r++) {
        pgn_doc *doc = NULL;
        pgn_error err;
        j->rc = pgn_doc_from_text(text, sizeof text - 1, NULL, &doc, &err);
        if (j->rc) break;
        j->rc = pgn_kb_recognize_on(j->kb, doc, r % 2 ? "2022-07-05" : "2010-01-01", &err);
        if (!j->rc && r % 2) {
            j->n_mentions = pgn_doc_n_mentions(doc);
            j->codes[0] = '\0';
            for (size_t i = 0; i < j->n_mentions; i++) {
                pgn_mention_view v;
                pgn_doc_mention(doc, i, &v);
                strncat(j->codes, v.code, sizeof j->codes - strlen(j->codes) - 2);
                strcat(j->codes, " ");
            }
        }
        pgn_doc_free(doc);
    }
    return NULL;
}

static void threads_share_one_kb(void **state) {
    (void)state;
    pgn_kb *kb = NULL;
    pgn_error err;
    assert_int_equal(pgn_kb_open(PGN_SOURCE_DIR "/data/kb", &kb, &err), 0);
    job lone = {kb, 0, "", 0};
    run(&lone);
    assert_int_equal(lone.rc, 0);
    assert_true(lone.n_mentions >= 5);
    job jobs[N_THREADS];
    pthread_t th[N_THREADS];
    for (int i = 0; i < N_THREADS; i++) {
        jobs[i] = (job){kb, 0, "", 0};
        assert_int_equal(pthread_create(&th[i], NULL, run, &jobs[i]), 0);
    }
    for (int i = 0; i < N_THREADS; i++) {
        pthread_join(th[i], NULL);
        assert_int_equal(jobs[i].rc, 0);
        assert_string_equal(jobs[i].codes, lone.codes);
    }
    pgn_kb_close(kb);
}

int main(void) {
    const struct CMUnitTest tests[] = {cmocka_unit_test(threads_share_one_kb)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
