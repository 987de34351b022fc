/* peregrine.h -- the public API of Peregrine, a political event coder.
**
** Anything not declared here is internal and may change.  Conventions:
**   - every function returning int returns 0 (PGN_OK) on success or a
**     negative pgn_status on failure, and fills the caller's pgn_error with
**     the place (file, line, byte) and a message;
**   - handles are opaque; each has a constructor and a destructor, and the
**     destructors accept NULL;
**   - strings returned by accessors are owned by the handle they came from
**     and live as long as it does;
**   - text offsets are character (Unicode code point) offsets into the
**     document text as read, after invalid bytes were replaced by U+FFFD
**     (one character per invalid byte), so they match the original input.
**   - there is no global mutable state: distinct handles may be used from
**     distinct threads; one handle must not be used by two threads at once.
*/
#ifndef PEREGRINE_H
#define PEREGRINE_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define PGN_VERSION "0.1.0"

/* ------------------------------------------------------------------ errors */

/* One table gives every error its value and its text (pgn_strerror). */
#define PGN_ERRNO_MAP(X)                                             \
    X(NOMEM,       -1, "out of memory")                              \
    X(INVAL,       -2, "invalid argument")                           \
    X(IO,          -3, "input/output error")                         \
    X(UTF8,        -4, "invalid UTF-8")                              \
    X(SYNTAX,      -5, "syntax error")                               \
    X(TOOBIG,      -6, "input too large")                            \
    X(FORMAT,      -7, "unrecognised or damaged file format")        \
    X(TRUNCATED,   -8, "truncated input")                            \
    X(NOTFOUND,    -9, "not found")                                  \
    X(UNSUPPORTED, -10, "not supported")                             \
    X(DUPLICATE,   -11, "duplicate or conflicting entry")            \
    X(EMPTY,       -12, "empty input")

typedef enum pgn_status {
    PGN_OK = 0,
#define PGN__ERRNO_ENUM(name, val, text) PGN_E##name = (val),
    PGN_ERRNO_MAP(PGN__ERRNO_ENUM)
#undef PGN__ERRNO_ENUM
    PGN__ELAST = -13
} pgn_status;

/* Where and why something failed.  line and byte are -1 when unknown;
** file is empty when the input has no name.  byte is a byte offset into the
** named file (or record) as the user has it. */
typedef struct pgn_error {
    int code;          /* a pgn_status */
    char file[256];    /* input or resource path */
    long line;         /* 1-based line, or -1 */
    long byte;         /* 0-based byte offset, or -1 */
    char msg[256];     /* human-readable detail */
} pgn_error;

const char *pgn_strerror(int code);

/* Formats "file:line: byte N: message (error text)" into buf; returns buf. */
char *pgn_error_format(const pgn_error *err, char *buf, size_t cap);

const char *pgn_version(void);

/* The directory holding Peregrine's data files (data/: KB, lexicons,
** models): $PEREGRINE_DATA when set, else the one chosen at build time. */
const char *pgn_default_data_dir(void);

/* --------------------------------------------------------------- documents */

typedef struct pgn_doc pgn_doc;

/* Kinds of block a document is divided into.  Blocks marked removed are
** kept (with their spans) but carry no sentences. */
typedef enum pgn_block_kind {
    PGN_BLOCK_HEADLINE = 0,
    PGN_BLOCK_HEADING,       /* sub-heading inside the body */
    PGN_BLOCK_PARAGRAPH,     /* body text */
    PGN_BLOCK_BYLINE,        /* removed: "By ...", "Reported by: ..." */
    PGN_BLOCK_TIMESTAMP,     /* removed: "Updated July 5th, 2022 at 17:05 IST" */
    PGN_BLOCK_IMAGE_CREDIT,  /* removed: "Image: AP", "Photo: Reuters" */
    PGN_BLOCK_BOILERPLATE,   /* removed: "Advertisement", "(With agency inputs)" */
    PGN_BLOCK_DATELINE,      /* removed: "MOSCOW, July 5 (Reuters) -", split off
                                the first paragraph, which stays a paragraph */
    PGN_BLOCK__COUNT
} pgn_block_kind;

const char *pgn_block_kind_name(pgn_block_kind kind);
int pgn_block_kind_is_removed(pgn_block_kind kind);

typedef struct pgn_block_view {
    pgn_block_kind kind;
    size_t start, end;          /* character offsets, end exclusive */
    size_t byte_start, byte_end;
} pgn_block_view;

