/* src/events/events.h -- the events stage: coded CAMEO/PLOVER events.
**
** In: a document whose sentences are parsed (src/nlp: lemma, upos, head,
** deprel) and whose actor mentions are found (src/kb, doc->mentions).
** Out: doc->events, each pointing into the immutable ontology and into the
** document's own arrays.  Read by src/io (events_json.c, events_tsv.c,
** events_gdelt.c) and by the scorer (score.c).
*/
#ifndef PGN_EVENTS_H
#define PGN_EVENTS_H

#include <stddef.h>
#include <stdint.h>

#include "peregrine.h"

/* ---------------------------------------------------------------- ontology */

/* A PLOVER category, with its quad (1 verbal cooperation .. 4 material
** conflict). */
typedef struct pgn__plover_cat {
    const char *name;        /* "ASSAULT"; in the ontology */
    const char *desc;
    int quad;
} pgn__plover_cat;

/* One CAMEO event code. */
typedef struct pgn__cameo {
    char code[5];            /* "0211", NUL-terminated */
    int root;                /* 1..20 */
    double goldstein;        /* -10..10 */
    const pgn__plover_cat *plover;
    const char *mode;        /* PLOVER mode, or NULL */
    const char *context;     /* comma-separated PLOVER contexts, or NULL */
    const char *label;       /* our wording */
    const char *source;      /* "table", "root", "ours"... (see cameo.txt) */
} pgn__cameo;

typedef struct pgn__ontology pgn__ontology;

/* Loads DIR/cameo.txt and DIR/plover.txt.  Errors name file and line. */
int pgn__ontology_load(const char *dir, pgn__ontology **out, pgn_error *err);
/* The same from memory (tests, fuzzing); names are used in messages. */
int pgn__ontology_parse(const char *plover_name, const char *plover, size_t plover_len,
                        const char *cameo_name, const char *cameo, size_t cameo_len,
                        pgn__ontology **out, pgn_error *err);
void pgn__ontology_free(pgn__ontology *ont);

/* NULL when code is not a CAMEO event code. */
const pgn__cameo *pgn__ontology_find(const pgn__ontology *ont, const char *code);
size_t pgn__ontology_n_codes(const pgn__ontology *ont);
const pgn__cameo *pgn__ontology_code(const pgn__ontology *ont, size_t i);
size_t pgn__ontology_n_categories(const pgn__ontology *ont);
const pgn__plover_cat *pgn__ontology_category(const pgn__ontology *ont, size_t i);
const pgn__plover_cat *pgn__ontology_find_category(const pgn__ontology *ont,
                                                   const char *name);
/* 1 when mode is declared for category cat (or in any category when cat is
** NULL); 1 when context is declared. */
int pgn__ontology_has_mode(const pgn__ontology *ont, const char *cat, const char *mode);
int pgn__ontology_has_context(const pgn__ontology *ont, const char *context);

/* ----------------------------------------------------------------- lexicon */

typedef struct pgn__lexicon pgn__lexicon;

/* Loads DIR/events_verbs.txt, DIR/events_nouns.txt, their *_vocab.txt
** companions and DIR/events_cues.txt.
** ont may be NULL (codes are then only checked for form). */
int pgn__lexicon_load(const char *dir, const pgn__ontology *ont, pgn__lexicon **out,
                      pgn_error *err);
/* Parses one file's text into lex (kind: 'v' verbs, 'n' nouns, 'c' cues).
** Start with pgn__lexicon_new, finish with pgn__lexicon_seal. */
pgn__lexicon *pgn__lexicon_new(void);
int pgn__lexicon_parse(pgn__lexicon *lex, const pgn__ontology *ont, int kind,
                       const char *name, const char *text, size_t len, pgn_error *err);
int pgn__lexicon_seal(pgn__lexicon *lex, pgn_error *err);
void pgn__lexicon_free(pgn__lexicon *lex);
size_t pgn__lexicon_n_entries(const pgn__lexicon *lex);
/* The root codes (1..20) the entries cover, as a bit set (bit r). */
uint32_t pgn__lexicon_roots(const pgn__lexicon *lex);

/* ------------------------------------------------------------------ events */

typedef enum pgn__factuality {
    PGN__FACT_ASSERTED = 0,
    PGN__FACT_ALLEGED,       /* "allegedly", "reports said", "claimed" */
    PGN__FACT_DENIED,        /* a report or claim someone called false */
    PGN__FACT_FUTURE,        /* "will visit", "agreed to restore" */
    PGN__FACT_HYPOTHETICAL,  /* "threatened to", "could", "if" */
    PGN__FACT__COUNT
} pgn__factuality;

const char *pgn__factuality_name(int f);

typedef struct pgn__event {
    uint32_t sentence;       /* doc->sentences index */
    int32_t source;          /* doc->mentions index; every event has one */
    int32_t target;          /* doc->mentions index, -1 for none */
    uint32_t trigger;        /* doc->tokens index of the trigger's head */
    uint32_t trigger_first, trigger_last;  /* token span of the trigger, last exclusive */
    const pgn__cameo *cameo; /* in the ontology */
    const char *date;        /* "YYYY-MM-DD", or NULL; arena or ontology */
    uint8_t negated;
    uint8_t factuality;      /* pgn__factuality */
    int32_t attributed_to;   /* mention index of the speaker, -1 for none */
    int32_t denied_by;       /* mention index of the denier, -1 for none */
} pgn__event;

/* Event date hook: src/discourse normalises time expressions; until then
** (or when it returns NULL) the document's date is used.  The returned
** string must live as long as the document. */
typedef const char *(*pgn__date_fn)(void *ctx, const pgn_doc *doc, uint32_t sentence,
                                    uint32_t trigger);

typedef struct pgn__extract_opts {
    pgn__date_fn date_cb;    /* may be NULL */
    void *date_ctx;
} pgn__extract_opts;

/* Codes every sentence of doc (parsed, mentions found), appending to
** doc->events.  opts may be NULL.  Returns 0 or a negative pgn_status. */
int pgn__events_extract(const pgn__ontology *ont, const pgn__lexicon *lex, pgn_doc *doc,
                        const pgn__extract_opts *opts, pgn_error *err);

/* The document's own date ("YYYY-MM-DD" from its published or updated
** metadata), or NULL; in the document's arena. */
const char *pgn__events_doc_date(pgn_doc *doc);

#endif
