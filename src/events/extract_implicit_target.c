/* src/events/extract_implicit_target.c -- targets an event names only inside its phrases.
**
** An event whose entry gives no target may still be aimed at an actor its
** own noun phrases name ("apologised for the abduction of children from
** colonial Congo"), the country near whose border force is readied, the
** subject of a clause one is optimistic about, what a rejection or an
** investigation is about.  Each search here walks the trigger's phrases
** breadth first and returns a mention, or -1; emit (extract_emit.c) asks
** them in turn.
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

/* Whether case c is one of the n words of list. */
static int case_in(const char *c, const char *const *list, size_t n) {
    for (size_t k = 0; c && k < n; k++)
        if (!strcmp(c, list[k])) return 1;
    return 0;
}

/* An oblique right on the trigger names whom the event is aimed at only
** with these.  (Not place.c's aimed_case, which also takes "upon": "seizing
** upon a report" aims at no one.) */
static int aims_at(const char *c) {
    static const char *const aims[] = {"to", "against", "at", "on", "into", "with", "toward",
                                       "towards"};
    return case_in(c, aims, sizeof aims / sizeof aims[0]);
}

/* An oblique whose phrase may hold the one aimed at without being it:
** "for the abduction of", "over the killing of". */
static int holds_aimed(const char *c) {
    static const char *const holds[] = {"for", "over", "about", "of"};
    return case_in(c, holds, sizeof holds / sizeof holds[0]);
}

/* A preposition that locates a thing ("in Cape Town", "near the border"). */
static int locative(const char *c) {
    static const char *const where[] = {"in", "at", "near", "outside", "inside", "across"};
    return case_in(c, where, sizeof where / sizeof where[0]);
}

/* The actor the event's own noun phrases name, for an event the entry gave
** no target: "apologised for the abduction of children from colonial
** Congo", "laid a wreath at the memorial to Cambodian soldiers", "opened an
** inquiry into abuses in Ethiopia", "extradited a trafficker to the United
** States".  Searched breadth first (the nearest phrase wins) through the
** trigger's object and obliques and the noun phrases inside them; clauses
** below are events of their own and are not entered, and a place where
** the event happens ("signed a truce in Jeddah") is no target.  An
** oblique right on the trigger counts only with a preposition that aims
** ("to", "against", "at", "on", "into", "with", "toward"): "resigned from
** Singapore" names where, not whom.  -1 if none. */
int32_t pgn__extract_phrase_target(const pgn__sent *s, int t, const match *m, int32_t src) {
    int queue[64], depth[64], qn = 0;
    for (int c = s->first_child[t]; c >= 0 && qn < 64; c = s->next_sibling[c]) {
        const char *cs = pgn__case_of(s, c);
        if (pgn__rel_is(&s->tok[c], "obj") || pgn__rel_is(&s->tok[c], "iobj") ||
            (pgn__rel_is(&s->tok[c], "obl") && (aims_at(cs) || holds_aimed(cs))))
            queue[qn] = c, depth[qn++] = 1;
    }
    for (int q = 0; q < qn; q++) {
        int k = queue[q];
        int32_t cand = s->mention[k];
        const char *cs = pgn__case_of(s, k);
        /* (a mention is judged at its phrase's head, where its case is) */
        int ok = cand >= 0 && !(s->head[k] >= 0 && s->mention[s->head[k]] == cand) &&
                 cand != src && !pgn__countryless(s->doc, cand) &&
                 !pgn__same_code(s->doc, cand, src) &&
                 pgn__place_may_be_target(s, cand, -1, pgn__extract_violent(m)) &&
                 !(depth[q] == 1 && holds_aimed(cs));
        if (ok && depth[q] > 1 && locative(cs)) {
            /* "a shooting at a taxi rank in Cape Town": a location inside
            ** the phrase names a country the act is in, never a
            ** government by its seat */
            const pgn__mention *pm = &s->doc->mentions.v[cand];
            ok = pm->code && pm->country && !strcmp(pm->code, pm->country);
        }
        if (ok) return cand;
        for (int c = s->first_child[k]; c >= 0 && qn < 64; c = s->next_sibling[c])
            if (pgn__rel_is(&s->tok[c], "nmod") || pgn__rel_is(&s->tok[c], "compound") ||
                pgn__rel_is(&s->tok[c], "amod") || pgn__rel_is(&s->tok[c], "appos") ||
                pgn__rel_is(&s->tok[c], "flat"))
                queue[qn] = c, depth[qn++] = depth[q] + 1;
    }
    return -1;
}

