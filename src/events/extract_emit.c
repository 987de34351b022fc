/* src/events/extract_emit.c -- from one trigger's roles to events (coordination and expansion).
**
** emit expands coordinated actors into one event per source and target
** pair (or, for mutual and joint acts with no target, each towards the
** other), fills a missing target from the event's phrases
** (extract_implicit_target.c) or its actors' countries
** (extract_actor_country.c), sharpens the CAMEO kind, and asks
** factuality.c how the event is reported.  Separate from the search for
** the roles (extract_verb_roles.c, extract_noun_roles.c) and from the
** sentence pass that decides which triggers code (extract_sentence.c).
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
#include "targetless.h"
#include "match.h"
#include "unrealised.h"
#include "restated.h"
#include "warning.h"

typedef pgn__match match;
typedef pgn__roles roles;
typedef pgn__extract_ctx ctx;

/* "conducted joint operations", "a joint statement": what the coordinated
** sides do jointly, naming no one else, they do with each other ("joint"
** may be tagged a noun, its compound). */
static int has_joint(const pgn__sent *s, int i) {
    for (int c = i >= 0 ? s->first_child[i] : -1; c >= 0; c = s->next_sibling[c])
        if ((pgn__rel_is(&s->tok[c], "amod") || pgn__rel_is(&s->tok[c], "advmod") ||
             pgn__rel_is(&s->tok[c], "compound")) &&
            (pgn__lemma_is(&s->tok[c], "joint") || pgn__lemma_is(&s->tok[c], "jointly")))
            return 1;
    return 0;
}

/* "pulling back from points along [their] disputed border", "agreed to
** return [their] ambassadors", "to settle [their] dispute": what the
** coordinated sides share between them (a border, a dispute, their
** envoys), named as theirs in the clause, makes the act one between them.
** Searched in t's objects and obliques and the phrases inside them. */
static int shared_between(const pgn__sent *s, int t) {
    static const char *const shared[] = {"border", "frontier", "boundary", "dispute", "difference",
                                         "tie", "relation", "embassy", "ambassador", "envoy",
                                         "feud", "rivalry", "quarrel", "standoff", "partnership",
                                         "cooperation", "friendship"};
    int queue[32], depth[32], qn = 0;
    queue[qn] = t, depth[qn++] = 0;
    for (int q = 0; q < qn; q++) {
        int k = queue[q];
        for (int c = s->first_child[k]; c >= 0; c = s->next_sibling[c]) {
            const pgn__token *ct = &s->tok[c];
            if (q > 0 && pgn__rel_is(ct, "nmod:poss") && pgn__word_is(ct, "their"))
                for (size_t w = 0; w < sizeof shared / sizeof shared[0]; w++)
                    if (pgn__lemma_is(&s->tok[k], shared[w])) return 1;
            if (depth[q] < 3 && qn < 32 &&
                (pgn__rel_is(ct, "obj") || pgn__rel_is(ct, "obl") || pgn__rel_is(ct, "nmod") ||
                 (k == t && pgn__rel_is(ct, "advmod"))))
                queue[qn] = c, depth[qn++] = depth[q] + 1;
        }
    }
    return 0;
}

static int done_jointly(const pgn__sent *s, int t, const match *m) {
    if (has_joint(s, t)) return 1;
    for (int k = 0; k < m->n_objects; k++)
        if (has_joint(s, m->objects[k])) return 1;
    return 0;
}

/* Is t's subject borrowed from a head that is itself an event ("met with
** Turkey to discuss exports": the discussing is with Turkey, not between
** the coordinated subjects)?  Control verbs are no events of their own. */
static int borrowed_subject(const pgn__sent *s, int t) {
    int h = s->head[t];
    if (h < 0 || !(pgn__rel_is(&s->tok[t], "xcomp") || pgn__rel_is(&s->tok[t], "advcl")))
        return 0;
    if (pgn__child(s, t, "nsubj") >= 0) return 0;
    size_t n = 0;
    if (s->tok[h].lemma && pgn__lexicon_cue(s->lex, PGN__CUE_CONTROL, s->tok[h].lemma, NULL))
        return 0;
    pgn__lexicon_lookup(s->lex, s->tok[h].lemma, 'v', &n);
    return n > 0;
}

