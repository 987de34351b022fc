/* src/kb/home.c -- the country a document is about, and what it settles.
**
** In: a document whose sentences recognize.c has read into mentions.
** Out: the same mentions, some recoded:
**   - a country name that a place of the home country shares
**     ("!Georgia" in places.txt) is that place when the story is about
**     that country at home: "Georgia prosecutors charged Trump" is USAJUD,
**     "sued Georgia over its voting law" USA;
**   - a title or group of no country that holds public office (GOV, LEG,
**     JUD: "Senator", "Congress", "prosecutors", "the governor") takes a
**     place's country when written with it ("Texas Governor Greg Abbott",
**     "the governor of Texas": USAGOV), else the home country: in a story
**     about the US, "Sen. Mark Kirk, R-Ill." is USALEG.
** The home country is the one most of the document's mentions name: at
** least three times as many as any other (a single mention when no other
** country is named).  A US party-and-state label ("R-Ga.", "D-Ill.")
** names the US.  Event data codes politics at home as any other politics
** (ICEWS, POLECAT: a senator criticising a secretary is USA -> USA).
** The home country itself is kept in doc->home for the events stage
** (a force word with no one hit is a figure in a story at home).
*/
#include <string.h>

#include "doc/doc.h"
#include "kb_int.h"

#define MAX_COUNTRIES 64

typedef struct tally {
    const char *iso[MAX_COUNTRIES];
    int n[MAX_COUNTRIES];
    int home_ground[MAX_COUNTRIES];  /* of them, places and bodies at home */
    int k;
} tally;

static int state_country(const char *c) {
    return c && strlen(c) == 3 && strcmp(c, "IGO") && strcmp(c, "NGO") && strcmp(c, "MNC") &&
           strcmp(c, "IMG");
}

static void count(tally *t, const char *iso, int home_ground) {
    int i = 0;
    while (i < t->k && strcmp(t->iso[i], iso) != 0) i++;
    if (i == MAX_COUNTRIES) return;
    if (i == t->k) {
        t->iso[t->k++] = iso;
        t->n[i] = t->home_ground[i] = 0;
    }
    t->n[i]++;
    t->home_ground[i] += home_ground;
}

/* A mention that places the story at home rather than abroad: a city or
** region, a legislature, court, party or elite, the police.  "Blinken
** criticised Georgia's law" names the US abroad (GOV); "the Justice
** Department sued Georgia" at home (JUD). */
static int at_home(const pgn__mention *m) {
    static const char *const sectors[] = {"LEG", "JUD", "PTY", "ELI", "COP", NULL};
    if (m->flags & PGN__MENTION_PLACE) return 1;
    for (int k = 0; m->sector && sectors[k]; k++)
        if (strcmp(m->sector, sectors[k]) == 0) return 1;
    return 0;
}

/* The folded words of token t (one token may be "R-Ga." or "Georgia's"). */
static int token_words(const pgn_doc *doc, uint32_t t, kb_word_vec *out) {
    out->n = 0;
    const pgn__token *tk = &doc->tokens.v[t];
    return kb__split(doc->text, tk->start, tk->end, t, 0, doc->arena, out);
}

/* The shared-name place sense of a folded word, or NULL. */
static const kb_sense *shared_sense(const pgn_kb *kb, const char *norm) {
    const kb_slot *sl = kb__find(kb, norm, strlen(norm));
    for (int32_t j = sl ? sl->sense : -1; j >= 0; j = kb->senses.v[j].next)
        if (kb->senses.v[j].context == KB_SENSE_SHARED) return &kb->senses.v[j];
    return NULL;
}

/* The place sharing its name with the country of mention m ("Georgia"), or
** NULL.  *status is PGN_ENOMEM when words could not be made. */
static const kb_entry *shared_place(const pgn_kb *kb, const pgn_doc *doc, const pgn__mention *m,
                                    kb_word_vec *words, int *status) {
    if (!state_country(m->country)) return NULL;
    for (uint32_t t = m->first; t < m->last; t++) {
        if (token_words(doc, t, words)) { *status = PGN_ENOMEM; return NULL; }
        for (size_t k = 0; k < words->n; k++) {
            if (!words->v[k].cap) continue;
            const kb_sense *s = shared_sense(kb, words->v[k].norm);
            if (s) return &kb->entries.v[s->entry];
        }
    }
    return NULL;
}

