/* src/kb/recognize.c -- actor mentions in a document's tokens.
**
** In: a pgn_doc with sentences and tokens (src/text), a loaded KB.
** Out: doc->mentions (kb/mention.h), in text order, read by coreference
** and event coding.
**
** Each sentence's tokens are cut into words (words.c), then the longest KB
** phrase is matched at each position, its case checked against the name as
** the KB writes it ("UN" must be in capitals, "Turkey" capitalised,
** "rebels" any case); a plural ending is allowed on demonyms and agents
** ("Russians", "rebels").  Matches are then combined:
**     LOC ['s] [deputy|former...] AGENT [PERSON | Unknown Name]
**     AGENT PERSON            AGENT of [the] LOC           PERSON
** where LOC is a country name, adjective or seat of power, or an
** organisation.  "Kremlin spokesman Dmitry Peskov" is one mention coded
** RUSGOV; if Peskov were not in the KB he would keep his title's code, and
** "Peskov" later in the document would too.  People are coded by the role
** they hold on the document's date; with no date, by their latest role
** (and the mention says it was undated).
*/
#include <stdio.h>
#include <string.h>

#include "base/error.h"
#include "doc/doc.h"
#include "kb_int.h"

#define MAX_PHRASE_BYTES 1024
#define MAX_LOCAL 64

typedef struct chunk {
    uint32_t w0, w1;         /* words [w0, w1) */
    const kb_entry *e;       /* NULL for a local alias */
    const kb_sense *s;
    int local;               /* index into locals, or -1 */
} chunk;

typedef struct local_alias {
    const char *norm;        /* the surname, folded */
    const char *code, *country, *sector, *entry;
} local_alias;

/* A surname the document gave a full name earlier: "Sanders" after
** "Bernie Sanders" is that person; after "Dwight Hammond", whom the KB
** does not know, "Hammond" is him and no KB namesake (s NULL). */
typedef struct surname_link {
    const char *norm;        /* the surname, folded */
    const kb_sense *s;       /* the full name's sense, or NULL */
} surname_link;

typedef struct rctx {
    const pgn_kb *kb;
    pgn_doc *doc;
    int32_t date;
    kb_word_vec words;
    PGN__VEC(chunk) chunks;
    local_alias locals[MAX_LOCAL];
    int n_locals;
    surname_link surnames[MAX_LOCAL];
    int n_surnames;
    uint32_t sentence;
    const char *owner_iso;   /* the country of a possessive just before the
                             ** phrase being matched ("Jordan's"), or NULL */
} rctx;

static int casing_ok(const kb_sense *s, const kb_word *w, size_t n) {
    for (size_t i = 0; i < n && s->casing[i]; i++) {
        char c = s->casing[i];
        /* "Nato", "Opec": longer acronyms may be written as names, but
        ** "Who" and "Us" are not WHO and US */
        if (c == 'U' && !w[i].upper && !(w[i].cap && strlen(w[i].norm) >= 4)) return 0;
        if (c == 'C' && !w[i].cap && !w[i].upper) return 0;
    }
    return 1;
}

static int valid_on(const kb_entry *e, int32_t date) {
    if (!date) return !e->from && !e->to;
    return (!e->from || date >= e->from) && (!e->to || date <= e->to);
}

/* How well a sense fits the date: the best of a phrase's senses is coded. */
static int score(const rctx *c, const kb_sense *s) {
    const kb_entry *e = &c->kb->entries.v[s->entry];
    int in_force = 0;
    switch (e->kind) {
    case KB_PERSON:
    case KB_PACTOR: {
        /* "Jordan's King Abdullah": a person of the possessive's country
        ** before a namesake of another, whoever is in office */
        int own = c->owner_iso && e->iso && strcmp(c->owner_iso, e->iso) == 0 ? 8 : 0;
        if (kb__role_on(e, c->date, &in_force) && in_force) return 4 + own;
        return e->n_roles ? 1 + own : -100;
    }
    case KB_COUNTRY:
    case KB_ORG:
    case KB_PLACE:
        if (valid_on(e, c->date)) return 4 + ((e->from || e->to) ? 2 : 0) + (s->how == HOW_NAME);
        /* undated: an entry still in force (Malakal in South Sudan since
        ** 2011) before one that ended (Malakal in Sudan) */
        return (e->from || e->to) ? (e->to ? 0 : 1) : 2;
    default:
        return 3;
    }
}

/* The day a person's latest role begun by date ended (date itself when it
** is still held; 0 when none had begun): of two namesakes out of office,
** the one who left office last is the one the news speaks of ("Clinton"
** in 2016 is Hillary Clinton, who left office in 2013, not Bill Clinton). */
static int32_t last_role_end(const kb_entry *e, int32_t date) {
    int32_t best = 0;
    for (uint32_t r = 0; r < e->n_roles; r++) {
        const kb_role *ro = &e->roles[r];
        if (date && ro->from > date) continue;
        int32_t end = !ro->to || (date && ro->to > date) ? (date ? date : 99991231) : ro->to;
        if (end > best) best = end;
    }
    return best;
}

/* Whether sense s, scoring as well as best, is the better of two people. */
static int later_person(const rctx *c, const kb_sense *s, const kb_sense *best) {
    const kb_entry *a = &c->kb->entries.v[s->entry], *b = &c->kb->entries.v[best->entry];
    if (a->kind != KB_PERSON || b->kind != KB_PERSON) return 0;
    return last_role_end(a, c->date) > last_role_end(b, c->date);
}

