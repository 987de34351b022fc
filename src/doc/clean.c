/* src/doc/clean.c -- divides an article into blocks and finds its metadata.
**
** In: doc->text (valid UTF-8).  Out: doc->blocks (byte spans, in text
** order, covering every non-blank line), meta (headline, published,
** updated, byline, dateline) and image credits.  doc.c then segments the
** kept blocks.
**
** Why lines: articles reach us as text extracted from web pages, where a
** paragraph is one line and page furniture ("Reported by: ...", "Image:
** AP", "Advertisement") sits on lines of its own, often with no blank line
** between them (the seed article has three such lines in a row).  So each
** line is classified on its own, and a block never spans two kinds.  Blank
** lines are not needed to separate paragraphs, but when a document does
** use them (a blank line between body lines somewhere) a line break inside
** a run of body lines is taken as a hard wrap when the line before does not
** end a sentence, and the lines are joined into one paragraph, so that
** sentences are not cut at wraps.  A line ending a sentence always ends its
** paragraph: a wrong split there costs nothing, a wrong join would hide a
** heading.
**
** Headline: the first body line, after any timestamp or other removed
** lines, when it is short and has no final period (a JSONL "title" is
** used instead when given; then the text is the body).  Sub-heading: a
** short single line without sentence punctuation between two paragraphs.
** Dateline: split off the start of the first paragraph.
*/
#include <stdlib.h>
#include <string.h>

#include "base/error.h"
#include "clean_int.h"

#define HEADLINE_WORDS 30
#define HEADLINE_BYTES 300
#define HEADING_WORDS 16
#define HEADING_BYTES 160

enum line_kind { L_BODY, L_HEADLINE, L_TIMESTAMP, L_BYLINE, L_CREDIT, L_BOILERPLATE };

typedef struct line {
    uint32_t start, end;    /* trimmed span in doc->text */
    uint8_t blank_before;   /* a blank line or the start of text precedes */
    uint8_t kind;           /* enum line_kind */
} line;

typedef struct cleaner {
    pgn_doc *doc;
    pgn_error *err;
    line *lines;
    size_t n_lines;
    const pgn__cues *cues;
} cleaner;

static int nomem(cleaner *c) {
    return pgn__err(c->err, PGN_ENOMEM, c->doc->meta.source, -1, -1,
                    "no memory while cleaning");
}

static int split_lines(cleaner *c) {
    const char *t = c->doc->text;
    size_t len = c->doc->len, cap = 0;
    int blank = 1;
    for (size_t i = 0; i <= len;) {
        const char *nl = memchr(t + i, '\n', len - i);
        size_t e = nl ? (size_t)(nl - t) : len;
        size_t a = i, b = e;
        pgn__trim(t, &a, &b);
        size_t ta = a, tb = b;
        int tags = pgn__skip_edge_tags(t, &ta, &tb);
        if (a < b) {
            /* Grown as needed: a text of blank lines costs no memory. */
            if (c->n_lines == cap) {
                size_t ncap = cap ? cap * 2 : 64;
                line *nv = realloc(c->lines, ncap * sizeof *nv);
                if (!nv) return nomem(c);
                c->lines = nv;
                cap = ncap;
            }
            line *l = &c->lines[c->n_lines++];
            /* A line of markup alone is page furniture; otherwise the
            ** line starts and ends at its text. */
            int only_tags = tags && ta >= tb;
            l->start = (uint32_t)(only_tags ? a : ta);
            l->end = (uint32_t)(only_tags ? b : tb);
            l->blank_before = (uint8_t)blank;
            l->kind = only_tags ? L_BOILERPLATE : L_BODY;
            blank = only_tags ? blank : 0;
        } else {
            blank = 1;
        }
        i = e + 1;
    }
    return 0;
}

static int classify(cleaner *c) {
    pgn_doc *doc = c->doc;
    size_t n_body = 0;
    for (size_t i = 0; i < c->n_lines; i++) {
        line *l = &c->lines[i];
        const char *s = doc->text + l->start;
        size_t n = l->end - l->start;
        int r;
        const pgn__cues *cx = c->cues;
        if (l->kind != L_BODY) continue;   /* markup, found while splitting */
        if ((r = pgn__cue_timestamp(cx, doc, s, n, n_body <= 1))) l->kind = L_TIMESTAMP;
        else if ((r = pgn__cue_credit(cx, doc, s, n))) l->kind = L_CREDIT;
        else if ((r = pgn__cue_byline(cx, doc, s, n))) l->kind = L_BYLINE;
        else if ((r = pgn__cue_boilerplate(cx, s, n))) l->kind = L_BOILERPLATE;
        if (r < 0) return nomem(c);
        n_body += l->kind == L_BODY;
    }
    return 0;
}

