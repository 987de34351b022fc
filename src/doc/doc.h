/* src/doc/doc.h -- the document as the library holds it (internal).
**
** A document owns one arena; its text, metadata, blocks, tokens and
** sentences live in it.  Readers (reader.c with input.c, record.c and
** jsonl.c) build it, clean.c divides the text into blocks and finds
** metadata, doc.c segments the kept blocks and computes character offsets.  Later stages add their annotations to the
** same arena.
*/
#ifndef PGN_DOC_H
#define PGN_DOC_H

#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "peregrine.h"
#include "kb/mention.h"
#include "text/text.h"

typedef struct pgn__block {
    pgn_block_kind kind;
    uint32_t start, end;     /* byte offsets into text */
    uint32_t cstart, cend;   /* character offsets */
} pgn__block;

typedef PGN__VEC(pgn__block) pgn__block_vec;
typedef PGN__VEC(pgn_error) pgn__warning_vec;
typedef PGN__VEC(const char *) pgn__str_vec;
typedef PGN__VEC(pgn__mention) pgn__mention_vec;
struct pgn__discourse;       /* src/discourse/discourse.h */
struct pgn__event;            /* src/events/events.h */

struct pgn_doc {
    pgn__arena *arena;
    char *text;              /* valid UTF-8, NUL-terminated */
    size_t len;              /* bytes */
    size_t n_chars;
    pgn_doc_meta meta;       /* strings in arena */
    pgn__block_vec blocks;
    pgn__token_vec tokens;
    pgn__sentence_vec sentences;
    pgn__str_vec image_credits;
    pgn__mention_vec mentions;   /* actor mentions, in text order (src/kb) */
    const char *home;        /* ISO code of the country the document is about
                             ** (src/kb/home.c), NULL when none dominates; the
                             ** events stage reads it to tell a story at home */
    PGN__VEC(struct pgn__event) events; /* coded events (src/events) */
    pgn__warning_vec warnings;
    struct pgn__discourse *discourse; /* dates, quotes (src/discourse); NULL before */
};

/* Creates an empty document whose arena may hold at most limit bytes
** (0: no limit).  NULL when out of memory. */
pgn_doc *pgn__doc_new(size_t limit);

/* Copies len bytes of raw input into doc->text, replacing each invalid
** UTF-8 byte with U+FFFD and dropping NUL bytes, with a warning (byte offset
** relative to base_off, in file `name`) for each run of bad bytes. */
int pgn__doc_set_text(pgn_doc *doc, const char *raw, size_t len,
                      const char *name, long base_off, pgn_error *err);

/* Length of the valid UTF-8 sequence at s (at most n bytes, n > 0), or 0
** when the byte at s starts no valid sequence. */
size_t pgn__utf8_valid_len(const unsigned char *s, size_t n);

/* Divides doc->text into blocks and fills metadata (headline, timestamps,
** byline, dateline, image credits) that the text itself gives; fields
** already set in doc->meta are kept.  Implemented in clean.c. */
int pgn__doc_clean(pgn_doc *doc, pgn_error *err);

/* The same with the cue lists already loaded (a reader loads them once for
** all its documents; see lexicon.h).  cues may be NULL. */
struct pgn__cues;
int pgn__doc_clean_with(pgn_doc *doc, const struct pgn__cues *cues,
                        pgn_error *err);

/* Segments every kept block into sentences and tokens and computes every
** character offset.  Called once, after pgn__doc_clean. */
int pgn__doc_segment(pgn_doc *doc, pgn_error *err);

/* Records a non-fatal problem. */
int pgn__doc_warn(pgn_doc *doc, int code, const char *file, long line,
                  long byte, const char *msg);

#endif