/* Picks the best sense of a slot for words w[0, n); NULL when none fits. */
static const kb_sense *best_sense(const rctx *c, const kb_slot *sl, const kb_word *w, size_t n,
                                  int plural) {
    const kb_sense *best = NULL;
    int bs = -1000;
    for (int32_t j = sl ? sl->sense : -1; j >= 0; j = c->kb->senses.v[j].next) {
        const kb_sense *s = &c->kb->senses.v[j];
        if (plural && !s->plural_ok) continue;
        /* (home.c recodes to a shared name; a seat is read only before an
        ** attack noun, find_chunks) */
        if (s->context == KB_SENSE_SHARED || s->context == KB_SENSE_SEAT) continue;
        if (!casing_ok(s, w, n)) continue;
        int sc = score(c, s);
        if (sc > bs || (sc == bs && best && later_person(c, s, best))) { bs = sc; best = s; }
    }
    return bs > -100 ? best : NULL;
}

static int push_chunk(rctx *c, uint32_t w0, uint32_t w1, const kb_sense *s, int local) {
    if (PGN__VEC_RESERVE(c->doc->arena, c->chunks)) return PGN_ENOMEM;
    chunk *k = &c->chunks.v[c->chunks.n++];
    k->w0 = w0;
    k->w1 = w1;
    k->s = s;
    k->e = s ? &c->kb->entries.v[s->entry] : NULL;
    k->local = local;
    return 0;
}

/* "general election", "press conference": words that are agents only
** when no lower-case noun follows. */
static int agent_as_modifier(const rctx *c, const kb_sense *s, size_t end) {
    const kb_entry *e = &c->kb->entries.v[s->entry];
    if (e->kind != KB_AGENT || end >= c->words.n) return 0;
    const kb_word *nx = &c->words.v[end];
    if (nx->punct || nx->cap || nx->upper) return 0;
    return strcmp(e->name, "general") == 0 || strcmp(e->name, "press") == 0;
}

static int word_is(const kb_word *w, const char *s) { return strcmp(w->norm, s) == 0; }

static int word_in(const kb_word *w, const char *const *list) {
    for (; *list; list++)
        if (word_is(w, *list)) return 1;
    return 0;
}

/* Prepositions after which a capitalised word is a place ("in Nice"). */
static const char *const place_preps[] = {"in", "at", "near", "from", "to", "into", "outside", "around",
                                          "toward", "towards", "across", "through", "inside", "of",
                                          "on", "over", "via", NULL};

/* Words that complete a place name: "Kherson Oblast", "Idlib province". */
static const char *const place_heads[] = {"oblast", "region", "province", "governorate", "state",
                                          "district", "county", "prefecture", "city", NULL};

static int agent_starts(const rctx *c, size_t i);

/* A place match is kept when it is not part of a longer name ("Victoria
** Beckham", "Houston Rockets", but "New Jersey Senator" is a title of the
** place) and, for names that are also words or first
** names, when a preposition of place precedes it.  Returns the match's end
** (after "Oblast", "province"), or 0 to drop it. */
static size_t place_end(const rctx *c, const kb_sense *s, size_t i, size_t end) {
    const kb_word *w = c->words.v;
    size_t n = c->words.n;
    if (s->context == KB_SENSE_WORD && (i == 0 || !word_in(&w[i - 1], place_preps))) return 0;
    if (end < n && word_in(&w[end], place_heads)) end++;
    /* a capitalised word right after the name (not across punctuation:
    ** "Kherson, Mykolaiv") makes it part of another name */
    if (end < n && (w[end].cap || w[end].upper) && !w[end].punct && w[end].tok == w[end - 1].tok + 1 &&
        !(w[end].cap && agent_starts(c, end)))
        return 0;
    return end;
}

/* Whether a KB agent ("leaders", "officials") starts at word i. */
static int agent_starts(const rctx *c, size_t i) {
    const kb_word *w = c->words.v;
    char key[MAX_PHRASE_BYTES];
    size_t klen = 0;
    for (size_t l = 1; i + l <= c->words.n && l <= 4; l++) {
        const char *nm = w[i + l - 1].norm;
        size_t nl = strlen(nm);
        if (klen + nl + 2 >= sizeof key) break;
        if (l > 1) key[klen++] = ' ';
        memcpy(key + klen, nm, nl + 1);
        klen += nl;
        for (int sing = 0; sing < 2; sing++) {
            size_t kl = klen - (sing && klen > 1 && key[klen - 1] == 's');
            if (sing && kl == klen) continue;
            const kb_slot *sl = kb__find(c->kb, key, kl);
            for (int32_t j = sl ? sl->sense : -1; j >= 0; j = c->kb->senses.v[j].next)
                if (c->kb->entries.v[c->kb->senses.v[j].entry].kind == KB_AGENT) return 1;
        }
        if (!kb__find(c->kb, key, klen)) break;
    }
    return 0;
}

static int not_name(const kb_word *w);

/* A title-case line ("Obama Thanks Kerry for Iran Deal"): most words
** capitalised, so a capital says nothing about a name.  Titles leave only
** short words in lower case: a sentence with a longer one ("Julián Castro
** endorsed him") is prose however many names it holds. */
static int title_case(const rctx *c) {
    size_t words = 0, caps = 0;
    for (size_t k = 0; k < c->words.n; k++) {
        const kb_word *w = &c->words.v[k];
        if (w->punct) continue;
        words++;
        caps += w->cap || w->upper;
        static const char *const title_small[] = {"about", "after", "against", "among", "before", "between",
                                                  "during", "through", "toward", "towards", "under",
                                                  "without", "across", "around", NULL};
        if (!w->cap && !w->upper && strlen(w->norm) >= 5 && w->norm[0] >= 'a' && w->norm[0] <= 'z' &&
            !word_in(w, title_small))
            return 0;
    }
    return words >= 3 && caps * 10 > words * 8;
}

/* Whether the folded word w is one of the words of name (ASCII case). */
static int name_has_word(const char *name, const char *w) {
    size_t n = strlen(w);
    for (const char *p = name; *p;) {
        const char *q = p;
        while (*q && *q != ' ') q++;
        if ((size_t)(q - p) == n) {
            size_t k = 0;
            while (k < n && (p[k] | 0x20) == (w[k] | 0x20)) k++;
            if (k == n) return 1;
        }
        p = *q ? q + 1 : q;
    }
    return 0;
}