/* "Sen. Mark Kirk, R-Ill.", "(D-Ga.)": a US party-and-state label.  The
** token is cut into words "R" "-" "Ill"; the party letter is one capital. */
static int party_state_label(const kb_word_vec *w) {
    if (w->n < 3) return 0;
    const char *p = w->v[0].norm;
    return (strcmp(p, "r") == 0 || strcmp(p, "d") == 0 || strcmp(p, "i") == 0) && w->v[0].upper &&
           strcmp(w->v[1].norm, "-") == 0 && w->v[2].cap && strlen(w->v[2].norm) <= 5;
}

static int public_office(const char *sector) {
    return sector && (!strcmp(sector, "GOV") || !strcmp(sector, "LEG") || !strcmp(sector, "JUD") ||
                      !strcmp(sector, "PTY"));
}

/* A mention the KB gave only a sector: a title or group, or a local name
** that title gave its code. */
static int countryless_office(const pgn__mention *m) {
    return !(m->country && m->country[0]) && public_office(m->sector) && m->code &&
           strlen(m->code) == 3 && m->how != PGN__MENTION_COREF;
}

/* Whether the home country may be lent to a countryless office: a person
** named with a title ("Senator Ann Coldwater", "Gov. Peter Marlowe"), a
** legislature, court or party ("Congress", "lawmakers", "prosecutors",
** "Democrats", "Social Democrats").  Not the
** executive's group nouns ("officials", "diplomats", "the government"):
** "Moscow expelled ten diplomats", "Israel recalled its ambassadors" name
** someone else's or the state's own agents, whom the events stage places. */
static int lend_home(const pgn_doc *doc, const pgn__mention *m) {
    if ((m->flags & PGN__MENTION_LOCAL) || strcmp(m->sector, "LEG") == 0 || strcmp(m->sector, "JUD") == 0 ||
        strcmp(m->sector, "PTY") == 0)
        return 1;
    /* "the president", "the governor": the one head of the executive at
    ** home, in the singular (not "officials", "ministers", nor an envoy,
    ** who serves abroad) */
    static const char *const heads[] = {"president", "governor", "prime minister", "premier", "mayor",
                                        "chancellor", "chief minister", "first minister", NULL};
    if (!m->entry || m->last > m->first + 3) return 0;
    const pgn__token *last = &doc->tokens.v[m->last - 1];
    if (last->end - last->start < 2 || doc->text[last->end - 1] == 's') return 0;
    for (int k = 0; heads[k]; k++)
        if (strcmp(m->entry, heads[k]) == 0) return 1;
    return 0;
}

/* Recodes m to the country code3 (CAMEO) / iso, keeping its sector:
** "GEOJUD" -> "USAJUD", "GEO" -> "USA", a sector alone "LEG" -> "USALEG". */
static int recode(pgn_doc *doc, pgn__mention *m, const char *code3, const char *iso) {
    const char *sector = m->country && m->country[0] ? (strlen(m->code) > 3 ? m->code + 3 : "") : m->code;
    size_t a = strlen(code3), b = strlen(sector);
    char *s = pgn__arena_alloc(doc->arena, a + b + 1);
    if (!s) return PGN_ENOMEM;
    memcpy(s, code3, a);
    memcpy(s + a, sector, b + 1);
    m->code = s;
    m->country = iso;
    return 0;
}

