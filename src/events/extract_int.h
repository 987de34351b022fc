/* src/events/extract_int.h -- one parsed sentence as the extractor sees it
** (internal to extract.c and factuality.c).
**
** Indexes are 0-based within the sentence; head is -1 at the root.
** Children are kept as first-child/next-sibling lists so walking a
** token's dependents costs only their number.
*/
#ifndef PGN_EVENTS_EXTRACT_INT_H
#define PGN_EVENTS_EXTRACT_INT_H

#include <stdint.h>

#include "doc/doc.h"
#include "lexicon.h"

/* Walks up the tree stop after this many steps: news sentences are far
** shallower, and a bound keeps a pathological parse linear. */
#define PGN__MAX_WALK 64

typedef struct pgn__sent {
    const pgn_doc *doc;
    const pgn__lexicon *lex;
    const pgn__token *tok;   /* doc->tokens.v + sentence.first */
    uint32_t first;          /* doc index of tok[0] */
    int n;
    int *head;               /* [n] */
    int *first_child, *next_sibling;  /* [n], -1 terminated */
    int *mention;            /* [n] doc->mentions index covering the token, or -1 */
} pgn__sent;

/* Candidate lemmas of a token: its lemma lower-cased, then its form with
** regular English inflection undone ("shelled" -> shell, "supplies" ->
** supply), for when the lemmatizer got the lemma wrong.  Returns how many
** were written (at most max). */
#define PGN__LEMMA_MAX 64
int pgn__lemma_variants(const pgn__token *t, char out[][PGN__LEMMA_MAX], int max);

/* Dependency relation helpers.  rel_is: the full relation equals r, or its
** base (before ':') equals r when r has no ':'. */
int pgn__rel_is(const pgn__token *t, const char *r);
int pgn__lemma_is(const pgn__token *t, const char *lemma);
/* First child of i whose relation matches r, or -1. */
int pgn__child(const pgn__sent *s, int i, const char *r);
/* The case marker's lemma of i ("on" in "on Iran"), or NULL. */
const char *pgn__case_of(const pgn__sent *s, int i);
/* First actor mention of token i's phrase (the token itself, then its
** name, possessor, adjective and compound dependents), or -1. */
int pgn__actor_of(const pgn__sent *s, int i);
/* The subject of predicate i, following control, coordination and relative
** clauses up the tree when i has none; sets *passive.  -1 when none. */
int pgn__subject_of(const pgn__sent *s, int i, int *passive);

/* (tree.c) Lemma or lower-cased form equals w. */
int pgn__word_is(const pgn__token *t, const char *w);
/* i's lemma heads a noun entry of the lexicon. */
int pgn__is_event_noun(const pgn__sent *s, int i);
/* Mentions of the phrase headed by i and its conjuncts into out[max];
** returns their number. */
int pgn__actors_of(const pgn__sent *s, int i, int32_t *out, int max);
/* The oblique or nominal dependent of a introduced by preposition p, or -1. */
int pgn__prep_child(const pgn__sent *s, int a, const char *p);
/* i's object (or passive subject), or -1. */
int pgn__object_child(const pgn__sent *s, int a);
int pgn__is_passive(const pgn__sent *s, int i);
/* Whom the thing named by noun o is by, of or from: the agent of a
** participle modifying it ("the proposal put forward by Hamas"), its
** possessor, or an "of"/"from" phrase or that phrase's possessor ("the
** results of Venezuela's election"); the token of an actor with a
** country, or -1. */
int pgn__owner_of(const pgn__sent *s, int o);
/* The controller of an object-control verb h ("urged Iran to..."), or -1. */
int pgn__control_object(const pgn__sent *s, int h);

/* What the path from a trigger up to the root says about its event. */
typedef struct pgn__modality {
    int factuality;          /* pgn__factuality */
    int negated;
    int32_t attributed_to;   /* mention index or -1 */
    int32_t denied_by;       /* mention index or -1 */
} pgn__modality;

void pgn__modality_of(const pgn__sent *s, int trigger, pgn__modality *out);

/* The accusing verb ("accused", "blamed") whose named act p is ("of
** shelling", "for the blast"), or -1; *accused gets the accused's token. */
int pgn__accusing_verb(const pgn__sent *s, int p, int *accused);

/* A predicate laying an act on someone in what a speaker says ("Iran
** said Israel was [behind] the attack", "was [responsible] for the strike",
** "may have been [involved] in the killing"): for its token t, the speech
** verb, else -1; *blamed gets the one blamed, *act the act phrase (or -1).
** The speaker accuses the blamed (112) of the act (alleged). */
int pgn__blame_predicate(const pgn__sent *s, int t, int *blamed, int *act);

/* For a falsity predicate ("false" in "reports ... are false"): the
** speaker who calls the report false, or -1. */
int32_t pgn__falsity_speaker(const pgn__sent *s, int pred);
/* Is the sentence a yes/no question ("Would it make ISIL less committed
** to kill Americans?"; not a wh-question, which takes its act as given)? */
int pgn__yes_no_question(const pgn__sent *s);

