/* src/doc/doc.c -- document lifetime, text repair, segmentation driver and
** the public accessors.
**
** Offsets: every stage works in byte offsets into doc->text; the public API
** speaks in characters, because users (and PolNeAR-style annotations)
** count characters.  doc->text keeps one character per input character (an
** invalid byte becomes one U+FFFD), so character offsets into it are
** character offsets into the input.
*/
#include "doc.h"

#include <stdio.h>
#include <string.h>

#include "base/error.h"

pgn_doc *pgn__doc_new(size_t limit) {
    pgn__arena *a = pgn__arena_new(limit);
    if (!a) return NULL;
    pgn_doc *doc = pgn__arena_calloc(a, 1, sizeof *doc);
    if (!doc) {
        pgn__arena_free(a);
        return NULL;
    }
    doc->arena = a;
    doc->meta.record = -1;
    return doc;
}

void pgn_doc_free(pgn_doc *doc) {
    if (doc) pgn__arena_free(doc->arena);
}

int pgn__doc_warn(pgn_doc *doc, int code, const char *file, long line,
                  long byte, const char *msg) {
    if (PGN__VEC_RESERVE(doc->arena, doc->warnings)) return PGN_ENOMEM;
    pgn__err(&doc->warnings.v[doc->warnings.n++], code, file, line, byte, "%s",
             msg);
    return 0;
}

size_t pgn__utf8_valid_len(const unsigned char *s, size_t n) {
    unsigned char c = s[0];
    if (c < 0x80) return 1;
    if (c < 0xC2) return 0;
    if (c < 0xE0) return (n >= 2 && (s[1] & 0xC0) == 0x80) ? 2 : 0;
    if (c < 0xF0) {
        if (n < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80) return 0;
        if (c == 0xE0 && s[1] < 0xA0) return 0;  /* overlong */
        if (c == 0xED && s[1] >= 0xA0) return 0; /* surrogate */
        return 3;
    }
    if (c < 0xF5) {
        if (n < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 ||
            (s[3] & 0xC0) != 0x80)
            return 0;
        if (c == 0xF0 && s[1] < 0x90) return 0; /* overlong */
        if (c == 0xF4 && s[1] >= 0x90) return 0; /* > U+10FFFF */
        return 4;
    }
    return 0;
}

/* Word-at-a-time helpers: the text is mostly ASCII, and eight bytes are
** tested or counted in a few instructions where a byte loop takes dozens. */
#define ONES UINT64_C(0x0101010101010101)
#define HIGHS UINT64_C(0x8080808080808080)

static uint64_t load8(const unsigned char *s) {
    uint64_t w;
    memcpy(&w, s, 8);
    return w;
}

/* Whether the eight bytes are all ASCII and none is NUL. */
static int ascii_nonzero8(uint64_t w) {
    return ((w | ((w - ONES) & ~w)) & HIGHS) == 0;
}

/* Length of the run of ASCII bytes other than NUL at s[0, n). */
static size_t ascii_run(const unsigned char *s, size_t n) {
    size_t i = 0;
    while (i + 8 <= n && ascii_nonzero8(load8(s + i))) i += 8;
    while (i < n && s[i] < 0x80 && s[i] != 0) i++;
    return i;
}

/* Characters in s[0, n) of valid UTF-8: the bytes that are not
** continuation bytes (10xxxxxx). */
static size_t count_chars(const unsigned char *s, size_t n) {
    size_t i = 0, chars = 0;
    while (i + 8 <= n) {
        uint64_t w = load8(s + i);
        /* One bit per byte (its low bit) for a continuation byte. */
        uint64_t cont = (w >> 7) & ~(w >> 6) & ONES;
        chars += 8 - (size_t)((cont * ONES) >> 56);
        i += 8;
    }
    for (; i < n; i++) chars += (s[i] & 0xC0) != 0x80;
    return chars;
}

