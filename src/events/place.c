/* src/events/place.c -- where a city or region (a PLACE mention, coded as
** its country: src/kb) may stand for an event's actor.
**
** A place is where something happens far more often than whom it happens
** to: "Russia and Ukraine met in Istanbul" is no act on Turkey, "protests
** in Tbilisi" none on Georgia.  It is the target only where the clause
** aims at it: as an argument ("shelled Odesa", "captured Avdiivka",
** "Kharkiv came under fire"), the
** object of a directional preposition ("strikes on Kherson", "rockets at
** Haifa", "an incursion into Kursk", "travelled to Odesa"), or the "of"
** of an event noun ("the shelling of Kharkiv"), or the phrase the lexicon
** entry itself names as the target ("withdraw from T").  It is a source only when
** no other actor is.  Capitals are not places: "Kyiv said" is a
** government (data/kb).
*/
#include <string.h>

#include "extract_int.h"
#include "match.h"

static int is_place(const pgn__sent *s, int32_t m) {
    return m >= 0 && (size_t)m < s->doc->mentions.n &&
           (s->doc->mentions.v[m].flags & PGN__MENTION_PLACE);
}

/* The token heading mention m's phrase in the sentence, or -1. */
static int phrase_head(const pgn__sent *s, int32_t m) {
    int k = -1;
    for (int i = 0; i < s->n && k < 0; i++)
        if (s->mention[i] == m) k = i;
    for (int steps = 0; k >= 0 && steps < PGN__MAX_WALK; steps++) {
        int h = s->head[k];
        if (h < 0 || s->mention[h] != m) break;
        k = h;
    }
    return k;
}

/* "at" aims only force ("rockets at Haifa"; "talks at Sochi" are where). */
static int aimed_case(const char *c, int force) {
    static const char *const ps[] = {"on", "onto", "upon", "against", "into",
                                     "to", "toward", "towards"};
    if (c && force && strcmp(c, "at") == 0) return 1;
    for (size_t k = 0; c && k < sizeof ps / sizeof ps[0]; k++)
        if (strcmp(c, ps[k]) == 0) return 1;
    return 0;
}

int pgn__place_may_be_target(const pgn__sent *s, int32_t m, int aimed, int force) {
    if (!is_place(s, m)) return 1;
    int k = phrase_head(s, m);
    if (k < 0) return 1; /* (a mention lent from elsewhere) */
    /* "Odesa's port", "Kherson city", "the port of Odesa", "a hospital in
    ** Mariupol": the phrase the place modifies stands where it does (an
    ** event noun's "of" stops below: that is its target) */
    for (int steps = 0; s->head[k] >= 0 && steps < PGN__MAX_WALK; steps++) {
        if (k == aimed) return 1;
        const pgn__token *t = &s->tok[k];
        const char *c = pgn__case_of(s, k);
        int mod = pgn__rel_is(t, "nmod:poss") || pgn__rel_is(t, "compound") ||
                  pgn__rel_is(t, "amod") || pgn__rel_is(t, "flat") || pgn__rel_is(t, "appos") ||
                  pgn__rel_is(t, "conj") ||
                  (pgn__rel_is(t, "nmod") && !(c && strcmp(c, "of") == 0 &&
                                               pgn__is_event_noun(s, s->head[k])));
        if (!mod) break;
        k = s->head[k];
    }
    if (k == aimed) return 1;
    /* An argument with no preposition ("shelled Odesa", "Kharkiv came
    ** under fire", a parser's caseless oblique) is no mere location:
    ** places are where things happen only through a preposition. */
    const char *c = pgn__case_of(s, k);
    if (!c || aimed_case(c, force)) return 1;
    /* "the shelling of Kharkiv": an event noun's "of" is what it is done to */
    return c && strcmp(c, "of") == 0 && s->head[k] >= 0 && pgn__is_event_noun(s, s->head[k]);
}

/* Place m lies in a country other than that of every source that is not
** itself a place, and there is such a source with a country; or (domestic
** force: "the Sudanese army pounded positions in Omdurman", "Boko Haram
** abducted schoolgirls in Chibok") in the country of every such source
** when the place locates what was hit, where a coder reads the act as one
** on that country. */
static int placed_for_sources(const pgn__sent *s, int32_t m, const int32_t *src, int n_src) {
    const char *where = s->doc->mentions.v[m].country;
    int named = 0, foreign = 0, home = 0;
    for (int i = 0; where && i < n_src; i++) {
        if (src[i] < 0 || is_place(s, src[i])) continue;
        const char *c = s->doc->mentions.v[src[i]].country;
        if (!c || !c[0]) return 0;
        named = 1;
        if (strcmp(c, where) == 0) home = 1;
        else foreign = 1;
    }
    if (!named) return 0;
    if (foreign && !home) return 1;
    /* At home, or a host's forces with foreign allies ("Malian soldiers and
    ** Russian mercenaries executed civilians [in Moura]"), only what was
    ** hit is placed there ("positions [in Omdurman]"): "Russian troops
    ** fought [in Belgorod]" is where. */
    int k = phrase_head(s, m);
    return k >= 0 && pgn__rel_is(&s->tok[k], "nmod");
}

