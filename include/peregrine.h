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

/* ---------------------------------------- nlp: tagger, lemmatizer, parser */

/* Our own POS tagger (UPOS, XPOS, features), lemmatizer and labelled
** dependency parser.  A model is immutable once opened and may be shared by
** any number of threads; every call takes its scratch memory from the
** document's arena or its own stack. */
typedef struct pgn_nlp_model pgn_nlp_model;

/* Opens dir/tagger.pgnm and, when present, dir/parser.pgnm (without it,
** heads stay -1).  A damaged or truncated file is an error naming it. */
int pgn_nlp_model_open(const char *dir, pgn_nlp_model **out, pgn_error *err);
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

/* Training (deterministic for a seed); prints dev figures per epoch unless
** quiet.  The tagger goes to out_dir/tagger.pgnm, the parser to
** out_dir/parser.pgnm; the parser tags dev (and, with jackknife > 1,
** train) with tagger_dir/tagger.pgnm (default: out_dir). */
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
} pgn_nlp_train_options;
int pgn_nlp_train_tagger(const pgn_nlp_train_options *opt, pgn_error *err);
int pgn_nlp_train_parser(const pgn_nlp_train_options *opt, pgn_error *err);


/* ------------------------------------------------- kb: actors and agents */



/* ------------------------------------------------- events: CAMEO, PLOVER */



/* ------------------------------------- discourse: coreference, quotes, dates */



#ifdef __cplusplus
}
#endif
#endif /* PEREGRINE_H */