/* A sentence's first word may be a capitalised adverb or conjunction, no
** given name: "Meanwhile Washington", "Then Jordan", "While Trump". */
static const char *const sentence_openers[] = {"meanwhile", "then", "now", "when", "while", "so", "still",
                                               "today", "yesterday", "later", "earlier", "thus", "since",
                                               "if", "once", "instead", "here", "there", "even", "only",
                                               "why", "how", "where", "what", "indeed", "soon", "after",
                                               "before", "as", "because", "although", "though", "unlike",
                                               "like", "but", "and", "yet", "until", "unless", "whether",
                                               NULL};

/* Whether word i, a surname of person e, follows a given name that is not
** e's: "Gov. Jerry Brown", "spokesman Brian Fallon", "Barbara Bush" (not
** "Jeb Bush").  Honorifics, titles and other KB chunks before it ("Mr.
** Brown", "Prime Minister Brown") leave it e's. */
static int other_given_name(const rctx *c, const kb_entry *e, size_t i) {
    static const char *const honorifics[] = {
        "mr", "mrs", "ms", "miss", "dr", "sen", "senator", "rep", "gov", "governor", "gen",
        "general", "lt", "col", "maj", "capt", "adm", "sir", "lord", "lady", "dame", "prof",
        "president", "minister", "chancellor", "premier", "king", "queen", "prince", "princess",
        "pope", "sheikh", "ayatollah", "judge", "justice", "secretary", "speaker", "mayor",
        "ambassador", "envoy", "leader", "chairman", "chief", "commander", "marshal", NULL};
    const kb_word *w = c->words.v;
    if (i == 0 || !e->name) return 0;
    const kb_word *p = &w[i - 1];
    if (p->punct || !p->cap || p->upper || p->tok + 1 != w[i].tok) return 0;
    if (not_name(p) || word_in(p, honorifics) || name_has_word(e->name, p->norm)) return 0;
    if (i == 1 && word_in(p, sentence_openers)) return 0;
    if (c->chunks.n && c->chunks.v[c->chunks.n - 1].w1 == i) return 0;
    return !title_case(c);
}

/* A surname the KB knows alone ("Brown": Gordon Brown) after another
** person's given name names that other person. */
static int namesake(const rctx *c, const kb_sense *s, size_t i, size_t len) {
    const kb_entry *e = &c->kb->entries.v[s->entry];
    if (len != 1 || e->kind != KB_PERSON || !e->name || !strchr(e->name, ' ')) return 0;
    return other_given_name(c, e, i);
}

/* Whether the capitalised word w[j] may be a given name or surname: not
** a word that cannot be part of a name, a weekday or month ("in Washington
** Monday"), an acronym, or the start of a title or group ("Washington
** Governor", "Jordan's army"). */
static int name_word(const rctx *c, size_t j) {
    static const char *const calendar[] = {"monday", "tuesday", "wednesday", "thursday", "friday",
                                           "saturday", "sunday", "january", "february", "march",
                                           "april", "may", "june", "july", "august", "september",
                                           "october", "november", "december", NULL};
    const kb_word *w = &c->words.v[j];
    return !not_name(w) && !w->upper && !word_in(w, calendar) && !agent_starts(c, j);
}

/* "Chad Wolf", "Jordan Peterson", "Kerry Washington", "Michael Jordan": a
** country or seat name that is also a person's name (KB_SENSE_GIVEN), one
** word, written next to another capitalised name word, is part of a
** person's name.  1: the given name comes first (the next word is the
** surname), 2: the surname comes last (the previous word, or the person
** chunk just before, is the given name: that chunk is dropped too).  After
** a preposition of place ("in Washington Monday", "to Jordan") it is the
** place. */
static int part_of_person_name(const rctx *c, const kb_sense *s, size_t i, size_t len) {
    const kb_word *w = c->words.v;
    if (s->context != KB_SENSE_GIVEN || len != 1 || title_case(c)) return 0;
    if (i > 0 && word_in(&w[i - 1], place_preps)) return 0;
    if (i + 1 < c->words.n && w[i + 1].tok == w[i].tok + 1 && name_word(c, i + 1)) return 1;
    if (i == 0 || w[i - 1].tok + 1 != w[i].tok || w[i - 1].punct || !w[i - 1].cap) return 0;
    const chunk *prev = c->chunks.n ? &c->chunks.v[c->chunks.n - 1] : NULL;
    if (prev && prev->w1 == i)
        return prev->e && prev->e->kind == KB_PERSON && prev->w1 == prev->w0 + 1 ? 2 : 0;
    if (i - 1 == 0 && word_in(&w[0], sentence_openers)) return 0;
    return name_word(c, i - 1) ? 2 : 0;
}

/* The surname link for word i, or NULL: a capitalised word the document
** earlier wrote as the last word of a full name. */
static const surname_link *surname_of(const rctx *c, size_t i) {
    const kb_word *w = &c->words.v[i];
    if (!w->cap || w->upper) return NULL;
    for (int a = 0; a < c->n_surnames; a++)
        if (strcmp(c->surnames[a].norm, w->norm) == 0) return &c->surnames[a];
    return NULL;
}

/* Records the surname of a full name read at words [w0, w1): a KB
** person's (s) or an unknown one's (s NULL, from namesake()).  The first
** KB person given a surname keeps it ("Hillary Clinton" before "Bill
** Clinton"); a KB person takes it over from an unknown one ("Melania
** Trump" in a headline, then "Donald Trump"). */
static void link_surname(rctx *c, size_t w0, size_t w1, const kb_sense *s) {
    if (w1 < w0 + 2 || !c->words.v[w1 - 1].cap) return;
    surname_link *had = (surname_link *)surname_of(c, w1 - 1);
    if (had) {
        if (!had->s && s) had->s = s;
        return;
    }
    if (c->n_surnames == MAX_LOCAL) return;
    c->surnames[c->n_surnames++] = (surname_link){c->words.v[w1 - 1].norm, s};
}