/* (repair.c) A sentence parsed as a noun phrase whose verb is a
** participle ("police [arrested acl] Imran Khan"): rewrites s's heads and,
** in tok (room for s->n tokens), a copy of its tokens, and points s->tok
** there.  Call before the children lists are built.  Returns 1 if so. */
int pgn__repair_headline(pgn__sent *s, pgn__token *tok);

/* (place.c) Whether mention m, if a place (a city or region), stands
** where the clause aims at it ("shelled Odesa", "strikes on Kherson")
** rather than where it happens ("met in Istanbul"); 1 for non-places.
** aimed: the token of the target phrase the lexicon entry names with a
** preposition ("withdraw from T"), or -1; force: the event uses force
** (CAMEO roots 15 to 20), which "at" aims too. */
int pgn__place_may_be_target(const pgn__sent *s, int32_t m, int aimed, int force);
/* Drops the targets pgn__place_may_be_target refuses, and places among
** the sources when another source is named. */
void pgn__place_roles(const pgn__sent *s, int aimed, int force, int32_t *src, int *n_src,
                      int32_t *tgt, int *n_tgt);

/* (place.c) Whether mention m is a city, region or seat of power written
** as a compound on event noun t ("the Paris attack", "the Benghazi
** attack", "the Oklahoma City bombing"): where the act happened, not who
** did it (precision round). */
int pgn__place_of_event_noun(const pgn__sent *s, int32_t m, int t);

/* (place.c) "Demonstrators in Shanghai", "soldiers in Niger": when source
** mention m is where a country-less actor is, that actor, given m's
** country (its mention rewritten); else m.  from: "from" locates too
** ("volunteers from Kenya"; not for a target: "recalled its ambassador
** from Pakistan" recalls no Pakistani). */
int32_t pgn__located_actor(pgn_doc *doc, const pgn__sent *s, int32_t m, int from);

/* (place.c) "protests in Yerevan", "a strike across Myanmar": the actor
** naming where protest trigger t happens, or -1.  Protest with no one
** named is that country's people's, against its state. */
int32_t pgn__protest_place(const pgn__sent *s, int t);

/* (actors.c) A new mention of doc token tok coded as country (its
** people), or -1. */
/* (actors.c) Words for people an act can name ("people", "men",
** "activists") that the KB has no actor for. */
int pgn__person_noun(const char *lemma);
/* A person noun or a rank or post in a service ("general", "officer"):
** "army officers" are people, "military facilities" are not. */
int pgn__serving_person_noun(const char *lemma);
int32_t pgn__country_mention(pgn_doc *doc, uint32_t sentence, uint32_t tok, const char *country);
/* (actors.c) Gives country-less mention to the country of mention from
** (its code becomes country + sector); not an IGO's or NGO's. */
void pgn__lend_country(pgn_doc *doc, int32_t to, int32_t from);
/* (actors.c) An actor known only by its sector, with no country. */
int pgn__countryless(const pgn_doc *doc, int32_t m);
/* Is mention m rebels or an opposition (a country's non-state side)? */
int pgn__nonstate(const pgn_doc *doc, int32_t m);
/* Mention m is a state named as such ("Britain", "Beijing"). */
int pgn__state_named(const pgn_doc *doc, int32_t m);
/* Mentions a and b carry the same actor code (both -1 counts). */
int pgn__same_code(const pgn_doc *doc, int32_t a, int32_t b);
/* Mentions a and b have the same country. */
int pgn__same_country(const pgn_doc *doc, int32_t a, int32_t b);
/* A code whose act is usually domestic (14, 17 but expulsions, 18-20). */
int pgn__domestic_root(const char *code);
/* The code an event from src to tgt gets once who acts is known; lends a
** country to a country-less side of a domestic act (rewriting its mention). */
const pgn__cameo *pgn__domestic(pgn_doc *doc, const pgn__ontology *ont, const pgn__cameo *code,
                                int32_t src, int32_t tgt);
/* A new mention, with src's country, of the unknown person (token tok)
** a state arrests ("police arrested 25 people"), or -1. */
/* A country's people's protest naming no target is against their own
** state: a new mention of that country, or -1 (actors.c). */
int32_t pgn__domestic_protest(pgn_doc *doc, uint32_t sentence, uint32_t tok, const char *code,
                              int32_t src);
/* "Iranian protesters demanded the end of clerical rule", "thousands of
** Senegalese demanded that the vote be held": a country's people making a
** demand (10x) of no one named make it of their own state: a new mention
** of that country, or -1 (actors.c). */
int32_t pgn__domestic_demand(pgn_doc *doc, uint32_t sentence, uint32_t tok, const char *code,
                             int32_t src);
int32_t pgn__domestic_victim(pgn_doc *doc, uint32_t sentence, uint32_t tok, const char *code,
                             int32_t src);
/* Drops the events from index first on that another event there stands
** for; s, the sentence as read (its repaired tags), or NULL. */
void pgn__drop_shadowed(pgn_doc *doc, const pgn__sent *s, size_t first);

#endif
