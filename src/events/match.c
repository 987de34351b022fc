/* src/events/match.c -- matching lexicon entries on a parsed sentence.
**
** For a trigger token, every entry its lemma heads (and, for a head with a
** compound or adjective, every entry "a_b" heads) is tried: particles,
** object lemmas (=item), complements (>item) and target phrases (T, PREP T)
** must all be found in the tree; the most specific match wins.  Used by
** extract.c (declared in match.h).
*/
#include <stdio.h>
#include <string.h>

#include "match.h"

typedef pgn__match match;

/* Does c carry lemma w, where "a_b" means head lemma b with a compound or
** adjective dependent a ("hunger_strike", "war_crime")? */
int pgn__quantity_word(const pgn__token *t) {
    /* Measures and consignments count their goods too: "sent 50 tonnes of
    ** medical supplies", "a shipment of vaccines", "a convoy of aid trucks". */
    static const char *const q[] = {"many",    "most",     "some",      "all",   "much",
                                    "part",    "dozens",   "hundreds",  "dozen", "hundred",
                                    "thousands", "thousand", "scores",  "score", "several",
                                    "tens",    "lot",      "number",
                                    "package", "round",    "wave",      "series", "barrage",
                                    "volley",  "raft",     "spate",     "string", "tonne",
                                    "ton",     "kilogram", "litre",     "liter", "shipment",
                                    "consignment", "batch", "tranche",  "convoy", "truckload",
                                    "planeload", "cargo"};
    for (size_t k = 0; t->lemma && k < sizeof q / sizeof q[0]; k++)
        if (t->lemma[0] == q[k][0] && strcmp(t->lemma, q[k]) == 0) return 1;
    return 0;
}

int pgn__counted_noun(const pgn__sent *s, int c) {
    /* ("tens of thousands of people": a count of a count) */
    for (int depth = 0; depth < 3 && c >= 0 && pgn__quantity_word(&s->tok[c]); depth++) {
        int d = s->first_child[c];
        while (d >= 0 && !(pgn__rel_is(&s->tok[d], "nmod") && pgn__case_of(s, d) &&
                           strcmp(pgn__case_of(s, d), "of") == 0))
            d = s->next_sibling[d];
        if (d < 0) break;
        c = d;
    }
    return c;
}

/* Does entry e name its target by a preposition ("impose =sanction on T")? */
static int names_target(const pgn__lex_entry *e) {
    for (int k = 0; k < e->n_items; k++)
        if (e->items[k].kind == PGN__LI_TARGET_PREP) return 1;
    return 0;
}

static int phrase_is(const pgn__sent *s, int c, const char *w) {
    /* "eased many of its restrictions", "a new package of sanctions": the
    ** quantity or batch stands for its noun (or, "approved a package",
    ** for itself) */
    if (pgn__quantity_word(&s->tok[c]))
        for (int d = s->first_child[c]; d >= 0; d = s->next_sibling[d])
            if (pgn__rel_is(&s->tok[d], "nmod") && pgn__case_of(s, d) &&
                strcmp(pgn__case_of(s, d), "of") == 0 && phrase_is(s, d, w))
                return 1;
    /* "$300 million", "25 million euros": an amount headed by its currency
    ** is the number it counts ("promise =million to T") */
    if (!strcmp(w, "million") || !strcmp(w, "billion"))
        for (int d = s->first_child[c]; d >= 0; d = s->next_sibling[d])
            if (pgn__rel_is(&s->tok[d], "nummod") && pgn__lemma_is(&s->tok[d], w)) return 1;
    const char *us = strchr(w, '_');
    if (!us) return pgn__lemma_is(&s->tok[c], w) || pgn__word_is(&s->tok[c], w);
    if (!s->tok[c].lemma || !pgn__lemma_is(&s->tok[c], us + 1)) return 0;
    size_t n = (size_t)(us - w);
    for (int d = s->first_child[c]; d >= 0; d = s->next_sibling[d])
        if ((pgn__rel_is(&s->tok[d], "compound") || pgn__rel_is(&s->tok[d], "amod")) &&
            s->tok[d].lemma && strlen(s->tok[d].lemma) == n &&
            memcmp(s->tok[d].lemma, w, n) == 0)
            return 1;
    return 0;
}

