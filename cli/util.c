/* cli/util.c -- small helpers shared by the subcommands. */
#include <string.h>

#include "cli.h"

int cli_is_help(const char *arg) {
    return strcmp(arg, "-h") == 0 || strcmp(arg, "--help") == 0;
}

void cli_report(const char *prefix, const pgn_error *err) {
    char buf[1024];
    fprintf(stderr, "peregrine%s%s: %s\n", prefix ? " " : "", prefix ? prefix : "",
            pgn_error_format(err, buf, sizeof buf));
}

int cli_write_file(void *ctx, const char *s, size_t n) {
    return fwrite(s, 1, n, (FILE *)ctx) == n ? 0 : -1;
}

static void json_string(FILE *out, const char *s) {
    fputc('"', out);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\') fprintf(out, "\\%c", c);
        else if (c < 0x20) fprintf(out, "\\u%04x", c);
        else fputc(c, out);
    }
    fputc('"', out);
}

void cli_error_record(FILE *out, const pgn_error *err) {
    fputs("{\"error\":{\"file\":", out);
    json_string(out, err->file);
    if (err->line >= 0) fprintf(out, ",\"line\":%ld", err->line);
    if (err->byte >= 0) fprintf(out, ",\"byte\":%ld", err->byte);
    fputs(",\"code\":", out);
    json_string(out, pgn_strerror(err->code));
    fputs(",\"message\":", out);
    json_string(out, err->msg);
    fputs("}}\n", out);
}