/* "agreed not to attack" (whatever the parser made of "not"), "has no
** plans to attack": the infinitive's act is negated. */
static int negated_infinitive(const pgn__sent *s, int t) {
    if (t >= 2 && pgn__lemma_is(&s->tok[t - 1], "to") &&
        (pgn__word_is(&s->tok[t - 2], "not") || pgn__word_is(&s->tok[t - 2], "never")))
        return 1;
    int h = s->head[t];
    if (h < 0 || !pgn__rel_is(&s->tok[t], "acl") || pgn__child(s, t, "mark") < 0) return 0;
    for (int c = s->first_child[h]; c >= 0; c = s->next_sibling[c])
        if (pgn__rel_is(&s->tok[c], "det") && pgn__word_is(&s->tok[c], "no")) return 1;
    return 0;
}

/* "Iran and Saudi Arabia agreed to reopen their embassies": an act the
** coordinated subjects agreed on together is towards each other. */
static int mutual_controller(const pgn__sent *s, int t) {
    int h = s->head[t];
    return h >= 0 && pgn__rel_is(&s->tok[t], "xcomp") && s->tok[h].lemma &&
           pgn__lexicon_cue(s->lex, PGN__CUE_MUTUAL, s->tok[h].lemma, NULL) &&
           pgn__lexicon_cue(s->lex, PGN__CUE_CONTROL, s->tok[h].lemma, NULL);
}

/* "Iran sent a letter to the UN urging [it] to condemn Israel": a plain
** object pronoun never names its own clause's subject (that would be
** "itself"), so when coreference gave it the source, it names the nearest
** other actor before it in the sentence; -1 (no target) when there is
** none, as for a possessive ("eased [its] restrictions"). */
static int32_t object_pronoun_referent(const pgn__sent *s, int32_t tgt, int32_t src) {
    const pgn__mention *pm = &s->doc->mentions.v[tgt];
    int p = (int)pm->first - (int)s->first;
    if (p < 0 || p >= s->n || pm->last != pm->first + 1 || !s->tok[p].upos ||
        strcmp(s->tok[p].upos, "PRON") != 0 ||
        !(pgn__rel_is(&s->tok[p], "obj") || pgn__rel_is(&s->tok[p], "iobj")) ||
        pgn__word_is(&s->tok[p], "itself") || pgn__word_is(&s->tok[p], "themselves"))
        return -1;
    for (int i = p - 1; i >= 0; i--) {
        int32_t m = s->mention[i];
        if (m >= 0 && m != tgt && !pgn__same_code(s->doc, m, src) && !pgn__countryless(s->doc, m))
            return m;
    }
    return -1;
}

/* "committed to denuclearisation at his summit with Trump": the partner
** of a meeting the sentence names ("summit / talks / meeting with X") is
** whom an intent is voiced to; -1 when none or of the source's country. */
static int32_t summit_partner(const pgn_doc *doc, const pgn__sent *s, int32_t src) {
    static const char *const meetings[] = {"summit", "talk", "meeting", "call", "negotiation"};
    for (int i = 0; i < s->n; i++) {
        int hit = 0;
        for (size_t k = 0; k < sizeof meetings / sizeof *meetings; k++) hit |= pgn__lemma_is(&s->tok[i], meetings[k]);
        if (!hit) continue;
        int w = pgn__prep_child(s, i, "with");
        int32_t m = w >= 0 ? s->mention[w] : -1;
        if (m >= 0 && m != src && !pgn__countryless(doc, m) && !pgn__same_country(doc, src, m)) return m;
    }
    return -1;
}