int pgn__doc_set_text(pgn_doc *doc, const char *raw, size_t len,
                      const char *name, long base_off, pgn_error *err) {
    const unsigned char *s = (const unsigned char *)raw;
    if (len > UINT32_MAX / 4)
        return pgn__err(err, PGN_ETOOBIG, name, -1, -1,
                        "document of %zu bytes is over the 1 GiB limit", len);
    /* Worst case every byte becomes a 3-byte U+FFFD. */
    size_t i = 0, o = 0, bad = 0;
    for (i = 0; i < len;) {
        /* Most text is ASCII: step over it without decoding. */
        i += ascii_run(s + i, len - i);
        if (i >= len) break;
        size_t k = pgn__utf8_valid_len(s + i, len - i);
        if (k == 0 || s[i] == 0) bad++;
        i += k ? k : 1;
    }
    char *out = pgn__arena_alloc(doc->arena, len + 2 * bad + 1);
    if (!out)
        return pgn__err(err, PGN_ENOMEM, name, -1, -1,
                        "no memory for a %zu-byte document", len);
    if (bad == 0) {
        /* The usual case: valid UTF-8 without NUL is kept as it is. */
        if (len) memcpy(out, s, len);
        out[len] = '\0';
        doc->text = out;
        doc->len = len;
        doc->n_chars = count_chars(s, len);
        return 0;
    }
    size_t n_chars = 0;
    long run_start = -1;
    int run_nul = 0;
    for (i = 0; i < len;) {
        if (run_start < 0) {
            /* Copy a run of valid ASCII at once. */
            size_t j = i + ascii_run(s + i, len - i);
            if (j > i) {
                memcpy(out + o, s + i, j - i);
                o += j - i;
                n_chars += j - i;
                i = j;
                continue;
            }
        }
        size_t k = pgn__utf8_valid_len(s + i, len - i);
        int is_bad = (k == 0);
        int is_nul = (k == 1 && s[i] == 0);
        if (is_bad || is_nul) {
            if (run_start < 0) {
                run_start = (long)i;
                run_nul = is_nul;
            }
            if (is_nul) {
                /* NUL cannot live in a C string: it becomes a space so that
                ** character offsets after it stay true. */
                out[o++] = ' ';
            } else {
                memcpy(out + o, "\xEF\xBF\xBD", 3);
                o += 3;
            }
            n_chars++;
            i++;
            continue;
        }
        if (run_start >= 0) {
            char msg[128];
            snprintf(msg, sizeof msg, "%s (%ld bytes) replaced",
                     run_nul ? "NUL bytes" : "invalid UTF-8",
                     (long)i - run_start);
            if (pgn__doc_warn(doc, run_nul ? PGN_EINVAL : PGN_EUTF8, name, -1,
                              base_off + run_start, msg))
                return pgn__err(err, PGN_ENOMEM, name, -1, -1, "no memory");
            run_start = -1;
        }
        memcpy(out + o, s + i, k);
        o += k;
        i += k;
        n_chars++;
    }
    if (run_start >= 0) {
        char msg[128];
        snprintf(msg, sizeof msg, "%s (%ld bytes) replaced",
                 run_nul ? "NUL bytes" : "invalid UTF-8", (long)i - run_start);
        if (pgn__doc_warn(doc, run_nul ? PGN_EINVAL : PGN_EUTF8, name, -1,
                          base_off + run_start, msg))
            return pgn__err(err, PGN_ENOMEM, name, -1, -1, "no memory");
    }
    out[o] = '\0';
    doc->text = out;
    doc->len = o;
    doc->n_chars = n_chars;
    return 0;
}

/* Converts increasing byte offsets to character offsets with one forward
** walk; a backward request restarts from the beginning.  Most of a news
** text is ASCII, where characters are bytes: the cursor knows where the
** next non-ASCII byte is, and up to there it only adds. */
typedef struct char_cursor {
    const unsigned char *text;
    size_t len;
    size_t byte, chr;
    size_t high;             /* first byte >= 0x80 at or after byte, or len */
} char_cursor;

static size_t next_high(const unsigned char *s, size_t i, size_t len) {
    while (i + 8 <= len && (load8(s + i) & HIGHS) == 0) i += 8;
    while (i < len && s[i] < 0x80) i++;
    return i;
}

static void cursor_start(char_cursor *c, const char *text, size_t len) {
    c->text = (const unsigned char *)text;
    c->len = len;
    c->byte = c->chr = 0;
    c->high = next_high(c->text, 0, len);
}

