/* fuzz/fuzz_read_jsonl.c -- any bytes read as JSON Lines: documents or
** error records, never a crash, and a reader that always ends. */
#include <stdint.h>

#include "fuzz_read_walk.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    fuzz_read(data, size, PGN_FORMAT_JSONL);
    return 0;
}