/* Whether token k names the country a border is of ("the Ukrainian
** border", "Ukraine's border", "the border with Ukraine"). */
static int border_of(const pgn__sent *s, int k) {
    int h = s->head[k];
    if (h < 0 || !(pgn__lemma_is(&s->tok[h], "border") || pgn__lemma_is(&s->tok[h], "frontier") ||
                   pgn__lemma_is(&s->tok[h], "boundary")))
        return 0;
    const char *cs = pgn__case_of(s, k);
    return pgn__rel_is(&s->tok[k], "amod") || pgn__rel_is(&s->tok[k], "nmod:poss") ||
           pgn__rel_is(&s->tok[k], "compound") ||
           (pgn__rel_is(&s->tok[k], "nmod") && cs && strcmp(cs, "with") == 0);
}

/* Whether token k owns a place the clause is near: "into the sea [off
** Japan's west coast]", "drills near [Taiwan's islands]". */
static int owner_near(const pgn__sent *s, int k, const char *const *near, size_t n) {
    int h = s->head[k];
    return h >= 0 &&
           (pgn__rel_is(&s->tok[k], "nmod:poss") || pgn__rel_is(&s->tok[k], "amod") ||
            pgn__rel_is(&s->tok[k], "compound")) &&
           case_in(pgn__case_of(s, h), near, n);
}

/* "China began drills in six zones around Taiwan", "massed troops around
** the Gaza Strip", "build-up on its border with Guyana": force readied
** (15x) near or at the border of another named country is aimed at that
** country; near one's own places or border, at no one.  Searched like
** phrase_target through the trigger's object, obliques and the noun
** phrases inside them.  -1 if none. */
int32_t pgn__extract_readied_near(const pgn__sent *s, int t, const match *m, int32_t src) {
    static const char *const near[] = {"around", "near", "along", "off", "toward", "towards"};
    if (strncmp(m->code, "15", 2) != 0) return -1;
    int queue[64], depth[64], qn = 0;
    queue[qn] = t, depth[qn++] = 0;
    for (int q = 0; q < qn; q++) {
        int k = queue[q];
        int32_t cand = q > 0 ? s->mention[k] : -1;
        if (cand >= 0 && cand != src && !pgn__countryless(s->doc, cand) &&
            !pgn__same_country(s->doc, cand, src) &&
            (case_in(pgn__case_of(s, k), near, sizeof near / sizeof near[0]) || border_of(s, k) ||
             owner_near(s, k, near, sizeof near / sizeof near[0])))
            return cand;
        if (depth[q] >= 4) continue;
        for (int c = s->first_child[k]; c >= 0 && qn < 64; c = s->next_sibling[c])
            if (pgn__rel_is(&s->tok[c], "obj") || pgn__rel_is(&s->tok[c], "obl") ||
                pgn__rel_is(&s->tok[c], "nmod") || pgn__rel_is(&s->tok[c], "amod") ||
                pgn__rel_is(&s->tok[c], "nmod:poss") || pgn__rel_is(&s->tok[c], "compound"))
                queue[qn] = c, depth[qn++] = depth[q] + 1;
    }
    return -1;
}

/* "confident that talks with Beijing would succeed", "optimistic that a
** trade agreement with Washington could be reached": optimism or
** pessimism (012, 013) about a clause is aimed at the actor its subject
** names, itself or in its "with" or "between" phrase.  -1 if none. */
int32_t pgn__extract_outlook_target(const pgn__sent *s, int t, const match *m, int32_t src) {
    if (strncmp(m->code, "012", 3) != 0 && strncmp(m->code, "013", 3) != 0) return -1;
    int cc = pgn__child(s, t, "ccomp");
    int n = cc >= 0 ? pgn__child(s, cc, "nsubj") : -1;
    if (n < 0 && cc >= 0) n = pgn__child(s, cc, "nsubj:pass");
    if (n < 0) return -1;
    int cands[9], nc = 0;
    cands[nc++] = n;
    for (int c = s->first_child[n]; c >= 0 && nc < 9; c = s->next_sibling[c]) {
        const char *cs = pgn__case_of(s, c);
        if (pgn__rel_is(&s->tok[c], "nmod") && cs && (!strcmp(cs, "with") || !strcmp(cs, "between")))
            cands[nc++] = c;
    }
    for (int k = 0; k < nc; k++) {
        int32_t a = pgn__actor_of(s, cands[k]);
        if (a >= 0 && a != src && !pgn__countryless(s->doc, a) && !pgn__same_country(s->doc, a, src))
            return a;
    }
    return -1;
}

