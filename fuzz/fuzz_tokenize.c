/* fuzz/fuzz_tokenize.c -- any bytes, repaired into valid UTF-8 as src/doc
** does (invalid bytes become U+FFFD, NUL bytes dropped), through
** pgn__segment: never a crash, and every token and sentence inside the span,
** in order, with a NUL-terminated form. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "base/arena.h"
#include "text/text.h"

static size_t repair(const uint8_t *in, size_t n, char *out) {
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate(in + i, (utf8proc_ssize_t)(n - i), &cp);
        if (k <= 0) {
            memcpy(out + o, "\xEF\xBF\xBD", 3);
            o += 3;
            i++;
        } else {
            if (cp != 0) {
                memcpy(out + o, in + i, (size_t)k);
                o += (size_t)k;
            }
            i += (size_t)k;
        }
    }
    out[o] = '\0';
    return o;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    char *text = malloc(3 * size + 1);
    if (!text) return 0;
    size_t len = repair(data, size, text);
    pgn__arena *a = pgn__arena_new(0);
    if (!a) {
        free(text);
        return 0;
    }
    /* Two spans, as src/doc segments blocks one after another. */
    size_t mid = len / 2;
    while (mid > 0 && ((unsigned char)text[mid] & 0xC0) == 0x80) mid--;
    pgn__token_vec tv = {0};
    pgn__sentence_vec sv = {0};
    pgn_error err;
    if (pgn__segment(text, 0, mid, 0, a, &tv, &sv, &err) ||
        pgn__segment(text, mid, len, 1, a, &tv, &sv, &err))
        abort();
    uint32_t prev = 0;
    for (size_t i = 0; i < tv.n; i++) {
        const pgn__token *t = &tv.v[i];
        if (t->start < prev || t->end <= t->start || t->end > len || !t->form) abort();
        if (strlen(t->form) == 0) abort();
        prev = t->end;
    }
    size_t next = 0;
    for (size_t i = 0; i < sv.n; i++) {
        const pgn__sentence *s = &sv.v[i];
        if (s->first != next || s->n_tokens == 0 || s->start > s->end || s->end > len) abort();
        next += s->n_tokens;
    }
    if (next != tv.n) abort();
    pgn__arena_free(a);
    free(text);
    return 0;
}