/* Nouns of an attack on a place: "the Brussels attacks". */
static const char *const attack_nouns[] = {"attack", "attacks", "bombing", "bombings", "shooting",
                                           "shootings", "massacre", "blast", "blasts", "explosions",
                                           "siege", NULL};

/* "the Brussels attacks", "the Brussels bombings": a city an organisation
** is named by (KB_SENSE_SEAT), written before an attack noun, is the place
** attacked; its sense, or NULL.  (A seat of a country's power, "the Paris
** attacks", stays its government's: the events stage reads it as where.) */
static const kb_sense *attacked_seat(const rctx *c, size_t i, size_t len) {
    const kb_word *w = c->words.v;
    if (i + len >= c->words.n || !word_in(&w[i + len], attack_nouns)) return NULL;
    char key[MAX_PHRASE_BYTES];
    size_t klen = 0;
    for (size_t l = 0; l < len; l++) {
        size_t nl = strlen(w[i + l].norm);
        if (klen + nl + 2 >= sizeof key) return NULL;
        if (l) key[klen++] = ' ';
        memcpy(key + klen, w[i + l].norm, nl);
        klen += nl;
    }
    const kb_slot *sl = kb__find(c->kb, key, klen);
    for (int32_t j = sl ? sl->sense : -1; j >= 0; j = c->kb->senses.v[j].next) {
        const kb_sense *s = &c->kb->senses.v[j];
        if (s->context == KB_SENSE_SEAT && casing_ok(s, w + i, len)) return s;
    }
    return NULL;
}

/* Longest match at every position. */
static int find_chunks(rctx *c) {
    const kb_word *w = c->words.v;
    size_t n = c->words.n;
    char key[MAX_PHRASE_BYTES];
    c->chunks.n = 0;
    for (size_t i = 0; i < n;) {
        if (w[i].punct) { i++; continue; }
        const chunk *prev = c->chunks.n ? &c->chunks.v[c->chunks.n - 1] : NULL;
        c->owner_iso = prev && prev->e && prev->e->kind == KB_COUNTRY && prev->e->iso &&
                               prev->w1 + 1 == i && word_is(&w[i - 1], "'s")
                           ? prev->e->iso
                           : NULL;
        size_t klen = 0, best_len = 0;
        const kb_sense *best = NULL;
        for (size_t l = 1; i + l <= n; l++) {
            const char *nm = w[i + l - 1].norm;
            size_t nl = strlen(nm);
            if (klen + nl + 1 >= sizeof key) break;
            if (l > 1) key[klen++] = ' ';
            memcpy(key + klen, nm, nl);
            klen += nl;
            key[klen] = '\0';
            const kb_slot *sl = kb__find(c->kb, key, klen);
            const kb_sense *s = sl ? best_sense(c, sl, w + i, l, 0) : NULL;
            if (!s && nl > 3 && nm[nl - 1] == 's') {
                /* plural endings: rebels, authorities, Russians' */
                char alt[MAX_PHRASE_BYTES];
                static const char *const ends[][2] = {{"ies", "y"}, {"es", ""}, {"s", ""}};
                for (size_t v = 0; v < 3 && !s; v++) {
                    size_t el = strlen(ends[v][0]);
                    if (nl <= el || strcmp(nm + nl - el, ends[v][0]) != 0) continue;
                    size_t base = klen - el;
                    memcpy(alt, key, base);
                    strcpy(alt + base, ends[v][1]);
                    const kb_slot *ps = kb__find(c->kb, alt, strlen(alt));
                    if (ps) s = best_sense(c, ps, w + i, l, 1);
                }
            }
            if (s) { best = s; best_len = l; }
            if (!sl) break;
        }
        if (best && agent_as_modifier(c, best, i + best_len)) best = NULL;
        const kb_sense *seat = best ? attacked_seat(c, i, best_len) : NULL;
        if (seat) best = seat;
        int other_person = 0;
        if (best && namesake(c, best, i, best_len)) {
            link_surname(c, i - 1, i + 1, NULL);
            best = NULL;
            other_person = 1;
        }
        /* a surname alone after the full name earlier in the document:
        ** that person, whoever else the KB knows by it (not after another
        ** given name: "Barbara Bush" after "Jeb Bush") */
        const surname_link *sn = !other_person && (!best || best_len == 1) ? surname_of(c, i) : NULL;
        if (sn && sn->s && other_given_name(c, &c->kb->entries.v[sn->s->entry], i)) sn = NULL;
        /* (after a title, "President Bush", the KB's holder of it is meant) */
        if (sn && !sn->s && c->chunks.n && c->chunks.v[c->chunks.n - 1].w1 == i && c->chunks.v[c->chunks.n - 1].e &&
            c->chunks.v[c->chunks.n - 1].e->kind == KB_AGENT)
            sn = NULL;
        if (sn && (!best || c->kb->entries.v[best->entry].kind == KB_PERSON ||
                   c->kb->entries.v[best->entry].kind == KB_PACTOR)) {
            best = sn->s;
            best_len = 1;
            if (!best) { i++; continue; }
        }
        if (best && best_len >= 2 && c->kb->entries.v[best->entry].kind == KB_PERSON)
            link_surname(c, i, i + best_len, best);
        int person_part = best ? part_of_person_name(c, best, i, best_len) : 0;
        if (person_part) {
            if (person_part == 2 && c->chunks.n && c->chunks.v[c->chunks.n - 1].w1 == i) c->chunks.n--;
            i += person_part == 1 ? 2 : 1;
            continue;
        }
        if (best && c->kb->entries.v[best->entry].kind == KB_PLACE) {
            size_t end = place_end(c, best, i, i + best_len);
            if (!end) best = NULL;
            else best_len = end - i;
        } else if (best && c->kb->entries.v[best->entry].kind == KB_COUNTRY && !c->kb->entries.v[best->entry].iso &&
                   i + best_len < n && (w[i + best_len].cap || w[i + best_len].upper) && !w[i + best_len].punct &&
                   !agent_starts(c, i + best_len)) {
            /* a region opening a longer name: "Middle East Quartet",
            ** "Asian Development Bank" (but "Western Leaders" in a title) */
            best = NULL;
        }
        if (best) {
            if (push_chunk(c, (uint32_t)i, (uint32_t)(i + best_len), best, -1)) return PGN_ENOMEM;
            i += best_len;
            continue;
        }
        /* names given a code earlier in this document */
        for (int a = 0; a < c->n_locals; a++) {
            if (w[i].cap && strcmp(c->locals[a].norm, w[i].norm) == 0) {
                if (push_chunk(c, (uint32_t)i, (uint32_t)i + 1, NULL, a)) return PGN_ENOMEM;
                break;
            }
        }
        i++;
    }
    c->owner_iso = NULL;
    return 0;
}

