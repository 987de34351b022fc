/* src/nlp/model_io.c -- the model file format.
**
** Layout (all little-endian):
**   0  char[4]  magic "PGNM"
**   4  u16      format version: PGN__MODEL_DEFLATED (1) or PGN__MODEL_STORED (2)
**   6  u16      kind (PGN__MODEL_TAGGER, PGN__MODEL_PARSER)
**   8  u64      payload length in bytes
**  16  u32      CRC32 of the payload
**  20  u32      CRC32 of bytes 0..19
**  24  payload  version 1: u64 length of the inflated sections, then the
**               sections deflated with zlib (the hash tables are half empty,
**               so this halves the files); version 2: the sections as they
**               are (the parser: inflating its 27 MB was a third of the
**               load time, and a mapped file needs no buffer of its own).
**               Sections are written by tagger.c / parser.c with the
**               pgn__w_* helpers: u32 counts then arrays.
** Everything is checked (header CRC, then length, then payload CRC) before
** any payload byte is interpreted, and the section readers bounds-check
** every count and offset, so a damaged file is an error, never a crash.
*/
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <libdeflate.h>
#include <unistd.h>
#include <zlib.h>

#include "base/error.h"
#include "nlp_int.h"

#define HDR 24
#define MAX_MODEL ((size_t)1 << 30)

static void w_reserve(pgn__wbuf *w, size_t n) {
    if (w->oom || w->len + n <= w->cap) return;
    size_t c = w->cap ? w->cap * 2 : 1 << 16;
    while (c < w->len + n) c *= 2;
    unsigned char *p = realloc(w->b, c);
    if (!p) {
        w->oom = 1;
        return;
    }
    w->b = p;
    w->cap = c;
}

void pgn__w_bytes(pgn__wbuf *w, const void *p, size_t n) {
    w_reserve(w, n);
    if (w->oom) return;
    if (n) memcpy(w->b + w->len, p, n);
    w->len += n;
}

void pgn__w_u32(pgn__wbuf *w, uint32_t v) {
    unsigned char b[4] = {(unsigned char)v, (unsigned char)(v >> 8), (unsigned char)(v >> 16),
                          (unsigned char)(v >> 24)};
    pgn__w_bytes(w, b, 4);
}

void pgn__w_f32(pgn__wbuf *w, float v) {
    uint32_t u;
    memcpy(&u, &v, 4);
    pgn__w_u32(w, u);
}


/* A linear model is written as byte planes (fingerprint low and high
** bytes, counts, classes, weight low and high bytes): each plane is
** homogeneous, which is what lets deflate shrink it.  Offsets are not
** stored: entries are in slot order, so they are the running sum of counts. */
void pgn__w_lin(pgn__wbuf *w, const pgn__lin *m) {
    pgn__w_u32(w, m->n_classes);
    pgn__w_u32(w, m->mask);
    pgn__w_u32(w, m->n_entries);
    pgn__w_f32(w, m->scale);
    size_t slots = (size_t)m->mask + 1;
    unsigned char *plane = malloc(slots > m->n_entries ? slots : (size_t)m->n_entries + 1);
    if (!plane) {
        w->oom = 1;
        return;
    }
    for (int sh = 0; sh <= 8; sh += 8) {
        for (size_t i = 0; i < slots; i++) plane[i] = (unsigned char)(m->slot[2 * i] >> sh);
        pgn__w_bytes(w, plane, slots);
    }
    for (size_t i = 0; i < slots; i++)
        plane[i] = m->slot[2 * i] ? (unsigned char)(m->slot[2 * i + 1] & 255) : 0;
    pgn__w_bytes(w, plane, slots);
    static const int shifts[3] = {16, 0, 8}; /* class, weight low, weight high */
    for (int k = 0; k < 3; k++) {
        for (size_t i = 0; i < m->n_entries; i++)
            plane[i] = (unsigned char)(m->ent[i] >> shifts[k]);
        pgn__w_bytes(w, plane, m->n_entries);
    }
    free(plane);
}

