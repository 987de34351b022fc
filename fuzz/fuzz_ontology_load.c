/* fuzz/fuzz_ontology_load.c -- any bytes as the CAMEO code table (after a
** fixed, valid PLOVER file): an ontology or an error, never a crash. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "events/events.h"

static const char plover[] =
    "category\tAGREE\t1\tx\ncategory\tASSAULT\t4\tx\nmode\tASSAULT\tbeat\tx\n"
    "context\tmilitary\tx\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    pgn__ontology *o = NULL;
    pgn_error err;
    if (pgn__ontology_parse("plover.txt", plover, strlen(plover), "cameo.txt", (const char *)data,
                            size, &o, &err) == 0) {
        for (size_t i = 0; i < pgn__ontology_n_codes(o); i++) {
            const pgn__cameo *c = pgn__ontology_code(o, i);
            if (!c->plover || c->goldstein < -10 || c->goldstein > 10) abort();
            if (pgn__ontology_find(o, c->code) != c) abort();
        }
    }
    pgn__ontology_free(o);
    return 0;
}