/* The place mention written with office mention i: just before it
** ("Texas Governor", "Texas's governor") or after "of [the] [state of]"
** ("the governor of Texas"); -1 when none. */
static int32_t place_with(const pgn_doc *doc, size_t i) {
    const pgn__mention *m = &doc->mentions.v[i];
    if (i > 0) {
        const pgn__mention *p = &doc->mentions.v[i - 1];
        uint32_t gap = m->first - p->last;
        if ((p->flags & PGN__MENTION_PLACE) && p->sentence == m->sentence && m->first >= p->last &&
            (gap == 0 || (gap == 1 && doc->tokens.v[p->last].end - doc->tokens.v[p->last].start <= 2 &&
                          doc->text[doc->tokens.v[p->last].start] == '\'')))
            return (int32_t)i - 1;
    }
    if (i + 1 < doc->mentions.n) {
        const pgn__mention *q = &doc->mentions.v[i + 1];
        if (!(q->flags & PGN__MENTION_PLACE) || q->sentence != m->sentence || q->first < m->last ||
            q->first - m->last > 4)
            return -1;
        static const char *const between[] = {"of", "the", "state", "State", NULL};
        for (uint32_t t = m->last; t < q->first; t++) {
            const pgn__token *tk = &doc->tokens.v[t];
            int ok = 0;
            for (int k = 0; between[k]; k++)
                ok |= strlen(between[k]) == tk->end - tk->start &&
                      memcmp(doc->text + tk->start, between[k], tk->end - tk->start) == 0;
            if (!ok) return -1;
        }
        if (q->first > m->last) {
            const pgn__token *tk = &doc->tokens.v[m->last];
            if (tk->end - tk->start != 2 || memcmp(doc->text + tk->start, "of", 2) != 0) return -1;
            return (int32_t)i + 1;
        }
    }
    return -1;
}

/* Removes mention i (nothing refers to mentions by index yet). */
static void drop_mention(pgn_doc *doc, size_t i) {
    memmove(&doc->mentions.v[i], &doc->mentions.v[i + 1], (doc->mentions.n - i - 1) * sizeof *doc->mentions.v);
    doc->mentions.n--;
}

/* "Hammond" in a story at home in the US that names nothing British: a
** surname many bear (KB_SENSE_COMMON) is someone at home, not the foreign
** politician.  Any mention of the person's country but such surnames is
** a cue that keeps it. */
static void drop_foreign_surnames(pgn_doc *doc, const char *home) {
    for (size_t i = 0; home && i < doc->mentions.n;) {
        const pgn__mention *m = &doc->mentions.v[i];
        int foreign = (m->flags & PGN__MENTION_COMMON) && m->country && strcmp(m->country, home) != 0;
        for (size_t j = 0; foreign && j < doc->mentions.n; j++) {
            const pgn__mention *o = &doc->mentions.v[j];
            if (!(o->flags & PGN__MENTION_COMMON) && o->country && strcmp(o->country, m->country) == 0) foreign = 0;
        }
        if (foreign) drop_mention(doc, i);
        else i++;
    }
}

/* "Vermont Sen. Bernie Sanders", "Ohio Gov. John Kasich": a place of the
** person's own country written before the title is part of the person's
** mention, not an actor of its own. */
static void join_place_titles(pgn_doc *doc) {
    for (size_t i = 0; i + 1 < doc->mentions.n; i++) {
        pgn__mention *p = &doc->mentions.v[i], *m = &doc->mentions.v[i + 1];
        if (!(p->flags & PGN__MENTION_PLACE) || p->how != PGN__MENTION_NAME || m->sentence != p->sentence ||
            m->first != p->last || !m->entry || !m->country || !p->country || strcmp(m->country, p->country) != 0)
            continue;
        /* a person named with a title before the name (not "Texas police") */
        if (m->how != PGN__MENTION_NAME || m->last < m->first + 2 || (m->flags & PGN__MENTION_PLACE)) continue;
        m->first = p->first;
        m->start = p->start;
        drop_mention(doc, i);
    }
}

