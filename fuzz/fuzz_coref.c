/* fuzz/fuzz_coref.c -- any text through actor recognition (data/kb) and
** coreference, with or without a made-up parse: mentions stay in text
** order with valid antecedents, never a crash.  The first input byte
** chooses whether tokens get subject relations (odd) and how often. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "doc/doc.h"
#include "peregrine.h"

static pgn_kb *kb;

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc;
    (void)argv;
    pgn_error err;
    if (pgn_kb_open(NULL, &kb, &err)) abort();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 1) return 0;
    unsigned mode = data[0];
    pgn_doc *doc = NULL;
    pgn_error err;
    if (pgn_doc_from_text((const char *)data + 1, size - 1, NULL, &doc, &err)) return 0;
    if (mode & 1)
        for (size_t t = 0; t < doc->tokens.n; t++)
            doc->tokens.v[t].deprel = (t * 7 + mode) % 5 == 0 ? "nsubj" : "dep";
    if (pgn_kb_recognize_on(kb, doc, "2022-07-05", &err) == 0 && pgn_doc_resolve_coref(doc, &err) == 0) {
        size_t n = pgn_doc_n_mentions(doc);
        for (size_t i = 0; i < n; i++) {
            const pgn__mention *m = &doc->mentions.v[i];
            if (i && doc->mentions.v[i - 1].start > m->start) abort();
            if (m->antecedent >= (int32_t)i || (m->how == PGN__MENTION_COREF && m->antecedent < 0)) abort();
        }
        /* a second run adds nothing */
        if (pgn_doc_resolve_coref(doc, &err) == 0 && pgn_doc_n_mentions(doc) != n) abort();
    }
    pgn_doc_free(doc);
    return 0;
}
