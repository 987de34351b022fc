/* src/events/extract_actor_country.c -- the country an event's actors stand for.
**
** Event data codes countries; a clause often names people by sector
** ("civilians", "they", "two women from Iran") or leaves the country
** implicit (a measure a state takes at home, force an accuser alleges).
** These helpers give emit (extract_emit.c) the country a mention stands
** for, or a new mention of it; kept together because each reads the
** knowledge base's country of a mention rather than the parse.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/error.h"
#include "events.h"
#include "extract_int.h"
#include "extract_pass.h"
#include "figurative.h"
#include "nonpolitical.h"
#include "match.h"
#include "unrealised.h"
#include "restated.h"
#include "warning.h"

typedef pgn__match match;
typedef pgn__roles roles;
typedef pgn__extract_ctx ctx;

/* "Soldiers in Niger detained Bazoum and announced that they had seized
** power": a pronoun resolved to a sector with no country ("they": the
** soldiers, MIL) takes the country its antecedent has been given since
** (the soldiers are Niger's once "in Niger" placed them). */
void pgn__extract_coref_country(pgn_doc *doc, int32_t m) {
    if (m < 0 || (size_t)m >= doc->mentions.n) return;
    pgn__mention *mm = &doc->mentions.v[m];
    if (mm->how != PGN__MENTION_COREF || (mm->country && mm->country[0]) || !mm->sector) return;
    int32_t a = mm->antecedent;
    for (int steps = 0; a >= 0 && (size_t)a < doc->mentions.n && steps < 8; steps++) {
        const pgn__mention *am = &doc->mentions.v[a];
        if (am->country && am->country[0]) {
            pgn__lend_country(doc, m, a);
            return;
        }
        a = am->how == PGN__MENTION_COREF ? am->antecedent : -1;
    }
}

/* The country of mention m when it is a state's ("UKRGOV", "LBNREBHEZ":
** not an IGO, NGO, company or international militant group), else NULL. */
static const char *state_country(const pgn_doc *doc, int32_t m) {
    const char *cy = m >= 0 ? doc->mentions.v[m].country : NULL;
    if (!cy || strlen(cy) != 3 || !strcmp(cy, "IGO") || !strcmp(cy, "NGO") || !strcmp(cy, "MNC") ||
        !strcmp(cy, "IMG"))
        return NULL;
    return cy;
}

/* "Kyiv accused Moscow of shelling the plant", "Venezuela accused the
** United States of killing fishermen", "rebels were accused by Bangladesh
** of firing shells": force an accuser alleges with no
** one else named as hit was used on the accuser's country (coders read the
** complaint as the victim's).  A country mention, or -1. */
int32_t pgn__extract_accuser_victim(ctx *c, const pgn__sent *s, int t, const match *m) {
    int root = (m->e->code[0] - '0') * 10 + (m->e->code[1] - '0');
    int acc = root >= 17 ? pgn__accusing_verb(s, t, NULL) : -1;
    int passive = 0, sj = acc >= 0 ? pgn__subject_of(s, acc, &passive) : -1;
    /* ("rebels were accused by Bangladesh of firing shells across the
    ** border": the accuser of a passive is its by-agent) */
    if (passive) sj = pgn__extract_by_agent(s, acc);
    const char *cy = sj >= 0 ? state_country(c->doc, pgn__actor_of(s, sj)) : NULL;
    return cy ? pgn__country_mention(c->doc, c->sentence, s->first + (uint32_t)sj, cy) : -1;
}

/* "charged four men from Tajikistan", "arrested two women from Iran":
** people named by where they come from are of that country, whether the
** parser hangs "from" on the noun or on the verb (then it must follow the
** noun at once).  The mention of the country, or -1; *from is set to the
** token naming it ("diplomats from Argentina, Chile and Peru" lists its
** conjuncts too). */
int32_t pgn__extract_origin_of(const pgn__sent *s, int o, int *from) {
    /* (people, or a sector the KB knows: "diplomats", "officials") */
    if (!pgn__person_noun(s->tok[o].lemma) && s->mention[o] < 0) return -1;
    int f = pgn__prep_child(s, o, "from");
    if (f < 0 && o + 2 < s->n && pgn__word_is(&s->tok[o + 1], "from") && s->head[o + 2] != o + 1)
        f = o + 2;
    if (f < 0 || (s->head[f] != o && pgn__case_of(s, f) == NULL)) return -1;
    int32_t m = pgn__actor_of(s, f);
    *from = f;
    return m >= 0 && state_country(s->doc, m) ? m : -1;
}

/* The countries listed after the first in an origin phrase ("from
** Argentina, Chile and Peru"), appended to r's targets. */
void pgn__extract_more_origins(const pgn__sent *s, int f, roles *r) {
    for (int d = s->first_child[f]; d >= 0 && r->n_tgt < 8; d = s->next_sibling[d]) {
        int32_t a = pgn__rel_is(&s->tok[d], "conj") ? pgn__actor_of(s, d) : -1;
        if (a >= 0 && state_country(s->doc, a)) r->tgt[r->n_tgt++] = a;
    }
}