static size_t first_body(const cleaner *c) {
    size_t i = 0;
    while (i < c->n_lines && c->lines[i].kind != L_BODY) i++;
    return i;
}

static void find_headline(cleaner *c) {
    pgn_doc *doc = c->doc;
    size_t i = first_body(c);
    if (i >= c->n_lines) return;
    line *l = &c->lines[i];
    const char *s = doc->text + l->start;
    size_t n = l->end - l->start;
    if (doc->meta.title) {
        /* A feed's text often repeats its title as the first line. */
        if (n == strlen(doc->meta.title) && memcmp(s, doc->meta.title, n) == 0)
            l->kind = L_HEADLINE;
        return;
    }
    int more = 0;
    for (size_t j = i + 1; j < c->n_lines && !more; j++) more = c->lines[j].kind == L_BODY;
    /* A final period, comma, semicolon or colon: a sentence, not a title. */
    char last = s[n - 1];
    if (!more || n > HEADLINE_BYTES || last == '.' || last == ',' || last == ';' ||
        last == ':' ||
        pgn__count_words(s, n, HEADLINE_WORDS + 1) > HEADLINE_WORDS)
        return;
    l->kind = L_HEADLINE;
}

static int push_block(cleaner *c, pgn_block_kind kind, size_t a, size_t b) {
    pgn_doc *doc = c->doc;
    if (PGN__VEC_RESERVE(doc->arena, doc->blocks)) return nomem(c);
    pgn__block *bl = &doc->blocks.v[doc->blocks.n++];
    memset(bl, 0, sizeof *bl);
    bl->kind = kind;
    bl->start = (uint32_t)a;
    bl->end = (uint32_t)b;
    return 0;
}

static pgn_block_kind block_kind(int line_kind) {
    switch (line_kind) {
    case L_HEADLINE: return PGN_BLOCK_HEADLINE;
    case L_TIMESTAMP: return PGN_BLOCK_TIMESTAMP;
    case L_BYLINE: return PGN_BLOCK_BYLINE;
    case L_CREDIT: return PGN_BLOCK_IMAGE_CREDIT;
    case L_BOILERPLATE: return PGN_BLOCK_BOILERPLATE;
    default: return PGN_BLOCK_PARAGRAPH;
    }
}

/* Blank lines separate body lines somewhere after the first one. */
static int uses_blank_lines(const cleaner *c) {
    int seen = 0;
    for (size_t i = 0; i < c->n_lines; i++) {
        if (c->lines[i].kind != L_BODY) continue;
        if (seen && c->lines[i].blank_before) return 1;
        seen = 1;
    }
    return 0;
}

/* The paragraph's first word is in capitals ("WASHINGTON (AP) -"): the
** wire convention, the only dateline trusted after a title line ("Rep.
** Trey Gowdy (R-S.C.): ..." is a speaker, not a place). */
static int capitals_first(const char *s, size_t n) {
    size_t caps = 0;
    for (size_t k = 0; k < n && s[k] != ' ' && s[k] != ','; k++) {
        if (pgn__is_lower((unsigned char)s[k])) return 0;
        caps += pgn__is_upper((unsigned char)s[k]);
    }
    return caps >= 2;
}