/* "shared intelligence [on sabotage plots [with NATO]]": the parser hangs
** a target phrase on the noun of the phrase before it.  The actor such a
** phrase names, one level under the verb's (or its object's) obliques and
** modifiers, or -1: only an actor, so a pattern never matches on a mere
** thing this deep. */
static int prep_actor_one_down(const pgn__sent *s, int anchor, int object, const char *prep) {
    /* (only a partner or an aim: a place this deep is where something
    ** else happened, "reopen embassies after talks [in Beijing]") */
    static const char *const aims[] = {"with", "to", "against", "toward", "towards", "into", "on"};
    int aimed = 0;
    for (size_t k = 0; k < sizeof aims / sizeof aims[0]; k++) aimed |= strcmp(prep, aims[k]) == 0;
    if (!aimed) return -1;
    int heads[2] = {anchor, object};
    for (int h = 0; h < 2; h++)
        for (int c = heads[h] >= 0 ? s->first_child[heads[h]] : -1; c >= 0; c = s->next_sibling[c]) {
            if (!pgn__rel_is(&s->tok[c], "obl") && !pgn__rel_is(&s->tok[c], "nmod")) continue;
            int p = pgn__prep_child(s, c, prep);
            if (p >= 0 && pgn__actor_of(s, p) >= 0) return p;
        }
    return -1;
}

static int is_object_rel(const pgn__token *t) {
    return pgn__rel_is(t, "obj") || pgn__rel_is(t, "iobj") || pgn__rel_is(t, "nsubj:pass") ||
           pgn__rel_is(t, "obl") || pgn__rel_is(t, "nmod") || pgn__rel_is(t, "compound") ||
           pgn__rel_is(t, "xcomp");
}

static int is_particle_of(const pgn__lex_entry *e, const pgn__token *t) {
    for (int k = 0; k < e->n_items; k++)
        if (e->items[k].kind == PGN__LI_PARTICLE && pgn__word_is(t, e->items[k].word)) return 1;
    return 0;
}

/* Does c's preposition fit object item it?  "=deal" is the object, not
** "suspended its offensive [under a deal]": a phrase with a case marker
** matches only the preposition the pattern writes before it ("accuse T
** of =fraud"); a phrase without one (obj, nsubj:pass, compound) always. */
static int prep_fits(const pgn__sent *s, int anchor, int c, const pgn__lex_entry *e,
                     const pgn__lex_item *it) {
    int marked = 0; /* ("pulled [out of the deal]": any of its markers) */
    for (int d = s->first_child[c]; d >= 0; d = s->next_sibling[d]) {
        if (!pgn__rel_is(&s->tok[d], "case") || !s->tok[d].lemma) continue;
        if (it->prep && pgn__word_is(&s->tok[d], it->prep)) return 1;
        if (d == anchor + 1 && is_particle_of(e, &s->tok[d]))
            continue; /* "handing [over its bases]": the verb's particle */
        marked = 1;
    }
    return !marked;
}

/* A case marker w directly followed by a second case marker of the same
** phrase ("out of", "away from"), on an oblique of verb v or a modifier of
** its object (or of the object's counted noun), else -1. */
static int particle_before_prep(const pgn__sent *s, int v, const char *w) {
    int heads[3] = {v, pgn__object_child(s, v), -1}, nh = 2;
    if (heads[1] >= 0 && pgn__counted_noun(s, heads[1]) != heads[1])
        heads[nh++] = pgn__counted_noun(s, heads[1]);
    for (int h = 0; h < nh; h++)
        for (int c = heads[h] >= 0 ? s->first_child[heads[h]] : -1; c >= 0; c = s->next_sibling[c]) {
            if (!pgn__rel_is(&s->tok[c], "obl") && !pgn__rel_is(&s->tok[c], "nmod")) continue;
            for (int d = s->first_child[c]; d >= 0; d = s->next_sibling[d])
                if (d > v && d + 1 < c && pgn__rel_is(&s->tok[d], "case") && pgn__word_is(&s->tok[d], w) &&
                    s->head[d + 1] == c && pgn__rel_is(&s->tok[d + 1], "case"))
                    return d;
        }
    return -1;
}