typedef enum { C_LOC, C_AGENT, C_PERSON } chunk_class;

static chunk_class classify(const chunk *k) {
    if (!k->e) return C_PERSON;
    switch (k->e->kind) {
    case KB_COUNTRY:
    case KB_ORG:
    case KB_PLACE: return C_LOC;
    case KB_AGENT:
    case KB_PAGENT: return C_AGENT;
    case KB_PACTOR: return k->e->code && strlen(k->e->code) == 3 ? C_LOC : C_PERSON;
    default: return C_PERSON;
    }
}

/* Words between a country and its title that do not change the code. */
static int modifier(const kb_word *w) {
    static const char *const mods[] = {"deputy", "acting", "former", "top", "senior", "interim",
                                       "outgoing", "then", "new", "incoming", "first", "caretaker",
                                       "veteran", "powerful", "embattled", "ex", "female",
                                       "woman", "black", "elected", "longtime", "late"};
    for (size_t i = 0; i < sizeof mods / sizeof *mods; i++)
        if (word_is(w, mods[i])) return 1;
    return 0;
}

/* Capitalised words that cannot be part of a name after a title. */
static int not_name(const kb_word *w) {
    static const char *const stop[] = {"the", "a", "an", "and", "or", "but", "in", "on", "at", "of",
                                       "to", "for", "with", "by", "said", "says", "told", "has",
                                       "had", "have", "is", "was", "will", "would", "on", "who",
                                       "which", "that", "this", "it", "he", "she", "they", "his",
                                       "her", "their", "also", "as", "after", "before", "during",
                                       "urged", "warned", "called", "met", "visited", "added"};
    if (w->punct || !w->cap) return 1;
    for (size_t i = 0; i < sizeof stop / sizeof *stop; i++)
        if (word_is(w, stop[i])) return 1;
    return 0;
}

static const char *compose(rctx *c, const char *base, const char *role) {
    size_t a = strlen(base), b = strlen(role);
    char *s = pgn__arena_alloc(c->doc->arena, a + b + 1);
    if (!s) return NULL;
    memcpy(s, base, a);
    memcpy(s + a, role, b + 1);
    return s;
}

/* The code of a LOC chunk standing alone. */
typedef struct code3 { const char *code, *country, *sector; } code3;

static int loc_code(rctx *c, const chunk *k, code3 *o) {
    const kb_entry *e = k->e;
    o->sector = NULL;
    if (e->kind == KB_PACTOR) {
        int f;
        const kb_role *r = kb__role_on(e, c->date, &f);
        if (!r) return 1;
        o->code = r->code;
        o->country = r->country;
        o->sector = r->sector;
        return 0;
    }
    o->code = e->code;
    o->country = e->iso;
    if (e->kind == KB_ORG) {
        o->sector = e->sector;
    } else if (k->s->how == HOW_METONYM) {
        o->code = k->s->code;
        o->sector = k->s->sector;
    }
    return 0;
}

static int person_code(rctx *c, const chunk *k, code3 *o, const char **role, int *in_force) {
    if (!k->e) {
        const local_alias *l = &c->locals[k->local];
        o->code = l->code;
        o->country = l->country;
        o->sector = l->sector;
        *role = NULL;
        *in_force = 1;
        return 0;
    }
    const kb_role *r = kb__role_on(k->e, c->date, in_force);
    *role = NULL;
    if (r && *in_force) {
        o->code = r->code;
        o->country = r->country;
        o->sector = r->sector;
        *role = r->title;
        return 0;
    }
    *in_force = 0;
    if (k->e->kind != KB_PERSON) return 1;
    /* out of office on this date: a member of the country's elite */
    if (!(o->code = compose(c, k->e->code, "ELI"))) return PGN_ENOMEM;
    o->country = k->e->iso;
    o->sector = "ELI";
    return 0;
}

/* "Defence Minister Sergei Shoigu" on the day he moved on, "General
** Pervez Musharraf" while he was also president: a title written with the
** name says which of the person's hats is meant.  Only for roles of a
** country (RUSGOV), never an organisation's (IGOUNO stays IGOUNO). */
static int title_refines(rctx *c, code3 *pc, const kb_entry *title) {
    if (!pc->code || strlen(pc->code) != 6 || !pc->country || strlen(pc->country) != 3 ||
        strcmp(pc->country, "IGO") == 0 || strcmp(pc->country, "NGO") == 0 || strcmp(pc->country, "IMG") == 0 ||
        title->kind != KB_AGENT || strlen(title->code) != 3 || strcmp(pc->code + 3, title->code) == 0)
        return 0;
    char base[4] = {pc->code[0], pc->code[1], pc->code[2], 0};
    if (!(pc->code = compose(c, base, title->code))) return PGN_ENOMEM;
    pc->sector = title->sector;
    return 0;
}

