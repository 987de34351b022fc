/* tests/unit/events_fixture.h -- hand-parsed documents for the event tests.
**
** Builds a pgn_doc without the parser or the KB from a compact CoNLL-U-like
** text written by hand: one token a line, "ID FORM LEMMA UPOS HEAD DEPREL"
** separated by spaces ("_" as LEMMA: the lower-cased form; UPOS may carry
** the fine tag after a slash, "VERB/VBN"); a blank line
** ends a sentence; "# m FIRST[-LAST] CODE COUNTRY SECTOR [ENTRY]" lines add
** an actor mention over the sentence's tokens FIRST..LAST (1-based,
** inclusive; "-" for no country or sector); "# p ..." the same for a place
** (a city or region coded as its country: PGN__MENTION_PLACE); "# w ..."
** a seat of power named for its government ("Washington":
** PGN__MENTION_METONYM); "# c ... N"
** a pronoun resolved (PGN__MENTION_COREF) to mention N (0-based, in
** order of the "#" lines).  The text is the forms joined by single
** spaces, so character offsets equal byte offsets.
*/
#ifndef PGN_TEST_EVENTS_FIXTURE_H
#define PGN_TEST_EVENTS_FIXTURE_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc/doc.h"
#include "events/events.h"

typedef struct fx_tok {
    char form[64], lemma[64], upos[16], deprel[32];
    int head;
} fx_tok;

static char *fx_dup(pgn_doc *doc, const char *s) {
    return pgn__arena_strdup(doc->arena, s);
}

/* NULL on a malformed fixture (the test then fails on it). */
static pgn_doc *fx_doc(const char *conll, const char *date) {
    pgn_doc *doc = pgn__doc_new(0);
    if (!doc) return NULL;
    if (date) doc->meta.published = fx_dup(doc, date);
    doc->meta.id = fx_dup(doc, "fx");
    /* Pass 1: the text. */
    size_t cap = strlen(conll) + 1, len = 0;
    char *text = pgn__arena_alloc(doc->arena, cap);
    const char *p = conll;
    char line[512];
    int in_sent = 0;
    uint32_t sent_first = 0;
    while (*p) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        if (n >= sizeof line) n = sizeof line - 1;
        memcpy(line, p, n);
        line[n] = 0;
        p = nl ? nl + 1 : p + strlen(p);
        char *l = line;
        while (*l == ' ') l++;
        if (*l == 0) {
            if (in_sent) {
                pgn__sentence *s = &doc->sentences.v[doc->sentences.n - 1];
                s->n_tokens = (uint32_t)doc->tokens.n - sent_first;
                s->end = s->cend = doc->tokens.v[doc->tokens.n - 1].end;
                in_sent = 0;
            }
            continue;
        }
        if (!in_sent) {
            if (PGN__VEC_RESERVE(doc->arena, doc->sentences)) return NULL;
            pgn__sentence *s = &doc->sentences.v[doc->sentences.n++];
            memset(s, 0, sizeof *s);
            if (len) text[len++] = ' ';
            s->first = sent_first = (uint32_t)doc->tokens.n;
            s->start = s->cstart = (uint32_t)len;
            in_sent = 1;
        }
        if (l[0] == '#') {
            int a = 0, b = 0;
            char code[32], country[16], sector[16], entry[64] = "";
            char range[32];
            char kind = 0;
            if (sscanf(l, "# %c %31s %31s %15s %15s %63s", &kind, range, code, country, sector,
                       entry) < 5 ||
                (kind != 'm' && kind != 'p' && kind != 'c' && kind != 'w'))
                return NULL;
            if (sscanf(range, "%d-%d", &a, &b) != 2) b = a = atoi(range);
            if (PGN__VEC_RESERVE(doc->arena, doc->mentions)) return NULL;
            pgn__mention *m = &doc->mentions.v[doc->mentions.n++];
            memset(m, 0, sizeof *m);
            m->sentence = (uint32_t)doc->sentences.n - 1;
            m->first = sent_first + (uint32_t)a - 1;
            m->last = sent_first + (uint32_t)b;
            m->code = fx_dup(doc, code);
            m->country = strcmp(country, "-") ? fx_dup(doc, country) : NULL;
            m->sector = strcmp(sector, "-") ? fx_dup(doc, sector) : NULL;
            for (char *q = entry; *q; q++)
                if (*q == '_') *q = ' ';
            m->entry = entry[0] ? fx_dup(doc, entry) : NULL;
            m->antecedent = -1;
            if (kind == 'p') m->flags |= PGN__MENTION_PLACE;
            if (kind == 'w') m->how = PGN__MENTION_METONYM;
            if (kind == 'c') { /* ENTRY: the antecedent's index among the mentions */
                m->how = PGN__MENTION_COREF;
                m->antecedent = atoi(entry);
                m->entry = NULL;
            }
            continue;
        }
        fx_tok t;
        int id;
        if (sscanf(l, "%d %63s %63s %15s %d %31s", &id, t.form, t.lemma, t.upos, &t.head,
                   t.deprel) != 6)
            return NULL;
        if (strcmp(t.lemma, "_") == 0) {
            strcpy(t.lemma, t.form);
            for (char *q = t.lemma; *q; q++)
                if (*q >= 'A' && *q <= 'Z') *q = (char)(*q - 'A' + 'a');
        }
        if (PGN__VEC_RESERVE(doc->arena, doc->tokens)) return NULL;
        pgn__token *tk = &doc->tokens.v[doc->tokens.n++];
        memset(tk, 0, sizeof *tk);
        if (len && text[len - 1] != ' ' && doc->tokens.n - 1 > sent_first) text[len++] = ' ';
        tk->start = tk->cstart = (uint32_t)len;
        memcpy(text + len, t.form, strlen(t.form));
        len += strlen(t.form);
        tk->end = tk->cend = (uint32_t)len;
        tk->form = fx_dup(doc, t.form);
        tk->lemma = fx_dup(doc, t.lemma);
        char *slash = strchr(t.upos, '/');
        if (slash) *slash = 0;
        tk->upos = fx_dup(doc, t.upos);
        tk->xpos = slash ? fx_dup(doc, slash + 1) : NULL;
        tk->deprel = fx_dup(doc, t.deprel);
        tk->head = t.head;
        tk->flags = PGN__TOK_SPACE_AFTER;
    }
    if (in_sent) {
        pgn__sentence *s = &doc->sentences.v[doc->sentences.n - 1];
        s->n_tokens = (uint32_t)doc->tokens.n - sent_first;
        s->end = s->cend = doc->tokens.v[doc->tokens.n - 1].end;
    }
    text[len] = 0;
    doc->text = text;
    doc->len = len;
    doc->n_chars = len;
    /* Mention byte spans from their tokens. */
    for (size_t i = 0; i < doc->mentions.n; i++) {
        pgn__mention *m = &doc->mentions.v[i];
        m->start = doc->tokens.v[m->first].start;
        m->end = doc->tokens.v[m->last - 1].end;
    }
    return doc;
}

#endif