/* "summoned Gonzalez [for questioning]", "accused them [of spying]": the
** parser takes a gerund after a preposition for a clause (advcl, acl,
** marked by the preposition) where a pattern writes it as the object
** "for =questioning".  Only when the pattern names that preposition: a
** bare gerund clause ("..., killing five") is no object.  Its index or -1. */
static int form_is(const pgn__token *t, const char *w);
static int gerund_object(const pgn__sent *s, int v, const pgn__lex_item *it) {
    if (!it->prep) return -1;
    for (int c = s->first_child[v]; c >= 0; c = s->next_sibling[c]) {
        if (!(pgn__rel_is(&s->tok[c], "advcl") || pgn__rel_is(&s->tok[c], "acl")) || !s->tok[c].xpos ||
            strcmp(s->tok[c].xpos, "VBG") != 0 || !form_is(&s->tok[c], it->word))
            continue;
        for (int d = s->first_child[c]; d >= 0; d = s->next_sibling[d])
            if ((pgn__rel_is(&s->tok[d], "mark") || pgn__rel_is(&s->tok[d], "case")) &&
                pgn__word_is(&s->tok[d], it->prep))
                return c;
    }
    return -1;
}

/* "sent firefighters [to help Turkey]", "deployed troops to defend
** Kuwait": whom the purpose clause helps is whom the sending is to, when
** no "to" phrase names anyone.  That actor's token, else -1. */
static int helped_one(const pgn__sent *s, int v) {
    static const char *const helps[] = {"help", "assist", "support", "aid", "defend", "protect",
                                        "bolster", "reinforce"};
    /* (the clause hangs on the verb, or on the object sent: "troops [to
    ** help acl] Turkey") */
    int heads[2] = {v, pgn__child(s, v, "obj")};
    for (int h = 0; h < 2; h++)
        for (int c = heads[h] >= 0 ? s->first_child[heads[h]] : -1; c >= 0; c = s->next_sibling[c]) {
            if (!pgn__rel_is(&s->tok[c], "advcl") && !pgn__rel_is(&s->tok[c], "xcomp") &&
                !pgn__rel_is(&s->tok[c], "acl"))
                continue;
            int to = pgn__child(s, c, "mark"), hit = 0;
            for (size_t k = 0; k < sizeof helps / sizeof helps[0]; k++) hit |= pgn__lemma_is(&s->tok[c], helps[k]);
            if (!hit || to < 0 || !pgn__lemma_is(&s->tok[to], "to")) continue;
            int o = pgn__child(s, c, "obj");
            if (o >= 0 && pgn__actor_of(s, o) >= 0) return o;
            /* ("to help [Turkey] battle wildfires": the one helped right
            ** after the verb, whatever the parser made of it) */
            if (c + 1 < s->n && s->mention[c + 1] >= 0 && pgn__actor_of(s, c + 1) >= 0) return c + 1;
        }
    return -1;
}

static int is_complement_rel(const pgn__token *t) {
    return pgn__rel_is(t, "xcomp") || pgn__rel_is(t, "ccomp") || pgn__rel_is(t, "advcl") ||
           pgn__rel_is(t, "acl");
}



/* Is clause c a mandative subjunctive ("insisted that Algeria [reopen]",
** "that the vote [be] held", "that it [should] leave")?  Its verb is bare
** (or "be"), with no modal but "should": "insisted that Algeria had
** reopened" or "would reopen" reports, it does not demand. */
static int form_is(const pgn__token *t, const char *w) {
    if (!t->form || !w) return 0;
    size_t i = 0;
    for (; t->form[i] && w[i]; i++) {
        char c = t->form[i];
        if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
        if (c != w[i]) return 0;
    }
    return !t->form[i] && !w[i];
}