static int emit(rctx *c, uint32_t w0, uint32_t w1, const code3 *cd, const char *entry,
                const char *role, pgn__mention_how how, uint32_t flags) {
    pgn_doc *d = c->doc;
    const kb_word *w = c->words.v;
    /* "the Kremlin", "the NATO chief": the article belongs to the mention */
    if ((how == PGN__MENTION_TITLE || how == PGN__MENTION_METONYM) && w0 > 0 &&
        word_is(&w[w0 - 1], "the") && w[w0 - 1].tok + 1 >= w[w0].tok)
        w0--;
    if (PGN__VEC_RESERVE(d->arena, d->mentions)) return PGN_ENOMEM;
    pgn__mention *m = &d->mentions.v[d->mentions.n++];
    memset(m, 0, sizeof *m);
    m->sentence = c->sentence;
    m->first = w[w0].tok;
    m->last = w[w1 - 1].tok + 1;
    m->start = w[w0].start;
    m->end = w[w1 - 1].end;
    m->code = cd->code;
    m->country = cd->country;
    m->sector = cd->sector;
    m->entry = entry;
    m->how = how;
    m->antecedent = -1;
    m->role = role;
    m->flags = flags | (c->date ? 0 : PGN__MENTION_UNDATED);
    return 0;
}

static int add_local(rctx *c, const kb_word *w, const code3 *cd, const char *entry) {
    if (c->n_locals == MAX_LOCAL) return 0;
    local_alias *l = &c->locals[c->n_locals++];
    l->norm = w->norm;
    l->code = cd->code;
    l->country = cd->country;
    l->sector = cd->sector;
    l->entry = entry;
    return 0;
}

/* How a LOC chunk names its actor. */
static pgn__mention_how loc_how(const chunk *k) {
    if (k->e->kind != KB_COUNTRY) return PGN__MENTION_NAME;
    return k->s->how == HOW_ADJ ? PGN__MENTION_ADJECTIVE
         : k->s->how == HOW_METONYM ? PGN__MENTION_METONYM : PGN__MENTION_NAME;
}

/* A title ending at word end, from word w0, with the code tc: an unknown
** person named right after it ("Senator Ted Cruz", two or three name words
** before chunk next) keeps the title's code, and so does the surname later
** in the document; else the title alone is the mention. */
static int title_with_name(rctx *c, uint32_t w0, uint32_t end, size_t next, const code3 *tc,
                           const char *title) {
    const kb_word *w = c->words.v;
    size_t nw = c->words.n;
    uint32_t q = end;
    while (q < nw && q < end + 3 && !not_name(&w[q]) && !(next < c->chunks.n && c->chunks.v[next].w0 <= q))
        q++;
    if (q > end && q - end >= 2) {
        const char *name = pgn__arena_strndup(c->doc->arena, c->doc->text + w[end].start,
                                              w[q - 1].end - w[end].start);
        if (!name) return PGN_ENOMEM;
        add_local(c, &w[q - 1], tc, name);
        return emit(c, w0, q, tc, name, NULL, PGN__MENTION_TITLE, PGN__MENTION_LOCAL);
    }
    return emit(c, w0, end, tc, title, NULL, PGN__MENTION_TITLE, 0);
}

