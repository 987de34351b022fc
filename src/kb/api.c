/* src/kb/api.c -- public accessors: a document's mentions, KB lookup. */
#include <stdio.h>
#include <string.h>

#include "base/error.h"
#include "doc/doc.h"
#include "kb_int.h"

static const char *const how_names[] = {"name", "title", "adjective", "metonym", "coref"};

const char *pgn_mention_how_name(pgn_mention_how how) {
    return (unsigned)how < sizeof how_names / sizeof *how_names ? how_names[how] : "unknown";
}

size_t pgn_doc_n_mentions(const pgn_doc *doc) { return doc ? doc->mentions.n : 0; }

/* Characters in text[from, to). */
static size_t n_chars(const char *text, uint32_t from, uint32_t to) {
    size_t n = 0;
    for (uint32_t i = from; i < to; i++) n += ((unsigned char)text[i] & 0xC0) != 0x80;
    return n;
}

int pgn_doc_mention(const pgn_doc *doc, size_t i, pgn_mention_view *out) {
    if (!doc || !out || i >= doc->mentions.n) return PGN_EINVAL;
    const pgn__mention *m = &doc->mentions.v[i];
    const pgn__token *a = &doc->tokens.v[m->first], *b = &doc->tokens.v[m->last - 1];
    memset(out, 0, sizeof *out);
    out->sentence = m->sentence;
    out->first_token = m->first;
    out->last_token = m->last;
    out->byte_start = m->start;
    out->byte_end = m->end;
    /* mentions may start or end inside a token ("NATO" of "NATO-member") */
    out->start = a->cstart + n_chars(doc->text, a->start, m->start);
    out->end = b->cstart + n_chars(doc->text, b->start, m->end);
    out->code = m->code;
    out->country = m->country;
    out->sector = m->sector;
    out->entry = m->entry;
    out->role = m->role;
    out->how = (pgn_mention_how)m->how;
    out->undated = (m->flags & PGN__MENTION_UNDATED) != 0;
    out->local = (m->flags & PGN__MENTION_LOCAL) != 0;
    out->place = (m->flags & PGN__MENTION_PLACE) != 0;
    out->antecedent = m->antecedent;
    return 0;
}

static const char *const kind_names[KB__KINDS] = {"country", "organisation", "agent", "person",
                                                   "petrarch-actor", "petrarch-agent", "place"};

int pgn_kb_lookup(const pgn_kb *kb, const char *name, const char *date, pgn_kb_answer *out,
                  size_t cap, size_t *n, pgn_error *err) {
    pgn__err_clear(err);
    if (!kb || !name || !n) return pgn__err(err, PGN_EINVAL, NULL, -1, -1, "NULL argument");
    *n = 0;
    int32_t d = 0;
    if (date && *date && kb__parse_date(date, strlen(date), 0, &d))
        return pgn__err(err, PGN_EINVAL, NULL, -1, -1, "bad date '%.40s' (YYYY[-MM[-DD]])", date);
    pgn__arena *scratch = pgn__arena_new(0);
    if (!scratch) return pgn__err(err, PGN_ENOMEM, NULL, -1, -1, "no memory");
    char *key, *casing;
    int w = kb__name_key(scratch, name, strlen(name), 0, &key, &casing);
    const kb_slot *sl = w > 0 ? kb__find(kb, key, strlen(key)) : NULL;
    /* the lookup also tries the singular, as recognition does */
    if (w > 0 && (!sl || sl->sense < 0)) {
        size_t l = strlen(key);
        if (l > 3 && key[l - 1] == 's') {
            key[l - 1] = '\0';
            sl = kb__find(kb, key, l - 1);
        }
    }
    pgn__arena_free(scratch);
    if (w < 0) return pgn__err(err, w, NULL, -1, -1, "cannot normalise the name");
    for (int32_t j = sl ? sl->sense : -1; j >= 0; j = kb->senses.v[j].next) {
        const kb_sense *s = &kb->senses.v[j];
        const kb_entry *e = &kb->entries.v[s->entry];
        if (*n >= cap) { (*n)++; continue; }
        pgn_kb_answer *a = &out[*n];
        memset(a, 0, sizeof *a);
        a->entry = e->name;
        a->kind = kind_names[e->kind];
        a->code = e->code;
        a->country = e->iso;
        a->sector = e->sector;
        a->from = e->from;
        a->to = e->to;
        a->file = e->file;
        a->line = e->line;
        a->how = s->how == HOW_ADJ ? PGN_MENTION_ADJECTIVE
               : s->how == HOW_METONYM ? PGN_MENTION_METONYM
               : s->how == HOW_AGENT ? PGN_MENTION_TITLE : PGN_MENTION_NAME;
        a->in_force = d ? (!e->from || d >= e->from) && (!e->to || d <= e->to) : !e->from && !e->to;
        if (s->how == HOW_METONYM) {
            /* the seat stands for the government (or its own sector) */
            a->code = s->code;
            a->sector = s->sector;
        }
        if (e->n_roles) {
            int in_force;
            const kb_role *r = kb__role_on(e, d, &in_force);
            a->in_force = r && in_force;
            if (r && in_force) {
                a->code = r->code;
                a->country = r->country;
                a->sector = r->sector;
                a->role = r->title;
                a->from = r->from;
                a->to = r->to;
            }
        }
        (*n)++;
    }
    if (!*n) return pgn__err(err, PGN_ENOTFOUND, NULL, -1, -1, "'%.100s' is not in the KB", name);
    return 0;
}
