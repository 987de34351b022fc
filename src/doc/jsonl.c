/* src/doc/jsonl.c -- one JSON Lines record (jansson) made into a document.
**
** A record is an object with "text" and optional "id", "title",
** "published" (or "date") and "url"; other fields are ignored.  Invalid
** UTF-8 in the line is repaired before parsing, so that one bad byte in a
** long article gives a warning naming its byte in the file instead of a
** lost record (jansson rejects invalid UTF-8 outright).
*/
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/error.h"
#include "reader_int.h"
#include "timestamp.h"

/* Copies line into a fresh buffer with each invalid UTF-8 byte replaced by
** U+FFFD and each NUL by a space (a raw NUL is never valid JSON), warning
** once per run of bad bytes.  *map_out is NULL when nothing changed. */
static int repair(pgn_doc *doc, const pgn__record *rec, const char *line,
                  size_t len, char **out, size_t *out_len, pgn_error *err) {
    const unsigned char *s = (const unsigned char *)line;
    size_t bad = 0;
    for (size_t i = 0; i < len;) {
        size_t k = pgn__utf8_valid_len(s + i, len - i);
        if (k == 0 || s[i] == 0) bad++;
        i += k ? k : 1;
    }
    *out = NULL;
    *out_len = len;
    if (bad == 0) return 0;
    char *o = malloc(len + 2 * bad + 1);
    if (!o) return pgn__err(err, PGN_ENOMEM, rec->name, rec->line, -1, "no memory");
    size_t n = 0;
    long run = -1;
    int run_nul = 0;
    for (size_t i = 0; i <= len;) {
        size_t k = i < len ? pgn__utf8_valid_len(s + i, len - i) : 1;
        int is_nul = i < len && k == 1 && s[i] == 0;
        int is_bad = i < len && (k == 0 || is_nul);
        if (!is_bad && run >= 0) {
            char msg[96];
            snprintf(msg, sizeof msg, "%s (%ld bytes) replaced",
                     run_nul ? "NUL bytes" : "invalid UTF-8", (long)i - run);
            if (pgn__doc_warn(doc, run_nul ? PGN_EINVAL : PGN_EUTF8, rec->name,
                              rec->line, (long)(rec->off + run), msg)) {
                free(o);
                return pgn__err(err, PGN_ENOMEM, rec->name, rec->line, -1,
                                "no memory");
            }
            run = -1;
        }
        if (i == len) break;
        if (is_bad) {
            if (run < 0) {
                run = (long)i;
                run_nul = is_nul;
            }
            if (is_nul) {
                o[n++] = ' ';
            } else {
                memcpy(o + n, "\xEF\xBF\xBD", 3);
                n += 3;
            }
            i++;
        } else {
            memcpy(o + n, s + i, k);
            n += k;
            i += k;
        }
    }
    o[n] = '\0';
    *out = o;
    *out_len = n;
    return 0;
}

/* Maps a byte position in the repaired line back to the original line. */
static long original_pos(const char *line, size_t len, size_t pos) {
    const unsigned char *s = (const unsigned char *)line;
    size_t i = 0, r = 0;
    while (i < len && r < pos) {
        size_t k = pgn__utf8_valid_len(s + i, len - i);
        if (k == 0) {
            r += 3;
            i++;
        } else {
            r += k;
            i += k;
        }
    }
    return (long)i;
}

static int set_str(pgn_doc *doc, const char **field, const char *s) {
    return (*field = pgn__arena_strdup(doc->arena, s)) ? 0 : PGN_ENOMEM;
}

/* Feeds may give seconds since 1970 (UTC); years 1800..2200 only. */
static int epoch_to_iso(json_int_t secs, char iso[PGN__TS_MAX]) {
    if (secs < -5364662400LL || secs > 7258118400LL) return -1;
    time_t t = (time_t)secs;
    struct tm tm;
    if (!gmtime_r(&t, &tm)) return -1;
    pgn__timestamp ts = {tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, 1,
                         tm.tm_hour, tm.tm_min, tm.tm_sec, 1, 0};
    pgn__timestamp_format(&ts, iso);
    return 0;
}

