/* src/events/repair_int.h -- declarations shared by the parse repairs.
**
** repair.c (the driver: pgn__repair_headline, declared in extract_int.h)
** calls the repairs in repair_mistagged_verb.c, repair_modifier_verb.c,
** repair_name_list.c and repair_attachment.c, which share the tests and
** edits of repair_util.c.  Nothing outside the repair_*.c files includes
** this header.
*/
#ifndef PGN_EVENTS_REPAIR_INT_H
#define PGN_EVENTS_REPAIR_INT_H

#include <string.h>

#include "extract_int.h"

/* (the first byte before strcmp: ten repairs ask it of every sentence) */
static inline int is(const char *a, const char *b) { return a && a[0] == b[0] && strcmp(a, b) == 0; }

static inline int finite_verb(const pgn__token *t) {
    return (is(t->upos, "VERB") || is(t->upos, "AUX")) &&
           (is(t->xpos, "VBD") || is(t->xpos, "VBZ") || is(t->xpos, "VBP") || is(t->xpos, "MD"));
}

static inline int nominal(const pgn__token *t) { return is(t->upos, "NOUN") || is(t->upos, "PROPN"); }

/* repair_util.c */
void pgn__repair_copy(const pgn__sent *s, pgn__token *tok);
int pgn__repair_has_case(const pgn__sent *s, int i);
int pgn__repair_main_finite_verb_but(const pgn__sent *s, int except, int except2);
int pgn__repair_main_finite_verb(const pgn__sent *s, int except);
void pgn__repair_attach(pgn__sent *s, pgn__token *tok, int i, int h, const char *rel);
void pgn__repair_retag(pgn__token *tok, int i, const char *upos, const char *xpos);
void pgn__repair_verb_as_root(pgn__sent *s, pgn__token *tok, int v);
int pgn__repair_reattach(pgn__sent *s, pgn__token *tok, int i, int h, const char *rel);
int pgn__repair_under_root_after(const pgn__sent *s, int o, int r, int v);
int pgn__repair_sole_root(const pgn__sent *s);
int pgn__repair_lexicon_verb(const pgn__sent *s, int i);
void pgn__repair_make_clause(pgn__sent *s, pgn__token *tok, int r, int v, int subj, int obj);
int pgn__repair_has_case_but(const pgn__sent *s, int i, int skip);
int pgn__repair_below(const pgn__sent *s, int a, int b);
int pgn__repair_phrase_head_from(const pgn__sent *s, int k);
int pgn__repair_form_is_lemma(const pgn__token *t);
int pgn__repair_event_with_object(const pgn__sent *s, int v, int o);
int pgn__repair_names_object(const pgn__sent *s, int v, int o);

/* repair_mistagged_verb.c */
int pgn__repair_shot_down(pgn__sent *s, pgn__token *tok);
int pgn__repair_noun_root_verb(pgn__sent *s, pgn__token *tok);
int pgn__repair_name_root(pgn__sent *s, pgn__token *tok);
int pgn__repair_pronoun_verb(pgn__sent *s, pgn__token *tok);
int pgn__repair_name_noun_verb(pgn__sent *s, pgn__token *tok);
int pgn__repair_headline_verb(pgn__sent *s, pgn__token *tok);
int pgn__repair_clause_noun_verb(pgn__sent *s, pgn__token *tok);
int pgn__repair_that_noun_verb(pgn__sent *s, pgn__token *tok);
int pgn__repair_to_infinitive(pgn__sent *s, pgn__token *tok);
int pgn__repair_coordinated_noun_verb(pgn__sent *s, pgn__token *tok);
int pgn__repair_set_fire(pgn__sent *s, pgn__token *tok);
int pgn__repair_name_as_auxiliary(pgn__sent *s, pgn__token *tok);
int pgn__repair_adjectival_ing(pgn__sent *s, pgn__token *tok);

/* repair_modifier_verb.c */
int pgn__repair_subject(pgn__sent *s, pgn__token *tok, int root);
int pgn__repair_amod_verb(pgn__sent *s, pgn__token *tok);
int pgn__repair_subject_amod_verb(pgn__sent *s, pgn__token *tok);
int pgn__repair_suspected_object(pgn__sent *s, pgn__token *tok);
int pgn__repair_adjective_list_root(pgn__sent *s, pgn__token *tok);
int pgn__repair_amod_after_name(pgn__sent *s, pgn__token *tok);

/* repair_name_list.c */
int pgn__repair_list_subject(pgn__sent *s, pgn__token *tok);
int pgn__repair_list_root(pgn__sent *s, pgn__token *tok);
int pgn__repair_list_head(pgn__sent *s, pgn__token *tok);
int pgn__repair_headline_pair(pgn__sent *s, pgn__token *tok);
int pgn__repair_compound_pair(pgn__sent *s, pgn__token *tok);
int pgn__repair_topic_subject(pgn__sent *s, pgn__token *tok);
int pgn__repair_between_pair(pgn__sent *s, pgn__token *tok);

/* repair_phrase.c */
int pgn__repair_up_to(pgn__sent *s, pgn__token *tok);
int pgn__repair_by_after_object(pgn__sent *s, pgn__token *tok);
int pgn__repair_place_subject(pgn__sent *s, pgn__token *tok);

/* repair_attachment.c */
int pgn__repair_dative(pgn__sent *s, pgn__token *tok);
int pgn__repair_case_subject(pgn__sent *s, pgn__token *tok);
int pgn__repair_with_subject(pgn__sent *s, pgn__token *tok);
int pgn__repair_accused_place(pgn__sent *s, pgn__token *tok);
int pgn__repair_that_complement(pgn__sent *s, pgn__token *tok);
int pgn__repair_to_compound(pgn__sent *s, pgn__token *tok);
int pgn__repair_stop_clause(pgn__sent *s, pgn__token *tok);
int pgn__repair_final_stop(pgn__sent *s, pgn__token *tok);

#endif
