/* fuzz/fuzz_lexicon_load.c -- any bytes as an event lexicon file: entries
** loaded or an error naming a line, never a crash.  The first byte picks
** the file kind (verbs, nouns, cues); lookups run on whatever loaded. */
#include <stdint.h>
#include <stdlib.h>

#include "events/events.h"
#include "events/lexicon.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size == 0) return 0;
    static const int kinds[3] = {'v', 'n', 'c'};
    int kind = kinds[data[0] % 3];
    pgn__lexicon *lex = pgn__lexicon_new();
    if (!lex) return 0;
    pgn_error err;
    int rc = pgn__lexicon_parse(lex, NULL, kind, "fuzz.txt", (const char *)data + 1, size - 1,
                                &err);
    if (rc != 0 && (err.line < -1 || err.msg[0] == 0)) abort();
    if (rc == 0 && pgn__lexicon_seal(lex, &err) == 0) {
        size_t n = 0;
        const pgn__lex_entry *e = pgn__lexicon_lookup(lex, "attack", 'v', &n);
        for (size_t i = 0; i < n; i++)
            if (!e[i].head || e[i].n_items > PGN__LEX_MAX_ITEMS) abort();
        int v;
        (void)pgn__lexicon_cue(lex, PGN__CUE_CONTROL, "agree", &v);
    }
    pgn__lexicon_free(lex);
    return 0;
}
