/* cli/polnear_ann.h -- reading one PolNeAR attribution file (brat standoff),
** for `eval quotes` (its spans by label) and `train quotes` (its
** attributions).  One reader, so that scoring and training agree on what
** the gold says. */
#ifndef PEREGRINE_CLI_POLNEAR_ANN_H
#define PEREGRINE_CLI_POLNEAR_ANN_H

#include <stddef.h>

enum { ANN_SOURCE, ANN_CUE, ANN_CONTENT, ANN_LABELS, ANN_OTHER = ANN_LABELS };

/* A span line `T<id>\t<Label> <start> <end>[;<start> <end>]...`; a
** discontinuous span counts as its hull (first start to last end). */
typedef struct ann_span {
    unsigned long id;
    int label; /* ANN_SOURCE, ANN_CUE, ANN_CONTENT or ANN_OTHER */
    long lo, hi;
} ann_span;

typedef struct ann_file {
    ann_span *span; /* in file order */
    size_t n_span;
    /* From the relation lines `E<n>\tAttribution:T<a> Cue:T<c> Source:T<s>
    ** ...`: four character offsets per attribution that has a cue (cue
    ** start, end, source start, end; the source 0, 0 when it has none). */
    size_t *attr;
    size_t n_attr;
} ann_file;

/* Reads PATH into *out.  A Source, Cue or Content line whose offsets do
** not parse is an error naming the file and line (other labels are
** skipped).  0, or -1 after printing the error with WHO ("peregrine eval
** quotes") in front; *out is then empty. */
int ann_read(const char *path, const char *who, ann_file *out);
void ann_free(ann_file *f);

#endif