typedef struct pgn_sentence_view {
    size_t start, end;          /* character offsets */
    size_t byte_start, byte_end;
    size_t n_tokens;
    size_t block;               /* index of the block it belongs to */
} pgn_sentence_view;

typedef struct pgn_token_view {
    const char *form;           /* NFC-normalised token text */
    size_t start, end;          /* character offsets of the surface text */
    size_t byte_start, byte_end;
    int space_after;            /* 1 when whitespace follows in the text */
    /* Filled by the linguistic pipeline; NULL / -1 before it ran. */
    const char *upos, *xpos, *feats, *lemma, *deprel;
    int head;                   /* 1-based head index in the sentence, 0 root */
} pgn_token_view;

/* Document metadata.  Timestamps are ISO 8601 with UTC offset
** ("2022-07-05T17:05:00+05:30"), or a date alone ("2022-07-05") when no
** time was given.  Any field may be NULL. */
typedef struct pgn_doc_meta {
    const char *id;
    const char *source;         /* file the document came from */
    const char *url;
    const char *title;          /* headline */
    const char *published;
    const char *updated;
    const char *byline;         /* authors as written, e.g. "Aparna Shandilya" */
    const char *dateline;       /* "MOSCOW, July 5 (Reuters) -" as written */
    const char *dateline_place; /* "MOSCOW" */
    const char *dateline_agency;/* "Reuters" */
    long record;                /* 1-based record (line) number in its input */
} pgn_doc_meta;

/* Builds a document from text, running the reader's cleaning and the
** tokenizer and sentence splitter.  meta may be NULL; its strings are
** copied.  When it gives a title, the text is taken to be the body alone. */
int pgn_doc_from_text(const char *text, size_t len, const pgn_doc_meta *meta,
                      pgn_doc **out, pgn_error *err);
void pgn_doc_free(pgn_doc *doc);

const pgn_doc_meta *pgn_doc_get_meta(const pgn_doc *doc);
/* The document text (UTF-8, invalid bytes replaced by U+FFFD). */
const char *pgn_doc_text(const pgn_doc *doc, size_t *len);
size_t pgn_doc_char_length(const pgn_doc *doc);

size_t pgn_doc_n_blocks(const pgn_doc *doc);
int pgn_doc_block(const pgn_doc *doc, size_t i, pgn_block_view *out);
size_t pgn_doc_n_sentences(const pgn_doc *doc);
int pgn_doc_sentence(const pgn_doc *doc, size_t i, pgn_sentence_view *out);
int pgn_doc_token(const pgn_doc *doc, size_t sentence, size_t i,
                  pgn_token_view *out);

/* Image credits found in the text ("AP", "self"). */
size_t pgn_doc_n_image_credits(const pgn_doc *doc);
const char *pgn_doc_image_credit(const pgn_doc *doc, size_t i);

/* Problems that did not stop reading (invalid UTF-8 replaced, NUL bytes
** dropped...), each with its byte offset in the input. */
size_t pgn_doc_n_warnings(const pgn_doc *doc);
const pgn_error *pgn_doc_warning(const pgn_doc *doc, size_t i);

/* ----------------------------------------------------------------- readers */

typedef enum pgn_format {
    PGN_FORMAT_AUTO = 0,   /* JSONL when the first non-blank byte is '{' */
    PGN_FORMAT_TEXT,       /* one article per file */
    PGN_FORMAT_JSONL       /* one JSON object per line */
} pgn_format;

typedef struct pgn_reader pgn_reader;

typedef struct pgn_read_options {
    pgn_format format;
    size_t max_doc_bytes;  /* larger documents are errors; 0: 64 MiB */
} pgn_read_options;

/* Opens a file ("-" for standard input); gzip and zstd compressed input is
** detected by its magic bytes.  opt may be NULL. */
int pgn_reader_open_file(const char *path, const pgn_read_options *opt,
                         pgn_reader **out, pgn_error *err);
/* Reads from memory; name is used in messages.  The bytes are copied. */
int pgn_reader_open_memory(const char *name, const void *bytes, size_t len,
                           const pgn_read_options *opt, pgn_reader **out,
                           pgn_error *err);
