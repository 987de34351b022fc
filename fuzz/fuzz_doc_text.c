/* fuzz/fuzz_doc_text.c -- any bytes as a plain-text article: a document or
** an error, never a crash, and every offset inside the text. */
#include <stdint.h>
#include <stdlib.h>

#include "peregrine.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    pgn_doc *doc = NULL;
    pgn_error err;
    if (pgn_doc_from_text((const char *)data, size, NULL, &doc, &err) == 0) {
        size_t n_chars = pgn_doc_char_length(doc);
        for (size_t s = 0; s < pgn_doc_n_sentences(doc); s++) {
            pgn_sentence_view sv;
            if (pgn_doc_sentence(doc, s, &sv) || sv.end > n_chars) abort();
            for (size_t t = 0; t < sv.n_tokens; t++) {
                pgn_token_view tv;
                if (pgn_doc_token(doc, s, t, &tv) || tv.start > tv.end ||
                    tv.end > n_chars)
                    abort();
            }
        }
    }
    pgn_doc_free(doc);
    return 0;
}