static int mandative_clause(const pgn__sent *s, int c) {
    int bare = form_is(&s->tok[c], s->tok[c].lemma);
    for (int d = s->first_child[c]; d >= 0; d = s->next_sibling[d]) {
        if (!pgn__rel_is(&s->tok[d], "aux") && !pgn__rel_is(&s->tok[d], "aux:pass")) continue;
        if (form_is(&s->tok[d], "should") || form_is(&s->tok[d], "be")) bare = 1;
        else return 0;
    }
    return bare;
}

static void widen(match *m, int i) {
    if (i < m->lo) m->lo = i;
    if (i > m->hi) m->hi = i;
}


/* "[Iran compound] [shot NOUN root] down a drone": a root the tagger took
** for a noun, with the clause's actor hung on it as a compound before it:
** that actor, else -1. */
int pgn__noun_verb_subject(const pgn__sent *s, int t) {
    /* (not the root either when another clause follows: "Iran [shot NOUN]
    ** down a drone, and Washington called it a mistake"; a noun right
    ** before "down" is no noun phrase of its own) */
    if (s->head[t] >= 0 &&
        !(t + 1 < s->n && pgn__word_is(&s->tok[t + 1], "down") && pgn__word_is(&s->tok[t], "shot")))
        return -1;
    for (int c = s->first_child[t]; c >= 0 && c < t; c = s->next_sibling[c])
        if (pgn__rel_is(&s->tok[c], "compound") && pgn__actor_of(s, c) >= 0 &&
            s->mention[c] >= 0 && s->mention[t] != s->mention[c])
            return c;
    return -1;
}

/* Has t's subject coordinated actors ("India and Vietnam", "Indian and
** Vietnamese navies")? */
static int coordinated_subject(const pgn__sent *s, int t) {
    /* (its own subject: "Japan and Korea signed a pact [to share
    ** intelligence with T]" names the partner elsewhere) */
    int sj = pgn__child(s, t, "nsubj");
    if (sj < 0 || pgn__rel_is(&s->tok[sj], "nsubj:pass")) return 0;
    int32_t a[8];
    return pgn__actors_of(s, sj, a, 8) >= 2;
}