/* Emits the blocks; paragraphs are runs of body lines joined at hard
** wraps, and the first one may give up its dateline. */
static int build_blocks(cleaner *c) {
    pgn_doc *doc = c->doc;
    const char *t = doc->text;
    int joins = uses_blank_lines(c);
    /* (the dateline opens the first paragraph, or the second when the
    ** first is a short title line ending in a period, which find_headline
    ** leaves as body: "Newspaper: Defense secretary used personal email.") */
    int first_para = 1, second_para = 0;
    for (size_t i = 0; i < c->n_lines;) {
        line *l = &c->lines[i];
        if (l->kind != L_BODY) {
            if (push_block(c, block_kind(l->kind), l->start, l->end)) return PGN_ENOMEM;
            i++;
            continue;
        }
        size_t j = i + 1;
        while (joins && j < c->n_lines && c->lines[j].kind == L_BODY &&
               !c->lines[j].blank_before &&
               !pgn__ends_terminal(t + c->lines[j - 1].start,
                                   c->lines[j - 1].end - c->lines[j - 1].start))
            j++;
        size_t a = l->start, b = c->lines[j - 1].end;
        if (first_para || (second_para && capitals_first(t + a, b - a))) {
            size_t dl_len, body;
            int r = pgn__dateline(doc, t + a, b - a, &dl_len, &body);
            if (r < 0) return nomem(c);
            if (r == 1) {
                if (push_block(c, PGN_BLOCK_DATELINE, a, a + dl_len)) return PGN_ENOMEM;
                a += body;
            }
            second_para = first_para && r == 0 && j == i + 1 && b - a <= HEADLINE_BYTES &&
                          pgn__count_words(t + a, b - a, HEADLINE_WORDS + 1) <= HEADLINE_WORDS;
            first_para = 0;
        }
        if (push_block(c, PGN_BLOCK_PARAGRAPH, a, b)) return PGN_ENOMEM;
        i = j;
    }
    return 0;
}

static int heading_shape(const char *s, size_t n) {
    if (n == 0 || n > HEADING_BYTES || memchr(s, '\n', n)) return 0;
    unsigned char c0 = (unsigned char)s[0];
    if (!pgn__is_upper(c0) && !(c0 >= '0' && c0 <= '9') && c0 < 0x80) return 0;
    unsigned char last = (unsigned char)s[n - 1];
    if (pgn__ends_terminal(s, n) || last == ',' || last == '-') return 0;
    size_t w = pgn__count_words(s, n, HEADING_WORDS + 1);
    return w >= 2 && w <= HEADING_WORDS;
}

/* A short unpunctuated paragraph with a paragraph before it (somewhere)
** and a paragraph as the next kept block is a sub-heading. */
static void mark_headings(cleaner *c) {
    pgn_doc *doc = c->doc;
    int para_before = 0;
    for (size_t i = 0; i < doc->blocks.n; i++) {
        pgn__block *b = &doc->blocks.v[i];
        if (b->kind != PGN_BLOCK_PARAGRAPH) continue;
        if (para_before && heading_shape(doc->text + b->start, b->end - b->start)) {
            size_t k = i + 1;
            while (k < doc->blocks.n && pgn_block_kind_is_removed(doc->blocks.v[k].kind))
                k++;
            if (k < doc->blocks.n && doc->blocks.v[k].kind == PGN_BLOCK_PARAGRAPH) {
                b->kind = PGN_BLOCK_HEADING;
                continue;
            }
        }
        para_before = 1;
    }
}

static int set_title(cleaner *c) {
    pgn_doc *doc = c->doc;
    if (doc->meta.title) return 0;
    for (size_t i = 0; i < doc->blocks.n; i++) {
        pgn__block *b = &doc->blocks.v[i];
        if (b->kind != PGN_BLOCK_HEADLINE) continue;
        doc->meta.title = pgn__arena_strndup(doc->arena, doc->text + b->start,
                                             b->end - b->start);
        return doc->meta.title ? 0 : nomem(c);
    }
    return 0;
}

int pgn__doc_clean(pgn_doc *doc, pgn_error *err) {
    pgn__cues cues;
    if (pgn__cues_load(&cues))
        return pgn__err(err, PGN_ENOMEM, doc->meta.source, -1, -1, "no memory");
    int rc = pgn__doc_clean_with(doc, &cues, err);
    pgn__cues_free(&cues);
    return rc;
}

int pgn__doc_clean_with(pgn_doc *doc, const pgn__cues *cues, pgn_error *err) {
    if (!cues) return pgn__doc_clean(doc, err);
    cleaner c;
    memset(&c, 0, sizeof c);
    c.doc = doc;
    c.err = err;
    c.cues = cues;
    int rc = split_lines(&c);
    if (!rc) rc = classify(&c);
    if (!rc) {
        find_headline(&c);
        rc = build_blocks(&c);
    }
    if (!rc) {
        mark_headings(&c);
        rc = set_title(&c);
    }
    free(c.lines);
    return rc;
}
