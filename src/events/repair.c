/* src/events/repair.c -- mending parse errors before events are read.
**
** A news sentence opening "Pakistani police arrested Imran Khan" or
** "Turkey hosted Russian negotiators" is at times parsed as a noun phrase:
** the noun is the root and the verb a participle modifying it ("police
** [arrested acl]", "[hosted amod] negotiators"), so the clause has no
** predicate and no subject and codes no event.  When the sentence has no
** predicate at all (the root is a noun and no other token is a finite
** verb), the participle is the sentence's verb: it becomes the root, the
** noun before it its subject and the noun after it its object.
** Likewise a finite verb with no subject and an actor hung before it as a
** modifier ("[Norway advmod] pledged aid") has that actor as its subject.
** The repair writes a copy of the sentence's tokens; the document keeps
** the parser's analysis.
**
** This file is the driver: pgn__repair_headline tries the repairs in
** order, and repair_clause the ones that give a verbless clause its verb.
** The repairs themselves live in repair_*.c, grouped by the slip they
** mend: repair_mistagged_verb.c (a verb the tagger mistook),
** repair_modifier_verb.c (a verb parsed as a modifier), repair_name_list.c
** (lists of actors) and repair_attachment.c (phrases hung on the wrong
** head), sharing the helpers of repair_util.c; before the one clause
** repair, those of repair_phrase.c (a slip inside a noun phrase) are
** tried on every sentence.
*/
#include <string.h>

#include "repair_int.h"

static int repair_clause(pgn__sent *s, pgn__token *tok) {
    if (pgn__repair_shot_down(s, tok)) return 1;
    if (pgn__repair_noun_root_verb(s, tok)) return 1;
    if (pgn__repair_name_root(s, tok)) return 1;
    if (pgn__repair_list_root(s, tok)) return 1;
    if (pgn__repair_name_noun_verb(s, tok)) return 1;
    if (pgn__repair_list_subject(s, tok)) return 1;
    if (pgn__repair_amod_verb(s, tok)) return 1;
    if (pgn__repair_subject_amod_verb(s, tok)) return 1;
    if (pgn__repair_suspected_object(s, tok)) return 1;
    if (pgn__repair_adjective_list_root(s, tok)) return 1;
    if (pgn__repair_amod_after_name(s, tok)) return 1;
    if (pgn__repair_pronoun_verb(s, tok)) return 1;
    int root = -1;
    for (int i = 0; i < s->n; i++) {
        if (s->head[i] < 0) {
            if (root >= 0) return 0; /* two roots: some other trouble */
            root = i;
        } else if (finite_verb(&s->tok[i]) && !is(s->tok[i].deprel, "acl")) {
            return 0; /* the clause has a verb of its own */
        }
    }
    if (root < 0) return 0;
    if (!nominal(&s->tok[root])) return pgn__repair_subject(s, tok, root);
    int v = -1, subj = -1, obj = -1;
    if (root + 1 < s->n && s->head[root + 1] == root && is(s->tok[root + 1].upos, "VERB") &&
        is(s->tok[root + 1].deprel, "acl") &&
        (is(s->tok[root + 1].xpos, "VBN") || is(s->tok[root + 1].xpos, "VBD"))) {
        /* "Pakistani police [arrested acl] former Prime Minister Imran Khan" */
        v = root + 1;
        subj = root;
        for (int c = v + 1; c < s->n && obj < 0; c++)
            if (s->head[c] == v && nominal(&s->tok[c]) &&
                (is(s->tok[c].deprel, "obl:agent") || is(s->tok[c].deprel, "obj") ||
                 is(s->tok[c].deprel, "nsubj:pass")) &&
                !pgn__repair_has_case(s, c))
                obj = c;
        /* ("Chinese and Indian troops [clashed acl] on the border": a
        ** past-tense verb needs no object; a participle does) */
        if (obj < 0 && !is(s->tok[v].xpos, "VBD")) return 0;
    } else {
        /* "[Turkey compound] [hosted amod] Russian negotiators" (the name
        ** may hang on the participle as its passive subject) */
        for (int c = 0; c < root && v < 0; c++)
            if (s->head[c] == root && is(s->tok[c].upos, "VERB") && is(s->tok[c].deprel, "amod") &&
                (is(s->tok[c].xpos, "VBN") || is(s->tok[c].xpos, "VBD")) && c > 0)
                v = c;
        if (v < 0) return 0;
        for (int c = 0; c < v && subj < 0; c++)
            if ((s->head[c] == root || s->head[c] == v) &&
                (is(s->tok[c].upos, "PROPN") ||
                 /* ("the Israeli [military ADJ] struck": an actor's last
                 ** word right before the participle is its head noun) */
                 ((!is(s->tok[c].upos, "ADJ") || c == v - 1) && s->mention[c] >= 0)) &&
                (is(s->tok[c].deprel, "compound") || is(s->tok[c].deprel, "nsubj") ||
                 is(s->tok[c].deprel, "nsubj:pass") || is(s->tok[c].deprel, "amod") ||
                 is(s->tok[c].deprel, "advmod")))
                subj = c; /* "Turkey", "[Sudan's army amod] shelled positions",
                          ** "[Norway advmod] pledged aid" */
        if (subj < 0) return 0;
        obj = root;
    }
    pgn__repair_verb_as_root(s, tok, v);
    pgn__repair_attach(s, tok, subj, v, "nsubj");
    if (obj >= 0) pgn__repair_attach(s, tok, obj, v, "obj");
    /* What hung on the old root after the verb (places, times, the final
    ** full stop) now hangs on the verb, except the object's own phrase. */
    for (int i = 0; i < s->n; i++)
        if (i != v && i != obj && s->head[i] == root && root == subj && i > v)
            pgn__repair_attach(s, tok, i, v, is(tok[i].deprel, "punct") ? "punct" : tok[i].deprel);
    s->tok = tok;
    return 1;
}

static int repair_clause_slip(pgn__sent *s, pgn__token *tok) {
    return pgn__repair_set_fire(s, tok) || repair_clause(s, tok) || pgn__repair_dative(s, tok) ||
           pgn__repair_list_head(s, tok) ||
           pgn__repair_headline_pair(s, tok) || pgn__repair_compound_pair(s, tok) ||
           pgn__repair_case_subject(s, tok) || pgn__repair_topic_subject(s, tok) ||
           pgn__repair_with_subject(s, tok) || pgn__repair_accused_place(s, tok) ||
           pgn__repair_headline_verb(s, tok) || pgn__repair_that_complement(s, tok) ||
           pgn__repair_clause_noun_verb(s, tok) || pgn__repair_that_noun_verb(s, tok) ||
           pgn__repair_to_compound(s, tok) ||
           pgn__repair_to_infinitive(s, tok) || pgn__repair_coordinated_noun_verb(s, tok) ||
           pgn__repair_stop_clause(s, tok) || pgn__repair_adjectival_ing(s, tok) ||
           pgn__repair_between_pair(s, tok) || pgn__repair_name_as_auxiliary(s, tok) ||
           pgn__repair_final_stop(s, tok);
}

/* The phrase repairs of repair_phrase.c, which may come with any other,
** then one clause repair at most. */
int pgn__repair_headline(pgn__sent *s, pgn__token *tok) {
    int done = pgn__repair_up_to(s, tok);
    done |= pgn__repair_by_after_object(s, tok);
    done |= pgn__repair_place_subject(s, tok);
    return repair_clause_slip(s, tok) || done;
}
