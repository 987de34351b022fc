/* src/events/extract.c -- from a parsed, actor-tagged sentence to events.
**
** In: doc->tokens with lemma/upos/head/deprel (src/nlp), doc->mentions
** (src/kb), the lexicon and ontology.  Out: doc->events.
**
** For each token whose lemma heads lexicon entries match.c picks the most
** specific entry whose constraints hold (particles, object lemma,
** complement, target preposition); repair.c first mends two parse errors
** that hide a clause's verb or subject.  We then find the source (subject, passive
** agent, possessor of a nominal event) and target (object, oblique with the
** entry's preposition) with tree.c, expand coordinated actors into one
** event per pair (or, for mutual acts with no target, each towards the
** other), and ask factuality.c how the event is reported.  Control verbs
** hand their subject down to the infinitive they govern ("agreed to
** restore ties" codes the restoring), unless the entry itself names the
** infinitive ("invite T to >visit" codes the invitation and consumes
** "visit").  A last pass over the document links reports told in one
** sentence to their denial in another.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/error.h"
#include "events.h"
#include "extract_int.h"
#include "figurative.h"
#include "nonpolitical.h"
#include "match.h"
#include "unrealised.h"
#include "restated.h"
#include "warning.h"

typedef pgn__match match;

/* ---------------------------------------------------------- event building */

typedef struct roles {
    int32_t src[8], tgt[8];
    int n_src, n_tgt;
    int each_other;          /* the target is "each other" / "one another" */
} roles;

static int is_each_other(const pgn__sent *s, int i) {
    if (i < 0 || !s->tok[i].lemma) return 0;
    /* a parser's "[each] obj <- other fixed" */
    if (pgn__lemma_is(&s->tok[i], "each") || pgn__lemma_is(&s->tok[i], "one"))
        for (int c = s->first_child[i]; c >= 0; c = s->next_sibling[c])
            if (pgn__lemma_is(&s->tok[c], "other") || pgn__lemma_is(&s->tok[c], "another"))
                return 1;
    if (strcmp(s->tok[i].lemma, "other") && strcmp(s->tok[i].lemma, "another")) return 0;
    for (int c = s->first_child[i]; c >= 0; c = s->next_sibling[c])
        if (pgn__lemma_is(&s->tok[c], "each") || pgn__lemma_is(&s->tok[c], "one")) return 1;
    return 0;
}

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

/* Force used on a place (CAMEO roots 15 to 20: mobilising, coercing,
** assaulting, fighting) is used on whoever holds it. */
static int violent(const match *m) {
    int root = (m->e->code[0] - '0') * 10 + (m->e->code[1] - '0');
    return root >= 15;
}

/* The first actor a phrase introduced by one of preps names, among h's
** objects and obliques and, depth levels down, their modifiers. */
static int deep_prep_actor(const pgn__sent *s, int h, const char *const *preps, int depth) {
    for (int c = s->first_child[h]; c >= 0; c = s->next_sibling[c]) {
        const pgn__token *ct = &s->tok[c];
        if (!(pgn__rel_is(ct, "obl") || pgn__rel_is(ct, "nmod") || pgn__rel_is(ct, "obj")))
            continue;
        const char *cs = pgn__case_of(s, c);
        for (int k = 0; cs && preps[k]; k++)
            if (strcmp(cs, preps[k]) == 0 && pgn__actor_of(s, c) >= 0) return c;
        if (depth > 1) {
            int d = deep_prep_actor(s, c, preps, depth - 1);
            if (d >= 0) return d;
        }
    }
    return -1;
}

/* Whom the act c a threat announces is aimed at: g (its target or
** object) when an actor, else the actor of a directional phrase of c or
** g ("to send troops [into northern Kosovo]", "to cut aid [to Honduras]"). */
static int content_target(const pgn__sent *s, int c, int g) {
    if (g >= 0 && pgn__actor_of(s, g) >= 0 && !pgn__countryless(s->doc, pgn__actor_of(s, g)))
        return g;
    static const char *const at[] = {"into", "to", "against", "on", "at", "toward", "towards"};
    for (size_t k = 0; k < sizeof at / sizeof at[0]; k++) {
        int p = pgn__prep_child(s, c, at[k]);
        if (p < 0 && g >= 0) p = pgn__prep_child(s, g, at[k]);
        if (p >= 0 && pgn__actor_of(s, p) >= 0) return p;
    }
    return g;
}

/* Verbs whose subject gets what the event gives: their aid entries
** ("receive =aid from T") name the giver as the target phrase. */
static int receipt_verb(const pgn__token *t) {
    static const char *const vs[] = {"receive", "obtain", "get", "accept", "secure"};
    for (size_t k = 0; t->lemma && k < sizeof vs / sizeof vs[0]; k++)
        if (strcmp(t->lemma, vs[k]) == 0) return 1;
    return 0;
}

static int by_agent(const pgn__sent *s, int v);

