/* src/kb/kb_int.h -- the knowledge base as src/kb holds it (private).
**
** A KB is one arena of entries (countries, organisations, agents and
** titles, people, and entries read from PETRARCH dictionaries) plus a
** phrase table mapping normalised word sequences to senses.  It is filled
** by the loaders (load.c, petrarch.c) and afterwards only read, so one KB
** may serve any number of threads (recognize.c writes only documents).
*/
#ifndef PGN_KB_INT_H
#define PGN_KB_INT_H

#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "kb/kb.h"
#include "peregrine.h"

typedef enum kb_file { KBF_COUNTRIES, KBF_ORGS, KBF_AGENTS, KBF_PEOPLE, KBF_PLACES } kb_file;

typedef enum kb_kind {
    KB_COUNTRY = 0,   /* a state or territory, maybe historic */
    KB_ORG,           /* IGO, NGO, company */
    KB_AGENT,         /* a title ("president") or group noun ("rebels") */
    KB_PERSON,        /* a person with dated roles */
    KB_PACTOR,        /* an actor read from a PETRARCH .actors file */
    KB_PAGENT,        /* an agent read from a PETRARCH .agents file */
    KB_PLACE,         /* a city or region, coded as the country it lies in */
    KB__KINDS
} kb_kind;

/* A code held on dates [from, to] (YYYYMMDD, inclusive; 0 = open end). */
typedef struct kb_role {
    const char *code;        /* full CAMEO code, e.g. "RUSGOV" */
    const char *country;     /* PLOVER country (ISO alpha-3, IGO...) or NULL */
    const char *sector;      /* PLOVER sector or NULL */
    const char *title;       /* "president", or NULL */
    int32_t from, to;
} kb_role;

typedef struct kb_entry {
    uint8_t kind;            /* kb_kind */
    uint8_t group;           /* KB_AGENT: 1 group noun, 0 title */
    const char *name;        /* canonical name */
    const char *code;        /* base code: "RUS", "IGOWSTNAT", role "GOV" */
    const char *iso;         /* PLOVER country, or NULL */
    const char *sector;      /* PLOVER sector, or NULL */
    int32_t from, to;        /* existence (historic states); 0 = open */
    kb_role *roles;          /* people and PETRARCH actors */
    uint32_t n_roles;
    const char *file;        /* where it was defined; KB-owned */
    long line;
} kb_entry;

/* How a phrase names its entry. */
typedef enum kb_how {
    HOW_NAME = 0, HOW_ADJ, HOW_METONYM, HOW_AGENT
} kb_how;

typedef struct kb_sense {
    uint32_t entry;          /* index into kb->entries */
    int32_t next;            /* next sense of the same phrase, or -1 */
    uint8_t how;             /* kb_how */
    uint8_t plural_ok;       /* the last word may carry a plural ending */
    uint8_t context;         /* KB_SENSE_* below: how the name depends on
                             ** the words or the document around it */
    const char *sector;      /* metonym sector ("MIL" for the Pentagon) or NULL */
    const char *code;        /* metonym: the full code ("USAMIL"), else NULL */
    const char *casing;      /* per word: 'U' all caps, 'C' capitalised, 'a' any */
    long line;               /* line of the phrase, for conflict reports */
} kb_sense;

/* kb_sense.context.  KB_SENSE_WORD: a place name that is also a common
** word or first name ("?Nice", "?Victoria"): coded only after a preposition
** of place ("in Nice").  KB_SENSE_GIVEN: a country or seat name that is
** also a given name or surname ("?Chad", "?Washington"): not coded as part
** of a person's name ("Chad Wolf", "Kerry Washington").  KB_SENSE_SHARED: a
** place that shares a country's name ("!Georgia", the US state): never
** matched while reading; the document pass (home.c) recodes the country's
** mention to it when the story is about the place's country.
** KB_SENSE_COMMON: a person's surname alone that many others bear
** ("?Hammond", "?Bennett", "?Castro"): in a story at home in another
** country that names nothing of the person's own, it is someone else
** (home.c drops the mention).  KB_SENSE_SEAT: a city an organisation is
** named by ("@Brussels", the EU): never matched while reading but as the
** place of an attack ("the Brussels attacks", recognize.c). */
enum { KB_SENSE_PLAIN = 0, KB_SENSE_WORD, KB_SENSE_GIVEN, KB_SENSE_SHARED, KB_SENSE_COMMON, KB_SENSE_SEAT };

typedef struct kb_slot {
    const char *key;         /* normalised words joined by ' '; NULL = empty */
    uint32_t hash;
    int32_t sense;           /* first sense, or -1 when only a prefix */
} kb_slot;