void pgn__w_smap(pgn__wbuf *w, const pgn__smap *m) {
    pgn__w_u32(w, m->mask);
    pgn__w_u32(w, m->n);
    size_t slots = (size_t)m->mask + 1;
    for (size_t i = 0; i < slots; i++) {
        pgn__w_u32(w, (uint32_t)m->slot[i].key);
        pgn__w_u32(w, (uint32_t)(m->slot[i].key >> 32));
    }
    for (size_t i = 0; i < slots; i++) pgn__w_u32(w, m->slot[i].val);
}

void pgn__w_pool(pgn__wbuf *w, const pgn__pool *p) {
    pgn__w_u32(w, (uint32_t)p->len);
    pgn__w_bytes(w, p->s, p->len);
}

static const unsigned char *r_take(pgn__rbuf *r, size_t n) {
    if (r->bad || n > r->len - r->off) {
        r->bad = 1;
        return NULL;
    }
    const unsigned char *p = r->b + r->off;
    r->off += n;
    return p;
}

static uint32_t le32(const unsigned char *p) {
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

uint32_t pgn__r_u32(pgn__rbuf *r) {
    const unsigned char *p = r_take(r, 4);
    return p ? le32(p) : 0;
}

float pgn__r_f32(pgn__rbuf *r) {
    uint32_t u = pgn__r_u32(r);
    float f;
    memcpy(&f, &u, 4);
    return f;
}

static int pow2(uint64_t x) { return x && !(x & (x - 1)); }

/* Where a list of cnt entries goes when the next free entry is at: there,
** or at the next cache line when it would cross one (lists are shorter than
** PGN__LIN_DENSE_MIN, so one line holds any).  A list that crosses a line
** costs two cache misses instead of one; this costs ~25% more entries. */
static uint64_t ent_place(uint64_t at, uint32_t cnt) {
    enum { PER_LINE = 64 / sizeof(uint32_t) };
    return (at % PER_LINE) + cnt > PER_LINE ? (at + PER_LINE - 1) / PER_LINE * PER_LINE : at;
}

/* Eight count bytes of a line of slots, as a little-endian word. */
static uint64_t line_word(const unsigned char *p, uint32_t n) {
    uint64_t x = 0;
    for (uint32_t j = 0; j < n; j++) x |= (uint64_t)p[j] << (8 * j);
    return x;
}
/* Bit j set when byte j of x is not zero (no branch per byte: the counts
** are random, and a test per slot was a misprediction per line). */
static uint32_t nonzero_bytes(uint64_t x) {
    const uint64_t lo7 = 0x7f7f7f7f7f7f7f7fULL;
    uint64_t hi = (((x & lo7) + lo7) | x) & ~lo7;
    return (uint32_t)(((hi >> 7) * 0x0102040810204080ULL) >> 56);
}

/* Which slots of a line of eight keep their entries in the line's empty
** slots, two to a slot (see PGN__LIN_LOCAL): of the lists (neither inline
** nor dense, bits of lists), those that fit, in slot order.  The entries
** then arrive with the slot, one cache miss instead of two. */
static uint32_t line_local(const unsigned char *cn, uint32_t lists, uint32_t fr) {
    uint32_t local = 0;
    for (uint32_t b = lists; b; b &= b - 1) {
        uint32_t j = (uint32_t)__builtin_ctz(b), need = (cn[j] + 1u) / 2;
        if (need > fr) continue;
        fr -= need;
        local |= 1u << j;
    }
    return local;
}

/* The kinds of the used slots of one line (masks of its up to eight
** slots): dense rows, two entries inline, lists (the rest). */
typedef struct line_kinds {
    uint32_t used, dense, lists;
} line_kinds;
static line_kinds kinds_of(uint64_t k8, int inline_ok) {
    line_kinds k;
    k.used = nonzero_bytes(k8);
    k.dense = nonzero_bytes(k8 & 0xF0F0F0F0F0F0F0F0ULL); /* >= PGN__LIN_DENSE_MIN */
    uint32_t two = ~nonzero_bytes(k8 ^ 0x0202020202020202ULL) & 255;
    k.lists = k.used & ~k.dense & (inline_ok ? ~two : ~0u);
    return k;
}
/* ... and with one entry inline too (see one_ok in pgn__r_lin): a
** separate step, so that the test stays out of kinds_of (with it inside,
** kinds_of was no longer inlined and the parser's model took 32M more
** instructions to load). */
static uint32_t not_one(uint64_t k8) { return nonzero_bytes(k8 ^ 0x0101010101010101ULL); }

int pgn__r_lin(pgn__rbuf *r, pgn__lin *m) {
    memset(m, 0, sizeof *m);
    m->n_classes = pgn__r_u32(r);
    m->mask = pgn__r_u32(r);
    m->n_entries = pgn__r_u32(r);
    m->scale = pgn__r_f32(r);
    uint64_t slots = (uint64_t)m->mask + 1;
    if (r->bad || m->n_classes == 0 || m->n_classes > 256 || !pow2(slots) ||
        slots > (1u << 28) || m->n_entries >= (1u << 24) || !(m->scale >= 0) ||
        slots * 3 + (uint64_t)m->n_entries * 3 > r->len - r->off)
        return r->bad = 1;
    const unsigned char *f0 = r_take(r, slots), *f1 = r_take(r, slots), *cn = r_take(r, slots);
    const unsigned char *c = r_take(r, m->n_entries), *w0 = r_take(r, m->n_entries),
                        *w1 = r_take(r, m->n_entries);
    if (r->bad) return 1;
    /* Both passes go a line of eight slots at a time (the whole table when
    ** it is smaller), and within a line only over the slots in use: two in
    ** three are empty. */
    _Static_assert(PGN__LIN_DENSE_MIN == 16, "kinds_of tests the counts' high nibble");
    const uint32_t per_line = slots >= 8 ? 8 : (uint32_t)slots;
    const uint64_t n_lines = slots / per_line;
    /* Dense rows (see pgn__lin) are counted first so that one pass over
    ** the slots builds everything. */
    m->row_len = (m->n_classes + 15) & ~15u;
    /* Only the entries of the other features stay in ent: the file's
    ** order (slot order) is kept, offsets are renumbered. */
    const int inline_ok = m->n_classes <= 128;
    /* In the models of one and two classes (the quote finder's cue tagger
    ** and source ranker) most features keep one entry: inlined too, with a
    ** second entry adding 0 to the same class, it is read with its slot
    ** instead of from the line's storage or the entry lists (the ranker's
    ** scoring 15% fewer instructions; the sums are the same integers).
    ** The tagger's and parser's layout stays as it was measured. */
    const int one_ok = inline_ok && m->n_classes <= 2;
    uint32_t n_dense = 0;
    uint64_t n_kept = 0, n_placed = 0;
    /* the local lists of each line (line_local), kept for the second pass */
    const int local_ok = inline_ok && slots >= 8;
    unsigned char *lm = local_ok ? calloc(n_lines, 1) : NULL;
    if (local_ok && !lm) return PGN_ENOMEM;
    for (uint64_t l = 0; l < n_lines; l++) {
        const unsigned char *cl = cn + l * per_line;
        uint64_t k8 = line_word(cl, per_line);
        if (!k8) continue;
        line_kinds k = kinds_of(k8, inline_ok);
        if (one_ok) k.lists &= not_one(k8);
        n_dense += (uint32_t)__builtin_popcount(k.dense);
        uint32_t local = 0;
        if (lm && k.lists) {
            local = line_local(cl, k.lists, 8 - (uint32_t)__builtin_popcount(k.used));
            lm[l] = (unsigned char)local;
        }
        for (uint32_t b = k.lists & ~local; b; b &= b - 1) {
            uint32_t cnt = cl[__builtin_ctz(b)];
            n_kept += cnt;
            n_placed = ent_place(n_placed, cnt) + cnt;
        }
    }
    if (n_kept > m->n_entries) {
        free(lm);
        return r->bad = 1;
    }
    /* The lists are placed so that none crosses a cache line (see
    ** ent_place), unless the offsets would not fit their 24 bits. */
    const int align = n_placed < (1u << 24);
    if (align) n_kept = n_placed;
    const uint32_t n_file = m->n_entries;
    m->slot = pgn__big_alloc(slots * 8);
    m->ent = pgn__big_alloc(((size_t)n_kept + 1) * sizeof *m->ent);
    if (n_dense) m->dense = pgn__big_alloc((size_t)n_dense * m->row_len * sizeof *m->dense);
    if (!m->slot || !m->ent || (n_dense && !m->dense)) {
        free(lm);
        pgn__lin_free(m);
        return PGN_ENOMEM;
    }
    if (n_dense) memset(m->dense, 0, (size_t)n_dense * m->row_len * sizeof *m->dense);
    m->n_dense = n_dense;
    unsigned char max_c = 0;
    for (size_t i = 0; i < n_file; i++) max_c = c[i] > max_c ? c[i] : max_c;
    if (n_file && max_c >= m->n_classes) goto bad;
#define ENT(i) ((uint32_t)c[i] << 16 | (uint32_t)w0[i] | (uint32_t)w1[i] << 8)
    /* Every used slot needs a count, the counts must add up to the entries,
    ** every class be in range, and one slot at least be empty (or probing
    ** would not stop). */
    uint64_t off = 0, empty = 0;
    uint32_t row = 0, kept = 0;
    for (uint64_t l = 0; l < n_lines; l++) {
        const uint64_t s0 = l * per_line;
        uint32_t *line = m->slot + 2 * s0;
        memset(line, 0, (size_t)per_line * 8);
        const uint64_t k8 = line_word(cn + s0, per_line);
        const uint32_t fpz = nonzero_bytes(line_word(f0 + s0, per_line) | line_word(f1 + s0, per_line));
        line_kinds k = kinds_of(k8, inline_ok);
        if (one_ok) k.lists &= not_one(k8);
        if (fpz != k.used) goto bad; /* a fingerprint without a count or the reverse */
        empty += per_line - (uint32_t)__builtin_popcount(k.used);
        if (!k.used) continue;
        const uint32_t local = lm ? lm[l] : 0;
        uint64_t local_off[8];
        for (uint32_t b = k.used; b; b &= b - 1) {
            const uint32_t j = (uint32_t)__builtin_ctz(b);
            const uint64_t s = s0 + j;
            const uint32_t fp = (uint32_t)f0[s] | (uint32_t)f1[s] << 8, cnt = cn[s];
            if (off + cnt > n_file) goto bad;
            if (k.dense >> j & 1) {
                int16_t *d = m->dense + (size_t)row * m->row_len;
                for (uint32_t e = 0; e < cnt; e++) d[c[off + e]] = (int16_t)(uint16_t)ENT(off + e);
                line[2 * j] = fp;
                line[2 * j + 1] = ++row << 8; /* count 0: dense row - 1 */
            } else if (!(k.lists >> j & 1)) { /* two entries, inline */
                uint32_t e0 = ENT(off), e1 = cnt == 2 ? ENT(off + 1) : e0 & 0xFFFF0000u;
                line[2 * j] = fp | PGN__LIN_INLINE | (e0 >> 16) << 16 | (e1 >> 16) << 23;
                line[2 * j + 1] = (e0 & 0xFFFFu) | (e1 & 0xFFFFu) << 16;
            } else if (local >> j & 1) {
                line[2 * j] = fp; /* completed below */
                local_off[j] = off;
            } else {
                if (align) {
                    uint32_t at = (uint32_t)ent_place(kept, cnt);
                    while (kept < at) m->ent[kept++] = 0; /* class 0 += 0, never read */
                }
                line[2 * j] = fp;
                line[2 * j + 1] = kept << 8 | cnt;
                for (uint32_t e = 0; e < cnt; e++) m->ent[kept + e] = ENT(off + e);
                kept += cnt;
            }
            off += cnt;
        }
        if (local) {
            /* the line is written: its local lists go into its empty slots */
            uint32_t fr = ~k.used & 255;
            for (uint32_t b = local; b; b &= b - 1) {
                const uint32_t j = (uint32_t)__builtin_ctz(b);
                uint64_t o = local_off[j];
                uint32_t n = cn[s0 + j], used = 0;
                for (uint32_t e = 0; e < n; e += 2) {
                    uint32_t at = (uint32_t)__builtin_ctz(fr);
                    fr &= fr - 1;
                    used |= 1u << at;
                    uint32_t e0 = ENT(o + e), e1 = e + 1 < n ? ENT(o + e + 1) : 0;
                    line[2 * at] = (e0 >> 16) << 16 | (e1 >> 16) << 23 |
                                   (e + 1 < n ? PGN__LIN_PAIR : 0);
                    line[2 * at + 1] = (e0 & 0xFFFFu) | (e1 & 0xFFFFu) << 16;
                }
                line[2 * j] |= PGN__LIN_LOCAL;
                line[2 * j + 1] = used << 8 | n;
            }
        }
    }
#undef ENT
    if (!empty || off != n_file) goto bad;
    m->n_entries = kept;
    free(lm);
    return 0;
bad:
    free(lm);
    pgn__lin_free(m);
    return r->bad = 1;
}

int pgn__r_smap(pgn__rbuf *r, pgn__smap *m) {
    memset(m, 0, sizeof *m);
    uint32_t mask = pgn__r_u32(r), n = pgn__r_u32(r);
    uint64_t slots = (uint64_t)mask + 1;
    if (r->bad || !pow2(slots) || slots > (1u << 28) || n >= slots ||
        slots * 12 > r->len - r->off)
        return r->bad = 1;
    m->slot = malloc(slots * sizeof *m->slot);
    if (!m->slot) return PGN_ENOMEM;
    m->mask = mask;
    m->n = n;
    /* the file holds all keys, then all values (12 bytes a slot, checked
    ** above) */
    const unsigned char *kb = r_take(r, slots * 8), *vb = r_take(r, slots * 4);
    uint64_t used = 0;
    for (uint64_t i = 0; !r->bad && i < slots; i++) {
        m->slot[i].key = le32(kb + 8 * i) | (uint64_t)le32(kb + 8 * i + 4) << 32;
        m->slot[i].val = le32(vb + 4 * i);
        m->slot[i].pad = 0;
        used += m->slot[i].key != 0;
    }
    if (r->bad || used == slots) {
        pgn__smap_free(m);
        return r->bad = 1;
    }
    return 0;
}

int pgn__r_pool(pgn__rbuf *r, pgn__pool *p) {
    memset(p, 0, sizeof *p);
    uint32_t n = pgn__r_u32(r);
    const unsigned char *b = r_take(r, n);
    if (r->bad || (n && b[n - 1] != '\0')) return r->bad = 1;
    p->s = malloc((size_t)n + 1);
    if (!p->s) return PGN_ENOMEM;
    if (n) memcpy(p->s, b, n);
    p->s[n] = '\0';
    p->len = p->cap = n;
    return 0;
}

static void put16(unsigned char *p, uint16_t v) {
    p[0] = (unsigned char)v;
    p[1] = (unsigned char)(v >> 8);
}
static void put32(unsigned char *p, uint32_t v) {
    for (int i = 0; i < 4; i++) p[i] = (unsigned char)(v >> (8 * i));
}
static uint32_t get32(const unsigned char *p) {
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* The same CRC-32 as zlib's crc32(); libdeflate's is several times faster. */
static uint32_t crc(const unsigned char *b, size_t n) { return libdeflate_crc32(0, b, n); }

int pgn__model_save(const char *path, uint16_t kind, const pgn__wbuf *payload, unsigned fmt,
                    pgn_error *err) {
    if (payload->oom) return pgn__err(err, PGN_ENOMEM, path, -1, -1, "out of memory");
    unsigned char *z = NULL;
    pgn__wbuf packed;
    if (fmt != PGN__MODEL_STORED) {
        fmt = PGN__MODEL_DEFLATED;
        uLongf zlen = compressBound((uLong)payload->len);
        z = malloc((size_t)zlen + 8);
        if (!z) return pgn__err(err, PGN_ENOMEM, path, -1, -1, "out of memory");
        for (int i = 0; i < 8; i++) z[i] = (unsigned char)((uint64_t)payload->len >> (8 * i));
        if (compress2(z + 8, &zlen, payload->b, (uLong)payload->len, 9) != Z_OK) {
            free(z);
            return pgn__err(err, PGN_ENOMEM, path, -1, -1, "cannot compress the model");
        }
        packed = (pgn__wbuf){z, (size_t)zlen + 8, (size_t)zlen + 8, 0};
        payload = &packed;
    }
    unsigned char h[HDR];
    memcpy(h, "PGNM", 4);
    put16(h + 4, (uint16_t)fmt);
    put16(h + 6, kind);
    put32(h + 8, (uint32_t)payload->len);
    put32(h + 12, (uint32_t)((uint64_t)payload->len >> 32));
    put32(h + 16, crc(payload->b, payload->len));
    put32(h + 20, crc(h, 20));
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s.tmp", path);
    FILE *f = fopen(tmp, "wb");
    if (!f) {
        free(z);
        return pgn__err(err, PGN_EIO, tmp, -1, -1, "cannot create: %s", strerror(errno));
    }
    int ok = fwrite(h, 1, HDR, f) == HDR &&
             fwrite(payload->b, 1, payload->len, f) == payload->len;
    ok = (fclose(f) == 0) && ok;
    free(z);
    if (!ok || rename(tmp, path) != 0) {
        remove(tmp);
        return pgn__err(err, PGN_EIO, path, -1, -1, "cannot write the model");
    }
    return 0;
}

int pgn__model_check(const char *name, const unsigned char *buf, size_t len,
                     uint16_t kind, const unsigned char **payload, size_t *plen,
                     unsigned *fmt_out, pgn_error *err) {
    if (len < HDR)
        return pgn__err(err, PGN_ETRUNCATED, name, -1, (long)len,
                        "model file of %zu bytes is shorter than its header", len);
    if (memcmp(buf, "PGNM", 4) != 0)
        return pgn__err(err, PGN_EFORMAT, name, -1, 0, "not a Peregrine model (bad magic)");
    if (crc(buf, 20) != get32(buf + 20))
        return pgn__err(err, PGN_EFORMAT, name, -1, 20, "model header checksum mismatch");
    unsigned fmt = buf[4] | buf[5] << 8, k = buf[6] | buf[7] << 8;
    if (fmt != PGN__MODEL_DEFLATED && fmt != PGN__MODEL_STORED)
        return pgn__err(err, PGN_EFORMAT, name, -1, 4,
                        "model format version %u, this build reads versions %u and %u", fmt,
                        PGN__MODEL_DEFLATED, PGN__MODEL_STORED);
    if (k != kind)
        return pgn__err(err, PGN_EFORMAT, name, -1, 6, "model kind %u, expected %u", k, kind);
    uint64_t n = get32(buf + 8) | (uint64_t)get32(buf + 12) << 32;
    if (n > len - HDR)
        return pgn__err(err, PGN_ETRUNCATED, name, -1, (long)len,
                        "model truncated: payload of %llu bytes, %zu present",
                        (unsigned long long)n, len - HDR);
    if (n < len - HDR)
        return pgn__err(err, PGN_EFORMAT, name, -1, (long)(HDR + n),
                        "trailing bytes after the model payload");
    if (crc(buf + HDR, (size_t)n) != get32(buf + 16))
        return pgn__err(err, PGN_EFORMAT, name, -1, HDR, "model payload checksum mismatch");
    *payload = buf + HDR;
    *plen = (size_t)n;
    *fmt_out = fmt;
    return 0;
}

int pgn__model_inflate(const char *name, const unsigned char *p, size_t n,
                       unsigned char **out, size_t *out_len, pgn_error *err) {
    *out = NULL;
    if (n < 8) return pgn__err(err, PGN_EFORMAT, name, -1, HDR, "model payload too short");
    uint64_t raw = 0;
    for (int i = 0; i < 8; i++) raw |= (uint64_t)p[i] << (8 * i);
    if (raw > MAX_MODEL || raw == 0)
        return pgn__err(err, PGN_EFORMAT, name, -1, HDR, "implausible model size %llu",
                        (unsigned long long)raw);
    unsigned char *b = pgn__big_alloc((size_t)raw); /* fewer page faults */
    if (!b) return pgn__err(err, PGN_ENOMEM, name, -1, -1, "out of memory");
    /* The payload's CRC32 has been checked (pgn__model_check), so the zlib
    ** stream is inflated raw, past its 2-byte header, without computing its
    ** Adler-32 again: that checksum is a twentieth of the load time.  (zlib
    ** still writes the files: compress2 at level 9 is what makes them
    ** reproducible byte for byte.) */
    const unsigned char *z = p + 8;
    size_t zn = n - 8;
    int ok = zn > 6 && (z[0] & 0x0F) == 8 && (z[0] >> 4) <= 7 && !(z[1] & 0x20) &&
             ((unsigned)z[0] << 8 | z[1]) % 31 == 0;
    if (ok) {
        /* libdeflate rather than zlib: the same stream, inflated 2-3 times
        ** faster (inflating was half the load time).  The size is known, so
        ** a stream that inflates to anything else is an error. */
        struct libdeflate_decompressor *d = libdeflate_alloc_decompressor();
        ok = d && libdeflate_deflate_decompress(d, z + 2, zn - 2, b, (size_t)raw, NULL) ==
                      LIBDEFLATE_SUCCESS;
        if (d) libdeflate_free_decompressor(d);
    }
    if (!ok) {
        free(b);
        return pgn__err(err, PGN_EFORMAT, name, -1, HDR + 8, "model payload does not inflate");
    }
    *out = b;
    *out_len = (size_t)raw;
    return 0;
}

int pgn__model_open(const char *path, uint16_t kind, pgn__model_bytes *out, pgn_error *err) {
    memset(out, 0, sizeof *out);
    /* The file is mapped, not read: checked and inflated straight from the
    ** page cache, without copying it or zeroing a buffer for it; a stored
    ** payload is used where it is.  MAP_POPULATE: the checksum reads every
    ** page, so they are mapped in one go rather than one fault each. */
    int fd = open(path, O_RDONLY);
    if (fd < 0) return pgn__err(err, PGN_EIO, path, -1, -1, "cannot open model: %s", strerror(errno));
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        close(fd);
        return pgn__err(err, PGN_EIO, path, -1, -1, "cannot size the model file (not a file?)");
    }
    if ((uint64_t)st.st_size > MAX_MODEL) {
        close(fd);
        return pgn__err(err, PGN_ETOOBIG, path, -1, -1, "cannot size the model file");
    }
    size_t sz = (size_t)st.st_size;
    static const unsigned char empty[1];
    const unsigned char *b = empty;
    if (sz) {
#ifdef MAP_POPULATE
        void *map = mmap(NULL, sz, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
#else
        void *map = mmap(NULL, sz, PROT_READ, MAP_PRIVATE, fd, 0);
#endif
        if (map == MAP_FAILED) {
            close(fd);
            return pgn__err(err, PGN_EIO, path, -1, -1, "cannot map the model: %s", strerror(errno));
        }
        b = map;
    }
    close(fd);
    const unsigned char *p;
    size_t n;
    unsigned fmt = 0;
    int rc = pgn__model_check(path, b, sz, kind, &p, &n, &fmt, err);
    if (!rc && fmt == PGN__MODEL_STORED) {
        out->b = p;
        out->len = n;
        out->map = (void *)b;
        out->map_len = sz;
        return 0;
    }
    if (!rc) rc = pgn__model_inflate(path, p, n, &out->own, &out->len, err);
    if (sz) munmap((void *)b, sz);
    out->b = out->own;
    return rc;
}

void pgn__model_release(pgn__model_bytes *m) {
    free(m->own);
    if (m->map) munmap(m->map, m->map_len);
    memset(m, 0, sizeof *m);
}
