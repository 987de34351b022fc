/* src/events/lexicon.h -- the event lexicon as extract.c reads it (internal).
**
** An entry is a head lemma (verb or noun) plus constraints on its
** dependents, mapped to a CAMEO code.  Written in data/lexicon/ as, e.g.
**     impose =sanction on T	163
** meaning: head "impose", an object whose lemma is "sanction", and the
** target is the dependent introduced by "on".  Item kinds:
**     T        the target: the object (verbs) when no preposition precedes;
**              T! requires the target to be an actor, else no event
**              ("release T!": releasing prisoners yes, a statement no)
**     PREP T   the target is the oblique/nominal modifier with case PREP
**     +word    a particle or adverb of the head ("pull +out of T")
**     =lemma   the head's object (or passive subject) has this lemma
**     >lemma   an infinitival or clausal complement with this lemma
**     word     a bare word before >lemma or =lemma ("to >visit", "of =fraud")
**              is allowed and ignored: it is there for the reader
** Cues (data/lexicon/events_cues.txt) name words that change how events
** are read: control verbs, speech verbs, denial verbs, report nouns,
** hedges, modals and negators.
*/
#ifndef PGN_EVENTS_LEXICON_H
#define PGN_EVENTS_LEXICON_H

#include <stddef.h>
#include <stdint.h>

#include "events.h"

enum { PGN__LEX_MAX_ITEMS = 6 };

typedef enum pgn__lex_item_kind {
    PGN__LI_TARGET_OBJ = 1,  /* T */
    PGN__LI_TARGET_PREP,     /* PREP T: word is the preposition */
    PGN__LI_PARTICLE,        /* +word */
    PGN__LI_OBJECT,          /* =lemma */
    PGN__LI_COMPLEMENT       /* >lemma */
} pgn__lex_item_kind;

typedef struct pgn__lex_item {
    uint8_t kind;            /* pgn__lex_item_kind */
    uint8_t required;        /* T!: no event unless the target is an actor */
    const char *word;        /* in the lexicon */
    const char *prep;        /* =lemma: the preposition written before it
                             ** ("accuse T of =fraud"), else NULL */
} pgn__lex_item;

typedef struct pgn__lex_entry {
    const char *head;        /* lemma */
    char pos;                /* 'v' or 'n' */
    char code[5];            /* CAMEO code */
    uint8_t n_items;
    pgn__lex_item items[PGN__LEX_MAX_ITEMS];
    const char *file;        /* for messages and debugging */
    long line;
} pgn__lex_entry;

/* Cue classes (events_cues.txt, first field). */
typedef enum pgn__cue_class {
    PGN__CUE_CONTROL = 0,    /* agree, threaten...: value is the complement's factuality */
    PGN__CUE_SPEECH,         /* say, claim...: value is the reported clause's factuality */
    PGN__CUE_DENIAL,         /* deny, refute...: what they govern is denied */
    PGN__CUE_REPORT,         /* report, claim, allegation: nouns a denial can govern */
    PGN__CUE_HEDGE,          /* allegedly, reportedly: value is the factuality */
    PGN__CUE_MODAL,          /* will, could...: value is the factuality */
    PGN__CUE_NEGATION,       /* not, never */
    PGN__CUE_FALSITY,        /* false, untrue: "reports ... are false" is a denial */
    PGN__CUE_ADDRESSED,      /* invitation, offer: nouns whose target is their receiver */
    PGN__CUE_MUTUAL,         /* meet, clash: coordinated subjects act on each other */
    PGN__CUE_GOODS,          /* jet, shipment: things received, not visitors hosted */
    PGN__CUE__COUNT
} pgn__cue_class;

/* Entries whose head is lemma with part of speech pos, in file order; n set
** to their count (0: none, NULL returned). */
const pgn__lex_entry *pgn__lexicon_lookup(const pgn__lexicon *lex, const char *lemma,
                                          char pos, size_t *n);
/* 1 when lemma is a cue of class cls, and *value its value (a
** pgn__factuality, or -1 when the class takes none).  0 otherwise. */
int pgn__lexicon_cue(const pgn__lexicon *lex, int cls, const char *lemma, int *value);

#endif