void pgn__place_roles(const pgn__sent *s, int aimed, int force, int32_t *src, int *n_src,
                      int32_t *tgt, int *n_tgt) {
    int w = 0;
    int32_t where = -1; /* the first place dropped as only where it happened */
    for (int i = 0; i < *n_tgt; i++) {
        if (pgn__place_may_be_target(s, tgt[i], aimed, force))
            tgt[w++] = tgt[i];
        else if (where < 0)
            where = tgt[i];
    }
    *n_tgt = w;
    /* "Israel carried out strikes in Rafah", "Russian troops fought in
    ** Bakhmut": force used in another country's place, with no one else
    ** named, is force against that country, as event coders read it. */
    if (force && w == 0 && where >= 0 && placed_for_sources(s, where, src, *n_src))
        tgt[(*n_tgt)++] = where;
    int others = 0;
    for (int i = 0; i < *n_src; i++) others += !is_place(s, src[i]);
    if (others == 0) return;
    w = 0;
    for (int i = 0; i < *n_src; i++)
        if (!is_place(s, src[i])) src[w++] = src[i];
    *n_src = w;
}

int32_t pgn__located_actor(pgn_doc *doc, const pgn__sent *s, int32_t m, int from) {
    int k = phrase_head(s, m);
    if (k < 0 || s->head[k] < 0 || !pgn__rel_is(&s->tok[k], "nmod")) return m;
    const char *c = pgn__case_of(s, k);
    /* "doctors in Zimbabwe", "nurses across Kenya", "hundreds of
    ** doctors in Zimbabwe" (the place hung on the quantity word) */
    if (!c || ((!from || strcmp(c, "from") != 0) && strcmp(c, "in") != 0 &&
               strcmp(c, "across") != 0 && strcmp(c, "throughout") != 0))
        return m;
    int32_t a = s->mention[s->head[k]];
    if (a < 0) a = s->mention[pgn__counted_noun(s, s->head[k])];
    if (a < 0 || a == m || !pgn__countryless(doc, a)) return m;
    pgn__lend_country(doc, a, m);
    return pgn__countryless(doc, a) ? m : a;
}

int32_t pgn__protest_place(const pgn__sent *s, int t) {
    static const char *const where[] = {"in", "across", "throughout", "around", "through"};
    /* the phrase hangs on the protest or, "triggered protests in
    ** Yerevan", on the clause it is an argument of */
    int h = s->head[t];
    int on[2] = {t, h >= 0 && (pgn__rel_is(&s->tok[t], "obj") || pgn__rel_is(&s->tok[t], "nsubj") ||
                               pgn__rel_is(&s->tok[t], "compound"))
                        ? h
                        : -1};
    for (int i = 0; i < 2 && on[i] >= 0; i++)
        for (size_t k = 0; k < sizeof where / sizeof where[0]; k++) {
            int p = pgn__prep_child(s, on[i], where[k]);
            int32_t a = p >= 0 ? pgn__actor_of(s, p) : -1;
            if (a >= 0 && !pgn__countryless(s->doc, a)) return a;
        }
    /* "clashed with police [in Lagos]", "blocked roads [in Nairobi]": the
    ** parser often hangs the place on the verb's object or oblique; and
    ** "Protests [erupted acl] in Tbilisi": on a participle it made the
    ** protest's modifier */
    for (int c = s->first_child[t]; c >= 0; c = s->next_sibling[c]) {
        if (!pgn__rel_is(&s->tok[c], "obj") && !pgn__rel_is(&s->tok[c], "obl") &&
            !pgn__rel_is(&s->tok[c], "acl"))
            continue;
        for (size_t k = 0; k < sizeof where / sizeof where[0]; k++) {
            int p = pgn__prep_child(s, c, where[k]);
            int32_t a = p >= 0 ? pgn__actor_of(s, p) : -1;
            if (a >= 0 && !pgn__countryless(s->doc, a)) return a;
        }
    }
    return -1;
}

int pgn__place_of_event_noun(const pgn__sent *s, int32_t m, int t) {
    if (m < 0 || (size_t)m >= s->doc->mentions.n || !s->tok[t].upos ||
        strcmp(s->tok[t].upos, "NOUN") != 0)
        return 0;
    const pgn__mention *mm = &s->doc->mentions.v[m];
    if (!(mm->flags & PGN__MENTION_PLACE) && mm->how != PGN__MENTION_METONYM) return 0;
    /* (any word of the mention: "the Paris attacks" hangs "the" on the
    ** noun, so the mention's first word is no compound) */
    for (int k = 0; k < s->n; k++)
        if (s->mention[k] == m && s->head[k] == t && pgn__rel_is(&s->tok[k], "compound")) return 1;
    return 0;
}
