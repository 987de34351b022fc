/* src/events/extract_verb_roles.c -- the source and target of an event a verb names.
**
** From the trigger verb's dependents (subject, passive agent, object,
** obliques with the entry's preposition, "each other"), through tree.c,
** to the roles one event or more is built from (extract_emit.c).  Kept
** apart from the nominal events' roles (extract_noun_roles.c), which read
** a noun phrase instead of a clause.
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

/* Force used on a place (CAMEO roots 15 to 20: mobilising, coercing,
** assaulting, fighting) is used on whoever holds it. */
int pgn__extract_violent(const match *m) {
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
int pgn__extract_content_target(const pgn__sent *s, int c, int g) {
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

/* Verbs that put someone out of a body or a country ("suspended from",
** "expelled from"). */
static int excluding(const pgn__token *t) {
    static const char *const v[] = {"suspend", "expel", "exclude", "eject", "oust", "deport"};
    for (size_t k = 0; k < sizeof v / sizeof v[0]; k++)
        if (pgn__lemma_is(t, v[k])) return 1;
    return 0;
}

void pgn__extract_verb_roles(const pgn__sent *s, int t, const match *m, roles *r) {
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
        if (r->n_src == 0 && excluding(&s->tok[t])) {
            /* "Madagascar was suspended from the African Union", "was
            ** expelled from Russia": with no agent named, the body or
            ** country one is put out of does it */
            int from = pgn__prep_child(s, t, "from");
            if (from >= 0 && from != m->target) r->n_src = pgn__actors_of(s, from, r->src, 8);
        }
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
    for (int c = subj >= 0 && pgn__actor_of(s, subj) < 0 && pgn__extract_violent(m) ? s->first_child[subj] : -1;
         c >= 0; c = s->next_sibling[c])
        if (pgn__rel_is(&s->tok[c], "acl") && pgn__extract_by_agent(s, c) >= 0) {
            /* "Drones launched by Russia hit power plants": force an
            ** actor sent uses is its own (not so "talks brokered by
            ** Turkey") */
            subj = pgn__extract_by_agent(s, c);
            break;
        }
    int blamed = -1; /* ("attacks [blamed on Chinese hackers] hit": theirs, alleged) */
    if (subj >= 0 && pgn__actor_of(s, subj) < 0 && pgn__extract_violent(m) &&
        pgn__accusing_verb(s, subj, &blamed) >= 0 && blamed >= 0)
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
    if ((tgt < 0 || pgn__actor_of(s, tgt) < 0) && pgn__extract_violent(m)) {
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
    if ((tgt < 0 || pgn__actor_of(s, tgt) < 0) && pgn__extract_violent(m) && s->head[t] >= 0 &&
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
        int g = pgn__extract_content_target(s, m->complement, tgt >= 0 ? tgt : pgn__object_child(s, m->complement));
        if (g >= 0 && pgn__actor_of(s, g) >= 0) tgt = g;
    }
    if ((tgt < 0 || pgn__actor_of(s, tgt) < 0 || pgn__countryless(s->doc, pgn__actor_of(s, tgt))) &&
        !pgn__extract_violent(m) && strncmp(m->code, "087", 3) && strncmp(m->code, "04", 2)) {
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
    if (r->n_tgt == 0 && (!strncmp(m->code, "07", 2) || pgn__extract_violent(m)) && s->head[t] >= 0 &&
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

/* The by-agent of verb v, when it names an actor, or -1. */
int pgn__extract_by_agent(const pgn__sent *s, int v) {
    int ag = pgn__child(s, v, "obl:agent");
    if (ag < 0) ag = pgn__prep_child(s, v, "by");
    return ag >= 0 && pgn__case_of(s, ag) && !strcmp(pgn__case_of(s, ag), "by") &&
                   pgn__actor_of(s, ag) >= 0
               ? ag
               : -1;
}