/* Returns 1 and a document the caller frees, 0 at the end of input, or a
** negative pgn_status for one bad record (err says which); after such an
** error the next call moves on to the next record, or returns 0 when the
** input cannot be read further. */
int pgn_reader_next(pgn_reader *r, pgn_doc **doc, pgn_error *err);
void pgn_reader_close(pgn_reader *r);

/* ------------------------------------------------------------ json output */

/* Writes the document as one JSON object on one line (what `peregrine read`
** prints).  flags: PGN_JSON_TOKENS includes tokens. */
#define PGN_JSON_TOKENS 1u
int pgn_doc_write_json(const pgn_doc *doc, unsigned flags,
                       int (*write_cb)(void *ctx, const char *s, size_t n),
                       void *ctx, pgn_error *err);

/* ------------------------------- text: scoring the tokenizer and splitter */

/* Precision, recall and F1 of one kind of unit (CoNLL 2018 definitions). */
typedef struct pgn_prf {
    size_t gold, system, correct;
    double precision, recall, f1;
} pgn_prf;

typedef struct pgn_tokenize_eval {
    pgn_prf tokens;      /* surface tokens (a multi-word token counts once) */
    pgn_prf words;       /* syntactic words ("do" "n't") */
    pgn_prf sentences;
    size_t n_documents, n_paragraphs;
    size_t n_bytes;      /* raw text rebuilt from the # text lines */
} pgn_tokenize_eval;

/* Rebuilds the raw text of a CoNLL-U file from its `# text =` lines as the
** CoNLL 2018 shared task did (sentences of a paragraph joined by a space,
** paragraphs by a newline, documents by a blank line), tokenizes and splits
** each paragraph, and scores the result against the file's tokens, words
** and sentences.  When detail_cb is not NULL it receives one line of text
** (no newline) for each unit that does not match.  Returns 0 or a negative
** pgn_status; syntax errors name the file and line. */
int pgn_eval_tokenize_file(const char *gold_path, pgn_tokenize_eval *out,
                           void (*detail_cb)(void *ctx, const char *line),
                           void *ctx, pgn_error *err);

/* Trains the sentence splitter's boundary classifier on a CoNLL-U training
** file (never on a file you then score) for epochs passes, and writes the
** model as C source to out_path (it replaces src/text/boundary_model.c, and
** takes effect when the library is rebuilt). */
int pgn_train_sentence_splitter(const char *gold_path, const char *out_path, int epochs,
                                pgn_error *err);

/* ---------------------------------------- nlp: tagger, lemmatizer, parser */

/* Our own POS tagger (UPOS, XPOS, features), lemmatizer and labelled
** dependency parser.  A model is immutable once opened and may be shared by
** any number of threads; every call takes its scratch memory from the
** document's arena or its own stack. */
typedef struct pgn_nlp_model pgn_nlp_model;

/* Opens dir/tagger.pgnm and, when present, dir/parser.pgnm (without it,
** heads stay -1), with the default settings below.  A damaged or
** truncated file is an error naming it. */
int pgn_nlp_model_open(const char *dir, pgn_nlp_model **out, pgn_error *err);

/* Settings of an opened model (zero-initialise; zero is the default).
** The parser searches by selectional branching: after the greedy parse
** (one best action per step), the k steps where the best action led the
** runner-up by the least are each taken the other way and the parse is
** continued greedily from there; the most probable of the k + 1 action
** sequences wins.
** parse_branches: k; 0, the default, is PGN_NLP_DEFAULT_BRANCHES, chosen on
** UD English EWT dev (gold tokens, UAS/LAS: greedy 85.66/82.53, k = 2
** 86.27/83.16, 4 86.39/83.32, 6 86.51/83.44, 16 86.55/83.51: 6 is the
** smallest k within 0.05 UAS of 16); at most PGN_NLP_MAX_BRANCHES.
** parse_greedy: nonzero, the greedy parse alone (parse_branches ignored),
** about 1.4 times as fast as the default.  The event pipeline uses it:
** on our event sets the default's parses code about as many events (see
** pgn_pipeline_open). */
#define PGN_NLP_DEFAULT_BRANCHES 6
#define PGN_NLP_MAX_BRANCHES 64
typedef struct pgn_nlp_open_options {
    unsigned parse_branches;
    double parse_branch_margin; /* branch only at steps whose two best actions'
                                ** scores differ by less than this (weight
                                ** units); 0: at any step */
    int parse_greedy;
} pgn_nlp_open_options;
/* pgn_nlp_model_open with settings (opt NULL: the defaults); PGN_EINVAL
** for a setting out of range. */
int pgn_nlp_model_open_opts(const char *dir, const pgn_nlp_open_options *opt,
                            pgn_nlp_model **out, pgn_error *err);