/* Fills the optional fields; a field of the wrong type is a warning. */
static int read_meta(pgn_doc *doc, const pgn__record *rec, json_t *obj) {
    json_t *v;
    char buf[64];
    if ((v = json_object_get(obj, "id"))) {
        const char *id = NULL;
        if (json_is_string(v)) id = json_string_value(v);
        else if (json_is_integer(v)) {
            snprintf(buf, sizeof buf, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
            id = buf;
        }
        if (id && set_str(doc, &doc->meta.id, id)) return PGN_ENOMEM;
        if (!id && !json_is_null(v) &&
            pgn__doc_warn(doc, PGN_ESYNTAX, rec->name, rec->line, (long)rec->off,
                          "\"id\" is neither a string nor an integer; ignored"))
            return PGN_ENOMEM;
    }
    static const char *const text_fields[] = {"title", "url"};
    for (size_t f = 0; f < 2; f++) {
        v = json_object_get(obj, text_fields[f]);
        if (!v || json_is_null(v)) continue;
        const char **dst = f == 0 ? &doc->meta.title : &doc->meta.url;
        if (json_is_string(v) && json_string_length(v) > 0) {
            /* A title with a NUL would be cut short; jansson keeps it. */
            if (set_str(doc, dst, json_string_value(v))) return PGN_ENOMEM;
        } else if (!json_is_string(v)) {
            char msg[80];
            snprintf(msg, sizeof msg, "\"%s\" is not a string; ignored",
                     text_fields[f]);
            if (pgn__doc_warn(doc, PGN_ESYNTAX, rec->name, rec->line,
                              (long)rec->off, msg))
                return PGN_ENOMEM;
        }
    }
    const char *key = "published";
    if (!(v = json_object_get(obj, key)) || json_is_null(v))
        v = json_object_get(obj, key = "date");
    if (v && !json_is_null(v)) {
        char iso[PGN__TS_MAX];
        char msg[200];
        if (json_is_integer(v) && epoch_to_iso(json_integer_value(v), iso) == 0) {
            if (set_str(doc, &doc->meta.published, iso)) return PGN_ENOMEM;
        } else if (json_is_string(v) &&
            pgn__timestamp_normalize(json_string_value(v), json_string_length(v),
                                     iso) == 0) {
            if (set_str(doc, &doc->meta.published, iso)) return PGN_ENOMEM;
        } else {
            snprintf(msg, sizeof msg, "\"%s\" is not a date we understand (%.60s); ignored",
                     key, json_is_string(v) ? json_string_value(v) : "not a string or a time in seconds");
            if (pgn__doc_warn(doc, PGN_ESYNTAX, rec->name, rec->line,
                              (long)rec->off, msg))
                return PGN_ENOMEM;
        }
    }
    return 0;
}

int pgn__read_jsonl_record(const pgn__record *rec, const char *line,
                           size_t len, pgn_doc **out, pgn_error *err) {
    pgn_doc *doc = pgn__doc_new(0);
    if (!doc) return pgn__err(err, PGN_ENOMEM, rec->name, rec->line, -1, "no memory");
    doc->meta.record = rec->line;
    char *fixed = NULL;
    size_t fixed_len = len;
    json_t *obj = NULL;
    int rc = 0;
    if (!(doc->meta.source = pgn__arena_strdup(doc->arena, rec->name))) {
        rc = pgn__err(err, PGN_ENOMEM, rec->name, rec->line, -1, "no memory");
        goto fail;
    }
    if ((rc = repair(doc, rec, line, len, &fixed, &fixed_len, err))) goto fail;
    json_error_t jerr;
    /* JSON_ALLOW_NUL: "\u0000" in a text is repaired below, not fatal. */
    obj = json_loadb(fixed ? fixed : line, fixed_len, JSON_ALLOW_NUL, &jerr);
    if (!obj) {
        long pos = jerr.position < 0 ? 0 : jerr.position;
        if (fixed) pos = original_pos(line, len, (size_t)pos);
        int code = (size_t)jerr.position >= fixed_len ? PGN_ETRUNCATED : PGN_ESYNTAX;
        rc = pgn__err(err, code, rec->name, rec->line, (long)(rec->off + pos),
                      "malformed JSON: %s", jerr.text);
        goto fail;
    }
    if (!json_is_object(obj)) {
        rc = pgn__err(err, PGN_ESYNTAX, rec->name, rec->line, (long)rec->off,
                      "record is not a JSON object");
        goto fail;
    }
    json_t *text = json_object_get(obj, "text");
    if (!text || !json_is_string(text)) {
        rc = pgn__err(err, PGN_ESYNTAX, rec->name, rec->line, (long)rec->off,
                      text ? "\"text\" is not a string"
                           : "record has no \"text\" field");
        goto fail;
    }
    if ((rc = read_meta(doc, rec, obj))) {
        rc = pgn__err(err, rc, rec->name, rec->line, -1, "no memory");
        goto fail;
    }
    /* The text is valid UTF-8 now; only "\u0000" escapes can still need
    ** repair, and their offsets are in the decoded text, not the file: the
    ** warnings name the line instead. */
    size_t n_warn = doc->warnings.n;
    if ((rc = pgn__doc_set_text(doc, json_string_value(text),
                                json_string_length(text), rec->name, 0, err)))
        goto fail;
    for (size_t w = n_warn; w < doc->warnings.n; w++) {
        pgn_error *e = &doc->warnings.v[w];
        e->line = rec->line;
        e->byte = (long)rec->off;
        snprintf(e->msg, sizeof e->msg, "NUL characters (\\u0000) in \"text\" replaced by spaces");
    }
    json_decref(obj);
    free(fixed);
    return pgn__doc_finish(doc, rec->cues, out, err);
fail:
    json_decref(obj);
    free(fixed);
    pgn_doc_free(doc);
    return rc;
}