/* Tries entry e on trigger t; fills m and returns 1 when it matches. */
static int try_entry(const pgn__sent *s, int t, const pgn__lex_entry *e, match *m) {
    memset(m, 0, sizeof *m);
    m->e = e;
    m->target = m->complement = m->prt_object = -1;
    m->lo = m->hi = t;
    int anchor = t, last_object = -1, held = -1, particle = -1;
    for (int k = 0; k < e->n_items; k++) {
        const pgn__lex_item *it = &e->items[k];
        int found = -1;
        switch (it->kind) {
        case PGN__LI_PARTICLE:
            for (int c = s->first_child[anchor]; c >= 0 && found < 0; c = s->next_sibling[c])
                if ((pgn__rel_is(&s->tok[c], "compound:prt") ||
                     pgn__rel_is(&s->tok[c], "advmod")) && pgn__word_is(&s->tok[c], it->word))
                    found = c;
            /* A parser may hang the particle on the next phrase as a case
            ** marker ("pulled [out of Iraq]"); it still follows the verb. */
            for (int c = s->first_child[anchor]; c >= 0 && found < 0; c = s->next_sibling[c]) {
                if (!pgn__rel_is(&s->tok[c], "obl") && !pgn__rel_is(&s->tok[c], "nmod")) continue;
                for (int d = s->first_child[c]; d >= 0 && found < 0; d = s->next_sibling[d])
                    if (pgn__rel_is(&s->tok[d], "case") && d == anchor + 1 &&
                        pgn__word_is(&s->tok[d], it->word)) {
                        found = d;
                        m->prt_object = c; /* "shot [down a balloon]" */
                    }
            }
            /* "drove thousands of people [out of El Geneina]", "forced the
            ** Rohingya [out of their villages]": after the object, the
            ** particle opens a two-word preposition on a phrase of the
            ** verb or of its object (the object stays the verb's own) */
            if (found < 0) found = particle_before_prep(s, anchor, it->word);
            /* "fired [on] and seized three vessels": a particle stranded
            ** before a coordinated verb, which the parser hangs on that
            ** verb (as its marker) */
            if (found < 0 && anchor + 1 < s->n && s->head[anchor + 1] > anchor + 1 &&
                pgn__word_is(&s->tok[anchor + 1], it->word)) {
                int h = s->head[anchor + 1];
                if (s->head[h] == anchor && pgn__rel_is(&s->tok[h], "conj")) found = anchor + 1;
            }
            if (found < 0) return 0;
            particle = found;
            widen(m, found);
            m->score += 2;
            break;
        case PGN__LI_OBJECT:
            for (int c = s->first_child[anchor]; c >= 0 && found < 0; c = s->next_sibling[c])
                if (is_object_rel(&s->tok[c]) && prep_fits(s, anchor, c, e, it) && phrase_is(s, c, it->word))
                    found = c;
            if (found < 0) found = gerund_object(s, anchor, it);
            if (found < 0 && m->target >= 0 && m->target_is_obj)
                /* "accused Israel [of genocide]" with the phrase hung on
                ** the accused */
                for (int c = s->first_child[m->target]; c >= 0 && found < 0; c = s->next_sibling[c])
                    if (pgn__rel_is(&s->tok[c], "nmod") && phrase_is(s, c, it->word)) found = c;
            if (found < 0 && anchor == t && s->head[t] >= 0 && s->tok[t].deprel &&
                strcmp(s->tok[t].deprel, "acl") == 0 && /* (not a relative clause) */
                s->tok[t].xpos && strcmp(s->tok[t].xpos, "VBN") == 0 &&
                names_target(e) && phrase_is(s, s->head[t], it->word))
                /* "the sanctions [imposed acl] by Washington on Moscow": a
                ** passive participle's object is the noun it modifies
                ** (only for an entry aiming at someone: "a ceasefire
                ** proposed by the US" is background to the clause) */
                found = held = s->head[t];
            if (found < 0) return 0;
            last_object = found;
            m->objects[m->n_objects++] = found;
            m->score += 3;
            break;
        case PGN__LI_COMPLEMENT:
            for (int c = s->first_child[anchor]; c >= 0 && found < 0; c = s->next_sibling[c])
                if (is_complement_rel(&s->tok[c]) && pgn__lemma_is(&s->tok[c], it->word))
                    found = c;
            int hang = m->target >= 0 && m->target_is_obj ? m->target : last_object;
            if (found < 0 && hang >= 0)
                /* "summoned the ambassador [to protest]", "ordered the
                ** diplomats [to leave]": hung on the object */
                for (int c = s->first_child[hang]; c >= 0 && found < 0; c = s->next_sibling[c])
                    if (pgn__rel_is(&s->tok[c], "acl") && pgn__lemma_is(&s->tok[c], it->word))
                        found = c;
            if (found < 0 && anchor == t && t + 2 < s->n && s->head[t + 1] > t &&
                pgn__lemma_is(&s->tok[t + 1], "to") && s->tok[t].upos &&
                strcmp(s->tok[t].upos, "NOUN") == 0) {
                /* "Xi's refusal to visit Russia" with the infinitive hung
                ** on the clause's verb by the parser: "to" right after the
                ** noun still makes it the noun's complement. */
                int c = s->head[t + 1];
                if (is_complement_rel(&s->tok[c]) && pgn__lemma_is(&s->tok[c], it->word))
                    found = c;
            }
            /* (a demand's "that" clause asks for its act only in the
            ** subjunctive) */
            if (found >= 0 && e->code[0] == '1' && e->code[1] == '0' &&
                pgn__rel_is(&s->tok[found], "ccomp") && !mandative_clause(s, found))
                found = -1;
            if (found < 0) return 0;
            m->complement = found;
            anchor = found; /* later items constrain the complement */
            last_object = -1;
            m->score += 3;
            break;
        case PGN__LI_TARGET_PREP: {
            /* The phrase may hang on the trigger, its object, or (for a
            ** noun after a light verb: "launched an incursion [into
            ** Russia]") on the verb; one naming an actor beats one naming
            ** a date ("declared war [on Hamas] [on Sunday]"). */
            int cand[8], nc = 0;
            cand[nc++] = pgn__prep_child(s, anchor, it->word);
            /* "would not send its ambassador back [to Israel]": hung on
            ** the particle, an adverb to the parser */
            if (particle >= 0) cand[nc++] = pgn__prep_child(s, particle, it->word);
            if (last_object >= 0) {
                cand[nc++] = pgn__prep_child(s, last_object, it->word);
                /* "sent rescue teams and medical supplies [to Turkey]" */
                for (int c = s->first_child[last_object]; c >= 0 && nc < 3; c = s->next_sibling[c])
                    if (pgn__rel_is(&s->tok[c], "conj")) cand[nc++] = pgn__prep_child(s, c, it->word);
                /* "donated 500,000 doses of its vaccine [to Zimbabwe]": the
                ** parser hangs the phrase on the object's "of" noun */
                for (int c = s->first_child[last_object]; c >= 0 && nc < 4; c = s->next_sibling[c])
                    if (pgn__rel_is(&s->tok[c], "nmod") && pgn__case_of(s, c) &&
                        strcmp(pgn__case_of(s, c), "of") == 0)
                        cand[nc++] = pgn__prep_child(s, c, it->word);
            }
            if (anchor != t) cand[nc++] = pgn__prep_child(s, t, it->word);
            if (pgn__light_verb_of(s, t) >= 0)
                cand[nc++] = pgn__prep_child(s, pgn__light_verb_of(s, t), it->word);
            /* "condemned Israel's ground operation [in Gaza]": the parser
            ** hangs a noun's phrase on the verb whose object the noun is;
            ** taken when it follows the noun at once */
            else if (anchor == t && nc < 8 && s->head[t] >= 0 && pgn__rel_is(&s->tok[t], "obj") &&
                     s->tok[t].upos && strcmp(s->tok[t].upos, "NOUN") == 0) {
                int p = pgn__prep_child(s, s->head[t], it->word);
                if (p >= 0 && p > t && s->first_child[p] == t + 1 && pgn__rel_is(&s->tok[p], "obl"))
                    cand[nc++] = p;
            }
            /* "Fighting erupted in Khartoum [between the army and the RSF]":
            ** so too the subject of a verb with no object */
            else if (anchor == t && nc < 8 && s->head[t] >= 0 && pgn__rel_is(&s->tok[t], "nsubj") &&
                     s->tok[t].upos && strcmp(s->tok[t].upos, "NOUN") == 0 &&
                     pgn__child(s, s->head[t], "obj") < 0) {
                int p = pgn__prep_child(s, s->head[t], it->word);
                if (p >= 0 && p > t && pgn__rel_is(&s->tok[p], "obl")) cand[nc++] = p;
            }
            for (int k2 = 0; k2 < nc && found < 0; k2++)
                if (cand[k2] >= 0 && pgn__actor_of(s, cand[k2]) >= 0) found = cand[k2];
            if (found < 0) found = prep_actor_one_down(s, anchor, last_object, it->word);
            for (int k2 = 0; k2 < nc && found < 0; k2++) found = cand[k2];
            if (found < 0 && strcmp(it->word, "to") == 0) {
                /* "sent Ukraine tanks", "offered the Philippines radars":
                ** the dative shift puts the "to" phrase's actor before the
                ** object, as the verb's indirect object */
                int io = pgn__child(s, t, "iobj");
                if (io >= 0 && io != last_object && pgn__actor_of(s, io) >= 0) found = io;
            }
            if (found < 0 && strcmp(it->word, "to") == 0) found = helped_one(s, t);
            if (found < 0 && strcmp(it->word, "with") == 0 && strncmp(e->code, "01", 2) != 0 &&
                coordinated_subject(s, t)) {
                /* "Indian and Vietnamese navies held exercises": the
                ** partner of "hold =exercise with T" is in the subject
                ** (an act done together, not a statement: "the US and
                ** Iraq agreed that..." is no accord with each other) */
                m->joint = 1;
                break;
            }
            if (found < 0) return 0;
            m->target = found;
            m->score += 2;
            break;
        }
        case PGN__LI_TARGET_OBJ:
            /* "granted Ukraine candidate status": the recipient is iobj */
            found = pgn__child(s, anchor, "iobj");
            if (found < 0) found = pgn__child(s, anchor, "obj");
            if (found < 0) { /* a parser's "accused [xcomp North Korea]" */
                int x = pgn__child(s, anchor, "xcomp");
                if (x >= 0 && s->tok[x].upos &&
                    (strcmp(s->tok[x].upos, "PROPN") == 0 || strcmp(s->tok[x].upos, "NOUN") == 0 ||
                     /* ("invited [Israeli xcomp] and Hamas negotiators") */
                     (strcmp(s->tok[x].upos, "ADJ") == 0 && x == anchor + 1 && pgn__actor_of(s, x) >= 0)))
                    found = x;
            }
            if (found < 0 && pgn__is_passive(s, anchor)) found = pgn__child(s, anchor, "nsubj:pass");
            if (found < 0) found = m->prt_object;
            if (found < 0 && !pgn__is_passive(s, anchor)) {
                /* "Guterres met Russian Deputy Foreign Minister Sergei
                ** Vershinin" parsed with the name hung elsewhere: an actor
                ** starting right after the verb (or its article) is still
                ** its object. */
                int k2 = anchor + 1;
                if (k2 < s->n && s->tok[k2].upos && strcmp(s->tok[k2].upos, "DET") == 0) k2++;
                int hk = k2 < s->n ? s->head[k2] : -1;
                int subj_of_clause = hk >= 0 && pgn__rel_is(&s->tok[k2], "nsubj") &&
                                     s->tok[hk].upos && strcmp(s->tok[hk].upos, "PUNCT") != 0;
                if (k2 < s->n && s->mention[k2] >= 0 && (k2 == 0 || s->mention[k2 - 1] != s->mention[k2]) &&
                    hk != anchor && !subj_of_clause && pgn__actor_of(s, k2) >= 0) {
                    const pgn__mention *mm = &s->doc->mentions.v[s->mention[k2]];
                    if (mm->first == s->first + (uint32_t)k2) found = k2;
                }
            }
            if (found >= 0) {
                m->target = found;
                m->target_is_obj = 1;
                m->score += 1;
            } else if (it->required) {
                /* "Russian forces withdrew": an entry that needs an actor
                ** object and has no object at all gives way to the bare
                ** verb's ("withdraw"), though a target found elsewhere
                ** ("condemned and sanctioned Moscow") may still serve it */
                m->score -= 1;
            }
            break;
        default:
            return 0;
        }
    }
    /* (the participle's noun as object holds only where the target named
    ** is an actor) */
    if (held >= 0 && (m->target < 0 || pgn__actor_of(s, m->target) < 0)) return 0;
    m->score += 1; /* a match at all beats nothing */
    m->code = e->code;
    return 1;
}