static void verb_roles(const pgn__sent *s, int t, const match *m, roles *r) {
    int ag = pgn__child(s, t, "obl:agent");
    if (ag >= 0 && (!pgn__case_of(s, ag) || strcmp(pgn__case_of(s, ag), "by") != 0))
        ag = -1; /* an "agent" with no "by" is a parser's slip */
    if (ag >= 0 && pgn__rel_is(&s->tok[t], "acl") && s->head[t] >= 0) {
        /* "a ceasefire between Israel and Hamas, mediated by Egypt": the
        ** agent acts on the noun the participle modifies (or, for an
        ** event noun, on its parties) */
        int h = s->head[t];
        r->n_src = pgn__actors_of(s, ag, r->src, 8);
        int on = m->target >= 0 && !m->target_is_obj ? m->target : h;
        if (on == h && pgn__actor_of(s, h) < 0) {
            int b = pgn__prep_child(s, h, "between");
            if (b < 0) b = pgn__prep_child(s, h, "of");
            if (b >= 0) on = b;
        }
        r->n_tgt = pgn__actors_of(s, on, r->tgt, 8);
        return;
    }
    int passive = 0, subj = pgn__subject_of(s, t, &passive);
    if (subj < 0) subj = pgn__noun_verb_subject(s, t);
    int anchor = m->complement >= 0 ? m->complement : t;
    if (passive && subj >= 0) {
        /* "Ukraine was invaded by Russia": the passive subject is the target. */
        int agent = pgn__child(s, t, "obl:agent");
        if (agent < 0) agent = pgn__prep_child(s, t, "by");
        r->n_src = pgn__actors_of(s, agent, r->src, 8);
        if (r->n_src == 0 && !strncmp(m->code, "15", 2)) {
            /* "Thai police were placed on high alert", "North Korean
            ** troops were deployed to Kursk": forces readied with no one
            ** named are readied by their own state, towards whom the
            ** clause names */
            r->n_src = pgn__actors_of(s, subj, r->src, 8);
            r->n_tgt = m->target >= 0 && !m->target_is_obj ? pgn__actors_of(s, m->target, r->tgt, 8) : 0;
            return;
        }
        if (m->target < 0 || m->target_is_obj)
            r->n_tgt = pgn__actors_of(s, subj, r->tgt, 8);
        else
            r->n_tgt = pgn__actors_of(s, m->target, r->tgt, 8);
        return;
    }
    if (subj >= 0 && pgn__actor_of(s, subj) < 0 && s->tok[subj].upos &&
        strcmp(s->tok[subj].upos, "PRON") == 0 && pgn__rel_is(&s->tok[t], "ccomp") &&
        s->head[t] >= 0 && s->tok[s->head[t]].lemma &&
        pgn__lexicon_cue(s->lex, PGN__CUE_SPEECH, s->tok[s->head[t]].lemma, NULL)) {
        /* "The Israeli military said it had struck ...": a pronoun left
        ** unresolved as the subject of a reported clause is the speaker */
        int p2 = 0, sp = pgn__subject_of(s, s->head[t], &p2);
        if (sp >= 0 && !p2 && pgn__actor_of(s, sp) >= 0 &&
            (pgn__word_is(&s->tok[subj], "it") || pgn__word_is(&s->tok[subj], "they") ||
             pgn__word_is(&s->tok[subj], "we")))
            subj = sp;
    }
    if (subj >= 0 && pgn__actor_of(s, subj) < 0 && pgn__rel_is(&s->tok[t], "acl:relcl") &&
        s->head[t] >= 0)
        subj = s->head[t]; /* "forces, which shelled Kharkiv": the noun the clause modifies */
    for (int c = subj >= 0 && pgn__actor_of(s, subj) < 0 && violent(m) ? s->first_child[subj] : -1;
         c >= 0; c = s->next_sibling[c])
        if (pgn__rel_is(&s->tok[c], "acl") && by_agent(s, c) >= 0) {
            /* "Drones launched by Russia hit power plants": force an
            ** actor sent uses is its own (not so "talks brokered by
            ** Turkey") */
            subj = by_agent(s, c);
            break;
        }
    int blamed = -1; /* ("attacks [blamed on Chinese hackers] hit": theirs, alleged) */
    if (subj >= 0 && pgn__actor_of(s, subj) < 0 && violent(m) && pgn__accusing_verb(s, subj, &blamed) >= 0 &&
        blamed >= 0)
        subj = blamed;
    r->n_src = pgn__actors_of(s, subj, r->src, 8);
    if (subj >= 0 && s->head[subj] == t)
        /* "The United States, Britain and France launched": a list the
        ** parser split into two subjects */
        for (int c = s->first_child[t]; c >= 0 && r->n_src < 8; c = s->next_sibling[c])
            if (c != subj && pgn__rel_is(&s->tok[c], "nsubj")) {
                int32_t more[8];
                int k = pgn__actors_of(s, c, more, 8);
                for (int q = 0; q < k && r->n_src < 8; q++) {
                    int dup = 0;
                    for (int z = 0; z < r->n_src; z++) dup |= r->src[z] == more[q];
                    if (!dup) r->src[r->n_src++] = more[q];
                }
            }
    int tgt = m->target;
    if (tgt < 0 && m->complement >= 0 && pgn__rel_is(&s->tok[m->complement], "ccomp")) {
        /* "insisted that Washington respect ...": a demand's clause names
        ** whom it is made on as its subject */
        int sj = pgn__child(s, m->complement, "nsubj");
        if (sj >= 0 && pgn__actor_of(s, sj) >= 0) tgt = sj;
    }
    if (tgt < 0) {
        /* No T in the pattern: the object, else the object of an =item
        ** ("declined Putin's invitation": the inviter). */
        tgt = pgn__object_child(s, anchor);
        if (tgt < 0 && m->n_objects > 0) tgt = m->objects[0];
        if (tgt >= 0 && pgn__actor_of(s, tgt) < 0 && m->n_objects > 0 && tgt == m->objects[0]) {
            /* "rejected a truce proposal from the United States": the
            ** proposer answered */
            int f = pgn__prep_child(s, tgt, "from");
            if (f >= 0 && pgn__actor_of(s, f) >= 0) tgt = f;
        }

    }
    if (tgt >= 0 && pgn__actor_of(s, tgt) < 0 && pgn__is_event_noun(s, tgt)) {
        /* "condemned the attack by Russia": a reaction to an act is aimed
        ** at whom did it (the parser often hangs "by" on the verb) */
        int by = pgn__prep_child(s, tgt, "by");
        if (by < 0) by = pgn__prep_child(s, anchor, "by");
        if (by >= 0 && pgn__actor_of(s, by) >= 0) tgt = by;
    }
    if (tgt < 0 && !m->target_is_obj && s->tok[t].lemma &&
        !pgn__lexicon_cue(s->lex, PGN__CUE_DENIAL, s->tok[t].lemma, NULL)) {
        /* (A denial's clause is the denied report, not its target.) */
        /* "disappointed that China has not condemned": the clause's
        ** subject is what the reaction is about. */
        int cl = pgn__child(s, anchor, "ccomp");
        if (cl < 0) {
            int o = pgn__child(s, anchor, "obl");
            if (o >= 0) cl = pgn__child(s, o, "acl");
        }
        if (cl >= 0) {
            int passive = 0, sj = pgn__child(s, cl, "nsubj");
            (void)passive;
            if (sj >= 0 && pgn__actor_of(s, sj) >= 0 &&
                (!(subj >= 0 && pgn__actor_of(s, subj) >= 0 &&
                   pgn__same_country(s->doc, pgn__actor_of(s, sj), pgn__actor_of(s, subj))) ||
                 /* ("the government demanded that the ELN release":
                 ** rebels or the opposition are not the state itself) */
                 pgn__nonstate(s->doc, pgn__actor_of(s, sj))))
                tgt = sj; /* ("Iran warned that it would hit": not Iran) */
        }
    }
    if (tgt < 0 && m->complement < 0 && s->tok[t].lemma &&
        pgn__lexicon_cue(s->lex, PGN__CUE_CONTROL, s->tok[t].lemma, NULL)) {
        /* "Colombia refused to accept two US military planes": the act a
        ** control verb governs names whom it is about. */
        int x = pgn__child(s, t, "xcomp");
        int o = x >= 0 ? pgn__object_child(s, x) : -1;
        if (o >= 0 && pgn__actor_of(s, o) >= 0) tgt = o;
    }
    for (int k = 0; tgt >= 0 && k < m->n_objects; k++)
        if (m->objects[k] == tgt && s->mention[tgt] >= 0 &&
            pgn__countryless(s->doc, s->mention[tgt]))
            /* "exchanged intelligence": the pattern's own object word,
            ** which the KB knows as a sector (SPY), is not the target */
            tgt = -1;
    r->each_other = is_each_other(s, tgt);
    if ((tgt < 0 || pgn__actor_of(s, tgt) < 0) && violent(m)) {
        /* "attacked towns [in southern Israel]", "struck sites [across
        ** Iran]", "raided a camp [inside Syria]": the place names the target */
        static const char *const places[] = {"in", "across", "inside", "into"};
        for (size_t k = 0; k < sizeof places / sizeof places[0]; k++) {
            int in = pgn__prep_child(s, anchor, places[k]);
            if (in < 0 && tgt >= 0) in = pgn__prep_child(s, tgt, places[k]);
            if (in >= 0 && pgn__actor_of(s, in) >= 0) {
                tgt = in;
                break;
            }
        }
    }
    if ((tgt < 0 || pgn__actor_of(s, tgt) < 0) && violent(m) && s->head[t] >= 0 &&
        pgn__rel_is(&s->tok[t], "advcl") && pgn__child(s, t, "nsubj") < 0 &&
        pgn__child(s, t, "mark") < 0) {
        /* "stormed Israeli towns, killing hundreds": the participle's
        ** victims are the main clause's target's */
        int o = pgn__object_child(s, s->head[t]);
        if (o >= 0 && pgn__actor_of(s, o) >= 0) tgt = o;
    }
    if (tgt < 0 && s->head[t] >= 0 && pgn__rel_is(&s->tok[t], "conj")) {
        /* "condemned and sanctioned Moscow": a shared object hangs on the
        ** first conjunct, after the second. */
        int o = pgn__object_child(s, s->head[t]);
        if (o > t) tgt = o;
    }
    if (tgt < 0 && pgn__object_child(s, t) < 0) {
        /* "fired on and seized three Ukrainian vessels": an object shared
        ** by the verbs hangs on the last one */
        for (int c = s->first_child[t]; c >= 0 && tgt < 0; c = s->next_sibling[c])
            if (c > t && pgn__rel_is(&s->tok[c], "conj") && pgn__child(s, c, "nsubj") < 0 &&
                s->tok[c].upos && strcmp(s->tok[c].upos, "VERB") == 0) {
                int o = pgn__object_child(s, c);
                /* (only a list of bare verbs: "fired on and seized") */
                if (o >= 0 && c <= t + 3 && pgn__actor_of(s, o) >= 0) tgt = o;
            }
    }
    if ((tgt < 0 || pgn__actor_of(s, tgt) < 0) && s->head[t] >= 0 &&
        pgn__rel_is(&s->tok[t], "conj") && pgn__child(s, t, "nsubj") < 0 &&
        s->tok[s->head[t]].upos && strcmp(s->tok[s->head[t]].upos, "VERB") == 0) {
        /* "suspended a treaty with Pakistan and closed the border
        ** crossing", "rejected Moscow's demand but offered talks": a verb
        ** sharing its subject, with no one named, acts on whom the first
        ** verb named */
        int h = s->head[t], o = pgn__object_child(s, h);
        static const char *const via[] = {"with", "on", "against", "to"};
        for (size_t k = 0; (o < 0 || pgn__actor_of(s, o) < 0) && k < sizeof via / sizeof via[0]; k++) {
            int p = pgn__prep_child(s, h, via[k]);
            if (p < 0 && o >= 0) p = pgn__prep_child(s, o, via[k]);
            if (p >= 0) o = p;
        }
        if (o >= 0 && pgn__actor_of(s, o) >= 0 && !pgn__countryless(s->doc, pgn__actor_of(s, o)))
            tgt = o;
    }
    if (tgt < 0 || pgn__actor_of(s, tgt) < 0 || pgn__countryless(s->doc, pgn__actor_of(s, tgt))) {
        /* "suspended its talks on a trade agreement [with India]", "pulled
        ** back to a line [inside Gaza]", "suspend its offensive [in
        ** northern Syria]": a relation's partner, or the country a retreat
        ** is from, may hang one phrase deeper than the verb */
        static const char *const partner[] = {"with", NULL};
        static const char *const from[] = {"in", "inside", "from", "across", NULL};
        const char *c = m->e->code;
        const char *const *preps = NULL;
        if (!strncmp(c, "04", 2) || !strncmp(c, "05", 2) || !strncmp(c, "06", 2) ||
            !strncmp(c, "16", 2))
            preps = partner;
        else if (!strncmp(c, "087", 3) && strncmp(c, "0871", 4) && r->n_src == 1)
            preps = from; /* (not a truce: its parties are each other) */
        int d = preps ? deep_prep_actor(s, anchor, preps, 2) : -1;
        if (d >= 0 && !(subj >= 0 && pgn__actor_of(s, subj) >= 0 &&
                        pgn__same_code(s->doc, pgn__actor_of(s, d), pgn__actor_of(s, subj))))
            tgt = d;
    }
    if ((tgt < 0 || pgn__actor_of(s, tgt) < 0) && m->complement >= 0 &&
        !strncmp(m->code, "13", 2)) {
        /* "threatened to cut aid to Honduras": the entry names the act */
        int g = content_target(s, m->complement, tgt >= 0 ? tgt : pgn__object_child(s, m->complement));
        if (g >= 0 && pgn__actor_of(s, g) >= 0) tgt = g;
    }
    if ((tgt < 0 || pgn__actor_of(s, tgt) < 0 || pgn__countryless(s->doc, pgn__actor_of(s, tgt))) &&
        !violent(m) && strncmp(m->code, "087", 3) && strncmp(m->code, "04", 2)) {
        /* "rejected the proposal put forward by Hamas", "condemned the
        ** results of Venezuela's election", "threatened tariffs on goods
        ** from Mexico": a reaction to a thing no one is named for is aimed
        ** at whom the thing is by, of or from, as is a reaction to people
        ** known only by sector ("rejected the mediators sent by ECOWAS")
        ** (not a truce accepted: its
        ** broker is no party to it; nor a meeting: "met the conditions of
        ** the IMF loan" meets no one) */
        int o = tgt >= 0 ? tgt : pgn__object_child(s, anchor);
        int w = o >= 0 ? pgn__owner_of(s, o) : -1;
        if (w >= 0 && !(subj >= 0 && pgn__actor_of(s, subj) >= 0 &&
                        pgn__same_code(s->doc, pgn__actor_of(s, w), pgn__actor_of(s, subj))))
            tgt = w;
    }
    r->n_tgt = pgn__actors_of(s, tgt, r->tgt, 8);
    if (r->n_tgt == 0 && (!strncmp(m->code, "07", 2) || violent(m)) && s->head[t] >= 0 &&
        pgn__rel_is(&s->tok[t], "parataxis") && s->head[s->head[t]] < 0) {
        /* "Turkey and Syria earthquake: India sends relief teams": aid or
        ** force with no one named goes to the headline's topic country */
        int h = s->head[t], colon = 0;
        for (int k = h + 1; k < t; k++) colon |= s->tok[k].form && !strcmp(s->tok[k].form, ":");
        int32_t top[8];
        int n = colon ? pgn__actors_of(s, h, top, 8) : 0;
        for (int k = 0; k < n && r->n_tgt < 8; k++)
            if (!pgn__countryless(s->doc, top[k]) &&
                !(subj >= 0 && pgn__actor_of(s, subj) >= 0 &&
                  pgn__same_country(s->doc, top[k], pgn__actor_of(s, subj))))
                r->tgt[r->n_tgt++] = top[k];
    }
    if (!strncmp(m->code, "07", 2) && strcmp(m->code, "075") != 0 && receipt_verb(&s->tok[t]) &&
        r->n_src > 0 && r->n_tgt > 0) { /* (not "accepted refugees": asylum given) */
        /* "Pakistan received a shipment of tents from Turkey": aid runs
        ** from the giver named by "from" to the subject who receives it */
        roles sw = *r;
        memcpy(r->src, sw.tgt, sizeof r->src);
        memcpy(r->tgt, sw.src, sizeof r->tgt);
        r->n_src = sw.n_tgt;
        r->n_tgt = sw.n_src;
    }
}