void pgn_nlp_model_close(pgn_nlp_model *m);
int pgn_nlp_model_has_parser(const pgn_nlp_model *m);

/* Fills upos, xpos, feats, lemma, head and deprel of every token of doc.
** Strings point into the model or the document arena. */
int pgn_nlp_annotate(const pgn_nlp_model *m, pgn_doc *doc, pgn_error *err);

/* Writes the document's sentences as CoNLL-U (what `peregrine parse`
** prints). */
int pgn_doc_write_conllu(const pgn_doc *doc,
                         int (*write_cb)(void *ctx, const char *s, size_t n),
                         void *ctx, pgn_error *err);

/* Reads a CoNLL-U file and writes it back annotated by m, keeping its
** tokenization, sentence split, comments and multi-word tokens. */
int pgn_nlp_parse_conllu(const pgn_nlp_model *m, const char *path,
                         int (*write_cb)(void *ctx, const char *s, size_t n),
                         void *ctx, pgn_error *err);

/* Scores of m against a gold CoNLL-U file with gold tokenization, in
** percent of words (LAS compares the universal part of the relation). */
typedef struct pgn_ud_scores {
    size_t n_sentences, n_words;
    double upos, xpos, ufeats, alltags, lemma, uas, las;
    double seconds;             /* time spent annotating */
} pgn_ud_scores;
int pgn_nlp_eval_conllu(const pgn_nlp_model *m, const char *gold_path,
                        pgn_ud_scores *out, pgn_error *err);

/* Scores of the whole pipeline from raw text, as the CoNLL 2018 shared task
** did: the raw text of the gold file is rebuilt as pgn_eval_tokenize_file
** does, tokenized, split, tagged, lemmatized and parsed, and every figure is
** precision, recall and F1 over the shared task's character alignment of
** words (UFeats compares the universal features only; UAS and LAS count a
** word when it and its head are aligned to the gold word and gold head). */
typedef struct pgn_ud_raw_scores {
    pgn_prf tokens, sentences, words, upos, xpos, ufeats, lemmas, uas, las;
    size_t n_documents, n_paragraphs;
    double seconds;             /* time spent tagging, lemmatizing, parsing */
} pgn_ud_raw_scores;
int pgn_nlp_eval_raw(const pgn_nlp_model *m, const char *gold_path,
                     pgn_ud_raw_scores *out, pgn_error *err);

/* Training (deterministic for a seed); prints dev figures per epoch unless
** quiet.  The tagger goes to out_dir/tagger.pgnm, the parser to
** out_dir/parser.pgnm; the parser tags dev (and, with jackknife > 1,
** train) with tagger_dir/tagger.pgnm (default: out_dir), which must exist
** (PGN_ENOTFOUND otherwise): the parser learns that tagger's tags and word
** clusters. */
typedef struct pgn_nlp_train_options {
    const char *train_path, *dev_path, *out_dir, *tagger_dir;
    unsigned epochs;            /* 0: default */
    unsigned long long seed;
    unsigned jackknife;         /* parser: folds for predicted train tags */
    double prune;               /* weights below this dropped; 0: default */
    const char *const *text_paths; /* tagger: unlabelled text (files or
                                   ** directories) for word clusters */
    size_t n_text_paths;
    int quiet;
    unsigned ensemble;          /* K perceptrons (the tagger's, or the parser's)
                                ** from seeds seed..seed+K-1, their weights
                                ** averaged (0, 1: one); the parser's jackknife
                                ** taggers are always single models */
} pgn_nlp_train_options;
int pgn_nlp_train_tagger(const pgn_nlp_train_options *opt, pgn_error *err);
int pgn_nlp_train_parser(const pgn_nlp_train_options *opt, pgn_error *err);


/* ------------------------------------------------- kb: actors and agents */

/* A knowledge base of political actors: countries and territories (with
** historic states), organisations, sector agents and the titles that imply
** them, and people with dated roles.  Loaded once, then read-only: one KB
** may serve any number of threads, each recognising its own documents.
** Loading (pgn_kb_open, pgn_kb_load_*) must finish before sharing. */
typedef struct pgn_kb pgn_kb;