/* Tries n entries on trigger t, each match's score raised by bonus; keeps
** the best in *best (have: *best already holds a match). */
static int try_entries(const pgn__sent *s, int t, const pgn__lex_entry *es, size_t n, int bonus,
                       match *best, int have) {
    for (size_t i = 0; i < n; i++) {
        match m;
        if (!try_entry(s, t, &es[i], &m)) continue;
        m.score += bonus;
        /* A pattern whose target is an actor beats one whose preposition
        ** only found a date ("massed troops near Egypt on Saturday"). */
        if (m.target >= 0 && !m.target_is_obj && pgn__actor_of(s, m.target) >= 0) m.score += 2;
        if (!have || m.score > best->score) {
            *best = m;
            have = 1;
        }
    }
    return have;
}

int pgn__best_match(const pgn__sent *s, int t, char pos, match *best) {
    size_t n = 0;
    const pgn__lex_entry *es = NULL;
    /* The lemma first; when it heads no entry, the form's simple stems
    ** (a lemmatizer's "shel" for "shelled" still finds "shell"). */
    char v[8][PGN__LEMMA_MAX];
    int nv = pgn__lemma_variants(&s->tok[t], v, 8);
    for (int i = 0; i < nv && !es; i++) es = pgn__lexicon_lookup(s->lex, v[i], pos, &n);
    int have = try_entries(s, t, es, n, 0, best, 0);
    /* (a noun's own form heads entries of its own: "fighting between T"
    ** beside the lemma "fight"'s) */
    if (pos == 'n' && nv > 1 && es) {
        size_t k = 0;
        const pgn__lex_entry *fs = NULL;
        for (int i = 1; i < nv && !fs; i++) {
            fs = pgn__lexicon_lookup(s->lex, v[i], pos, &k);
            if (fs == es) fs = NULL;
        }
        if (fs) have = try_entries(s, t, fs, k, 0, best, have);
    }
    /* A head with a compound or adjective ("air strike", "general strike")
    ** heads its own entries ("air_strike"), which beat the bare noun's. */
    for (int d = s->first_child[t]; d >= 0; d = s->next_sibling[d]) {
        if (!(pgn__rel_is(&s->tok[d], "compound") || pgn__rel_is(&s->tok[d], "amod")) ||
            !s->tok[d].lemma)
            continue;
        for (int i = 0; i < nv; i++) {
            /* "%.63s_%.63s", written out: this runs for every modifier
            ** of every candidate trigger */
            char key[2 * PGN__LEMMA_MAX];
            size_t kn = strnlen(s->tok[d].lemma, 63), vn = strnlen(v[i], 63);
            memcpy(key, s->tok[d].lemma, kn);
            key[kn] = '_';
            memcpy(key + kn + 1, v[i], vn);
            key[kn + 1 + vn] = '\0';
            size_t k = 0;
            const pgn__lex_entry *ks = pgn__lexicon_lookup(s->lex, key, pos, &k);
            if (!ks) continue;
            have = try_entries(s, t, ks, k, 3, best, have);
            break;
        }
    }
    return have;
}