struct pgn_kb {
    pgn__arena *arena;
    PGN__VEC(kb_entry) entries;
    PGN__VEC(kb_sense) senses;
    kb_slot *slots;          /* open addressing, power-of-two size */
    size_t n_slots, n_used;
    PGN__VEC(pgn_error) diags;   /* non-fatal problems (first 1000 kept) */
    size_t n_diags;              /* all of them */
    size_t n_names;              /* phrases with a sense */
    size_t n_kind[KB__KINDS];
    size_t n_historic, n_roles;
    size_t n_regions;            /* CAMEO region codes (WST, EUR) among countries */
    int32_t *country_index;      /* 26^3 slots: CAMEO country code -> entry */
    PGN__VEC(uint32_t) org_ids;     /* organisation entries */
    uint32_t *org_index;         /* open addressing, power-of-two size: org code -> entry + 1 */
    size_t n_org_index;
    PGN__VEC(uint32_t) sector_map;  /* agent entries, one per CAMEO role code */
};

/* Phrase table (table.c). */
uint32_t kb__hash(const char *s, size_t n);
const kb_slot *kb__find(const pgn_kb *kb, const char *key, size_t n);
/* Adds a sense for the phrase given by its normalised key; inserts its
** prefixes too, so matching can stop as soon as no phrase continues. */
int kb__add_sense(pgn_kb *kb, const char *key, const kb_sense *s);

/* Words (words.c).  A word is a piece of a token: tokens are split at
** hyphens, before possessive 's and around punctuation, so that KB names
** and document text are cut the same way whatever the tokenizer did. */
typedef struct kb_word {
    uint32_t start, end;     /* byte offsets into the text given */
    uint32_t tok;            /* index of the token it came from */
    uint8_t cap;             /* first letter is upper case */
    uint8_t upper;           /* has letters, none lower case */
    uint8_t punct;           /* no letter or digit */
    char *norm;              /* folded: lower case, no accents, no periods */
} kb_word;

typedef PGN__VEC(kb_word) kb_word_vec;

/* Splits text[start, end) (one token, or for KB names any string, which is
** first cut at spaces and underscores when split_space) into words appended
** to out; norm strings go to arena. */
int kb__split(const char *text, uint32_t start, uint32_t end, uint32_t tok,
              int split_space, pgn__arena *arena, kb_word_vec *out);

/* Normalises a name into a key (words joined by ' ') and its casing
** pattern.  *key and *casing are in arena.  Returns the number of words,
** 0 for a name with no word, or a negative pgn_status. */
int kb__name_key(pgn__arena *arena, const char *name, size_t len, int split_underscore,
                 char **key, char **casing);

/* Dates: "YYYY", "YYYY-MM", "YYYY-MM-DD" (and ISO timestamps, whose date
** part is read) to YYYYMMDD; end_of_period gives the last day of a year or
** month.  Returns 0 on success, -1 when malformed. */
int kb__parse_date(const char *s, size_t n, int end_of_period, int32_t *out);

/* Records a non-fatal problem. */
void kb__diag(pgn_kb *kb, int code, const char *file, long line, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 5, 6)))
#endif
    ;

/* Interns a string in the KB arena (NULL on no memory). */
const char *kb__strdup(pgn_kb *kb, const char *s, size_t n);

/* The country entry with this CAMEO code, or NULL. */
const kb_entry *kb__country_by_code(const pgn_kb *kb, const char *code, size_t n);
/* An organisation entry with this code, or NULL. */
const kb_entry *kb__org_by_code(const pgn_kb *kb, const char *code);

/* Indexes a country entry by its 3-letter code. */
int kb__index_country(pgn_kb *kb, const char *code, uint32_t entry);
/* Indexes an organisation by its code; several bodies may share one (all
** EU institutions are IGOEUREEC): the first listed answers for the code. */
int kb__index_org(pgn_kb *kb, uint32_t entry);

/* Loads one file of our format. */
int kb__load_path(pgn_kb *kb, kb_file what, const char *path, pgn_error *err);

/* Fills country and sector of a role from its code (RUSGOV -> RUS, GOV). */
void kb__role_fill(const pgn_kb *kb, kb_role *r);

/* The role an entry holds on date (0 = latest), or NULL. *in_force is 1
** when that role's dates include the date. */
const kb_role *kb__role_on(const kb_entry *e, int32_t date, int *in_force);

/* After every sentence's mentions are read: the country the document is
** about, and what it settles (home.c).  Returns 0 or PGN_ENOMEM. */
int kb__home_context(const pgn_kb *kb, pgn_doc *doc);

/* Loaders of our own format (load.c) and PETRARCH files (petrarch.c),
** from memory; name is used in messages. */
int kb__load_buffer(pgn_kb *kb, kb_file what, const char *name, const char *buf,
                    size_t len, pgn_error *err);
int kb__load_petrarch_buffer(pgn_kb *kb, int agents, const char *name,
                             const char *buf, size_t len, pgn_error *err);

#endif