/* LOC [AGENT [PERSON | Name]] starting at chunk i; returns chunks used. */
static int combine_loc(rctx *c, size_t i, size_t *used) {
    chunk *k = &c->chunks.v[i];
    const kb_word *w = c->words.v;
    size_t nw = c->words.n;
    code3 base;
    int rc = loc_code(c, k, &base);
    if (rc < 0) return rc;
    if (rc == 1) { *used = 1; return 0; }
    if (k->w0 >= 2 && word_is(&w[k->w0 - 1], "-") &&
        (word_is(&w[k->w0 - 2], "pro") || word_is(&w[k->w0 - 2], "anti"))) {
        /* "pro-Russian rebels" names no Russian actor */
        *used = 1;
        return 0;
    }
    uint32_t j = k->w1;
    static const char *const backed[] = {"backed", "supported", "sponsored", "funded", "armed",
                                         "trained", "allied", "aligned", "installed", "friendly", NULL};
    if (k->e->kind == KB_COUNTRY && !k->e->iso && k->s->how == HOW_ADJ && j + 1 < nw && word_is(&w[j], "-") &&
        i + 1 < c->chunks.n && c->chunks.v[i + 1].w0 == j + 1 && c->chunks.v[i + 1].s &&
        c->chunks.v[i + 1].s->how == HOW_ADJ) {
        /* "African-American", "Asian-American": one group of the second */
        *used = 1;
        return 0;
    }
    if ((j + 1 < nw && word_is(&w[j], "-") && word_in(&w[j + 1], backed)) || k->e->kind == KB_PLACE) {
        /* "Russian-backed separatists": the backer is an actor of its own
        ** (RUS) but the separatists are not Russian; the group is coded
        ** alone.  A place stands alone too: "Minneapolis police" are
        ** local police, not the country's */
        *used = 1;
        return emit(c, k->w0, k->w1, &base, k->e->name, NULL, loc_how(k),
                    k->e->kind == KB_PLACE ? PGN__MENTION_PLACE : 0);
    }
    if (j + 1 < nw && word_is(&w[j], "-") && word_is(&w[j + 1], "led")) {
        /* "Saudi-led coalition" is the leader's military; "US-led forces"
        ** combine as "US forces" */
        j += 2;
        static const char *const coalitions[] = {"coalition", "alliance", "intervention", "operation", NULL};
        if (j < nw && word_in(&w[j], coalitions) && k->e->kind == KB_COUNTRY) {
            code3 mc = {compose(c, k->e->code, "MIL"), k->e->iso, "MIL"};
            if (!mc.code) return PGN_ENOMEM;
            *used = 1;
            while (i + *used < c->chunks.n && c->chunks.v[i + *used].w0 <= j) (*used)++;
            return emit(c, k->w0, j + 1, &mc, k->e->name, NULL, PGN__MENTION_TITLE, 0);
        }
    }
    /* "former Japanese prime minister", "ex-Soviet leader" */
    int former = k->w0 > 0 && (word_is(&w[k->w0 - 1], "former") ||
                               (k->w0 > 1 && word_is(&w[k->w0 - 1], "-") && word_is(&w[k->w0 - 2], "ex")));
    if (j < nw && (word_is(&w[j], "'s") || word_is(&w[j], "'"))) j++;
    while (j < nw && modifier(&w[j])) {
        if (word_is(&w[j], "former") || word_is(&w[j], "ex")) former = 1;
        j++;
        if (j < nw && word_is(&w[j], "-")) j++;
    }
    /* "Russian prison authorities": an adjective may reach over one
    ** lower-case word to its agent */
    if (k->s->how == HOW_ADJ && j == k->w1 && j + 1 < nw && !w[j].cap && !w[j].upper && !w[j].punct &&
        !not_name(&(kb_word){.norm = w[j].norm, .cap = 1}) && i + 1 < c->chunks.n &&
        c->chunks.v[i + 1].w0 == j + 1 && classify(&c->chunks.v[i + 1]) == C_AGENT &&
        c->chunks.v[i + 1].e->group)
        j++;
    chunk *ag = i + 1 < c->chunks.n && c->chunks.v[i + 1].w0 == j &&
                classify(&c->chunks.v[i + 1]) == C_AGENT ? &c->chunks.v[i + 1] : NULL;
    pgn__mention_how how = loc_how(k);
    if (!ag) {
        *used = 1;
        return emit(c, k->w0, k->w1, &base, k->e->name, NULL, how, 0);
    }
    /* the code a title gives with its country */
    code3 tc = base;
    const kb_entry *ae = ag->e;
    int org_like = k->e->kind == KB_ORG || strlen(k->e->code) > 3 ||
                   (k->e->kind == KB_PACTOR && strlen(base.code) > 3);
    if (!org_like) {
        const char *cbase = k->e->kind == KB_PACTOR ? base.code : k->e->code;
        const char *role = ae->code, *sector = ae->sector;
        if (k->s->how == HOW_METONYM && strcmp(k->s->sector, "GOV") != 0 && !ae->group)
            role = sector = k->s->sector;
        if (former && !ae->group) role = sector = "ELI";
        if (!(tc.code = compose(c, cbase, role))) return PGN_ENOMEM;
        tc.sector = sector;
    }
    uint32_t end = ag->w1;
    *used = 2;
    chunk *p = i + 2 < c->chunks.n && c->chunks.v[i + 2].w0 == end &&
               classify(&c->chunks.v[i + 2]) == C_PERSON ? &c->chunks.v[i + 2] : NULL;
    if (p && !ae->group) {
        code3 pc;
        const char *role;
        int in_force;
        rc = person_code(c, p, &pc, &role, &in_force);
        if (rc < 0) return rc;
        *used = 3;
        /* the title says what the person is now when the KB has no role
        ** for the date; "former" makes them elite */
        if (rc == 1 || (!in_force && !former)) pc = tc;
        else if (in_force && !org_like && (rc = title_refines(c, &pc, ae))) return rc;
        return emit(c, k->w0, p->w1, &pc, p->e ? p->e->name : c->locals[p->local].entry, role,
                    PGN__MENTION_NAME, p->e ? 0 : PGN__MENTION_LOCAL);
    }
    if (!ae->group) return title_with_name(c, k->w0, end, i + 2, &tc, k->e->name);
    return emit(c, k->w0, end, &tc, k->e->name, NULL, PGN__MENTION_TITLE, 0);
}

/* AGENT [PERSON | of [the] LOC] starting at chunk i. */
static int combine_agent(rctx *c, size_t i, size_t *used) {
    chunk *k = &c->chunks.v[i];
    const kb_word *w = c->words.v;
    size_t nw = c->words.n;
    chunk *nx = i + 1 < c->chunks.n ? &c->chunks.v[i + 1] : NULL;
    *used = 1;
    int former = k->w0 > 0 && (word_is(&w[k->w0 - 1], "former") || word_is(&w[k->w0 - 1], "ex") ||
                               (k->w0 > 1 && word_is(&w[k->w0 - 1], "-") && word_is(&w[k->w0 - 2], "ex")));
    if (nx && nx->w0 == k->w1 && classify(nx) == C_PERSON && !k->e->group) {
        code3 pc;
        const char *role;
        int in_force;
        int rc = person_code(c, nx, &pc, &role, &in_force);
        if (rc < 0) return rc;
        if (rc == 0 && !in_force && !former && nx->e && nx->e->kind == KB_PERSON) {
            /* "President Omar al-Bashir" on the day of his fall: the title
            ** says what he is */
            const char *role_code = k->e->kind == KB_AGENT ? k->e->code : k->e->sector;
            if (!(pc.code = compose(c, nx->e->code, role_code))) return PGN_ENOMEM;
            pc.country = nx->e->iso;
            pc.sector = k->e->sector;
        } else if (rc == 0 && in_force && (rc = title_refines(c, &pc, k->e))) {
            return rc;
        }
        if (rc == 0) {
            *used = 2;
            return emit(c, k->w0, nx->w1, &pc, nx->e ? nx->e->name : c->locals[nx->local].entry,
                        role, PGN__MENTION_NAME, nx->e ? 0 : PGN__MENTION_LOCAL);
        }
    }
    uint32_t j = k->w1;
    /* "a spokesman for the Iranian foreign ministry" speaks for it as "of"
    ** would say (not "the US envoy for Ukraine": only a spokesperson) */
    static const char *const speakers[] = {"spokesman", "spokeswoman", "spokesperson", NULL};
    int for_whom = 0;
    for (size_t q = 0; speakers[q] && j + 1 < nw && word_is(&w[j], "for"); q++)
        for_whom |= strcmp(k->e->name, speakers[q]) == 0;
    if (nx && j + 1 < nw && (word_is(&w[j], "of") || for_whom)) {
        j++;
        if (word_is(&w[j], "the")) j++;
        if (nx->w0 == j && classify(nx) == C_LOC && nx->e->kind == KB_COUNTRY) {
            code3 tc = {compose(c, nx->e->code, k->e->code), nx->e->iso, k->e->sector};
            if (!tc.code) return PGN_ENOMEM;
            *used = 2;
            return emit(c, k->w0, nx->w1, &tc, nx->e->name, NULL, PGN__MENTION_TITLE, 0);
        }
        if (nx->w0 == j && classify(nx) == C_LOC && nx->e->kind == KB_ORG) {
            code3 tc = {nx->e->code, nx->e->iso, nx->e->sector};
            *used = 2;
            return emit(c, k->w0, nx->w1, &tc, nx->e->name, NULL, PGN__MENTION_TITLE, 0);
        }
    }
    /* a bare agent: the role alone, its country left to later stages;
    ** but "both sides", "the head" say nothing without their country */
    if (strcmp(k->e->name, "side") == 0 || strcmp(k->e->name, "head") == 0 ||
        strcmp(k->e->name, "counterpart") == 0)
        return 0;
    code3 rc3 = {k->e->code, NULL, k->e->sector};
    if (!k->e->group && k->e->kind == KB_AGENT) return title_with_name(c, k->w0, k->w1, i + 1, &rc3, k->e->name);
    return emit(c, k->w0, k->w1, &rc3, k->e->name, NULL, PGN__MENTION_TITLE, 0);
}

