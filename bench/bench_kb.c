/* bench/bench_kb.c -- how long loading takes: the shipped KB (data/kb,
** target under 50 ms) and all of ../shared/data/phoenix when present
** (target under 1 s), and recognition speed on a short text.  Prints
** figures; never fails on time. */
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "peregrine.h"

static double now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

int main(void) {
    pgn_error err;
    char buf[600];
    double best = 1e9;
    pgn_kb *kb = NULL;
    for (int i = 0; i < 5; i++) {
        double t0 = now_ms();
        if (pgn_kb_open(PGN_SOURCE_DIR "/data/kb", &kb, &err)) {
            fprintf(stderr, "bench_kb: %s\n", pgn_error_format(&err, buf, sizeof buf));
            return 1;
        }
        double t = now_ms() - t0;
        if (t < best) best = t;
        if (i < 4) pgn_kb_close(kb);
    }
    pgn_kb_stats st;
    pgn_kb_get_stats(kb, &st);
    printf("kb load (data/kb, best of 5)       %8.1f ms  (%zu names, %zu people, %zu roles)\n", best,
           st.names, st.people, st.roles);

    const char *text = "Kremlin spokesman Dmitry Peskov said Chinese President Xi Jinping would meet "
                       "Russian President Vladimir Putin, while NATO Secretary-General Jens Stoltenberg "
                       "warned Beijing about its ties with Moscow after the invasion of Ukraine.\n";
    char doc_text[64 * 1024];
    size_t len = 0, tl = strlen(text);
    while (len + tl < sizeof doc_text) {
        memcpy(doc_text + len, text, tl);
        len += tl;
    }
    pgn_doc *doc = NULL;
    if (pgn_doc_from_text(doc_text, len, NULL, &doc, &err) == 0) {
        double t0 = now_ms();
        int reps = 20;
        for (int r = 0; r < reps; r++) pgn_kb_recognize_on(kb, doc, "2022-07-05", &err);
        double t = (now_ms() - t0) / reps;
        printf("recognition                         %8.1f ms per %zu KB (%zu mentions, %.1f MB/s)\n", t,
               len / 1024, pgn_doc_n_mentions(doc), (double)len / 1e3 / t);
        pgn_doc_free(doc);
    }
    pgn_kb_close(kb);

    const char *dir = PGN_SHARED_DIR "/data/phoenix";
    struct stat sb;
    if (stat(dir, &sb) != 0) {
        printf("phoenix load                        skipped (%s absent)\n", dir);
        return 0;
    }
    static const char *const actors[] = {"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                                         "Phoenix.MilNonState.actors.txt"};
    best = 1e9;
    size_t problems = 0, n_actors = 0, n_agents = 0;
    for (int i = 0; i < 3; i++) {
        double t0 = now_ms();
        if (pgn_kb_new(&kb, &err)) return 1;
        char path[512];
        for (int a = 0; a < 3; a++) {
            snprintf(path, sizeof path, "%s/%s", dir, actors[a]);
            if (pgn_kb_load_petrarch_actors(kb, path, &err)) {
                fprintf(stderr, "bench_kb: %s\n", pgn_error_format(&err, buf, sizeof buf));
                return 1;
            }
        }
        snprintf(path, sizeof path, "%s/Phoenix.agents.txt", dir);
        if (pgn_kb_load_petrarch_agents(kb, path, &err)) return 1;
        double t = now_ms() - t0;
        if (t < best) best = t;
        pgn_kb_get_stats(kb, &st);
        problems = st.problems;
        n_actors = st.petrarch_actors;
        n_agents = st.petrarch_agents;
        pgn_kb_close(kb);
    }
    printf("phoenix load (4 files, best of 3)   %8.1f ms  (%zu actors, %zu agents, %zu lines skipped)\n", best,
           n_actors, n_agents, problems);
    return 0;
}