/* Opens the KB in dir (NULL: pgn_default_data_dir()/kb): its files
** countries*.txt, orgs*.txt, agents*.txt, people*.txt.  Any malformed,
** duplicate or conflicting line fails the load; err names file and line. */
int pgn_kb_open(const char *dir, pgn_kb **out, pgn_error *err);
/* An empty KB, e.g. for PETRARCH dictionaries alone. */
int pgn_kb_new(pgn_kb **out, pgn_error *err);
/* Adds the files of a KB directory to kb. */
int pgn_kb_load_dir(pgn_kb *kb, const char *dir, pgn_error *err);
/* Adds a PETRARCH/TABARI actor or agent dictionary.  Lines that cannot be
** used are skipped and recorded as diagnostics (file, line, why); only I/O
** and memory failures return an error. */
int pgn_kb_load_petrarch_actors(pgn_kb *kb, const char *path, pgn_error *err);
int pgn_kb_load_petrarch_agents(pgn_kb *kb, const char *path, pgn_error *err);
void pgn_kb_close(pgn_kb *kb);

/* Problems found while loading that did not stop it.  Only the first 1000
** are kept; pgn_kb_n_problems counts them all. */
size_t pgn_kb_n_diagnostics(const pgn_kb *kb);
const pgn_error *pgn_kb_diagnostic(const pgn_kb *kb, size_t i);
size_t pgn_kb_n_problems(const pgn_kb *kb);

typedef struct pgn_kb_stats {
    size_t countries;        /* current states and territories */
    size_t historic_states;  /* states with end dates (USSR, Yugoslavia...) */
    size_t organisations;
    size_t agents;           /* titles and group nouns */
    size_t people;
    size_t roles;            /* dated roles of people and PETRARCH actors */
    size_t petrarch_actors, petrarch_agents;
    size_t names;            /* distinct phrases recognised */
    size_t problems;         /* diagnostics while loading */
    size_t places;           /* cities and regions (data/kb/places.txt) */
    size_t regions;          /* CAMEO region codes: WST, EUR, MEA... */
} pgn_kb_stats;
void pgn_kb_get_stats(const pgn_kb *kb, pgn_kb_stats *out);

/* How a mention was recognised. */
typedef enum pgn_mention_how {
    PGN_MENTION_NAME = 0,    /* "Vladimir Putin", "NATO", "Russia" */
    PGN_MENTION_TITLE,       /* "Russian President", "the NATO chief" */
    PGN_MENTION_ADJECTIVE,   /* "Russian", "Chinese" */
    PGN_MENTION_METONYM,     /* "the Kremlin", "Beijing" */
    PGN_MENTION_COREF        /* resolved to an earlier mention */
} pgn_mention_how;
const char *pgn_mention_how_name(pgn_mention_how how);

/* What a name means on a date. */
typedef struct pgn_kb_answer {
    const char *entry;       /* canonical name: "Vladimir Putin" */
    const char *kind;        /* "country", "organisation", "agent", "person",
                             ** "petrarch-actor", "petrarch-agent", "place" */
    const char *code;        /* CAMEO code on the date, e.g. "RUSGOV" */
    const char *country;     /* PLOVER country, or NULL */
    const char *sector;      /* PLOVER sector, or NULL */
    const char *role;        /* title of the role on the date, or NULL */
    int32_t from, to;        /* that role's (or entry's) dates, YYYYMMDD, 0 open */
    int in_force;            /* 1 when the role or entry holds on the date */
    pgn_mention_how how;
    const char *file;        /* where the KB defines it */
    long line;
} pgn_kb_answer;

/* Looks name up as it would be read in text; date is YYYY[-MM[-DD]] or
** NULL (latest roles).  Fills up to cap answers (strings live as long as
** kb) and sets *n to the number found; PGN_ENOTFOUND when none. */
int pgn_kb_lookup(const pgn_kb *kb, const char *name, const char *date, pgn_kb_answer *out,
                  size_t cap, size_t *n, pgn_error *err);

/* Finds the actor mentions of doc, coded for the document's date (its
** published, else updated time; with neither, people's latest roles, and
** each mention is marked undated).  Replaces earlier mentions.  Uses only
** kb read-only and doc's arena. */
int pgn_kb_recognize(const pgn_kb *kb, pgn_doc *doc, pgn_error *err);
/* The same for a given date (YYYY-MM-DD), whatever the document says. */
int pgn_kb_recognize_on(const pgn_kb *kb, pgn_doc *doc, const char *date, pgn_error *err);

