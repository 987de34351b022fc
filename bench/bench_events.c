/* bench/bench_events.c -- speed of event extraction alone (parse and actors
** given), on hand-parsed news sentences repeated into one large document.
** Prints sentences per second; the whole-pipeline figure of issue 5 comes
** from the pipeline bench once the parser lands. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../tests/unit/events_fixture.h"

static const char *const sentences[] = {
    "# m 1 RUS RUS -\n# m 3 UKR UKR -\n"
    "1 Russia Russia PROPN 2 nsubj\n2 invaded invade VERB 0 root\n3 Ukraine Ukraine PROPN 2 obj\n"
    "4 on on ADP 5 case\n5 February February PROPN 2 obl\n6 24 24 NUM 5 nummod\n"
    "7 . . PUNCT 2 punct\n",
    "# m 1-3 IGOEUREEC IGO -\n# m 8 RUS RUS -\n"
    "1 The the DET 3 det\n2 European European PROPN 3 amod\n3 Union Union PROPN 4 nsubj\n"
    "4 imposed impose VERB 0 root\n5 new new ADJ 6 amod\n6 sanctions sanction NOUN 4 obj\n"
    "7 on on ADP 8 case\n8 Russia Russia PROPN 4 obl\n9 . . PUNCT 4 punct\n",
    "# m 1 UKRGOV UKR GOV\n# m 4-5 RUSMIL RUS MIL\n# m 7 UKR UKR -\n"
    "1 Zelensky Zelensky PROPN 2 nsubj\n2 said say VERB 0 root\n3 that that SCONJ 6 mark\n"
    "4 Russian Russian ADJ 5 amod\n5 forces force NOUN 6 nsubj\n6 attacked attack VERB 2 ccomp\n"
    "7 Kharkiv Kharkiv PROPN 6 obj\n8 . . PUNCT 2 punct\n",
    "1 Heavy heavy ADJ 2 amod\n2 rain rain NOUN 3 nsubj\n3 flooded flood VERB 0 root\n"
    "4 several several ADJ 5 amod\n5 villages village NOUN 3 obj\n6 in in ADP 8 case\n"
    "7 the the DET 8 det\n8 north north NOUN 3 obl\n9 . . PUNCT 3 punct\n",
    "# m 1 CHNGOV CHN GOV\n# m 8 RUSGOV RUS GOV\n"
    "1 Beijing Beijing PROPN 5 nsubj\n2 has have AUX 5 aux\n3 not not PART 5 advmod\n"
    "4 been be AUX 5 cop\n5 able able ADJ 0 root\n6 to to PART 7 mark\n"
    "7 condemn condemn VERB 5 xcomp\n8 Moscow Moscow PROPN 7 obj\n9 . . PUNCT 5 punct\n",
};

int main(void) {
    pgn__ontology *ont = NULL;
    pgn__lexicon *lex = NULL;
    pgn_error err;
    if (pgn__ontology_load(PGN_SOURCE_DIR "/data/ontology", &ont, &err) ||
        pgn__lexicon_load(PGN_SOURCE_DIR "/data/lexicon", ont, &lex, &err)) {
        fprintf(stderr, "bench_events: %s:%ld: %s\n", err.file, err.line, err.msg);
        return 1;
    }
    const int copies = 2000;
    size_t one = 0;
    for (size_t i = 0; i < sizeof sentences / sizeof sentences[0]; i++)
        one += strlen(sentences[i]) + 1;
    char *conll = malloc(one * copies + 1);
    if (!conll) return 1;
    size_t n = 0;
    for (int c = 0; c < copies; c++)
        for (size_t i = 0; i < sizeof sentences / sizeof sentences[0]; i++) {
            size_t l = strlen(sentences[i]);
            memcpy(conll + n, sentences[i], l);
            n += l;
            conll[n++] = '\n';
        }
    conll[n] = 0;
    pgn_doc *doc = fx_doc(conll, "2022-07-05");
    free(conll);
    if (!doc) return 1;
    double best = 1e9;
    size_t events = 0;
    for (int rep = 0; rep < 5; rep++) {
        doc->events.n = 0;
        struct timespec a, b;
        clock_gettime(CLOCK_MONOTONIC, &a);
        if (pgn__events_extract(ont, lex, doc, NULL, &err)) return 1;
        clock_gettime(CLOCK_MONOTONIC, &b);
        double s = (double)(b.tv_sec - a.tv_sec) + (double)(b.tv_nsec - a.tv_nsec) / 1e9;
        if (s < best) best = s;
        events = doc->events.n;
    }
    printf("events extraction: %zu sentences, %zu events, %.1f ms, %.0f sentences/s (best of 5)\n",
           doc->sentences.n, events, best * 1e3, (double)doc->sentences.n / best);
    pgn_doc_free(doc);
    pgn__lexicon_free(lex);
    pgn__ontology_free(ont);
    return 0;
}
