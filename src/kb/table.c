/* src/kb/table.c -- the phrase table: normalised word sequences to senses.
**
** Open addressing over keys in the KB arena.  Every proper prefix of a
** phrase is in the table too (with no sense), which makes longest-match
** recognition a walk that stops at the first word sequence no phrase
** continues, instead of trying every length at every position.
*/
#include <stdlib.h>
#include <string.h>

#include "kb_int.h"

/* FNV-1a: short keys, no adversarial input worth a keyed hash here. */
uint32_t kb__hash(const char *s, size_t n) {
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 16777619u;
    }
    return h ? h : 1;
}

const kb_slot *kb__find(const pgn_kb *kb, const char *key, size_t n) {
    if (!kb->n_slots) return NULL;
    uint32_t h = kb__hash(key, n);
    size_t mask = kb->n_slots - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        const kb_slot *s = &kb->slots[i];
        if (!s->key) return NULL;
        if (s->hash == h && strncmp(s->key, key, n) == 0 && s->key[n] == '\0') return s;
    }
}

static int grow(pgn_kb *kb) {
    size_t n = kb->n_slots ? kb->n_slots * 2 : 256;
    kb_slot *ns = calloc(n, sizeof *ns);
    if (!ns) return PGN_ENOMEM;
    for (size_t i = 0; i < kb->n_slots; i++) {
        kb_slot *s = &kb->slots[i];
        if (!s->key) continue;
        size_t j = s->hash & (n - 1);
        while (ns[j].key) j = (j + 1) & (n - 1);
        ns[j] = *s;
    }
    free(kb->slots);
    kb->slots = ns;
    kb->n_slots = n;
    return 0;
}

/* The slot for key[0, n), inserted (as a prefix) when absent. */
static kb_slot *slot_for(pgn_kb *kb, const char *key, size_t n, int *rc) {
    if ((kb->n_used + 1) * 4 > kb->n_slots * 3 && (*rc = grow(kb))) return NULL;
    uint32_t h = kb__hash(key, n);
    size_t mask = kb->n_slots - 1;
    size_t i = h & mask;
    for (;; i = (i + 1) & mask) {
        kb_slot *s = &kb->slots[i];
        if (!s->key) break;
        if (s->hash == h && strncmp(s->key, key, n) == 0 && s->key[n] == '\0') return s;
    }
    char *k = pgn__arena_strndup(kb->arena, key, n);
    if (!k) {
        *rc = PGN_ENOMEM;
        return NULL;
    }
    kb->slots[i].key = k;
    kb->slots[i].hash = h;
    kb->slots[i].sense = -1;
    kb->n_used++;
    return &kb->slots[i];
}

int kb__add_sense(pgn_kb *kb, const char *key, const kb_sense *s) {
    int rc = 0;
    size_t n = strlen(key);
    for (size_t i = 0; i < n; i++)
        if (key[i] == ' ' && !slot_for(kb, key, i, &rc)) return rc;
    kb_slot *sl = slot_for(kb, key, n, &rc);
    if (!sl) return rc;
    if (PGN__VEC_RESERVE(kb->arena, kb->senses)) return PGN_ENOMEM;
    kb_sense *ns = &kb->senses.v[kb->senses.n];
    *ns = *s;
    ns->next = -1;
    /* appended at the end of the chain: the first listed sense wins ties */
    if (sl->sense < 0) {
        sl->sense = (int32_t)kb->senses.n;
        kb->n_names++;
    } else {
        int32_t j = sl->sense;
        while (kb->senses.v[j].next >= 0) j = kb->senses.v[j].next;
        kb->senses.v[j].next = (int32_t)kb->senses.n;
    }
    kb->senses.n++;
    return 0;
}
