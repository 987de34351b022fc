/* fuzz/fuzz_model_load.c -- any bytes as a model: an error or a usable
** model, never a crash.  The first byte chooses the path: 0/1 a whole
** tagger/parser file (header, checksums, inflating), 2/3 a tagger/parser
** payload past the checksum (so the section readers get fuzzed too).
** Whatever loads is then used on a short sentence. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "nlp/nlp_int.h"

static void use(const pgn__tagger *t, const pgn__parser *p) {
    pgn__arena *a = pgn__arena_new(0);
    if (!a) return;
    pgn__nlp_sent s;
    if (pgn__nlp_sent_alloc(&s, 4, a) == 0) {
        static const char *forms[] = {"Officials", "in", "Kyiv", "protested"};
        for (int i = 0; i < 4; i++) {
            s.form[i] = forms[i];
            s.tok[i].w = (uint64_t)i * 7919;
            s.tok[i].p = (uint64_t)i * 104729;
        }
        if (t) pgn__tagger_tag(t, &s, 1, a);
        if (p) {
            pgn__parser_parse(p, &s, NULL);
            for (int i = 0; i < 4; i++)
                if (s.head[i] < 0 || s.head[i] > 4 || !pgn__parser_label(p, s.label[i])) abort();
        }
    }
    pgn__arena_free(a);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 1) return 0;
    unsigned mode = data[0] & 3;
    const unsigned char *b = data + 1;
    size_t n = size - 1;
    pgn_error err;
    pgn__tagger *t = NULL;
    pgn__parser *p = NULL;
    if (mode < 2) {
        const unsigned char *pl;
        size_t pn;
        uint16_t kind = mode == 0 ? PGN__MODEL_TAGGER : PGN__MODEL_PARSER;
        unsigned fmt;
        if (pgn__model_check("fuzz", b, n, kind, &pl, &pn, &fmt, &err) == 0) {
            unsigned char *raw = NULL;
            size_t rn = pn;
            if (fmt == PGN__MODEL_STORED) { /* the sections as they are */
                raw = malloc(pn ? pn : 1);
                if (raw && pn) memcpy(raw, pl, pn);
            } else if (pgn__model_inflate("fuzz", pl, pn, &raw, &rn, &err) != 0)
                raw = NULL;
            if (raw) {
                if (mode == 0) pgn__tagger_from_bytes("fuzz", raw, rn, &t, &err);
                else pgn__parser_from_bytes("fuzz", raw, rn, &p, &err);
                free(raw);
            }
        }
    } else if (mode == 2) {
        pgn__tagger_from_bytes("fuzz", b, n, &t, &err);
    } else {
        pgn__parser_from_bytes("fuzz", b, n, &p, &err);
    }
    use(t, p);
    pgn__tagger_free(t);
    pgn__parser_free(p);
    return 0;
}
