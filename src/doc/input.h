/* src/doc/input.h -- byte streams for the readers (internal to src/doc).
**
** An input is a file, standard input ("-") or a copy of a memory buffer.
** When its first bytes are the gzip (1f 8b) or zstd (28 b5 2f fd) magic
** numbers it is decompressed on the fly, so a reader sees plain bytes and
** never holds more than its own window of them: a compressed file is never
** inflated whole into memory.
*/
#ifndef PGN_DOC_INPUT_H
#define PGN_DOC_INPUT_H

#include <stddef.h>

#include "peregrine.h"

typedef struct pgn__input pgn__input;

typedef enum pgn__compression {
    PGN__COMP_NONE = 0,
    PGN__COMP_GZIP,
    PGN__COMP_ZSTD
} pgn__compression;

/* Opens path ("-": standard input).  A directory, a missing or unreadable
** file is an error naming it. */
int pgn__input_open_file(const char *path, pgn__input **out, pgn_error *err);
/* Copies len bytes; name is used in messages. */
int pgn__input_open_memory(const char *name, const void *bytes, size_t len,
                           pgn__input **out, pgn_error *err);

/* Reads up to cap plain (decompressed) bytes into buf.  Returns how many
** (0 at the end of input) or a negative pgn_status: PGN_ETRUNCATED when a
** compressed stream stops early, PGN_EFORMAT when it is damaged, PGN_EIO
** when reading fails; err then names the compressed byte offset.  After an
** error every read returns 0. */
long pgn__input_read(pgn__input *in, void *buf, size_t cap, pgn_error *err);

const char *pgn__input_name(const pgn__input *in);
void pgn__input_close(pgn__input *in);

#endif
