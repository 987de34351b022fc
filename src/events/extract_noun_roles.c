/* src/events/extract_noun_roles.c -- the source and target of a nominal event.
**
** "Putin's invitation to Xi", "the killing of protesters by police": an
** event a noun names takes its source from a possessor, a "by" phrase or
** the clause that performs it, and its target from its own phrases.
** Separate from extract_verb_roles.c because a noun phrase carries its
** roles in other dependents than a clause.
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

/* Is the verb governing a nominal event an answer to it ("declined",
** "accepted", "rejected" an invitation) rather than support for it? */
static int answers(const pgn__ontology *ont, const match *hm) {
    const pgn__cameo *c = hm ? pgn__ontology_find(ont, hm->e->code) : NULL;
    return c && (strcmp(c->plover->name, "REJECT") == 0 || strcmp(c->plover->name, "AGREE") == 0);
}

/* "a ceasefire deal [brokered] by Washington": who brokers or mediates a
** deal between others is no party to it. */
static int go_between(const pgn__token *t) {
    return pgn__lemma_is(t, "broker") || pgn__lemma_is(t, "mediate") || pgn__lemma_is(t, "facilitate");
}

/* Who an event noun t is said to be carried out by: "the attack was
** carried out by Russian troops", "an offensive launched by Azerbaijan",
** "killed in air strikes [...] carried out by the air force" (the
** participle the parser hung on the clause's verb); -1 if no one. */
static int performer(const pgn__sent *s, int t) {
    int h = s->head[t];
    if (h >= 0 && pgn__rel_is(&s->tok[t], "nsubj:pass") && pgn__light_verb(&s->tok[h]))
        return pgn__extract_by_agent(s, h);
    for (int c = s->first_child[t]; c >= 0; c = s->next_sibling[c])
        if (pgn__rel_is(&s->tok[c], "acl") && !go_between(&s->tok[c]) && pgn__extract_by_agent(s, c) >= 0)
            return pgn__extract_by_agent(s, c);
    if (h >= 0 && pgn__rel_is(&s->tok[t], "obl"))
        for (int c = s->first_child[h]; c >= 0; c = s->next_sibling[c])
            if (c > t && pgn__rel_is(&s->tok[c], "advcl") && s->tok[c].xpos &&
                (!strcmp(s->tok[c].xpos, "VBN") || !strcmp(s->tok[c].xpos, "VBD")) &&
                pgn__child(s, c, "nsubj") < 0 &&
                pgn__child(s, c, "mark") < 0 && pgn__extract_by_agent(s, c) >= 0)
                return pgn__extract_by_agent(s, c);
    /* "an activist [has been] on hunger strike", "doctors are on strike":
    ** the subject of an event noun made a predicate does it */
    /* (not "are on strike": a walkout, which the bare noun's entry, an
    ** air strike's, does not code; "on hunger strike" is coded) */
    const char *cs = pgn__case_of(s, t);
    if (pgn__child(s, t, "cop") >= 0 && pgn__child(s, t, "nsubj") >= 0 &&
        pgn__actor_of(s, pgn__child(s, t, "nsubj")) >= 0 &&
        !(cs && !strcmp(cs, "on") && pgn__lemma_is(&s->tok[t], "strike") &&
          pgn__child(s, t, "compound") < 0 && pgn__child(s, t, "amod") < 0))
        return pgn__child(s, t, "nsubj");
    return -1;
}

/* The first and last token of the phrase headed by i (i and the tokens
** whose heads lead up to it). */
static void phrase_span(const pgn__sent *s, int i, int *first, int *last) {
    *first = *last = i;
    for (int j = 0; j < s->n; j++) {
        int k = j;
        for (int steps = 0; k >= 0 && k != i && steps < PGN__MAX_WALK; steps++) k = s->head[k];
        if (k != i) continue;
        if (j < *first) *first = j;
        if (j > *last) *last = j;
    }
}