typedef struct pgn_mention_view {
    size_t sentence;
    size_t first_token, last_token;  /* document token indexes, last exclusive */
    size_t start, end;       /* character offsets */
    size_t byte_start, byte_end;
    const char *code;        /* CAMEO code, e.g. "RUSGOV" */
    const char *country;     /* PLOVER country (ISO alpha-3, "IGO"...) or NULL */
    const char *sector;      /* PLOVER sector or NULL */
    const char *entry;       /* KB entry, or the name as written for people
                             ** known only by their title */
    const char *role;        /* "president", or NULL */
    pgn_mention_how how;
    int undated;             /* 1: the document had no date; latest roles used */
    int local;               /* 1: a name coded by its title in this document */
    int place;               /* 1: a city or region coded as its country */
    long antecedent;         /* COREF: the mention it refers to, else -1 */
} pgn_mention_view;

size_t pgn_doc_n_mentions(const pgn_doc *doc);
int pgn_doc_mention(const pgn_doc *doc, size_t i, pgn_mention_view *out);


/* ------------------------------------------------- events: CAMEO, PLOVER */

/* A coder holds the CAMEO/PLOVER ontology and the event lexicon; it is
** immutable once opened and may code documents from several threads. */
typedef struct pgn_coder pgn_coder;

/* Loads DATA_DIR/ontology and DATA_DIR/lexicon (data_dir NULL: the default
** data directory). */
int pgn_coder_open(const char *data_dir, pgn_coder **out, pgn_error *err);
void pgn_coder_close(pgn_coder *coder);

/* Codes the events of a parsed document whose actors were found, replacing
** any events it had.  PGN_EUNSUPPORTED when the document is not parsed. */
int pgn_coder_code(const pgn_coder *coder, pgn_doc *doc, pgn_error *err);

/* Optional event-date hook: returns "YYYY-MM-DD" for the event whose
** trigger is token `token` of sentence `sentence`, or NULL for the
** document's date.  The string must live as long as the document. */
typedef const char *(*pgn_event_date_fn)(void *ctx, const pgn_doc *doc, size_t sentence,
                                         size_t token);
int pgn_coder_code_dated(const pgn_coder *coder, pgn_doc *doc, pgn_event_date_fn date_cb,
                         void *date_ctx, pgn_error *err);

size_t pgn_doc_n_events(const pgn_doc *doc);

typedef enum pgn_events_format {
    PGN_EVENTS_JSONL = 0,  /* one object per document with an "events" array */
    PGN_EVENTS_TSV,        /* one line per event, PETRARCH/Phoenix columns */
    PGN_EVENTS_GDELT       /* one line per event, GDELT 2.0 event-table columns */
} pgn_events_format;

/* The header line of a tabular format (ends in a newline), NULL for JSONL. */
const char *pgn_events_header(pgn_events_format format);

/* Writes the document's events in the given format. */
int pgn_doc_write_events(const pgn_doc *doc, pgn_events_format format,
                         int (*write_cb)(void *ctx, const char *s, size_t n), void *ctx,
                         pgn_error *err);


/* Scoring (`peregrine eval events`).  The gold file is JSON Lines: one text
** a line with "text", "date" and "events" ({"plover", "cameo", "source",
** "target", "factuality", "negated"}); format in src/events/score.h.  The
** caller codes each text (the whole pipeline: read, parse, actors, events)
** through code_fn, which returns a document the scorer frees. */
typedef int (*pgn_code_text_fn)(void *ctx, const char *text, size_t len, const char *date,
                                pgn_doc **out, pgn_error *err);

typedef struct pgn_event_scores {
    size_t items;            /* gold lines scored */
    size_t coding_errors;    /* lines code_fn failed on */
    size_t gold, sys;        /* events, negated ones left out */
    size_t matched;          /* whole events: category + source + target */
    size_t aligned;          /* gold events paired with some system event */
    size_t cat_ok, src_ok, tgt_ok;   /* among gold events; unpaired count as wrong */
    size_t root_gold, root_ok;       /* gold events with a CAMEO code; right root */
    size_t fact_ok;          /* whole matches with the right factuality */
    size_t gold_negated, negated_ok; /* negated gold events not output as plain events */
    double precision, recall, f1, cat_acc, src_acc, tgt_acc, root_acc, fact_acc;
} pgn_event_scores;

