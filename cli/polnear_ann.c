/* cli/polnear_ann.c -- one PolNeAR .ann file: span lines and attribution
** relations (polnear_ann.h). */
#include "polnear_ann.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int label_of(const char *s, size_t n) {
    static const char *const names[ANN_LABELS] = {"Source", "Cue", "Content"};
    for (int l = 0; l < ANN_LABELS; l++)
        if (strlen(names[l]) == n && memcmp(names[l], s, n) == 0) return l;
    return ANN_OTHER;
}

/* "<start> <end>[;<start> <end>]..." up to the next tab or the end of the
** line, as its hull; 0, or -1 when it does not parse. */
static int parse_offsets(const char *p, long *lo_out, long *hi_out) {
    long lo = -1, hi = -1;
    for (;;) {
        long a, b;
        int k = 0;
        if (sscanf(p, " %ld %ld%n", &a, &b, &k) != 2 || a < 0 || b < a) return -1;
        if (lo < 0 || a < lo) lo = a;
        if (b > hi) hi = b;
        p += k;
        if (*p != ';') break;
        p++;
    }
    if (*p != '\t' && *p != '\n' && *p != '\r' && *p != 0) return -1;
    *lo_out = lo;
    *hi_out = hi;
    return 0;
}

static const ann_span *find(const ann_file *f, unsigned long id) {
    for (size_t i = 0; i < f->n_span; i++)
        if (f->span[i].id == id) return &f->span[i];
    return NULL;
}

/* One relation line's attribution (the text after `E<n>\t`): its first Cue
** and first Source arguments; 1 when it has a cue, else 0. */
static int attribution(const ann_file *f, char *rel, size_t out[4]) {
    const ann_span *cue = NULL, *src = NULL;
    for (char *save = NULL, *tok = strtok_r(rel, " \t\n", &save); tok;
         tok = strtok_r(NULL, " \t\n", &save)) {
        char *colon = strchr(tok, ':');
        if (!colon || colon[1] != 'T') continue;
        const ann_span *s = find(f, strtoul(colon + 2, NULL, 10));
        if (!s) continue;
        if (!cue && strncmp(tok, "Cue:", 4) == 0) cue = s;
        if (!src && strncmp(tok, "Source:", 7) == 0) src = s;
    }
    if (!cue) return 0;
    out[0] = (size_t)cue->lo;
    out[1] = (size_t)cue->hi;
    out[2] = src ? (size_t)src->lo : 0;
    out[3] = src ? (size_t)src->hi : 0;
    return 1;
}

static int grow(void **v, size_t *cap, size_t n, size_t size) {
    if (n < *cap) return 0;
    size_t c = *cap ? 2 * *cap : 64;
    void *p = realloc(*v, c * size);
    if (!p) return -1;
    *v = p;
    *cap = c;
    return 0;
}

int ann_read(const char *path, const char *who, ann_file *out) {
    memset(out, 0, sizeof *out);
    FILE *in = fopen(path, "r");
    if (!in) {
        perror(path);
        return -1;
    }
    char *line = NULL, **rel = NULL;
    size_t cap = 0, n_rel = 0, cap_rel = 0, cap_span = 0;
    long lineno = 0;
    int rc = 0;
    while (rc == 0 && getline(&line, &cap, in) >= 0) {
        lineno++;
        /* Only `T<digits>\t` or `E<digits>\t` starts a line of interest:
        ** span text may run over several lines (it keeps the article's
        ** line breaks). */
        if (line[0] != 'T' && line[0] != 'E') continue;
        size_t dg = strspn(line + 1, "0123456789");
        if (dg == 0 || line[1 + dg] != '\t') continue;
        char *tab = line + 1 + dg;
        if (line[0] == 'E') {
            if (grow((void **)&rel, &cap_rel, n_rel, sizeof *rel) || !(rel[n_rel] = strdup(tab + 1)))
                rc = -2;
            else
                n_rel++;
            continue;
        }
        const char *label = tab + 1;
        size_t n_label = strcspn(label, " \t\n");
        ann_span s = {strtoul(line + 1, NULL, 10), label_of(label, n_label), -1, -1};
        if (parse_offsets(label + n_label, &s.lo, &s.hi)) {
            if (s.label == ANN_OTHER) continue;
            fprintf(stderr, "%s: %s:%ld: malformed span line\n", who, path, lineno);
            rc = -1;
            break;
        }
        if (grow((void **)&out->span, &cap_span, out->n_span, sizeof *out->span))
            rc = -2;
        else
            out->span[out->n_span++] = s;
    }
    if (rc == 0 && n_rel) {
        out->attr = malloc(4 * n_rel * sizeof *out->attr);
        if (!out->attr) rc = -2;
        for (size_t r = 0; out->attr && r < n_rel; r++)
            out->n_attr += (size_t)attribution(out, rel[r], out->attr + 4 * out->n_attr);
    }
    if (rc == -2) fprintf(stderr, "%s: %s: out of memory\n", who, path);
    for (size_t r = 0; r < n_rel; r++) free(rel[r]);
    free(rel);
    free(line);
    fclose(in);
    if (rc) {
        ann_free(out);
        return -1;
    }
    return 0;
}

void ann_free(ann_file *f) {
    free(f->span);
    free(f->attr);
    memset(f, 0, sizeof *f);
}