static uint32_t char_at(char_cursor *c, size_t byte) {
    if (byte < c->byte) {
        c->byte = c->chr = 0;
        c->high = next_high(c->text, 0, c->len);
    }
    if (byte <= c->high) {
        c->chr += byte - c->byte;
    } else {
        /* byte may sit on a continuation byte only if a caller erred;
        ** counting lead bytes keeps the answer sane anyway. */
        c->chr += count_chars(c->text + c->byte, byte - c->byte);
        c->high = next_high(c->text, byte, c->len);
    }
    c->byte = byte;
    return (uint32_t)c->chr;
}

/* Tokens to reserve for the kept blocks: one per 4 bytes, as the tokenizer
** guesses for each block, so that the array is not copied as it grows
** block by block; at most 65536 at once (a huge document grows as before). */
static size_t token_estimate(const pgn_doc *doc) {
    size_t want = 0;
    for (size_t b = 0; b < doc->blocks.n; b++) {
        const pgn__block *bl = &doc->blocks.v[b];
        if (pgn_block_kind_is_removed(bl->kind)) continue;
        want += (bl->end - bl->start) / 4 + 1;
        if (want > 65536) return 65536;
    }
    return want;
}

int pgn__doc_segment(pgn_doc *doc, pgn_error *err) {
    size_t want = doc->tokens.n + token_estimate(doc);
    if (doc->tokens.cap < want) {
        /* Only a hint: when the arena refuses, the tokenizer grows the array
        ** (and reports a real shortage) as it would have. */
        void *v = pgn__arena_grow(doc->arena, doc->tokens.v,
                                  doc->tokens.cap * sizeof *doc->tokens.v,
                                  want * sizeof *doc->tokens.v);
        if (v) {
            doc->tokens.v = v;
            doc->tokens.cap = want;
        }
    }
    for (size_t b = 0; b < doc->blocks.n; b++) {
        pgn__block *bl = &doc->blocks.v[b];
        if (pgn_block_kind_is_removed(bl->kind)) continue;
        int rc = pgn__segment(doc->text, bl->start, bl->end, (uint32_t)b,
                              doc->arena, &doc->tokens, &doc->sentences, err);
        if (rc) return rc;
    }
    char_cursor cur;
    cursor_start(&cur, doc->text, doc->len);
    for (size_t b = 0; b < doc->blocks.n; b++) {
        pgn__block *bl = &doc->blocks.v[b];
        bl->cstart = char_at(&cur, bl->start);
        bl->cend = char_at(&cur, bl->end);
    }
    cursor_start(&cur, doc->text, doc->len);
    for (size_t i = 0; i < doc->sentences.n; i++) {
        pgn__sentence *s = &doc->sentences.v[i];
        s->cstart = char_at(&cur, s->start);
        pgn__token *tk = doc->tokens.v + s->first, *te = tk + s->n_tokens;
        for (; tk < te; tk++) {
            /* The usual token: ASCII since the cursor, so characters are
            ** bytes less the continuation bytes before it (locals, so the
            ** compiler keeps them in registers). */
            size_t byte = cur.byte, high = cur.high, skew = byte - cur.chr;
            while (tk < te && tk->start >= byte && tk->end <= high) {
                tk->cstart = (uint32_t)(tk->start - skew);
                tk->cend = (uint32_t)(tk->end - skew);
                byte = tk->end;
                tk++;
            }
            cur.byte = byte;
            cur.chr = byte - skew;
            if (tk == te) break;
            tk->cstart = char_at(&cur, tk->start);
            tk->cend = char_at(&cur, tk->end);
        }
        s->cend = char_at(&cur, s->end);
    }
    return 0;
}

int pgn_doc_from_text(const char *text, size_t len, const pgn_doc_meta *meta,
                      pgn_doc **out, pgn_error *err) {
    pgn__err_clear(err);
    if (!out || (!text && len))
        return pgn__err(err, PGN_EINVAL, NULL, -1, -1, "NULL argument");
    *out = NULL;
    pgn_doc *doc = pgn__doc_new(0);
    if (!doc) return pgn__err(err, PGN_ENOMEM, NULL, -1, -1, "no memory");
    int rc = 0;
    const char *name = meta && meta->source ? meta->source : NULL;
    if (meta) {
        pgn__arena *a = doc->arena;
        pgn_doc_meta *m = &doc->meta;
#define COPY(f) if (meta->f && !(m->f = pgn__arena_strdup(a, meta->f))) rc = PGN_ENOMEM
        COPY(id); COPY(source); COPY(url); COPY(title); COPY(published);
        COPY(updated); COPY(byline); COPY(dateline); COPY(dateline_place);
        COPY(dateline_agency);
#undef COPY
        m->record = meta->record;
        if (rc) {
            pgn__err(err, rc, name, -1, -1, "no memory for metadata");
            goto fail;
        }
    }
    if ((rc = pgn__doc_set_text(doc, text ? text : "", len, name, 0, err)))
        goto fail;
    if ((rc = pgn__doc_clean(doc, err))) goto fail;
    if ((rc = pgn__doc_segment(doc, err))) goto fail;
    *out = doc;
    return 0;
fail:
    pgn_doc_free(doc);
    return rc;
}