int kb__home_context(const pgn_kb *kb, pgn_doc *doc) {
    doc->home = NULL;
    if (!doc->mentions.n) return 0;
    kb_word_vec words = {0};
    int status = 0;
    tally t = {0};
    const kb_entry *usa = kb__country_by_code(kb, "USA", 3);
    /* the votes: every mention with a country but the shared names */
    for (size_t i = 0; i < doc->mentions.n; i++) {
        const pgn__mention *m = &doc->mentions.v[i];
        /* (a surname an earlier title coded, "LeVell" after "Georgia
        ** businessman Bruce LeVell", repeats that mention) */
        /* (nor a surname many bear, "Hammond", which the home decides) */
        if (!state_country(m->country) || (m->flags & (PGN__MENTION_LOCAL | PGN__MENTION_COMMON))) continue;
        if (shared_place(kb, doc, m, &words, &status) || status) continue;
        count(&t, m->country, at_home(m));
    }
    if (status) return status;
    for (uint32_t k = 0; usa && usa->iso && k < doc->tokens.n; k++) {
        if (token_words(doc, k, &words)) return PGN_ENOMEM;
        /* (a tokenizer may cut "R-Ill." into "R" "-" "Ill.": the words of
        ** the tokens written together) */
        for (uint32_t j = k + 1; j < doc->tokens.n && j <= k + 2 && words.n < 3 &&
                                 doc->tokens.v[j].start == doc->tokens.v[j - 1].end;
             j++)
            if (kb__split(doc->text, doc->tokens.v[j].start, doc->tokens.v[j].end, j, 0, doc->arena, &words))
                return PGN_ENOMEM;
        if (party_state_label(&words)) count(&t, usa->iso, 1);
    }
    int best = -1, second = 0, home_ground = 0;
    for (int i = 0; i < t.k; i++) {
        if (best < 0 || t.n[i] > t.n[best]) {
            if (best >= 0) second = t.n[best];
            best = i;
        } else if (t.n[i] > second) {
            second = t.n[i];
        }
    }
    const char *home = best >= 0 && t.n[best] >= 3 * second ? t.iso[best] : NULL;
    if (home) home_ground = t.home_ground[best];
    /* (the home country's CAMEO code, which the ISO one may not be) */
    const kb_entry *home_entry = NULL;
    for (size_t j = 0; home && j < doc->mentions.n && !home_entry; j++)
        if (doc->mentions.v[j].country && strcmp(doc->mentions.v[j].country, home) == 0)
            home_entry = kb__country_by_code(kb, doc->mentions.v[j].code, 3);
    if (!home_entry && home && usa && strcmp(home, usa->iso) == 0) home_entry = usa;
    if (!home_entry) home = NULL;
    doc->home = home;
    for (size_t i = 0; i < doc->mentions.n; i++) {
        pgn__mention *m = &doc->mentions.v[i];
        const kb_entry *pl = shared_place(kb, doc, m, &words, &status);
        if (status) return status;
        if (pl && home && home_ground && pl->iso && strcmp(pl->iso, home) == 0 &&
            strcmp(m->country, home) != 0) {
            /* the country itself named in the story otherwise ("Georgian",
            ** "Tbilisi") keeps the name the country's */
            int named = 0;
            for (size_t j = 0; j < doc->mentions.n && !named; j++) {
                const pgn__mention *o = &doc->mentions.v[j];
                if (o->country && strcmp(o->country, m->country) == 0 && !(o->flags & PGN__MENTION_LOCAL)) {
                    int st = 0;
                    named = !shared_place(kb, doc, o, &words, &st);
                    if (st) return st;
                }
            }
            if (!named) {
                const char *was = m->country;
                if (recode(doc, m, pl->code, pl->iso)) return PGN_ENOMEM;
                if (m->how == PGN__MENTION_NAME) m->flags |= PGN__MENTION_PLACE;
                /* the surname alone later in the story goes with it */
                for (size_t j = i + 1; (m->flags & PGN__MENTION_LOCAL) && m->entry && j < doc->mentions.n; j++) {
                    pgn__mention *o = &doc->mentions.v[j];
                    if ((o->flags & PGN__MENTION_LOCAL) && o->entry && strcmp(o->entry, m->entry) == 0 &&
                        o->country && strcmp(o->country, was) == 0 && recode(doc, o, pl->code, pl->iso))
                        return PGN_ENOMEM;
                }
            }
        }
    }
    for (size_t i = 0; i < doc->mentions.n; i++) {
        pgn__mention *m = &doc->mentions.v[i];
        if (!countryless_office(m)) continue;
        int32_t p = place_with(doc, i);
        const pgn__mention *pm = p >= 0 ? &doc->mentions.v[p] : NULL;
        if (pm && pm->country && state_country(pm->country)) {
            const kb_entry *ce = kb__country_by_code(kb, pm->code, 3);
            if (ce && recode(doc, m, ce->code, pm->country)) return PGN_ENOMEM;
        } else if (home && lend_home(doc, m) && recode(doc, m, home_entry->code, home)) {
            return PGN_ENOMEM;
        }
    }
    drop_foreign_surnames(doc, home);
    join_place_titles(doc);
    return 0;
}