/* "Ethiopia declared a state of emergency", "Iran shut down the
** internet", "imposed a nationwide curfew", "crushed dissent", "pardoned
** thousands of prisoners": a measure a state takes at home, with no one
** else named, is aimed at its own country.  A country mention, or -1. */
/* A pardon or amnesty ("pardoned about 1,500 people", "granted amnesty"):
** coded 0841, the release of the pardoned (tests/data/events/README.md,
** eighth session), and like the measures a state's act at home.  Other
** releases are not ("released the hostages" frees another's people). */
static int is_pardon(const pgn__sent *s, int t) {
    int o = pgn__child(s, t, "obj");
    return pgn__lemma_is(&s->tok[t], "pardon") ||
           (o >= 0 && (pgn__lemma_is(&s->tok[o], "amnesty") || pgn__lemma_is(&s->tok[o], "clemency") ||
                       pgn__lemma_is(&s->tok[o], "pardon")));
}

int32_t pgn__extract_measure_country(ctx *c, const pgn__sent *s, int t, const char *code, int32_t src) {
    static const char *const measures[] = {"1721", "1723", "1724", "175"};
    int hit = strncmp(code, "0841", 4) == 0 && is_pardon(s, t);
    for (size_t k = 0; k < sizeof measures / sizeof measures[0]; k++)
        hit |= strncmp(code, measures[k], strlen(measures[k])) == 0;
    const char *cy = hit ? state_country(c->doc, src) : NULL;
    return cy ? pgn__country_mention(c->doc, c->sentence, s->first + (uint32_t)t, cy) : -1;
}

/* "Islamic State militants abducted 30 villagers in northern Mozambique",
** "Myanmar's army carried out mass killings of Rohingya civilians in
** Rakhine state", "Venezuela released dozens of opposition activists":
** people the KB knows only by sector (civilians, activists) hit by force or
** coercion (17 to 20) or freed (0841) are of the place it happened in, else,
** when a state's police or government coerce or free them, of its own
** country.  Returns the target to use (tgt, given a country if so, or a
** new mention of the country). */
int32_t pgn__extract_unnamed_victims(ctx *c, const pgn__sent *s, int t, const match *m, int32_t src,
                                     int32_t tgt) {
    int root = (m->code[0] - '0') * 10 + (m->code[1] - '0');
    /* ("threatened to use force against the coup leaders [in Niger]",
    ** "delivered food to flood victims [in Sindh]": threats of force and
    ** aid are placed too, but are never domestic for want of a place) */
    int placed_only = !strncmp(m->code, "138", 3) || root == 7;
    if (tgt < 0 || src < 0 || !pgn__countryless(c->doc, tgt) ||
        ((root < 17 || root > 20) && strncmp(m->code, "0841", 4) && !placed_only))
        return tgt;
    int32_t p = pgn__protest_place(s, t);
    /* ("a US drone strike [in Kabul] killed ten civilians": the place may
    ** hang on the violent noun the verb's subject is) */
    int n = pgn__child(s, t, "nsubj");
    if (p < 0 && n >= 0 && pgn__is_event_noun(s, n)) p = pgn__protest_place(s, n);
    /* (for a threat, the act threatened: "to use force ... in Niger") */
    int x = pgn__child(s, t, "xcomp");
    if (p < 0 && placed_only && x >= 0) p = pgn__protest_place(s, x);
    if (p >= 0 && state_country(c->doc, p)) {
        pgn__lend_country(c->doc, tgt, p);
        return tgt;
    }
    if (placed_only) return tgt;
    /* (not armies' strikes and combat, 19 and 20: "a US drone strike
    ** killed ten civilians" is seldom at home) */
    const char *sector = c->doc->mentions.v[src].sector;
    if (root >= 19 || (sector && !strcmp(sector, "MIL"))) return tgt;
    int32_t v = pgn__domestic_victim(c->doc, c->sentence, c->doc->mentions.v[tgt].first, m->code, src);
    if (v < 0 || !strncmp(m->code, "0841", 4))
        return v >= 0 ? v : tgt; /* (the freed keep their mention: "activists
                                 ** [arrested acl] after the election" must not
                                 ** make them a state's arresting agent) */
    pgn__lend_country(c->doc, tgt, src);
    return tgt;
}

/* Every target of r is a sector with no country ("their ambassadors"). */
int pgn__extract_all_countryless(const pgn_doc *doc, const roles *r) {
    for (int k = 0; k < r->n_tgt; k++)
        if (r->tgt[k] < 0 || (doc->mentions.v[r->tgt[k]].country &&
                              doc->mentions.v[r->tgt[k]].country[0]))
            return 0;
    return r->n_tgt > 0;
}