/* Whether mention m lies in a clause under token t: one modifying a noun
** ("reports [that police had detained lawmakers]": acl), or with any_clause
** a complement or adverbial clause too.  Most statements take their target
** from a complement ("optimistic that a deal with Washington": the deal's
** party); a refusal to comment only has a topic. */
static int in_clause_below(const pgn_doc *doc, const pgn__sent *s, int32_t m, int t, int any_clause) {
    int i = (int)doc->mentions.v[m].first - (int)s->first;
    if (i < 0 || i >= s->n) return 0;
    for (int steps = 0; i >= 0 && i != t && steps < PGN__MAX_WALK; steps++, i = s->head[i]) {
        if (s->head[i] < 0) return 0;
        if (steps && (pgn__rel_is(&s->tok[i], "acl") ||
                      (any_clause && (pgn__rel_is(&s->tok[i], "ccomp") || pgn__rel_is(&s->tok[i], "advcl")))))
            return 1;
    }
    return 0;
}

/* "Canada suspended [its] talks on a trade agreement with India", "walked
** out of [his] summit with Kim": the source's own possessive pronoun as the
** only target names the source's own affairs, no target; the target may
** be named deeper in the phrase (emit searches as if none were named). */
static int own_possessive(const pgn_doc *doc, const pgn__sent *s, int32_t src, int32_t tgt,
                          const char *code) {
    const pgn__mention *pm = &doc->mentions.v[tgt];
    int p = (int)pm->first - (int)s->first;
    return pm->how == PGN__MENTION_COREF && pgn__same_code(doc, src, tgt) &&
           !pgn__domestic_root(code) && p >= 0 && p < s->n && pm->last == pm->first + 1 &&
           pgn__rel_is(&s->tok[p], "nmod:poss");
}

/* A sharper CAMEO kind for event kind (its entry's code, or a sharpened
** one) between mentions src and tgt, or NULL to keep it:
** - "announced their withdrawal from ECOWAS", "withdrew from the WHO": a
**   state leaving an organisation cuts its relations with it (160), where
**   leaving a town is a military retreat (0874); not so forces withdrawn
**   ("withdrew its troops from the UN mission": the entry names an object);
** - "Haitian gangs torched police stations": arson by criminals or armed
**   groups destroys property (1712); only protesters' violence is a riot
**   (145). */
static const char *sharper_kind(const pgn_doc *doc, const pgn__sent *s, int t, const match *m,
                                const char *kind, int32_t src, int32_t tgt) {
    if (!strcmp(kind, "0874") && m->n_objects == 0 && tgt >= 0) {
        const char *tc = doc->mentions.v[tgt].code;
        if (tc && !strncmp(tc, "IGO", 3)) return "160";
    }
    if (!strcmp(kind, "145") && src >= 0) {
        static const char *const armed[] = {"CRM", "REB", "INS"};
        static const char *const arson[] = {"torch", "burn", "set", "raze", "fire"};
        const char *sec = doc->mentions.v[src].sector;
        int is_armed = 0, is_arson = 0;
        for (size_t k = 0; sec && k < sizeof armed / sizeof armed[0]; k++)
            is_armed |= !strcmp(sec, armed[k]);
        for (size_t k = 0; k < sizeof arson / sizeof arson[0]; k++)
            is_arson |= pgn__lemma_is(&s->tok[t], arson[k]);
        if (is_armed && is_arson) return "1712";
    }
    return NULL;
}