/* "the Biden administration", "the Netanyahu government", "the Assad
** regime": a person named before a government word stands for the
** government of the person's country (the person's own role is beside the
** point: "the Obama administration" is a US government, not elites).
** Emits it and returns 1, or 0 when chunk i is no such person. */
static int person_government(rctx *c, size_t i, const code3 *pc) {
    static const char *const governments[] = {"administration", "government", "regime", "cabinet", NULL};
    const chunk *k = &c->chunks.v[i], *nx = i + 1 < c->chunks.n ? &c->chunks.v[i + 1] : NULL;
    if (!nx || nx->w0 != k->w1 || classify(nx) != C_AGENT || !pc->country || !pc->code ||
        strlen(pc->code) < 3)
        return 0;
    int gov = 0;
    for (size_t g = 0; governments[g]; g++) gov |= strcmp(nx->e->name, governments[g]) == 0;
    if (!gov) return 0;
    const char *base = pgn__arena_strndup(c->doc->arena, pc->code, 3);
    code3 gc = {base ? compose(c, base, nx->e->code) : NULL, pc->country, nx->e->sector};
    if (!gc.code) return PGN_ENOMEM;
    int rc = emit(c, k->w0, nx->w1, &gc, nx->e->name, NULL, PGN__MENTION_TITLE, 0);
    return rc < 0 ? rc : 1;
}

static int combine(rctx *c) {
    for (size_t i = 0; i < c->chunks.n;) {
        chunk *k = &c->chunks.v[i];
        size_t used = 1;
        int rc = 0;
        switch (classify(k)) {
        case C_LOC: rc = combine_loc(c, i, &used); break;
        case C_AGENT: rc = combine_agent(c, i, &used); break;
        default: {
            code3 pc;
            const char *role;
            int in_force;
            rc = person_code(c, k, &pc, &role, &in_force);
            if (rc == 1) { rc = 0; break; }
            if (rc) break;
            if ((rc = person_government(c, i, &pc)) != 0) {
                if (rc == 1) used = 2, rc = 0;
                break;
            }
            uint32_t flags = !k->e ? PGN__MENTION_LOCAL
                           : k->s->context == KB_SENSE_COMMON && k->w1 == k->w0 + 1 ? PGN__MENTION_COMMON
                                                                                    : 0;
            rc = emit(c, k->w0, k->w1, &pc, k->e ? k->e->name : c->locals[k->local].entry, role,
                      PGN__MENTION_NAME, flags);
        }
        }
        if (rc) return rc;
        i += used;
    }
    return 0;
}

int pgn_kb_recognize_on(const pgn_kb *kb, pgn_doc *doc, const char *date, pgn_error *err) {
    pgn__err_clear(err);
    if (!kb || !doc) return pgn__err(err, PGN_EINVAL, NULL, -1, -1, "NULL argument");
    rctx c;
    memset(&c, 0, sizeof c);
    c.kb = kb;
    c.doc = doc;
    if (date && *date) {
        if (kb__parse_date(date, strlen(date), 0, &c.date))
            return pgn__err(err, PGN_EINVAL, NULL, -1, -1, "bad date '%.40s' (YYYY-MM-DD)", date);
    } else {
        c.date = pgn__doc_date(doc);
    }
    doc->mentions.n = 0;
    const char *src = doc->meta.source;
    for (size_t si = 0; si < doc->sentences.n; si++) {
        const pgn__sentence *s = &doc->sentences.v[si];
        c.words.n = 0;
        c.sentence = (uint32_t)si;
        for (uint32_t t = s->first; t < s->first + s->n_tokens; t++) {
            const pgn__token *tk = &doc->tokens.v[t];
            if (kb__split(doc->text, tk->start, tk->end, t, 0, doc->arena, &c.words))
                return pgn__err(err, PGN_ENOMEM, src, -1, -1, "no memory for actor recognition");
        }
        if (find_chunks(&c) || combine(&c))
            return pgn__err(err, PGN_ENOMEM, src, -1, -1, "no memory for actor recognition");
    }
    if (kb__home_context(kb, doc)) return pgn__err(err, PGN_ENOMEM, src, -1, -1, "no memory for actor recognition");
    return 0;
}

int pgn_kb_recognize(const pgn_kb *kb, pgn_doc *doc, pgn_error *err) {
    return pgn_kb_recognize_on(kb, doc, NULL, err);
}
