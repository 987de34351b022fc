/* src/nlp/projective.c -- projectivisation by lifting (Nivre & Nilsson
** 2005, without label encoding).
**
** The arc-eager parser and its dynamic oracle only build projective trees,
** so non-projective training trees are made projective first: the shortest
** non-projective arc is repeatedly lifted to its head's head until none is
** left.  About 1% of English UD arcs move; the parser then predicts the
** lifted (slightly higher) attachment for them.
*/
#include "nlp_int.h"

/* Arc (head[d], d) is projective when every word between them descends
** from head[d].  head is 1-based over words 1..n (head[0] unused). */
static int arc_projective(const int32_t *head, uint32_t n, uint32_t d) {
    int32_t h = head[d];
    if (h < 0) return 1;
    uint32_t lo = (uint32_t)h < d ? (uint32_t)h : d, hi = (uint32_t)h < d ? d : (uint32_t)h;
    for (uint32_t k = lo + 1; k < hi; k++) {
        int32_t a = (int32_t)k;
        uint32_t steps = 0;
        while (a > 0 && a != h && steps++ <= n) a = head[a];
        if (a != h) return 0;
    }
    return 1;
}

int pgn__is_projective(const int32_t *head, uint32_t n) {
    for (uint32_t d = 1; d <= n; d++)
        if (!arc_projective(head, n, d)) return 0;
    return 1;
}

uint32_t pgn__projectivize(int32_t *head, uint32_t n) {
    uint32_t lifted = 0;
    for (uint32_t guard = 0; guard < 4 * n + 4; guard++) {
        uint32_t best = 0, best_len = UINT32_MAX;
        for (uint32_t d = 1; d <= n; d++) {
            if (head[d] <= 0 || arc_projective(head, n, d)) continue;
            uint32_t len = (uint32_t)(head[d] > (int32_t)d ? head[d] - (int32_t)d : (int32_t)d - head[d]);
            if (len < best_len) {
                best_len = len;
                best = d;
            }
        }
        if (!best) break;
        head[best] = head[head[best]];
        lifted++;
    }
    return lifted;
}
