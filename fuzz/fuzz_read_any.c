/* fuzz/fuzz_read_any.c -- any bytes through the reader with the format
** chosen automatically: gzip, zstd, JSON Lines or a plain-text article
** (the cleaner runs on every document). */
#include <stdint.h>

#include "fuzz_read_walk.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    fuzz_read(data, size, PGN_FORMAT_AUTO);
    return 0;
}
