/* fuzz/fuzz_kb_load.c -- the KB loaders on any bytes: our five file kinds
** and PETRARCH actor and agent dictionaries, then a lookup and recognition
** over the loaded entries.  Any input gives a KB or an error, never a crash
** or a leak.  The first byte picks the loader. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "kb/kb_int.h"
#include "peregrine.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 1) return 0;
    pgn_kb *kb = NULL;
    pgn_error err;
    if (pgn_kb_new(&kb, &err)) return 0;
    const char *buf = (const char *)data + 1;
    size_t len = size - 1;
    unsigned pick = data[0] % 7;
    /* a country first, so people and organisations have codes to use */
    static const char base[] = "RUS\tRUS\tRussia\tRussian\tMoscow|Kremlin\t-\n";
    kb__load_buffer(kb, KBF_COUNTRIES, "base.txt", base, sizeof base - 1, &err);
    /* and places, so recognition meets them ('?': only after "in") */
    static const char places[] = "Kursk|?Oryol\tRUS\tcity\t-\n";
    kb__load_buffer(kb, KBF_PLACES, "places.txt", places, sizeof places - 1, &err);
    if (pick < 4 || pick == 6) kb__load_buffer(kb, pick == 6 ? KBF_PLACES : (kb_file)pick, "fuzz.txt", buf, len, &err);
    else kb__load_petrarch_buffer(kb, pick == 5, "fuzz.txt", buf, len, &err);
    pgn_kb_answer a[4];
    size_t n;
    pgn_kb_lookup(kb, "Russia", "2000-01-01", a, 4, &n, &err);
    /* recognise the input itself as text */
    pgn_doc *doc = NULL;
    if (len < 4096 && pgn_doc_from_text(buf, len, NULL, &doc, &err) == 0) {
        pgn_kb_recognize_on(kb, doc, "2020-01-01", &err);
        for (size_t i = 0; i < pgn_doc_n_mentions(doc); i++) {
            pgn_mention_view v;
            pgn_doc_mention(doc, i, &v);
        }
        pgn_doc_free(doc);
    }
    pgn_kb_close(kb);
    return 0;
}