/* Scores code_fn against the gold file.  Errors in the gold file name file
** and line; when some texts fail to code, err holds the first failure and
** 0 is still returned (the failures are counted). */
int pgn_events_score_file(const char *gold_path, pgn_code_text_fn code_fn, void *ctx,
                          pgn_event_scores *out, pgn_error *err);

/* One event as the scorer compares it (codes may be NULL: none). */
typedef struct pgn_event_key {
    const char *plover, *cameo, *source, *target;
} pgn_event_key;

/* Called for each gold line with errors (`eval events --errors`): the gold
** events no system event matched whole (category + source + target) and
** the system events that matched no gold event.  id is the line's "id" or
** NULL; the strings live only during the call. */
typedef void (*pgn_score_errors_fn)(void *ctx, long line, const char *id, const char *text,
                                    const pgn_event_key *missed, size_t n_missed,
                                    const pgn_event_key *spurious, size_t n_spurious);

/* pgn_events_score_file, reporting each line's errors to errors_fn. */
int pgn_events_score_file_errors(const char *gold_path, pgn_code_text_fn code_fn, void *ctx,
                                 pgn_score_errors_fn errors_fn, void *errors_ctx,
                                 pgn_event_scores *out, pgn_error *err);

/* ------------------------------------- discourse: coreference, quotes, dates */

/* Resolves the actor mentions' coreference: third-person pronouns (he, his,
** it, its, they...) become mentions of how PGN_MENTION_COREF, and definite
** descriptions recognised as titles ("the NATO chief") are switched to
** PGN_MENTION_COREF; each has the antecedent mention's index and its code
** and entry.  Mention indexes change (they stay in text order).  Call
** after pgn_kb_recognize, before pgn_doc_find_quotes and the coder. */
int pgn_doc_resolve_coref(pgn_doc *doc, pgn_error *err);

/* Time expressions ("on July 5", "last week", "the 1990s") normalised
** against the document date.  Values are ISO 8601: day 2022-07-05, week
** 2022-W27, month 2022-07, year 2022, decade 199 (ISO 8601-2: 1990-1999). */
typedef enum pgn_date_grain {
    PGN_GRAIN_DAY = 0,
    PGN_GRAIN_WEEK,
    PGN_GRAIN_MONTH,
    PGN_GRAIN_YEAR,
    PGN_GRAIN_DECADE,
    PGN_GRAIN__COUNT
} pgn_date_grain;

const char *pgn_date_grain_name(pgn_date_grain grain);

typedef struct pgn_date_view {
    size_t start, end;           /* character offsets of the expression */
    size_t byte_start, byte_end;
    size_t sentence;             /* sentence index */
    size_t first_token, last_token; /* token range in the sentence, last exclusive */
    pgn_date_grain grain;
    int anchored;                /* 0: relative to something we cannot place
                                 ** ("the next day") or no document date */
    const char *value;           /* ISO 8601, or NULL when not anchored */
    const char *text;            /* the expression as written */
} pgn_date_view;

/* Finds the document's time expressions.  anchor is the document date
** ("YYYY-MM-DD", anything may follow); NULL takes the published, then the
** updated timestamp of the metadata.  Calling it again replaces the dates. */
int pgn_doc_find_dates(pgn_doc *doc, const char *anchor, pgn_error *err);
size_t pgn_doc_n_dates(const pgn_doc *doc);
int pgn_doc_date(const pgn_doc *doc, size_t i, pgn_date_view *out);
/* One JSON line: {"id":..., "anchor":..., "dates":[{"text","start","end",
** "value","grain","anchored"}...]}. */
int pgn_doc_write_dates_json(const pgn_doc *doc,
                             int (*write_cb)(void *ctx, const char *s, size_t n),
                             void *ctx, pgn_error *err);

/* A span of the document; present is 0 when there is none. */
typedef struct pgn_span_view {
    int present;
    size_t start, end;           /* character offsets */
    size_t byte_start, byte_end;
} pgn_span_view;