/* ------------------------------------------------------------ accessors */

static const char *const block_names[PGN_BLOCK__COUNT] = {
    "headline", "heading", "paragraph", "byline",
    "timestamp", "image_credit", "boilerplate", "dateline",
};

const char *pgn_block_kind_name(pgn_block_kind kind) {
    return (unsigned)kind < PGN_BLOCK__COUNT ? block_names[kind] : "unknown";
}

int pgn_block_kind_is_removed(pgn_block_kind kind) {
    return kind != PGN_BLOCK_HEADLINE && kind != PGN_BLOCK_HEADING &&
           kind != PGN_BLOCK_PARAGRAPH;
}

const pgn_doc_meta *pgn_doc_get_meta(const pgn_doc *doc) {
    return doc ? &doc->meta : NULL;
}

const char *pgn_doc_text(const pgn_doc *doc, size_t *len) {
    if (len) *len = doc ? doc->len : 0;
    return doc ? doc->text : NULL;
}

size_t pgn_doc_char_length(const pgn_doc *doc) { return doc ? doc->n_chars : 0; }

size_t pgn_doc_n_blocks(const pgn_doc *doc) { return doc ? doc->blocks.n : 0; }

int pgn_doc_block(const pgn_doc *doc, size_t i, pgn_block_view *out) {
    if (!doc || !out || i >= doc->blocks.n) return PGN_EINVAL;
    const pgn__block *b = &doc->blocks.v[i];
    out->kind = b->kind;
    out->start = b->cstart;
    out->end = b->cend;
    out->byte_start = b->start;
    out->byte_end = b->end;
    return 0;
}

size_t pgn_doc_n_sentences(const pgn_doc *doc) {
    return doc ? doc->sentences.n : 0;
}

int pgn_doc_sentence(const pgn_doc *doc, size_t i, pgn_sentence_view *out) {
    if (!doc || !out || i >= doc->sentences.n) return PGN_EINVAL;
    const pgn__sentence *s = &doc->sentences.v[i];
    out->start = s->cstart;
    out->end = s->cend;
    out->byte_start = s->start;
    out->byte_end = s->end;
    out->n_tokens = s->n_tokens;
    out->block = s->block;
    return 0;
}

int pgn_doc_token(const pgn_doc *doc, size_t sentence, size_t i,
                  pgn_token_view *out) {
    if (!doc || !out || sentence >= doc->sentences.n) return PGN_EINVAL;
    const pgn__sentence *s = &doc->sentences.v[sentence];
    if (i >= s->n_tokens) return PGN_EINVAL;
    const pgn__token *t = &doc->tokens.v[s->first + i];
    out->form = t->form;
    out->start = t->cstart;
    out->end = t->cend;
    out->byte_start = t->start;
    out->byte_end = t->end;
    out->space_after = (t->flags & PGN__TOK_SPACE_AFTER) != 0;
    out->upos = t->upos;
    out->xpos = t->xpos;
    out->feats = t->feats;
    out->lemma = t->lemma;
    out->deprel = t->deprel;
    out->head = t->head;
    return 0;
}

size_t pgn_doc_n_image_credits(const pgn_doc *doc) {
    return doc ? doc->image_credits.n : 0;
}

const char *pgn_doc_image_credit(const pgn_doc *doc, size_t i) {
    return doc && i < doc->image_credits.n ? doc->image_credits.v[i] : NULL;
}

size_t pgn_doc_n_warnings(const pgn_doc *doc) {
    return doc ? doc->warnings.n : 0;
}

const pgn_error *pgn_doc_warning(const pgn_doc *doc, size_t i) {
    return doc && i < doc->warnings.n ? &doc->warnings.v[i] : NULL;
}