/* "ruled out ceding territory to Russia", "refused to sign a deal
** proposed by Egypt", "declined an invitation to join BRICS", "refused
** to send troops to support Russia's invasion": a rejection (12x) naming
** no one is aimed at whom the rejected act or thing names, the nearest
** actor with another country in its complement clause or object (breadth
** first; subjects, conjuncts and places where it happens are not
** entered).  -1 if none. */
int32_t pgn__extract_rejected_target(const pgn__sent *s, int t, const match *m, int32_t src) {
    static const char *const into[] = {"obj", "obl", "xcomp", "acl", "advcl", "nmod",
                                       "nmod:poss", "compound", "amod", "obl:agent", "flat"};
    /* (a denial, "denied launching drones at the Kremlin", rejects no one) */
    if (strncmp(m->code, "12", 2) != 0 || pgn__lemma_is(&s->tok[t], "deny")) return -1;
    int queue[64], depth[64], qn = 0;
    for (int c = s->first_child[t]; c >= 0 && qn < 64; c = s->next_sibling[c])
        if (pgn__rel_is(&s->tok[c], "xcomp") || pgn__rel_is(&s->tok[c], "obj"))
            queue[qn] = c, depth[qn++] = 1;
    for (int q = 0; q < qn; q++) {
        int k = queue[q];
        int32_t cand = s->mention[k];
        if (cand >= 0 && cand != src && !pgn__countryless(s->doc, cand) &&
            !pgn__same_country(s->doc, cand, src) && pgn__place_may_be_target(s, cand, -1, 0))
            return cand;
        if (depth[q] >= 5) continue;
        for (int c = s->first_child[k]; c >= 0 && qn < 64; c = s->next_sibling[c])
            for (size_t r = 0; r < sizeof into / sizeof into[0]; r++)
                if (strcmp(s->tok[c].deprel ? s->tok[c].deprel : "", into[r]) == 0) {
                    queue[qn] = c, depth[qn++] = depth[q] + 1;
                    break;
                }
    }
    return -1;
}

/* "opened an investigation into war crimes committed in Ukraine",
** "will investigate abuses in Myanmar": an investigation (09x) naming no
** one is aimed at the country where what it looks into happened: a
** country or a place (not a government by its seat) named with "in"
** inside the investigated phrase, in another country than the
** investigator's.  -1 if none. */
int32_t pgn__extract_investigated_place(const pgn__sent *s, int t, const match *m, int32_t src) {
    if (strncmp(m->code, "09", 2) != 0) return -1;
    int queue[32], depth[32], qn = 0;
    int o = m->target >= 0 ? m->target : pgn__object_child(s, t);
    if (o < 0) return -1;
    queue[qn] = o, depth[qn++] = 0;
    /* ("into killings of civilians [in the Sudanese city]" with the place
    ** hung on the verb: an "in" phrase after the investigated one) */
    for (int c = s->first_child[t]; m->target >= 0 && c >= 0 && qn < 32; c = s->next_sibling[c]) {
        const char *cc = pgn__case_of(s, c);
        if (c > o && pgn__rel_is(&s->tok[c], "obl") && cc && !strcmp(cc, "in")) queue[qn] = c, depth[qn++] = 1;
    }
    for (int q = 0; q < qn; q++) {
        int k = queue[q];
        int32_t cand = q > 0 ? s->mention[k] : -1;
        const char *cs = pgn__case_of(s, k);
        /* ("in the Sudanese city of El Fasher", "in the town of Bucha":
        ** a place noun is named by its adjective or its "of" name) */
        for (int c = s->first_child[k]; q > 0 && cand < 0 && c >= 0; c = s->next_sibling[c]) {
            const char *cc = pgn__case_of(s, c);
            if (pgn__rel_is(&s->tok[c], "amod") || (pgn__rel_is(&s->tok[c], "nmod") && cc && !strcmp(cc, "of")))
                cand = s->mention[c];
        }
        /* (at home, "into the sale of state land in Johannesburg", the
        ** place is only where) */
        if (cand >= 0 && cand != src && cs && !strcmp(cs, "in") &&
            !pgn__same_country(s->doc, cand, src)) {
            const pgn__mention *pm = &s->doc->mentions.v[cand];
            if (pm->code && pm->country && !strncmp(pm->code, pm->country, 3) &&
                strlen(pm->code) == 3 && strcmp(pm->code, "IGO") && strcmp(pm->code, "NGO"))
                return cand;
        }
        if (depth[q] >= 3) continue;
        for (int c = s->first_child[k]; c >= 0 && qn < 32; c = s->next_sibling[c])
            if (pgn__rel_is(&s->tok[c], "nmod") || pgn__rel_is(&s->tok[c], "acl") ||
                pgn__rel_is(&s->tok[c], "obl"))
                queue[qn] = c, depth[qn++] = depth[q] + 1;
    }
    return -1;
}