/* Verbs that only carry a nominal event: "launched an invasion of Ukraine"
** gives the invasion the subject of "launched". */
int pgn__light_verb(const pgn__token *t) {
    static const char *const verbs[] = {"launch", "carry", "conduct", "stage", "make",
                                        "hold", "begin", "start", "mount", "continue",
                                        "extend", "issue", "step", "order", "announce",
                                        "resume", "intensify", "escalate", "authorise",
                                        "authorize", "approve", "complete", "finish",
                                        "undertake", "wage", "unleash", "unveil", "seal",
                                        "forge",  "oversee", "supervise"};
    if (!t->lemma) return 0;
    /* (the lemmatizer's slips undone: "resumed" -> "resum") */
    char v[8][PGN__LEMMA_MAX];
    int nv = pgn__lemma_variants(t, v, 8);
    for (int k = 0; k < nv; k++)
        for (size_t i = 0; i < sizeof verbs / sizeof verbs[0]; i++)
            if (v[k][0] == verbs[i][0] && strcmp(v[k], verbs[i]) == 0) return 1;
    return 0;
}

/* The light verb carrying event noun t as its object, directly ("launched
** strikes") or through a quantity or batch ("carried out a wave of drone
** attacks", "launched a barrage of missiles"), else -1. */
int pgn__light_verb_of(const pgn__sent *s, int t) {
    static const char *const spans[] = {"hour", "day", "week", "month", "year", "night"};
    int h = s->head[t], span = 0;
    for (size_t k = 0; h >= 0 && s->tok[h].lemma && k < sizeof spans / sizeof spans[0]; k++)
        span |= strcmp(s->tok[h].lemma, spans[k]) == 0; /* "ten days of exercises" */
    if (h >= 0 && pgn__rel_is(&s->tok[t], "nmod") && pgn__case_of(s, t) &&
        strcmp(pgn__case_of(s, t), "of") == 0 && (pgn__quantity_word(&s->tok[h]) || span)) {
        t = h;
        h = s->head[t];
    } else if (h >= 0 && pgn__rel_is(&s->tok[t], "appos") && s->tok[h].upos &&
               strcmp(s->tok[h].upos, "SYM") == 0) {
        /* "announced a $2 billion [aid package appos]": the amount the
        ** parser made the head stands for the package */
        t = h;
        h = s->head[t];
    }
    return h >= 0 && pgn__rel_is(&s->tok[t], "obj") && pgn__light_verb(&s->tok[h]) ? h : -1;
}