/* Quotes and reported speech with their attribution. */
typedef struct pgn_quote_view {
    int direct;                  /* 1: inside quotation marks */
    pgn_span_view content;       /* what was said */
    pgn_span_view speaker;       /* who said it */
    pgn_span_view cue;           /* "said", "according to" */
    const char *speaker_code;    /* actor code when an actor mention covers
                                 ** the speaker, else NULL */
    const char *speaker_entry;   /* that mention's KB entry ("Jens Stoltenberg"
                                 ** for a speaker "he" resolved by
                                 ** pgn_doc_resolve_coref), else NULL */
    const char *date;            /* "YYYY-MM-DD": the day of the clause of the
                                 ** cue ("At a summit on June 28, X said")
                                 ** when pgn_doc_find_dates ran before and
                                 ** found one, else NULL */
} pgn_quote_view;

/* Finds the document's quotes (direct and indirect).  Uses actor mentions
** and parser relations when earlier stages filled them.  Calling it again
** replaces the quotes. */
int pgn_doc_find_quotes(pgn_doc *doc, pgn_error *err);
size_t pgn_doc_n_quotes(const pgn_doc *doc);
int pgn_doc_quote(const pgn_doc *doc, size_t i, pgn_quote_view *out);
/* One JSON line: {"id":..., "quotes":[{"text","start","end","direct",
** "speaker":{"text","start","end","code","entry"},"cue":{...},"date"}...]}. */
int pgn_doc_write_quotes_json(const pgn_doc *doc,
                              int (*write_cb)(void *ctx, const char *s, size_t n),
                              void *ctx, pgn_error *err);

/* The learned attribution-cue detector (data_dir/models/quotes.pgnm,
** trained by `peregrine train quotes`).  Immutable once opened; may be
** shared by threads.  Opening a damaged file fails with PGN_EFORMAT or
** PGN_ETRUNCATED. */
typedef struct pgn_quote_model pgn_quote_model;
int pgn_quote_model_open(const char *path, pgn_quote_model **out, pgn_error *err);
void pgn_quote_model_close(pgn_quote_model *m);
/* pgn_doc_find_quotes, then (when m is not NULL and doc is parsed) the
** attributions of the model's cues that no rule found, each with the
** source the model's ranker picks, and that ranker's source for the rules'
** quotes with a cue and no speaker. */
int pgn_doc_find_quotes_model(pgn_doc *doc, const pgn_quote_model *m, pgn_error *err);

/* Training the model: add parsed documents with their gold attributions
** (n_attr groups of four character offsets: cue start, cue end, source
** start, source end, the source empty (start == end) when it has none;
** adding runs the quote rules on the document, whose output the model
** reads), then save.  The cue words train the cue tagger, the sources the
** source ranker.  The same documents in the same order, epochs and seed
** give the same file. */
typedef struct pgn_quote_trainer pgn_quote_trainer;
pgn_quote_trainer *pgn_quote_trainer_new(void);
int pgn_quote_trainer_add(pgn_quote_trainer *t, pgn_doc *doc, const size_t *attr,
                          size_t n_attr, pgn_error *err);
int pgn_quote_trainer_save(pgn_quote_trainer *t, unsigned epochs, uint64_t seed,
                           const char *path, pgn_error *err);
/* Trains k perceptrons per part at save, member m from seed + m with its
** own shuffles, and saves the mean of their weights (an ensemble at the
** cost of one model); 0 or 1: one (the default).  At most 16. */
int pgn_quote_trainer_set_ensemble(pgn_quote_trainer *t, unsigned k, pgn_error *err);
void pgn_quote_trainer_free(pgn_quote_trainer *t);



/* ------------------------------------------------- pipeline: the whole job */

/* Everything needed to code a document: the linguistic models, the actor
** KB and the event coder.  Immutable once opened; one pipeline may process
** documents from several threads. */
typedef struct pgn_pipeline pgn_pipeline;

/* Opens data_dir/models, data_dir/kb (unless kb is given: the pipeline then
** takes it over, also on failure) and the event coder's data_dir/ontology
** and data_dir/lexicon.  data_dir NULL: pgn_default_data_dir(). */
int pgn_pipeline_open(const char *data_dir, pgn_kb *kb, pgn_pipeline **out,
                      pgn_error *err);
void pgn_pipeline_close(pgn_pipeline *p);

/* Parses doc, finds its actors (and resolves their coreference), time
** expressions and quotes, and codes its events (pgn_doc_write_events prints
** them). */
int pgn_pipeline_process(const pgn_pipeline *p, pgn_doc *doc, pgn_error *err);

#ifdef __cplusplus
}
#endif
#endif /* PEREGRINE_H */