/* own_clause: the event is the speaker's own act (a denial voiced through
** "said ... false"), so the speech around it does not attribute it. */
int pgn__extract_emit(ctx *c, const pgn__sent *s, int t, const match *m, const roles *r,
                      int own_clause) {
    /* "deploy 100 more troops to the UN mission in Mali": forces sent to
    ** serve in a mission are peacekeepers (074) for the country it is in */
    int32_t host = -1;
    if (!strncmp(m->code, "154", 3) && m->target >= 0 && pgn__lemma_is(&s->tok[m->target], "mission")) {
        int in = pgn__prep_child(s, m->target, "in");
        host = in >= 0 ? pgn__actor_of(s, in) : -1;
    }
    const pgn__cameo *code = pgn__ontology_find(c->ont, host >= 0 ? "074" : m->code);
    if (!code) return 0; /* lexicon loaded without an ontology */
    roles placed = *r; /* "met in Istanbul": a place where it happens is no target */
    if (host >= 0) {
        placed.tgt[0] = host;
        placed.n_tgt = 1;
    }
    /* "fired tear gas at protesters [in Nairobi]": a country-less target
    ** is the place's country's, not the place (the city as its government) */
    for (int k = 0; k < placed.n_tgt; k++)
        placed.tgt[k] = pgn__located_actor(c->doc, s, placed.tgt[k], 0);
    pgn__place_roles(s, m->target_is_obj ? -1 : m->target, pgn__extract_violent(m), placed.src,
                     &placed.n_src, placed.tgt, &placed.n_tgt);
    for (int k = 0; k < placed.n_src; k++)
        placed.src[k] = pgn__located_actor(c->doc, s, placed.src[k], 1);
    if (pgn__extract_violent(m)) {
        /* "the Paris attack", "the Benghazi attack": a place on the noun is
        ** where, not who */
        int w = 0;
        for (int k = 0; k < placed.n_src; k++)
            if (!pgn__place_of_event_noun(s, placed.src[k], t)) placed.src[w++] = placed.src[k];
        placed.n_src = w;
    }
    /* ("RSF fighters and allied militias massacred civilians": the first
    ** source with a country leads) */
    int32_t lead = placed.n_src == 1 ? placed.src[0] : -1;
    for (int k = 0; k < placed.n_src && lead < 0; k++)
        if (!pgn__countryless(c->doc, placed.src[k])) lead = placed.src[k];
    for (int k = 0; k < placed.n_tgt && lead >= 0; k++)
        placed.tgt[k] = pgn__extract_unnamed_victims(c, s, t, m, lead, placed.tgt[k]);
    /* (sources only: "activists ... to protest their conditions" is no
    ** target the same as its source) */
    for (int k = 0; k < placed.n_src; k++) pgn__extract_coref_country(c->doc, placed.src[k]);
    int32_t people = -1; /* a country's people, protesting where named */
    int nameless = placed.n_src > 0;
    int protest = !strncmp(code->code, "14", 2); /* (or protesters' violence: a riot) */
    for (int k = 0; k < placed.n_src; k++) {
        const pgn__mention *sm = &c->doc->mentions.v[placed.src[k]];
        nameless &= pgn__countryless(c->doc, placed.src[k]);
        protest |= pgn__extract_violent(m) && sm->sector && !strcmp(sm->sector, "OPP");
    }
    if (nameless && protest) {
        /* "Yellow vest protesters clashed with police in central Paris":
        ** protesters and police the KB knows only by sector are the
        ** place's country's */
        int32_t p = pgn__protest_place(s, t);
        /* "The Sri Lankan president's residence was stormed by thousands
        ** of protesters": with no place named, protesters acting against
        ** a government are its country's people */
        for (int k = 0; p < 0 && k < placed.n_tgt; k++) {
            const pgn__mention *tm = &c->doc->mentions.v[placed.tgt[k]];
            if (tm->sector && !strcmp(tm->sector, "GOV") && !pgn__countryless(c->doc, placed.tgt[k]))
                p = placed.tgt[k];
        }
        for (int k = 0; p >= 0 && k < placed.n_src; k++) pgn__lend_country(c->doc, placed.src[k], p);
        for (int k = 0; p >= 0 && k < placed.n_tgt; k++)
            if (pgn__countryless(c->doc, placed.tgt[k])) pgn__lend_country(c->doc, placed.tgt[k], p);
        if (p >= 0 && placed.n_tgt == 0) placed.tgt[placed.n_tgt++] = p;
    }
    if (placed.n_src == 0 && strncmp(code->code, "14", 2) == 0) {
        /* "protests in Yerevan": that country's people, against its state */
        int32_t p = pgn__protest_place(s, t);
        const char *country = p >= 0 ? c->doc->mentions.v[p].country : NULL;
        uint32_t at = s->first + (uint32_t)t;
        int32_t who = people = country ? pgn__country_mention(c->doc, c->sentence, at, country) : -1;
        if (who >= 0) {
            placed.src[placed.n_src++] = who;
            if (placed.n_tgt == 0) placed.tgt[placed.n_tgt++] = p;
        }
    }
    if (placed.n_src == 0 && placed.n_tgt > 0 && strncmp(code->code, "173", 3) == 0 &&
        pgn__is_passive(s, t)) {
        /* "Duterte was arrested in Manila": an arrest with no one named
        ** as making it is made by the authorities of the place; with no
        ** place named ("Bolivia's former president was arrested"), by
        ** those of the arrested's own country */
        int32_t p = pgn__protest_place(s, t);
        const char *country = p >= 0 ? c->doc->mentions.v[p].country : c->doc->mentions.v[placed.tgt[0]].country;
        int32_t who = country && strlen(country) == 3 && strcmp(country, "IGO")
                          ? pgn__country_mention(c->doc, c->sentence, s->first + (uint32_t)t, country)
                          : -1;
        if (who >= 0) placed.src[placed.n_src++] = who;
    }
    r = &placed;
    if (r->n_src == 0 && r->n_tgt == 0) return 0;
    pgn__modality mod;
    pgn__modality_of(s, t, &mod);
    if (!mod.negated && negated_infinitive(s, t)) mod.negated = 1;
    if (mod.negated && !strcmp(code->code, "010")) {
        /* "would not comment on the claims", "did not comment": a
        ** statement withheld is a refusal to comment (011), which did
        ** happen, not a statement that did not */
        const pgn__cameo *k = pgn__ontology_find(c->ont, "011");
        if (k) code = k, mod.negated = 0;
    }
    if (own_clause) {
        mod.factuality = PGN__FACT_ASSERTED;
        mod.attributed_to = -1;
        mod.denied_by = -1;
    }
    /* "Clinton would beat Trump", "he should resign", "if we found out,
    ** we would return it": what the writer only supposes did not happen
    ** and is no event data.  What someone says they would do is their
    ** stated intent ("said it would send tanks": attributed), a refusal
    ** ("would not ratify") is one, and an order's or a plan's complement
    ** ("ordered the US to withdraw"; not "if Iran were to seize") is coded
    ** as the control verb says. */
    /* (a yes/no question asks whether its act happens, whatever the act
    ** hangs on: "Would it make ISIL less committed to kill Americans?") */
    if (mod.factuality == PGN__FACT_HYPOTHETICAL && !mod.negated && pgn__yes_no_question(s))
        return 0;
    if (mod.factuality == PGN__FACT_HYPOTHETICAL && mod.attributed_to < 0 && !mod.negated &&
        strcmp(code->code, "011") != 0 &&
        !(pgn__rel_is(&s->tok[t], "xcomp") && s->head[t] >= 0 && !pgn__lemma_is(&s->tok[s->head[t]], "be")))
        return 0;
    const char *date = NULL;
    if (c->opts && c->opts->date_cb)
        date = c->opts->date_cb(c->opts->date_ctx, c->doc, c->sentence, s->first + (uint32_t)t);
    if (!date) date = c->doc_date;
    roles recip;
    int reciprocal = 0;
    if (r->n_src == 0 && r->n_tgt >= 2 && m->target >= 0 && pgn__case_of(s, m->target) &&
        strcmp(pgn__case_of(s, m->target), "between") == 0) {
        /* "talks between Russia and Ukraine": each side towards the other. */
        recip = *r;
        memcpy(recip.src, r->tgt, sizeof r->tgt);
        recip.n_src = r->n_tgt;
        r = &recip;
        reciprocal = 1;
    } else if (r->n_src >= 2 && (r->n_tgt == 0 || pgn__extract_all_countryless(c->doc, r)) &&
               (r->n_tgt == 0 || shared_between(s, t)) &&
               (r->each_other || (s->tok[t].lemma &&
                                  pgn__lexicon_cue(s->lex, PGN__CUE_MUTUAL, s->tok[t].lemma, NULL) &&
                                  !borrowed_subject(s, t)) ||
                mutual_controller(s, t) || done_jointly(s, t, m) || m->joint ||
                shared_between(s, t) ||
                /* a truce the coordinated sides accept is between them */
                strncmp(m->code, "0871", 4) == 0)) {
        /* "China and Russia agreed to work together": with no target, the
        ** coordinated actors act on each other. */
        recip = *r;
        memcpy(recip.tgt, r->src, sizeof r->src);
        recip.n_tgt = r->n_src;
        r = &recip;
        reciprocal = 1;
    }
    /* An event needs a known actor ("Kharkiv was shelled" and "the
    ** invasion of Ukraine" name none): without one it cannot be used as
    ** event data, and dropping it keeps precision. */
    if (r->n_src == 0) return 0;
    /* A meeting with no one named ("Pakistan's decision to hold talks")
    ** has no dyad to code. */
    if (r->n_tgt == 0 && strncmp(m->code, "04", 2) == 0) return 0;
    for (int k = 0; k < m->e->n_items; k++)
        if (m->e->items[k].required && r->n_tgt == 0) return 0;
    if (strncmp(m->code, "04", 2) == 0 && m->target >= 0 && m->target_is_obj) {
        /* "received a batch of Russian jets", "received F-16s": goods
        ** received are no visitors hosted */
        const pgn__token *o = &s->tok[pgn__counted_noun(s, m->target)];
        const pgn__token *q = &s->tok[m->target];
        if ((o->lemma && pgn__lexicon_cue(s->lex, PGN__CUE_GOODS, o->lemma, NULL)) ||
            (q->lemma && pgn__lexicon_cue(s->lex, PGN__CUE_GOODS, q->lemma, NULL)))
            return 0;
    }
    if (s->tok[t].lemma && strcmp(s->tok[t].lemma, "order") == 0 && code->code[0] == '1' &&
        code->code[1] == '0' && r->n_tgt > 0 &&
        (pgn__countryless(c->doc, r->tgt[0]) || pgn__same_country(c->doc, r->src[0], r->tgt[0])))
        return 0; /* "Tokayev ordered security forces to...": his own, no demand */
    roles dom;
    /* ("refused to send troops to support Russia's invasion": a rejection
    ** whose object names only a sector of no country looks further) */
    if ((r->n_tgt == 0 || (r->n_tgt == 1 && own_possessive(c->doc, s, r->src[0], r->tgt[0], code->code)) ||
         (!strncmp(code->code, "12", 2) && pgn__extract_all_countryless(c->doc, r)) ||
         /* ("put the army on high alert along the boundary with Kosovo":
         ** forces of no country a state readies are its own, no target) */
         (!strncmp(code->code, "15", 2) && pgn__extract_all_countryless(c->doc, r))) &&
        r->n_src == 1 && !reciprocal) {
        /* (the entry's target phrase, else the object: "fired tear gas
        ** [at crowds]") */
        int o = m->target >= 0 && s->mention[m->target] < 0
                    ? pgn__counted_noun(s, m->target)
                    : pgn__counted_noun(s, pgn__object_child(s, m->complement >= 0 ? m->complement : t));
        int unnamed = o >= 0 && (s->mention[o] < 0 || pgn__countryless(c->doc, s->mention[o]));
        int from = -1;
        int32_t v = unnamed ? pgn__extract_origin_of(s, o, &from) : -1;
        int origin = v >= 0;
        if (v < 0 && unnamed)
            v = pgn__domestic_victim(c->doc, c->sentence, s->first + (uint32_t)o, code->code,
                                     r->src[0]);
        if (v < 0)
            v = pgn__domestic_protest(c->doc, c->sentence, s->first + (uint32_t)t, code->code,
                                      r->src[0]);
        if (v < 0) v = pgn__extract_readied_near(s, t, m, r->src[0]);
        if (v < 0) v = pgn__extract_phrase_target(s, t, m, r->src[0]);
        if (v < 0) v = pgn__extract_rejected_target(s, t, m, r->src[0]);
        if (v < 0) v = pgn__extract_investigated_place(s, t, m, r->src[0]);
        if (v < 0) v = pgn__extract_outlook_target(s, t, m, r->src[0]);
        if (v < 0) v = pgn__extract_accuser_victim(c, s, t, m);
        if (v < 0) v = pgn__extract_measure_country(c, s, t, code->code, r->src[0]);
        if (v < 0)
            v = pgn__domestic_demand(c->doc, c->sentence, s->first + (uint32_t)t, code->code,
                                     r->src[0]);
        if (v >= 0) {
            dom = *r;
            dom.tgt[0] = v;
            dom.n_tgt = 1;
            if (origin) pgn__extract_more_origins(s, from, &dom);
            r = &dom;
        }
    }
    int ns = r->n_src, nt = r->n_tgt ? r->n_tgt : 1;
    /* (a reciprocal pair skips source == target below) */
    for (int i = 0; i < ns; i++)
        for (int j = 0; j < nt; j++) {
            int32_t src = r->src[i], tgt = r->n_tgt ? r->tgt[j] : -1;
            if (src >= 0 && src == tgt) continue;
            /* "Trump and Vance ... a meeting": one side, no dyad */
            if (reciprocal && pgn__same_code(c->doc, src, tgt)) continue;
            /* "Moscow was suspending its participation", "China eased its
            ** restrictions": a pronoun naming the source again names its
            ** own affairs, not a target */
            if (tgt >= 0 && c->doc->mentions.v[tgt].how == PGN__MENTION_COREF &&
                pgn__same_code(c->doc, src, tgt) && !pgn__domestic_root(code->code))
                tgt = object_pronoun_referent(s, tgt, src);
            /* "ordered a mobilisation in Russia": force readied at home
            ** is aimed at no one there */
            if (tgt >= 0 && strncmp(code->code, "15", 2) == 0 &&
                c->doc->mentions.v[tgt].how != PGN__MENTION_COREF && !pgn__countryless(c->doc, tgt) &&
                pgn__same_country(c->doc, src, tgt))
                tgt = -1;
            /* "declined to comment on reports that police had detained
            ** lawmakers": a statement's target is who it is about, not an
            ** actor of a clause inside its topic */
            if (tgt >= 0 && strncmp(code->code, "01", 2) == 0 &&
                in_clause_below(c->doc, s, tgt, t, strcmp(code->code, "011") == 0))
                tgt = -1;
            /* "Clinton vowed to repeal the amendment", "unveiled a $275
            ** billion proposal": an intent aimed at no one named is a
            ** campaign's talk, no event (an offer to mediate or host, 037 and 039, needs none) */
            /* (billionaires, voters: a sector of no country or region is no
            ** one named; "African leaders" are) */
            if (tgt >= 0 && strncmp(code->code, "03", 2) == 0 && pgn__countryless(c->doc, tgt) &&
                c->doc->mentions.v[tgt].code && strlen(c->doc->mentions.v[tgt].code) == 3)
                tgt = -1;
            /* "criticized the Paris agreement": the agreement, not France */
            if (pgn__place_names_thing(s, tgt)) tgt = -1;
            if (tgt < 0 && strncmp(code->code, "03", 2) == 0) tgt = summit_partner(c->doc, s, src);
            if (tgt < 0 && strncmp(code->code, "03", 2) == 0 && strncmp(code->code, "037", 3) != 0 &&
                strncmp(code->code, "039", 3) != 0)
                continue;
            /* "Trump landed in Phoenix", "visited a factory in Ohio": travel
            ** to a place of one's own country is no visit between actors;
            ** nor is "the governor visited Washington", its own capital
            ** named for its government */
            if (tgt >= 0 && (!strncmp(code->code, "042", 3) || !strncmp(code->code, "043", 3)) &&
                ((c->doc->mentions.v[tgt].flags & PGN__MENTION_PLACE) ||
                 c->doc->mentions.v[tgt].how == PGN__MENTION_METONYM) &&
                pgn__same_country(c->doc, src, tgt))
                continue;
            /* "Gunmen killed 26 tourists": sectors with no country on both
            ** sides name no one the event could be coded for */
            if (pgn__countryless(c->doc, src) && (tgt < 0 || pgn__countryless(c->doc, tgt))) continue;
            if (PGN__VEC_RESERVE(c->doc->arena, c->doc->events))
                return pgn__err(c->err, PGN_ENOMEM, c->doc->meta.source, -1, -1,
                                "no memory for events");
            pgn__event *ev = &c->doc->events.v[c->doc->events.n++];
            memset(ev, 0, sizeof *ev);
            ev->sentence = c->sentence;
            ev->source = src;
            ev->target = tgt;
            ev->trigger = s->first + (uint32_t)t;
            ev->trigger_first = s->first + (uint32_t)m->lo;
            ev->trigger_last = s->first + (uint32_t)m->hi + 1;
            const pgn__cameo *kind = code;
            if (strncmp(code->code, "14", 2) == 0 && s->tok[t].upos && src != people &&
                strcmp(s->tok[t].upos, "NOUN") == 0 && pgn__state_named(c->doc, src)) {
                /* "despite protests from Britain": a state's protest named
                ** as a noun is an official complaint, not a demonstration */
                const pgn__cameo *k = pgn__ontology_find(c->ont, "114");
                if (k) kind = k;
            }
            const char *sharper = sharper_kind(c->doc, s, t, m, kind->code, src, tgt);
            if (sharper) {
                const pgn__cameo *k = pgn__ontology_find(c->ont, sharper);
                if (k) kind = k;
            }
            /* "attacked Clinton's record", "fought hard", "beat Sanders by
            ** 18 points": force words of politics, polls and sport; and
            ** "invested in the companies", "speaking to CNN": acts of
            ** business and the press */
            const char *figure = pgn__figurative_force(c->doc, s, t, kind->code, src, tgt);
            if ((figure && !*figure) || pgn__nonpolitical(c->doc, s, t, kind->code, src, tgt)) {
                c->doc->events.n--;
                continue;
            }
            if (figure) {
                const pgn__cameo *k = pgn__ontology_find(c->ont, figure);
                if (k) kind = k;
            }
            ev->cameo = pgn__domestic(c->doc, c->ont, kind, src, tgt);
            /* "denouncing corporate tax avoidance", "shared the same views":
            ** a criticism or accord aimed at no actor is a statement */
            if (tgt < 0 && pgn__aimed_at_nothing(s, t, ev->cameo->code, src)) {
                c->doc->events.n--;
                continue;
            }
            if (src >= 0 && !(c->doc->mentions.v[src].country && c->doc->mentions.v[src].country[0])) {
                /* "Gunmen killed 26 tourists [in Kashmir]", "allied militias
                ** massacred civilians": a source still with no country once
                ** a domestic act has lent it one ("mutinous soldiers
                ** arrested Mali's president") names no one who acted, whatever
                ** the target: event data codes no such act */
                c->doc->events.n--;
                continue;
            }
            ev->date = date;
            ev->negated = (uint8_t)mod.negated;
            ev->factuality = (uint8_t)mod.factuality;
            ev->attributed_to = mod.attributed_to;
            ev->denied_by = mod.denied_by;
        }
    return 0;
}