void pgn__extract_noun_roles(const pgn__sent *s, int t, const match *m, const match *head_match,
                             const pgn__ontology *ont, roles *r) {
    int src = -1, weak = -1;
    for (int c = s->first_child[t]; c >= 0 && src < 0; c = s->next_sibling[c]) {
        const pgn__token *ct = &s->tok[c];
        int32_t a = pgn__actor_of(s, c);
        if ((pgn__rel_is(ct, "nmod:poss") || pgn__rel_is(ct, "amod") ||
             pgn__rel_is(ct, "compound")) && a >= 0 && c != m->target) {
            /* "a military offensive": a sector with no country is only
            ** the fallback when no clause names who launched it */
            const pgn__mention *mm = &s->doc->mentions.v[a];
            if (mm->country && mm->country[0]) src = c;
            else if (weak < 0) weak = c;
        }
    }
    if (src < 0) src = pgn__prep_child(s, t, "by");
    /* "blamed Israel [for the blast]", "accused Israel [of genocide]": the
    ** accused did the act the accusation names */
    int acc = src < 0 ? pgn__accusing_verb(s, t, &src) : -1;
    if (acc >= 0 && src >= 0 && s->mention[src] >= 0 &&
        s->doc->mentions.v[s->mention[src]].how == PGN__MENTION_COREF) {
        /* ("South Africa ..., accusing [it] of genocide": an object pronoun
        ** resolved to the accuser is a resolution error, not the accused) */
        int passive = 0, sj = pgn__subject_of(s, acc, &passive);
        if (sj >= 0 && !passive && pgn__same_code(s->doc, s->mention[src], pgn__actor_of(s, sj)))
            src = -1;
    }
    if (src < 0) {
        /* "protests from Britain", "condemnation from Qatar" */
        int f = pgn__prep_child(s, t, "from");
        if (f >= 0 && f != m->target && pgn__actor_of(s, f) >= 0) src = f;
    }
    int lv = pgn__light_verb_of(s, t);
    if (src < 0 && lv >= 0) {
        int passive = 0;
        src = pgn__subject_of(s, lv, &passive);
        if (passive) src = -1;
    }
    const char *cs = pgn__case_of(s, t);
    int hv = s->head[t] >= 0 && (pgn__rel_is(&s->tok[t], "obl") || pgn__rel_is(&s->tok[t], "advcl"))
                 ? s->head[t]
                 : -1;
    int dv = hv;
    if (dv < 0 && cs && strcmp(cs, "during") == 0 && pgn__rel_is(&s->tok[t], "nmod"))
        /* ("thanked China for its support [during a visit]": the parser
        ** hangs the phrase on a noun; the clause is the nearest verb's) */
        for (dv = s->head[t]; dv >= 0 && !(s->tok[dv].upos && strcmp(s->tok[dv].upos, "VERB") == 0);)
            dv = pgn__rel_is(&s->tok[dv], "obl") || pgn__rel_is(&s->tok[dv], "nmod") ||
                         pgn__rel_is(&s->tok[dv], "obj")
                     ? s->head[dv]
                     : -1;
    if (src < 0 && dv >= 0 && cs && strcmp(cs, "during") == 0) {
        /* "signed a pact with Kim during a rare visit to Pyongyang": the
        ** visit the clause happened during is its subject's */
        int passive = 0, sj = pgn__subject_of(s, dv, &passive);
        if (sj >= 0 && !passive && pgn__actor_of(s, sj) >= 0) src = sj;
    }
    if (src < 0 && hv >= 0 && cs && strcmp(cs, "with") == 0 && s->tok[hv].lemma) {
        /* "China retaliated with a 34 per cent tariff", "Canada responded
        ** with tariffs": the answer is the subject's */
        static const char *const answer[] = {"respond", "retaliate", "react", "reply", "hit"};
        for (size_t k = 0; k < sizeof answer / sizeof answer[0]; k++)
            if (pgn__lemma_is(&s->tok[hv], answer[k])) {
                int passive = 0, sj = pgn__subject_of(s, hv, &passive);
                if (sj >= 0 && !passive && pgn__actor_of(s, sj) >= 0) src = sj;
                break;
            }
    }
    if (src < 0) src = performer(s, t);
    if (src < 0) src = weak;
    if (src < 0 && s->tok[t].lemma && pgn__lexicon_cue(s->lex, PGN__CUE_MUTUAL, s->tok[t].lemma, NULL) &&
        (pgn__rel_is(&s->tok[t], "obl") || pgn__rel_is(&s->tok[t], "nmod"))) {
        /* "Putin and Erdogan agreed on a ceasefire after six hours of
        ** talks": talks nobody is named for are the coordinated subject's */
        int v = s->head[t];
        while (v >= 0 && s->tok[v].upos && strcmp(s->tok[v].upos, "VERB") != 0 &&
               (pgn__rel_is(&s->tok[v], "obl") || pgn__rel_is(&s->tok[v], "nmod")))
            v = s->head[v];
        int passive = 0, sj = v >= 0 ? pgn__subject_of(s, v, &passive) : -1;
        int32_t tmp[8];
        if (sj >= 0 && !passive && pgn__actors_of(s, sj, tmp, 8) >= 2) src = sj;
    }
    r->n_src = pgn__actors_of(s, src, r->src, 8);
    r->n_tgt = pgn__actors_of(s, m->target, r->tgt, 8);
    if (r->n_tgt == 0) {
        /* "Ukraine was hit by (a wave of) Russian strikes": the event
        ** named as a passive's agent acts on the passive's subject */
        int u = t, q = s->head[t];
        if (q >= 0 && pgn__counted_noun(s, q) == t) u = q;
        int v = s->head[u];
        const char *cu = pgn__case_of(s, u);
        if (v >= 0 && pgn__is_passive(s, v) && cu && strcmp(cu, "by") == 0 &&
            (pgn__rel_is(&s->tok[u], "obl") || pgn__rel_is(&s->tok[u], "obl:agent"))) {
            int p = pgn__child(s, v, "nsubj:pass");
            if (p >= 0) r->n_tgt = pgn__actors_of(s, p, r->tgt, 8);
        }
    }
    int h = s->head[t];
    if (r->n_tgt == 0 && h >= 0 && pgn__rel_is(&s->tok[t], "obj") && s->tok[t].lemma &&
        pgn__lexicon_cue(s->lex, PGN__CUE_ADDRESSED, s->tok[t].lemma, NULL) &&
        answers(ont, head_match)) {
        /* "Xi declined Putin's invitation": who declines or accepts an
        ** invitation is the one it was addressed to. */
        int passive = 0, subj = pgn__subject_of(s, h, &passive);
        if (!passive) r->n_tgt = pgn__actors_of(s, subj, r->tgt, 8);
    }
    if (r->n_tgt == 0 && hv >= 0 && cs && strcmp(cs, "with") == 0 && r->n_src > 0) {
        /* "intercepted the projectiles with help from the United States":
        ** the help is given to whom the clause's subject is */
        int passive = 0, sj = pgn__subject_of(s, hv, &passive);
        if (sj >= 0 && !passive) r->n_tgt = pgn__actors_of(s, sj, r->tgt, 8);
    }
    if (r->n_tgt == 0 && h >= 0 && pgn__rel_is(&s->tok[t], "obj") && s->tok[h].lemma) {
        /* "An Israeli strike targeted Doha, drawing condemnation from
        ** Qatar": a reaction an act draws is aimed at whoever did the act
        ** (the participle's own subject is its clause's) */
        static const char *const drew[] = {"draw", "prompt", "spark", "trigger", "provoke",
                                           "earn", "attract", "bring"};
        for (size_t k = 0; k < sizeof drew / sizeof drew[0]; k++)
            if (pgn__lemma_is(&s->tok[h], drew[k])) {
                if (r->n_src == 0) /* ("from Qatar" may hang on the verb) */
                    r->n_src = pgn__actors_of(s, pgn__prep_child(s, h, "from"), r->src, 8);
                /* ("criticism from other European leaders" names no state) */
                for (int k = 0; k < r->n_src; k++)
                    if (pgn__countryless(s->doc, r->src[k])) r->n_src = 0;
                /* (up the clauses while the subject names no one: "announced
                ** that they had seized power, drawing ...") */
                for (int v = h, up = 0; r->n_src > 0 && r->n_tgt == 0 && v >= 0 && up < 4; up++) {
                    int passive = 0, sj = pgn__subject_of(s, v, &passive);
                    if (sj < 0 && pgn__rel_is(&s->tok[v], "acl")) sj = s->head[v];
                    if (sj >= 0 && !passive) r->n_tgt = pgn__actors_of(s, sj, r->tgt, 8);
                    const char *cy = r->n_tgt > 0 ? s->doc->mentions.v[r->tgt[0]].country : NULL;
                    if (!cy || !cy[0]) r->n_tgt = 0;
                    if (passive) break;
                    v = s->head[v];
                }
                break;
            }
    }
    if (r->n_tgt == 0 && m->complement >= 0) /* "refusal to visit Russia" */
        r->n_tgt = pgn__actors_of(s, pgn__object_child(s, m->complement), r->tgt, 8);
    if (r->n_tgt == 0 && h >= 0 && pgn__case_of(s, t) && strcmp(pgn__case_of(s, t), "despite") == 0) {
        /* "arrived in Taipei despite warnings from Beijing": what was
        ** done despite a warning or protest is done by whom it addressed */
        int passive = 0, subj = pgn__subject_of(s, h, &passive);
        if (!passive) r->n_tgt = pgn__actors_of(s, subj, r->tgt, 8);
    }
    if (r->n_tgt == 0 && pgn__extract_violent(m) && (m->e->code[1] >= '8' || m->e->code[0] == '2')) {
        /* "a drone strike in Kabul", "air strikes across Gaza": force used
        ** in a country is used on it (a city or region is only where:
        ** src/events/place.c) */
        static const char *const where[] = {"in", "across", "inside"};
        int on[2] = {t, h >= 0 && pgn__rel_is(&s->tok[t], "obj") ? h : -1};
        for (int i = 0; i < 2 && on[i] >= 0 && r->n_tgt == 0; i++)
            for (size_t k = 0; k < sizeof where / sizeof where[0] && r->n_tgt == 0; k++) {
                int p = pgn__prep_child(s, on[i], where[k]);
                int32_t a = p >= 0 ? pgn__actor_of(s, p) : -1;
                /* (a city or region is only where, unless in another
                ** country than the source's: src/events/place.c decides) */
                if (a >= 0 && !pgn__countryless(s->doc, a))
                    r->n_tgt = pgn__actors_of(s, p, r->tgt, 8);
            }
    }
    if (r->n_tgt == 0 && lv >= 0)
        /* "launched strikes [on Kyiv]": the phrase may hang on the verb */
        for (int k = 0; k < m->e->n_items && r->n_tgt == 0; k++)
            if (m->e->items[k].kind == PGN__LI_TARGET_PREP)
                r->n_tgt = pgn__actors_of(s, pgn__prep_child(s, lv, m->e->items[k].word), r->tgt, 8);
    if (r->n_tgt == 0 && lv < 0 && h >= 0 && pgn__rel_is(&s->tok[t], "obj")) {
        /* "to stop Israeli air strikes [on its villages]", "condemned the
        ** sanctions [on Iran]": the parser hangs the noun's target phrase
        ** on the verb whose object the noun is; taken only when it follows
        ** the noun's phrase at once */
        /* (the entry's target preposition; for force with none named,
        ** "air strikes", those that aim force) */
        static const char *const aim[] = {"on", "against", "at"};
        const char *preps[8];
        int np = 0;
        for (int k = 0; k < m->e->n_items && np < 8; k++)
            if (m->e->items[k].kind == PGN__LI_TARGET_PREP) preps[np++] = m->e->items[k].word;
        for (size_t k = 0; np == 0 && pgn__extract_violent(m) && k < sizeof aim / sizeof aim[0]; k++)
            preps[np++] = aim[k];
        int first, end, pf, pl;
        phrase_span(s, t, &first, &end);
        for (int k = 0; k < np && r->n_tgt == 0; k++) {
            int p = pgn__prep_child(s, h, preps[k]);
            if (p < 0) continue;
            phrase_span(s, p, &pf, &pl);
            if (pf == end + 1) r->n_tgt = pgn__actors_of(s, p, r->tgt, 8);
        }
    }
}