/* Is the verb governing a nominal event an answer to it ("declined",
** "accepted", "rejected" an invitation) rather than support for it? */
static int answers(const pgn__ontology *ont, const match *hm) {
    const pgn__cameo *c = hm ? pgn__ontology_find(ont, hm->e->code) : NULL;
    return c && (strcmp(c->plover->name, "REJECT") == 0 || strcmp(c->plover->name, "AGREE") == 0);
}

/* The by-agent of verb v, when it names an actor, or -1. */
static int by_agent(const pgn__sent *s, int v) {
    int ag = pgn__child(s, v, "obl:agent");
    if (ag < 0) ag = pgn__prep_child(s, v, "by");
    return ag >= 0 && pgn__case_of(s, ag) && !strcmp(pgn__case_of(s, ag), "by") &&
                   pgn__actor_of(s, ag) >= 0
               ? ag
               : -1;
}

/* Who an event noun t is said to be carried out by: "the attack was
** carried out by Russian troops", "an offensive launched by Azerbaijan",
** "killed in air strikes [...] carried out by the air force" (the
** participle the parser hung on the clause's verb); -1 if no one. */
static int performer(const pgn__sent *s, int t) {
    int h = s->head[t];
    if (h >= 0 && pgn__rel_is(&s->tok[t], "nsubj:pass") && pgn__light_verb(&s->tok[h]))
        return by_agent(s, h);
    for (int c = s->first_child[t]; c >= 0; c = s->next_sibling[c])
        if (pgn__rel_is(&s->tok[c], "acl") && by_agent(s, c) >= 0) return by_agent(s, c);
    if (h >= 0 && pgn__rel_is(&s->tok[t], "obl"))
        for (int c = s->first_child[h]; c >= 0; c = s->next_sibling[c])
            if (c > t && pgn__rel_is(&s->tok[c], "advcl") && s->tok[c].xpos &&
                (!strcmp(s->tok[c].xpos, "VBN") || !strcmp(s->tok[c].xpos, "VBD")) &&
                pgn__child(s, c, "nsubj") < 0 &&
                pgn__child(s, c, "mark") < 0 && by_agent(s, c) >= 0)
                return by_agent(s, c);
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

static void noun_roles(const pgn__sent *s, int t, const match *m, const match *head_match,
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
    if (r->n_tgt == 0 && violent(m) && (m->e->code[1] >= '8' || m->e->code[0] == '2')) {
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
        for (size_t k = 0; np == 0 && violent(m) && k < sizeof aim / sizeof aim[0]; k++)
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

static const char *default_date(pgn_doc *doc) { return pgn__events_doc_date(doc); }

const char *pgn__events_doc_date(pgn_doc *doc) {
    const char *d = doc->meta.published ? doc->meta.published : doc->meta.updated;
    if (!d || strlen(d) < 10) return NULL;
    for (int i = 0; i < 10; i++) {
        int digit = d[i] >= '0' && d[i] <= '9';
        if ((i == 4 || i == 7) ? d[i] != '-' : !digit) return NULL;
    }
    return pgn__arena_strndup(doc->arena, d, 10);
}

typedef struct ctx {
    pgn_doc *doc;
    const pgn__ontology *ont;
    const pgn__lexicon *lex;
    const pgn__extract_opts *opts;
    const char *doc_date;
    uint32_t sentence;
    pgn_error *err;
} ctx;

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
static int32_t phrase_target(const pgn__sent *s, int t, const match *m, int32_t src) {
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
                 pgn__place_may_be_target(s, cand, -1, violent(m)) &&
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
static int32_t readied_near(const pgn__sent *s, int t, const match *m, int32_t src) {
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
static int32_t outlook_target(const pgn__sent *s, int t, const match *m, int32_t src) {
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
static int32_t rejected_target(const pgn__sent *s, int t, const match *m, int32_t src) {
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
static int32_t investigated_place(const pgn__sent *s, int t, const match *m, int32_t src) {
    if (strncmp(m->code, "09", 2) != 0) return -1;
    int queue[32], depth[32], qn = 0;
    int o = m->target >= 0 ? m->target : pgn__object_child(s, t);
    if (o < 0) return -1;
    queue[qn] = o, depth[qn++] = 0;
    for (int q = 0; q < qn; q++) {
        int k = queue[q];
        int32_t cand = q > 0 ? s->mention[k] : -1;
        const char *cs = pgn__case_of(s, k);
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

/* "Soldiers in Niger detained Bazoum and announced that they had seized
** power": a pronoun resolved to a sector with no country ("they": the
** soldiers, MIL) takes the country its antecedent has been given since
** (the soldiers are Niger's once "in Niger" placed them). */
static void coref_country(pgn_doc *doc, int32_t m) {
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
static int32_t accuser_victim(ctx *c, const pgn__sent *s, int t, const match *m) {
    int root = (m->e->code[0] - '0') * 10 + (m->e->code[1] - '0');
    int acc = root >= 17 ? pgn__accusing_verb(s, t, NULL) : -1;
    int passive = 0, sj = acc >= 0 ? pgn__subject_of(s, acc, &passive) : -1;
    /* ("rebels were accused by Bangladesh of firing shells across the
    ** border": the accuser of a passive is its by-agent) */
    if (passive) sj = by_agent(s, acc);
    const char *cy = sj >= 0 ? state_country(c->doc, pgn__actor_of(s, sj)) : NULL;
    return cy ? pgn__country_mention(c->doc, c->sentence, s->first + (uint32_t)sj, cy) : -1;
}

/* "charged four men from Tajikistan", "arrested two women from Iran":
** people named by where they come from are of that country, whether the
** parser hangs "from" on the noun or on the verb (then it must follow the
** noun at once).  The mention of the country, or -1; *from is set to the
** token naming it ("diplomats from Argentina, Chile and Peru" lists its
** conjuncts too). */
static int32_t origin_of(const pgn__sent *s, int o, int *from) {
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
static void more_origins(const pgn__sent *s, int f, roles *r) {
    for (int d = s->first_child[f]; d >= 0 && r->n_tgt < 8; d = s->next_sibling[d]) {
        int32_t a = pgn__rel_is(&s->tok[d], "conj") ? pgn__actor_of(s, d) : -1;
        if (a >= 0 && state_country(s->doc, a)) r->tgt[r->n_tgt++] = a;
    }
}

/* "Ethiopia declared a state of emergency", "Iran shut down the
** internet", "imposed a nationwide curfew", "crushed dissent", "pardoned
** thousands of prisoners": a measure a state takes at home, with no one
** else named, is aimed at its own country.  A country mention, or -1. */
static int32_t measure_country(ctx *c, const pgn__sent *s, int t, const char *code, int32_t src) {
    static const char *const measures[] = {"1721", "1723", "1724", "175", "056"};
    int hit = 0;
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
static int32_t unnamed_victims(ctx *c, const pgn__sent *s, int t, const match *m, int32_t src,
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
static int all_countryless(const pgn_doc *doc, const roles *r) {
    for (int k = 0; k < r->n_tgt; k++)
        if (r->tgt[k] < 0 || (doc->mentions.v[r->tgt[k]].country &&
                              doc->mentions.v[r->tgt[k]].country[0]))
            return 0;
    return r->n_tgt > 0;
}

/* own_clause: the event is the speaker's own act (a denial voiced through
** "said ... false"), so the speech around it does not attribute it. */
static int emit(ctx *c, const pgn__sent *s, int t, const match *m, const roles *r,
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
    pgn__place_roles(s, m->target_is_obj ? -1 : m->target, violent(m), placed.src,
                     &placed.n_src, placed.tgt, &placed.n_tgt);
    for (int k = 0; k < placed.n_src; k++)
        placed.src[k] = pgn__located_actor(c->doc, s, placed.src[k], 1);
    if (violent(m)) {
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
        placed.tgt[k] = unnamed_victims(c, s, t, m, lead, placed.tgt[k]);
    /* (sources only: "activists ... to protest their conditions" is no
    ** target the same as its source) */
    for (int k = 0; k < placed.n_src; k++) coref_country(c->doc, placed.src[k]);
    int32_t people = -1; /* a country's people, protesting where named */
    int nameless = placed.n_src > 0;
    int protest = !strncmp(code->code, "14", 2); /* (or protesters' violence: a riot) */
    for (int k = 0; k < placed.n_src; k++) {
        const pgn__mention *sm = &c->doc->mentions.v[placed.src[k]];
        nameless &= pgn__countryless(c->doc, placed.src[k]);
        protest |= violent(m) && sm->sector && !strcmp(sm->sector, "OPP");
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
    } else if (r->n_src >= 2 && (r->n_tgt == 0 || all_countryless(c->doc, r)) &&
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
         (!strncmp(code->code, "12", 2) && all_countryless(c->doc, r)) ||
         /* ("put the army on high alert along the boundary with Kosovo":
         ** forces of no country a state readies are its own, no target) */
         (!strncmp(code->code, "15", 2) && all_countryless(c->doc, r))) &&
        r->n_src == 1 && !reciprocal) {
        /* (the entry's target phrase, else the object: "fired tear gas
        ** [at crowds]") */
        int o = m->target >= 0 && s->mention[m->target] < 0
                    ? pgn__counted_noun(s, m->target)
                    : pgn__counted_noun(s, pgn__object_child(s, m->complement >= 0 ? m->complement : t));
        int unnamed = o >= 0 && (s->mention[o] < 0 || pgn__countryless(c->doc, s->mention[o]));
        int from = -1;
        int32_t v = unnamed ? origin_of(s, o, &from) : -1;
        int origin = v >= 0;
        if (v < 0 && unnamed)
            v = pgn__domestic_victim(c->doc, c->sentence, s->first + (uint32_t)o, code->code,
                                     r->src[0]);
        if (v < 0)
            v = pgn__domestic_protest(c->doc, c->sentence, s->first + (uint32_t)t, code->code,
                                      r->src[0]);
        if (v < 0) v = readied_near(s, t, m, r->src[0]);
        if (v < 0) v = phrase_target(s, t, m, r->src[0]);
        if (v < 0) v = rejected_target(s, t, m, r->src[0]);
        if (v < 0) v = investigated_place(s, t, m, r->src[0]);
        if (v < 0) v = outlook_target(s, t, m, r->src[0]);
        if (v < 0) v = accuser_victim(c, s, t, m);
        if (v < 0) v = measure_country(c, s, t, code->code, r->src[0]);
        if (v < 0)
            v = pgn__domestic_demand(c->doc, c->sentence, s->first + (uint32_t)t, code->code,
                                     r->src[0]);
        if (v >= 0) {
            dom = *r;
            dom.tgt[0] = v;
            dom.n_tgt = 1;
            if (origin) more_origins(s, from, &dom);
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

/* "accused Azerbaijan of [>shelling] towns", "accused Iran of [=attacks]":
** an accusation codes the act it names as well, alleged by the accuser
** (the entry's complement or object only sharpens the accusation's code:
** 1123), so it consumes neither. */
static int alleges(const match *m) { return strncmp(m->code, "112", 3) == 0; }

/* A nominal event with its own actor ("Putin's invitation") stays an event
** even when a verb's pattern names it ("declined =invitation"). */
static int own_source(const pgn__sent *s, int noun, int verb) {
    int passive = 0, sj = pgn__subject_of(s, verb, &passive);
    int32_t who = sj >= 0 ? pgn__actor_of(s, sj) : -1;
    for (int c = s->first_child[noun]; c >= 0; c = s->next_sibling[c])
        if ((pgn__rel_is(&s->tok[c], "nmod:poss") || pgn__rel_is(&s->tok[c], "amod")) &&
            s->mention[c] >= 0 && !pgn__countryless(s->doc, s->mention[c]) &&
            /* ("military aid" has no actor of its own; in "Iran suspended its
            ** cooperation" the actor is the verb's own) */
            !(who >= 0 && pgn__same_code(s->doc, who, s->mention[c])))
            return 1;
    return 0;
}

/* "Russian paratroopers arrived in Kazakhstan": troops arriving in or
** visiting a country are no visit (042) but forces deployed there. */
static int troops_arriving(const pgn__sent *s, int t, const match *m) {
    static const char *const troops[] = {"troop",   "troops",      "soldier", "paratrooper",
                                         "marine",  "peacekeeper", "force",   "unit",
                                         "battalion", "contingent"};
    if (strncmp(m->code, "042", 3) != 0) return 0;
    int passive = 0, sj = pgn__subject_of(s, t, &passive);
    if (sj < 0 || passive) return 0;
    for (size_t k = 0; k < sizeof troops / sizeof troops[0]; k++)
        if (pgn__lemma_is(&s->tok[sj], troops[k])) return 1;
    return 0;
}

/* Is t force (CAMEO 18 to 20) the speaker of its clause says it will use:
** "said it would strike", "saying they will attack"?  The clause has
** "will" or "would", and its subject is the speaker or a pronoun for it. */
static int spoken_own_force(const pgn__sent *s, int t, const match *m) {
    int h = s->head[t];
    int root = (m->code[0] - '0') * 10 + (m->code[1] - '0');
    if (root < 18 || h < 0 || !pgn__rel_is(&s->tok[t], "ccomp") || !s->tok[h].lemma ||
        !pgn__lexicon_cue(s->lex, PGN__CUE_SPEECH, s->tok[h].lemma, NULL))
        return 0;
    int modal = 0;
    for (int c = s->first_child[t]; c >= 0; c = s->next_sibling[c])
        if (pgn__rel_is(&s->tok[c], "aux") &&
            (pgn__word_is(&s->tok[c], "will") || pgn__word_is(&s->tok[c], "would")))
            modal = 1;
    int sj = pgn__child(s, t, "nsubj");
    if (!modal || sj < 0) return 0;
    if (pgn__word_is(&s->tok[sj], "it") || pgn__word_is(&s->tok[sj], "they") ||
        pgn__word_is(&s->tok[sj], "we"))
        return 1;
    int passive = 0, hs = pgn__subject_of(s, h, &passive);
    int32_t a = pgn__actor_of(s, sj), b = hs >= 0 && !passive ? pgn__actor_of(s, hs) : -1;
    return a >= 0 && b >= 0 && pgn__same_code(s->doc, a, b);
}

/* Force exchanged or traded ("exchanged gunfire with", "traded fire
** with") goes both ways. */
static int exchanged_force(const pgn__sent *s, int t, const match *m) {
    return m->code[0] == '1' && m->code[1] >= '8' &&
           (pgn__lemma_is(&s->tok[t], "exchange") || pgn__lemma_is(&s->tok[t], "trade"));
}

/* Is t the infinitive of a control verb that hands it on ("agreed to
** restore")?  Then t is coded and the control verb is not. */
static int control_value(const pgn__sent *s, int t, int *value) {
    int h = s->head[t];
    return h >= 0 && pgn__rel_is(&s->tok[t], "xcomp") && s->tok[h].lemma &&
           pgn__lexicon_cue(s->lex, PGN__CUE_CONTROL, s->tok[h].lemma, value);
}

/* "Trump ordered the United States to withdraw from the WHO": an order
** to one's own state or forces is no demand (emit drops it), so the act
** ordered is the event, not a complement the order consumes. */
static int own_order(const pgn__sent *s, int t, const match *m) {
    if (m->complement < 0 || m->code[0] != '1' || m->code[1] != '0' ||
        !(pgn__lemma_is(&s->tok[t], "order") || pgn__lemma_is(&s->tok[t], "instruct") ||
          pgn__lemma_is(&s->tok[t], "command")))
        return 0;
    int o = pgn__control_object(s, t);
    int32_t who = o >= 0 ? pgn__actor_of(s, o) : -1;
    int passive = 0, sj = pgn__subject_of(s, t, &passive);
    int32_t boss = sj >= 0 && !passive ? pgn__actor_of(s, sj) : -1;
    return who >= 0 && boss >= 0 && !pgn__countryless(s->doc, boss) &&
           (pgn__countryless(s->doc, who) || pgn__same_country(s->doc, boss, who));
}

/* "Turkey is ready to host a meeting between Russia and Ukraine", "willing
** to hold a summit with Seoul": a meeting (04x) one says one is ready,
** willing or offers to hold has not been agreed; it is the intent to meet
** (036), or to mediate (039) for a meeting of others (045).  NULL when t
** is no such meeting. */
static const char *meeting_offered(const pgn__sent *s, int t, const match *m) {
    static const char *const readiness[] = {"ready", "willing", "prepared", "offer", "eager"};
    int h = s->head[t];
    if (strncmp(m->code, "04", 2) != 0 || h < 0 || !pgn__rel_is(&s->tok[t], "xcomp")) return NULL;
    for (size_t k = 0; k < sizeof readiness / sizeof readiness[0]; k++)
        if (pgn__lemma_is(&s->tok[h], readiness[k]))
            return strncmp(m->code, "045", 3) == 0 ? "039" : "036";
    return NULL;
}

/* "Ukraine denied launching drones at the Kremlin", "the army denied using
** chemical weapons": denying one's own act, told as a gerund with no
** subject of its own, is denying responsibility (016), not rejecting
** something proposed or reported (120).  NULL when t is no such denial. */
static const char *own_act_denied(const pgn__sent *s, int t, const match *m) {
    if (strcmp(m->code, "120") != 0 || !pgn__lemma_is(&s->tok[t], "deny")) return NULL;
    for (int c = s->first_child[t]; c >= 0; c = s->next_sibling[c])
        if ((pgn__rel_is(&s->tok[c], "xcomp") || pgn__rel_is(&s->tok[c], "advcl") ||
             pgn__rel_is(&s->tok[c], "ccomp")) &&
            s->tok[c].xpos && strcmp(s->tok[c].xpos, "VBG") == 0 &&
            pgn__child(s, c, "nsubj") < 0 && pgn__child(s, c, "mark") < 0)
            return "016";
    return NULL;
}

/* "Israel killed Hezbollah leader Hassan Nasrallah", "a drone strike killed
** General Qassem Soleimani", "President Moise was killed": killing one
** named person, a leader or commander the KB knows by role or sector, is
** an assassination (186), not an armed clash (190) or air strike (195)
** that happens to kill.  NULL when t is no such killing. */
static const char *named_person_killed(const pgn__sent *s, int t, const match *m) {
    if (!violent(m) || !(pgn__lemma_is(&s->tok[t], "kill") || pgn__lemma_is(&s->tok[t], "slay")))
        return NULL;
    int o = m->target >= 0 ? m->target : pgn__object_child(s, t);
    int32_t who = o >= 0 ? (s->mention[o] >= 0 ? s->mention[o] : pgn__actor_of(s, o)) : -1;
    if (who < 0 || (s->tok[o].xpos && (strcmp(s->tok[o].xpos, "NNS") == 0 ||
                                       strcmp(s->tok[o].xpos, "NNPS") == 0)))
        return NULL; /* ("killed three soldiers": many, and no one named) */
    const pgn__mention *mm = &s->doc->mentions.v[who];
    /* (a person: known by a role ("secretary general"), or a two-word name
    ** with a sector ("Hezbollah leader Hassan Nasrallah" after his role
    ** ended); a country or an organisation named bare is neither) */
    int person = mm->role || (mm->sector && mm->how == PGN__MENTION_NAME && mm->entry &&
                              strchr(mm->entry, ' '));
    return person ? "186" : NULL;
}

/* "released nine prisoners and flew them to Sanaa": flying or carrying
** someone somewhere is transport, no visit (042) by the carrier. */
static int carried_not_visiting(const pgn__sent *s, int t, const match *m) {
    if (strncmp(m->code, "042", 3) != 0 ||
        !(pgn__lemma_is(&s->tok[t], "fly") || pgn__lemma_is(&s->tok[t], "airlift")))
        return 0;
    int o = pgn__child(s, t, "obj");
    return o >= 0;
}

/* "escalating the trade war", "a price war": a war of trade, prices or
** words is no armed combat (its measures are coded where named). */
static int figurative_war(const pgn__sent *s, int t, const match *m) {
    static const char *const of[] = {"trade", "tariff", "price", "currency", "word", "culture",
                                     "tech", "chip", "propaganda", "information"};
    if (!violent(m)) return 0;
    for (int c = s->first_child[t]; c >= 0; c = s->next_sibling[c])
        if (pgn__rel_is(&s->tok[c], "compound") || pgn__rel_is(&s->tok[c], "amod"))
            for (size_t k = 0; k < sizeof of / sizeof of[0]; k++)
                if (pgn__lemma_is(&s->tok[c], of[k])) return 1;
    return 0;
}

static int code_sentence(ctx *c, pgn__sent *s, match *matches, char *has) {
    /* Pass 1: match every trigger. */
    for (int t = 0; t < s->n; t++) {
        has[t] = 0;
        const pgn__token *tk = &s->tok[t];
        if (!tk->lemma || !tk->upos) continue;
        /* "Trump's Mar-a-Lago club" (Mar/March, Abbr=Yes): an abbreviation
        ** is a name or a month, never an act */
        if (tk->feats && strstr(tk->feats, "Abbr=Yes")) continue;
        /* Predicative adjectives read like verbs ("is critical of",
        ** "reports are false"). */
        char pos = strcmp(tk->upos, "VERB") == 0 || strcmp(tk->upos, "ADJ") == 0 ? 'v'
                   : (strcmp(tk->upos, "NOUN") == 0 || strcmp(tk->upos, "PROPN") == 0) ? 'n'
                                                                                      : 0;
        /* "after [Azerbaijan's] offensive/ADJ": an adjective with a
        ** possessor is a noun the tagger missed */
        if (pos == 'v' && strcmp(tk->upos, "ADJ") == 0 && pgn__child(s, t, "nmod:poss") >= 0) pos = 'n';
        /* "said Israel was [behind] the attack": the preposition is the
        ** predicate of a blame (pgn__blame_predicate) */
        int blamed, act, blame = pgn__blame_predicate(s, t, &blamed, &act) >= 0;
        if (blame && !pos) pos = 'v';
        /* "[Fighting VBG root] between the army and the RSF erupted": a
        ** gerund heading the sentence, or its subject, with no subject of
        ** its own names the act as a noun does */
        if (pos == 'v' && tk->xpos && !strcmp(tk->xpos, "VBG") && pgn__child(s, t, "nsubj") < 0 &&
            (s->head[t] < 0 || pgn__rel_is(tk, "nsubj") || pgn__rel_is(tk, "csubj")) &&
            pgn__best_match(s, t, 'n', &matches[t]))
            has[t] = 'n';
        else if (pos && pgn__best_match(s, t, pos, &matches[t])) has[t] = pos;
        /* A "noun" with a subject of its own is a verb the tagger missed
        ** ("The United States [shot/NOUN] down a balloon"). */
        /* (not after a copula: "Fico was [shot NOUN]" is a passive whose
        ** subject was shot, not the shooter) */
        else if (pos == 'n' && (pgn__child(s, t, "nsubj") >= 0 || pgn__noun_verb_subject(s, t) >= 0) &&
                 pgn__child(s, t, "cop") < 0 && pgn__best_match(s, t, 'v', &matches[t]))
            has[t] = 'v';
        if (has[t] == 'n' && figurative_war(s, t, &matches[t])) has[t] = 0;
        /* (the blame predicates' entries hold only in a blame) */
        if (has[t] && !blame && matches[t].e->n_items == 0 && !strcmp(matches[t].code, "112") &&
            (pgn__lemma_is(tk, "responsible") || pgn__lemma_is(tk, "involve") ||
             pgn__lemma_is(tk, "involved") || pgn__word_is(tk, "behind")))
            has[t] = 0;
    }
    /* Pass 2: what one trigger consumes is not coded on its own: a named
    ** complement ("invite T to >visit"), an object lemma ("sign
    ** =agreement"), and the generic event of a control verb whose
    ** infinitive is coded ("agreed to restore ties"). */
    for (int t = 0; t < s->n; t++) {
        if (!has[t]) continue;
        const match *m = &matches[t];
        /* ("Syrian forces were accused of shelling Turkey": an accusation
        ** no one is named as making is no event to fold the act into) */
        int passive = 0;
        if (has[t] == 'v') pgn__subject_of(s, t, &passive);
        int agentless = passive && pgn__prep_child(s, t, "by") < 0 && pgn__child(s, t, "obl:agent") < 0;
        if (m->complement >= 0 && !agentless && !own_order(s, t, m) && !alleges(m))
            has[m->complement] = 0;
        for (int k = 0; k < m->n_objects; k++) {
            int o = m->objects[k];
            /* ("pledged [funding VBG xcomp] to Bangladesh": a gerund the
            ** entry names as its object is that noun, not an act) */
            int gerund = has[o] == 'v' && s->tok[o].xpos && strcmp(s->tok[o].xpos, "VBG") == 0;
            if ((has[o] == 'n' || gerund) && !own_source(s, o, t) && !alleges(m)) has[o] = 0;
        }
    }
    /* "Iran warned that it would hit Israel": violence a threat or warning
    ** announces is the threat's content, and makes it a threat of force
    ** against the content's target. */
    for (int t = 0; t < s->n; t++) {
        if (!has[t] || strncmp(matches[t].code, "13", 2) != 0) continue;
        for (int c = s->first_child[t]; c >= 0; c = s->next_sibling[c]) {
            if (!has[c] || !(pgn__rel_is(&s->tok[c], "ccomp") || pgn__rel_is(&s->tok[c], "xcomp")))
                continue;
            int root = (matches[c].code[0] - '0') * 10 + (matches[c].code[1] - '0');
            /* "threatened to send troops into Kosovo": force readied is a
            ** threat of force too; "warned it would expel Somali
            ** diplomats", "cut aid": sanctions threatened are threats of
            ** sanctions (other acts stay hypothetical acts) */
            const char *as = root >= 18 || root == 15 || !strncmp(matches[c].code, "074", 3) ? "138"
                             : !strncmp(matches[c].code, "162", 3)                        ? "1311"
                             : !strncmp(matches[c].code, "163", 3)                        ? "1312"
                             : root == 16                                                 ? "1313"
                                                                                          : NULL;
            if (as) {
                if (strncmp(matches[t].code, as, strlen(as)) &&
                    (strcmp(as, "138") || strncmp(matches[t].code, "1385", 4)))
                    matches[t].code = as;
                if (matches[t].target < 0) {
                    int g = matches[c].target >= 0 ? matches[c].target : pgn__object_child(s, c);
                    matches[t].target = content_target(s, c, g);
                    matches[t].target_is_obj = 0;
                }
                has[c] = 0;
            }
        }
    }
    pgn__warning_outlook(s, matches, has);
    /* "pledged $500 million [to help advcl] Pakistan": aid a pledge's
    ** purpose clause names is what is pledged, and its receiver the
    ** pledge's target; the help itself has not happened yet */
    for (int t = 0; t < s->n; t++) {
        if (has[t] != 'v' || strncmp(matches[t].code, "03", 2) != 0 ||
            (matches[t].target >= 0 && pgn__actor_of(s, matches[t].target) >= 0))
            continue;
        for (int c = s->first_child[t]; c >= 0; c = s->next_sibling[c]) {
            if (has[c] != 'v' || strncmp(matches[c].code, "07", 2) != 0 ||
                !pgn__rel_is(&s->tok[c], "advcl"))
                continue;
            int to = pgn__child(s, c, "mark");
            if (to < 0 || !pgn__lemma_is(&s->tok[to], "to")) continue;
            int g = matches[c].target >= 0 ? matches[c].target : pgn__object_child(s, c);
            if (g < 0 || pgn__actor_of(s, g) < 0) continue;
            matches[t].target = g;
            matches[t].target_is_obj = 0;
            has[c] = 0;
        }
    }
    /* "saying it would strike Hamas targets": force a speaker says it will
    ** use is announced, a threat of force (138) against the same target */
    for (int t = 0; t < s->n; t++)
        if (has[t] == 'v' && spoken_own_force(s, t, &matches[t])) matches[t].code = "138";
    /* "A US drone strike killed Soleimani": a violent event noun as the
    ** subject of a violent verb is one event, the noun's kind with the
    ** verb's victim. */
    for (int t = 0; t < s->n; t++) {
        if (has[t] != 'v' || !violent(&matches[t])) continue;
        int c = pgn__child(s, t, "nsubj");
        if (c < 0 || has[c] != 'n' || !violent(&matches[c])) continue;
        int root = (matches[c].code[0] - '0') * 10 + (matches[c].code[1] - '0');
        if (root >= 18) matches[t].code = matches[c].code;
        has[c] = 0;
    }
    /* "shelled Kharkiv, killing three civilians": the participle tells the
    ** toll of the same attack; its victims serve as the attack's target
    ** when the attack names none. */
    for (int t = 0; t < s->n; t++) {
        int h = s->head[t];
        if (has[t] != 'v' || h < 0 || has[h] != 'v' || !violent(&matches[t]) ||
            !violent(&matches[h]) || !pgn__rel_is(&s->tok[t], "advcl") ||
            pgn__child(s, t, "nsubj") >= 0 || pgn__child(s, t, "mark") >= 0)
            continue;
        int o = pgn__object_child(s, t);
        int ht = matches[h].target >= 0 ? matches[h].target : pgn__object_child(s, h);
        if ((ht < 0 || pgn__actor_of(s, ht) < 0) && o >= 0 && pgn__actor_of(s, o) >= 0 &&
            !pgn__countryless(s->doc, pgn__actor_of(s, o))) {
            matches[h].target = o;
            matches[h].target_is_obj = 0;
        }
        has[t] = 0;
    }
    /* "Putin has an invitation to visit China, and Xi -- to visit Russia":
    ** an infinitive coordinated with a finite verb that governs no
    ** infinitive is elliptical content (of the invitation), not an act. */
    for (int t = 0; t < s->n; t++) {
        int h = s->head[t];
        if (!has[t] || h < 0 || !pgn__rel_is(&s->tok[t], "conj")) continue;
        int to = -1;
        for (int c = s->first_child[t]; c >= 0; c = s->next_sibling[c])
            if (pgn__rel_is(&s->tok[c], "mark") && pgn__lemma_is(&s->tok[c], "to")) to = c;
        if (to < 0 || pgn__child(s, h, "mark") >= 0) continue;
        if (s->tok[h].lemma && pgn__lexicon_cue(s->lex, PGN__CUE_CONTROL, s->tok[h].lemma, NULL))
            continue;
        has[t] = 0;
    }
    /* "if Israel struck Iranian soil": a condition is no event. */
    for (int t = 0; t < s->n; t++)
        if (has[t] && pgn__rel_is(&s->tok[t], "advcl"))
            for (int c = s->first_child[t]; c >= 0; c = s->next_sibling[c])
                if (pgn__rel_is(&s->tok[c], "mark") &&
                    (pgn__lemma_is(&s->tok[c], "if") || pgn__lemma_is(&s->tok[c], "unless")))
                    has[t] = 0;
    /* What a demand or appeal asks for ("Canada's demand for Azerbaijan's
    ** withdrawal") has not happened: the nominal content is not coded. */
    for (int t = 0; t < s->n; t++) {
        int h = s->head[t];
        if (has[t] != 'n' || h < 0 || has[h] != 'n' || !pgn__rel_is(&s->tok[t], "nmod")) continue;
        const pgn__cameo *hc = pgn__ontology_find(c->ont, matches[h].e->code);
        if (hc && strcmp(hc->plover->name, "REQUEST") == 0) has[t] = 0;
    }
    /* "demanded that the United States withdraw its troops": what a demand
    ** or appeal asks for in its clause has not happened either */
    for (int t = 0; t < s->n; t++) {
        int h = s->head[t];
        if (has[t] != 'v' || h < 0 || has[h] != 'v' || !pgn__rel_is(&s->tok[t], "ccomp")) continue;
        const pgn__cameo *hc = pgn__ontology_find(c->ont, matches[h].code);
        if (hc && strcmp(hc->plover->name, "REQUEST") == 0) has[t] = 0;
    }
    pgn__drop_unrealised(c->ont, s, matches, has);
    pgn__drop_restated(c->ont, s, matches, has);
    /* Nor what an offer, plan, threat or demand named as a noun would have
    ** done ("rejected Trump's offer [to send acl] US troops"). */
    for (int t = 0; t < s->n; t++) {
        /* (and a deal's terms: "reached a deal [to halt] the fighting" is
        ** the deal, 057; what it provides for is coded when done) */
        static const char *const unrealised[] = {"offer",   "proposal", "plan",   "demand",
                                                 "request", "appeal",   "threat", "promise",
                                                 "pledge",  "bid",      "call",   "deal",
                                                 "agreement", "pact",   "accord", "treaty"};
        int h = s->head[t];
        if (has[t] == 'v' && h >= 0 && pgn__rel_is(&s->tok[t], "advcl") && t >= 2 &&
            pgn__lemma_is(&s->tok[t - 1], "to") && s->head[t - 2] == h &&
            (pgn__rel_is(&s->tok[t - 2], "obj") || pgn__rel_is(&s->tok[t - 2], "obl")))
            h = t - 2; /* ("suspended its plan [to deploy advcl]", "over its plan [to
                       ** recognise advcl]": the parser's slip) */
        if (has[t] != 'v' || h < 0 || !s->tok[h].lemma ||
            !(pgn__rel_is(&s->tok[t], "acl") || pgn__rel_is(&s->tok[t], "xcomp") ||
              pgn__rel_is(&s->tok[t], "advcl")))
            continue;
        /* (a noun phrase for sure, not a verb the tagger missed: "Saudi
        ** Arabia [plans NOUN] to appeal") */
        if ((pgn__child(s, h, "det") < 0 && pgn__child(s, h, "nmod:poss") < 0) ||
            !s->tok[h].xpos || strcmp(s->tok[h].xpos, "NN") != 0)
            continue; /* ("The Indian government [plans NNS] to reject") */
        for (size_t k = 0; k < sizeof unrealised / sizeof unrealised[0]; k++)
            if (strcmp(s->tok[h].lemma, unrealised[k]) == 0) {
                has[t] = 0;
                /* ("to send troops [to fight advcl] cartels") */
                for (int d = s->first_child[t]; d >= 0; d = s->next_sibling[d])
                    if (pgn__rel_is(&s->tok[d], "advcl") || pgn__rel_is(&s->tok[d], "xcomp") ||
                        pgn__rel_is(&s->tok[d], "conj"))
                        has[d] = 0;
            }
    }
    for (int t = 0; t < s->n; t++) {
        /* sharper codes the trigger's own entry cannot tell */
        const char *intent = has[t] == 'v' ? meeting_offered(s, t, &matches[t]) : NULL;
        if (intent) {
            /* (coded on "ready": the readiness is asserted, the meeting
            ** would only be future) */
            int h = s->head[t];
            matches[h] = matches[t];
            matches[h].code = intent;
            has[h] = 'v';
            has[t] = 0;
        }
        const char *denial = has[t] == 'v' ? own_act_denied(s, t, &matches[t]) : NULL;
        if (denial) matches[t].code = denial;
        const char *killing = has[t] == 'v' ? named_person_killed(s, t, &matches[t]) : NULL;
        if (killing) matches[t].code = killing;
        if (has[t] == 'v' && carried_not_visiting(s, t, &matches[t])) has[t] = 0;
    }
    for (int t = 0; t < s->n; t++) {
        int v;
        if (!has[t] || !control_value(s, t, &v)) continue;
        int h = s->head[t];
        if (v == PGN__FACT__COUNT) {
            /* "refused to sign": the refusal is the event, not the signing. */
            if (has[h]) has[t] = 0;
        } else if (has[h] && matches[h].complement < 0) {
            /* Object control ("urged Iran to free the sailors") keeps the
            ** appeal and drops the wished-for act; subject control ("agreed
            ** to restore ties") codes the act. */
            if (pgn__control_object(s, h) >= 0) has[t] = 0;
            else has[h] = 0;
        }
    }
    /* The parser at times hangs the infinitive of object control on its
    ** verb as a purpose clause ("urged the EU [to admit advcl] Ukraine"):
    ** with another actor named as controller, it is the wished-for act all
    ** the same.  (Not so "went on a hunger strike [to protest]", nor
    ** "ordered the army [to attack]": one's own state or forces carry it
    ** out.) */
    for (int t = 0; t < s->n; t++) {
        int h = s->head[t];
        if (has[t] != 'v' || h < 0 || has[h] != 'v' || !pgn__rel_is(&s->tok[t], "advcl") ||
            pgn__child(s, t, "nsubj") >= 0 || !s->tok[h].lemma ||
            !pgn__lexicon_cue(s->lex, PGN__CUE_CONTROL, s->tok[h].lemma, NULL))
            continue;
        int o = pgn__control_object(s, h);
        int32_t who = o >= 0 ? pgn__actor_of(s, o) : -1;
        int passive = 0, sj = pgn__subject_of(s, h, &passive);
        int32_t boss = sj >= 0 && !passive ? pgn__actor_of(s, sj) : -1;
        if (who < 0 || pgn__countryless(s->doc, who) ||
            (boss >= 0 && pgn__same_country(s->doc, boss, who)))
            continue; /* ("Trump ordered the United States to withdraw") */
        int to = pgn__child(s, t, "mark");
        if (to >= 0 && pgn__lemma_is(&s->tok[to], "to")) has[t] = 0;
    }
    /* Pass 3: roles and events. */
    size_t first_event = c->doc->events.n;
    for (int t = 0; t < s->n; t++) {
        if (!has[t]) continue;
        roles r;
        memset(&r, 0, sizeof r);
        if (s->tok[t].lemma && pgn__lexicon_cue(s->lex, PGN__CUE_FALSITY, s->tok[t].lemma, NULL)) {
            /* "Peskov announced that the reports are false": Peskov's denial. */
            int sj = pgn__child(s, t, "nsubj");
            if (sj < 0 || !s->tok[sj].lemma ||
                !pgn__lexicon_cue(s->lex, PGN__CUE_REPORT, s->tok[sj].lemma, NULL))
                continue;
            int32_t who = pgn__falsity_speaker(s, t);
            if (who < 0) continue;
            r.src[0] = who;
            r.n_src = 1;
            int rc = emit(c, s, t, &matches[t], &r, 1);
            if (rc) return rc;
            continue;
        }
        int blamed, act, speech = has[t] == 'v' ? pgn__blame_predicate(s, t, &blamed, &act) : -1;
        if (speech >= 0) {
            /* the speaker accuses whom the predicate blames */
            int passive = 0;
            r.n_src = pgn__actors_of(s, pgn__subject_of(s, speech, &passive), r.src, 8);
            r.n_tgt = pgn__actors_of(s, blamed, r.tgt, 8);
        } else if (has[t] == 'v') {
            verb_roles(s, t, &matches[t], &r);
            if (troops_arriving(s, t, &matches[t])) matches[t].code = "074";
        }
        else {
            int h = s->head[t];
            noun_roles(s, t, &matches[t], h >= 0 && has[h] ? &matches[h] : NULL, c->ont, &r);
        }
        int rc = emit(c, s, t, &matches[t], &r, 0);
        if (rc) return rc;
        if (has[t] == 'v' && exchanged_force(s, t, &matches[t]) && r.n_src > 0 && r.n_tgt > 0 &&
            !r.each_other) {
            /* "Israeli soldiers exchanged gunfire with Palestinian
            ** militants": the other side fired too */
            roles back = r;
            memcpy(back.src, r.tgt, sizeof r.tgt);
            memcpy(back.tgt, r.src, sizeof r.src);
            back.n_src = r.n_tgt;
            back.n_tgt = r.n_src;
            rc = emit(c, s, t, &matches[t], &back, 0);
            if (rc) return rc;
        }
    }
    pgn__drop_shadowed(c->doc, s, first_event);
    return 0;
}

static const char *country3(const pgn_doc *doc, int32_t m) {
    if (m < 0 || (size_t)m >= doc->mentions.n) return NULL;
    const pgn__mention *mm = &doc->mentions.v[m];
    return mm->country ? mm->country : mm->code;
}

static int same_actor(const pgn_doc *doc, int32_t a, int32_t b) {
    const char *x = country3(doc, a), *y = country3(doc, b);
    if (!x || !y) return a < 0 && b < 0;
    return strncmp(x, y, 3) == 0;
}

/* A report denied in one sentence ("reports about Xi's refusal to visit
** Russia are false") is often told in another ("Xi allegedly declined the
** invitation, according to media reports").  An alleged event with the
** same category and the same source and target countries as a denied one
** is taken to be that report, and is denied by the same denier. */
static void propagate_denials(pgn_doc *doc, size_t first) {
    for (size_t i = first; i < doc->events.n; i++) {
        const pgn__event *d = &doc->events.v[i];
        if (d->factuality != PGN__FACT_DENIED || d->denied_by < 0) continue;
        for (size_t j = first; j < doc->events.n; j++) {
            pgn__event *e = &doc->events.v[j];
            if (e->factuality != PGN__FACT_ALLEGED || e->cameo->plover != d->cameo->plover ||
                !same_actor(doc, e->source, d->source) || !same_actor(doc, e->target, d->target))
                continue;
            e->factuality = PGN__FACT_DENIED;
            e->denied_by = d->denied_by;
        }
    }
}

int pgn__events_extract(const pgn__ontology *ont, const pgn__lexicon *lex, pgn_doc *doc,
                        const pgn__extract_opts *opts, pgn_error *err) {
    if (!ont || !lex || !doc)
        return pgn__err(err, PGN_EINVAL, "", -1, -1, "events: missing ontology, lexicon or doc");
    ctx c = {doc, ont, lex, opts, default_date(doc), 0, err};
    size_t first_event = doc->events.n;
    size_t cap = 0;
    int *buf = NULL;
    match *matches = NULL;
    char *has = NULL;
    pgn__token *toks = NULL; /* a sentence's tokens, when repaired */
    int rc = 0;
    size_t m = 0; /* mentions are in text order: one pass over them */
    for (size_t si = 0; si < doc->sentences.n && rc == 0; si++) {
        const pgn__sentence *sen = &doc->sentences.v[si];
        size_t n = sen->n_tokens;
        if (n == 0 || n > 100000) continue;
        if (n > cap) {
            free(buf);
            free(matches);
            free(has);
            free(toks);
            cap = n * 2;
            buf = malloc(cap * 5 * sizeof *buf);
            matches = malloc(cap * sizeof *matches);
            has = malloc(cap);
            toks = malloc(cap * sizeof *toks);
            if (!buf || !matches || !has || !toks) {
                rc = pgn__err(err, PGN_ENOMEM, doc->meta.source, -1, -1,
                              "no memory for sentence %zu", si);
                break;
            }
        }
        pgn__sent s = {doc, lex, doc->tokens.v + sen->first, sen->first, (int)n,
                       buf, buf + cap, buf + 2 * cap, buf + 3 * cap};
        for (int i = 0; i < s.n; i++) {
            int h = s.tok[i].head;
            s.head[i] = h >= 1 && h <= s.n && h - 1 != i ? h - 1 : -1;
            s.first_child[i] = s.next_sibling[i] = s.mention[i] = -1;
        }
        while (m < doc->mentions.n && doc->mentions.v[m].sentence < si) m++;
        for (size_t k = m; k < doc->mentions.n && doc->mentions.v[k].sentence == si; k++) {
            const pgn__mention *mm = &doc->mentions.v[k];
            for (uint32_t ti = mm->first; ti < mm->last; ti++)
                if (ti >= sen->first && ti < sen->first + n && s.mention[ti - sen->first] < 0)
                    s.mention[ti - sen->first] = (int)k;
        }
        pgn__repair_headline(&s, toks);
        /* A cycle in a broken parse must not loop: each walk up marks its
        ** path; meeting the path again closes a cycle, cut there.  Every
        ** token is walked once, so this is linear in the sentence. */
        int *state = buf + 4 * cap; /* 0 unseen, 1 on the current path, 2 done */
        for (int i = 0; i < s.n; i++) state[i] = 0;
        for (int i = 0; i < s.n; i++) {
            int j = i;
            while (j >= 0 && state[j] == 0) {
                state[j] = 1;
                int h = s.head[j];
                if (h >= 0 && state[h] == 1) s.head[j] = h = -1;
                j = h;
            }
            for (j = i; j >= 0 && state[j] == 1; j = s.head[j]) state[j] = 2;
        }
        /* Children lists, built backwards so siblings come in text order. */
        for (int i = s.n - 1; i >= 0; i--) {
            int h = s.head[i];
            if (h < 0) continue;
            s.next_sibling[i] = s.first_child[h];
            s.first_child[h] = i;
        }
        c.sentence = (uint32_t)si;
        rc = code_sentence(&c, &s, matches, has);
    }
    free(buf);
    free(matches);
    free(has);
    free(toks);
    if (rc == 0) propagate_denials(doc, first_event);
    return rc;
}
