/* src/events/extract_sentence.c -- one sentence's triggers to events.
**
** code_sentence matches every token against the lexicon (match.c), hands
** control verbs' subjects down to their infinitives, decides which
** triggers code an event and which another consumes, reads their roles
** (extract_verb_roles.c, extract_noun_roles.c) and emits the events
** (extract_emit.c).  The driver (extract.c) prepares each sentence's tree
** and calls it.
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

/* "accused Azerbaijan of [>shelling] towns", "accused Iran of [=attacks]":
** an accusation codes the act it names as well, alleged by the accuser
** (the entry's complement or object only sharpens the accusation's code:
** 1123), so it consumes neither. */
static int alleges(const match *m) { return strncmp(m->code, "112", 3) == 0; }

/* A nominal event with its own actor ("Russia's invasion") stays an event
** even when a verb's pattern names it ("condemned =invasion"), unless it is
** a request or an offer (02x, 03x: "rejected Sweden's offer of talks",
** "turned down Ukraine's request for tanks"): the reply's own code (125,
** 1222) names what was asked or offered (the eighth session's convention
** in tests/data/events/README.md). */
static int own_source(const pgn__sent *s, int noun, int verb, const match *nm) {
    if (nm->code[0] == '0' && (nm->code[1] == '2' || nm->code[1] == '3')) return 0;
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

/* Object o of trigger t's pattern ("sign =agreement") is not coded on
** its own, unless it is an accusation's or a nominal event with its own
** actor (own_source). */
static void consume_object(const pgn__sent *s, char *has, const match *matches, int t, int o) {
    const match *m = &matches[t];
    /* ("pledged [funding VBG xcomp] to Bangladesh": a gerund the
    ** entry names as its object is that noun, not an act) */
    int gerund = has[o] == 'v' && s->tok[o].xpos && strcmp(s->tok[o].xpos, "VBG") == 0;
    if ((has[o] == 'n' || gerund) && !own_source(s, o, t, &matches[o]) && !alleges(m)) {
        /* (and what the noun named: "declined Putin's invitation
        ** [to visit] Moscow" is no visit) */
        if (has[o] && matches[o].complement >= 0) has[matches[o].complement] = 0;
        has[o] = 0;
    }
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

/* Is clause c ("launching drones", "that its troops had attacked") an act
** of the denier's own: a gerund with no subject of its own, or a clause
** whose subject is of the denier's country ("its forces", "it")? */
static int own_clause(const pgn__sent *s, int c, int32_t denier) {
    if (!(pgn__rel_is(&s->tok[c], "xcomp") || pgn__rel_is(&s->tok[c], "advcl") ||
          pgn__rel_is(&s->tok[c], "ccomp") || pgn__rel_is(&s->tok[c], "acl") ||
          pgn__rel_is(&s->tok[c], "acl:relcl")))
        return 0;
    if (pgn__child(s, c, "nsubj") < 0)
        return s->tok[c].xpos && strcmp(s->tok[c].xpos, "VBG") == 0 && pgn__child(s, c, "mark") < 0;
    /* ("denied that it had been hit by Ukrainian missiles": a passive
    ** subject suffered the act, it did not do it) */
    int passive = 0, n = pgn__subject_of(s, c, &passive);
    int32_t who = n >= 0 && !passive ? pgn__actor_of(s, n) : -1;
    return denier >= 0 && who >= 0 && pgn__same_country(s->doc, denier, who);
}

/* "Ukraine denied launching drones at the Kremlin", "Azerbaijan denied that
** its troops had attacked", "the Kremlin rejected accusations that its
** forces had killed civilians", "refuted Moscow's claim that Ukrainian
** saboteurs had blown up the dam": denying one's own act, or one's own
** agents', is denying responsibility (016), not rejecting something
** proposed or reported, nor denying another's act (120; the eighth
** session's convention in tests/data/events/README.md).  The act is the
** denial verb's clause, or the clause of the report it denies.  NULL when
** t is no such denial. */
static const char *own_act_denied(const pgn__sent *s, int t, const match *m) {
    if (strcmp(m->code, "120") != 0 || !s->tok[t].lemma ||
        !pgn__lexicon_cue(s->lex, PGN__CUE_DENIAL, s->tok[t].lemma, NULL))
        return NULL;
    int passive = 0, sj = pgn__subject_of(s, t, &passive);
    int32_t denier = sj >= 0 && !passive ? pgn__actor_of(s, sj) : -1;
    for (int c = s->first_child[t]; c >= 0; c = s->next_sibling[c])
        if (own_clause(s, c, denier)) return "016";
    int o = pgn__child(s, t, "obj");
    if (o < 0 || !s->tok[o].lemma || !pgn__lexicon_cue(s->lex, PGN__CUE_REPORT, s->tok[o].lemma, NULL))
        return NULL;
    for (int c = s->first_child[o]; c >= 0; c = s->next_sibling[c])
        if (own_clause(s, c, denier)) return "016";
    return NULL;
}

/* "Israel killed Hezbollah leader Hassan Nasrallah", "a drone strike killed
** General Qassem Soleimani", "President Moise was killed": killing one
** named person, a leader or commander the KB knows by role or sector, is
** an assassination (186), not an armed clash (190) or air strike (195)
** that happens to kill.  NULL when t is no such killing. */
static const char *named_person_killed(const pgn__sent *s, int t, const match *m) {
    if (!pgn__extract_violent(m) || !(pgn__lemma_is(&s->tok[t], "kill") || pgn__lemma_is(&s->tok[t], "slay")))
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
    if (!pgn__extract_violent(m)) return 0;
    for (int c = s->first_child[t]; c >= 0; c = s->next_sibling[c])
        if (pgn__rel_is(&s->tok[c], "compound") || pgn__rel_is(&s->tok[c], "amod"))
            for (size_t k = 0; k < sizeof of / sizeof of[0]; k++)
                if (pgn__lemma_is(&s->tok[c], of[k])) return 1;
    return 0;
}

int pgn__extract_code_sentence(ctx *c, pgn__sent *s, match *matches, char *has) {
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
            /* ("lifted [most] of its sanctions": the object a quantity
            ** stands for is consumed with the quantity) */
            int counted = pgn__counted_noun(s, m->objects[k]);
            consume_object(s, has, matches, t, m->objects[k]);
            if (counted != m->objects[k]) consume_object(s, has, matches, t, counted);
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
                    matches[t].target = pgn__extract_content_target(s, c, g);
                    matches[t].target_is_obj = 0;
                }
                has[c] = 0;
            }
        }
    }
    /* "strikes on Doha [targeting] Hamas leaders": an attack noun's
    ** participle "targeting" names whom the attack is aimed at (named
    ** people before the place: the seventh session's convention), and is
    ** no second attack. */
    for (int t = 0; t < s->n; t++) {
        if (has[t] != 'n' || matches[t].code[0] != '1' || matches[t].code[1] < '8') continue;
        for (int c = s->first_child[t]; c >= 0; c = s->next_sibling[c]) {
            int o = pgn__child(s, c, "obj");
            if (!has[c] || !pgn__rel_is(&s->tok[c], "acl") || !pgn__lemma_is(&s->tok[c], "target") || o < 0 ||
                pgn__actor_of(s, o) < 0)
                continue;
            matches[t].target = o;
            matches[t].target_is_obj = 0;
            has[c] = 0;
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
        if (has[t] != 'v' || !pgn__extract_violent(&matches[t])) continue;
        int c = pgn__child(s, t, "nsubj");
        if (c < 0 || has[c] != 'n' || !pgn__extract_violent(&matches[c])) continue;
        int root = (matches[c].code[0] - '0') * 10 + (matches[c].code[1] - '0');
        if (root >= 18) matches[t].code = matches[c].code;
        has[c] = 0;
    }
    /* "shelled Kharkiv, killing three civilians": the participle tells the
    ** toll of the same attack; its victims serve as the attack's target
    ** when the attack names none. */
    for (int t = 0; t < s->n; t++) {
        int h = s->head[t];
        if (has[t] != 'v' || h < 0 || has[h] != 'v' || !pgn__extract_violent(&matches[t]) ||
            !pgn__extract_violent(&matches[h]) || !pgn__rel_is(&s->tok[t], "advcl") ||
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
            int rc = pgn__extract_emit(c, s, t, &matches[t], &r, 1);
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
            pgn__extract_verb_roles(s, t, &matches[t], &r);
            if (troops_arriving(s, t, &matches[t])) matches[t].code = "074";
        }
        else {
            int h = s->head[t];
            pgn__extract_noun_roles(s, t, &matches[t], h >= 0 && has[h] ? &matches[h] : NULL, c->ont, &r);
        }
        int rc = pgn__extract_emit(c, s, t, &matches[t], &r, 0);
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
            rc = pgn__extract_emit(c, s, t, &matches[t], &back, 0);
            if (rc) return rc;
        }
    }
    pgn__drop_shadowed(c->doc, s, first_event);
    return 0;
}
