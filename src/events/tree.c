/* src/events/tree.c -- reading a dependency tree for the extractor.
**
** Relation and lemma tests, prepositional and object dependents, and the
** two questions every event asks of the tree: which actor does a phrase
** stand for (the mention itself, a possessor, an adjective, a compound, an
** "of"/"with"/"in" phrase, and their conjuncts), and who is the subject of
** a predicate (following control, coordination, adverbial and relative
** clauses up the tree).  Used by extract.c and factuality.c.
*/
#include <string.h>

#include "extract_int.h"
#include "match.h"

int pgn__rel_is(const pgn__token *t, const char *r) {
    const char *d = t->deprel;
    if (!d) return 0;
    /* (one pass, no library calls: extraction asks this at every step of
    ** every walk over the tree) */
    size_t n = 0;
    while (r[n] && d[n] == r[n]) n++;
    if (r[n]) return 0;
    if (d[n] == 0) return 1;
    return d[n] == ':' && strchr(r, ':') == NULL;
}

int pgn__lemma_variants(const pgn__token *t, char out[][PGN__LEMMA_MAX], int max) {
    int n = 0;
    char low[PGN__LEMMA_MAX];
    const char *src[2] = {t->lemma, t->form};
    for (int k = 0; k < 2 && n < max; k++) {
        const char *w = src[k];
        size_t len = w ? strlen(w) : 0;
        if (len == 0 || len >= PGN__LEMMA_MAX) continue;
        for (size_t i = 0; i <= len; i++)
            low[i] = w[i] >= 'A' && w[i] <= 'Z' ? (char)(w[i] - 'A' + 'a') : w[i];
#define ADD(str)                                                              \
    do {                                                                      \
        int dup_ = 0;                                                         \
        for (int d_ = 0; d_ < n; d_++) dup_ |= strcmp(out[d_], (str)) == 0;   \
        if (!dup_ && n < max) strcpy(out[n++], (str));                        \
    } while (0)
        ADD(low);
        if (k == 0) continue;
        /* From the form, English inflection undone the simple ways:
        ** "shelled" -> shell, "supplies" -> supply, "massed" -> mass,
        ** "seized" -> seize, "troops" -> troop. */
        char b[PGN__LEMMA_MAX];
        struct { const char *suf, *rep; } rules[] = {
            {"ies", "y"}, {"ied", "y"}, {"es", ""}, {"s", ""}, {"ed", ""}, {"ed", "e"},
            {"d", ""}, {"ing", ""}, {"ing", "e"}};
        /* Irregular past forms a tagger may take for nouns ("The United
        ** States [shot] down a balloon"). */
        static const char *const irregular[][2] = {
            {"shot", "shoot"}, {"struck", "strike"}, {"fought", "fight"}, {"held", "hold"},
            {"met", "meet"},   {"sent", "send"},     {"froze", "freeze"}, {"took", "take"},
            {"broke", "break"}, {"withdrew", "withdraw"}, {"overran", "overrun"},
            {"led", "lead"},   {"beat", "beat"},     {"blew", "blow"},    {"threw", "throw"}};
        for (size_t r = 0; r < sizeof irregular / sizeof irregular[0]; r++)
            if (low[0] == irregular[r][0][0] && strcmp(low, irregular[r][0]) == 0)
                ADD(irregular[r][1]);
        /* every suffix ends in s, d or g: most words take no rule (asked of
        ** every token the event lexicon is searched for) */
        char last = low[len - 1];
        for (size_t r = 0; (last == 's' || last == 'd' || last == 'g') &&
                           r < sizeof rules / sizeof rules[0]; r++) {
            size_t sl = strlen(rules[r].suf);
            if (len <= sl + 2 || rules[r].suf[sl - 1] != last ||
                strcmp(low + len - sl, rules[r].suf) != 0)
                continue;
            memcpy(b, low, len - sl);
            strcpy(b + len - sl, rules[r].rep);
            ADD(b);
        }
#undef ADD
    }
    return n;
}

int pgn__lemma_is(const pgn__token *t, const char *lemma) {
    if (t->lemma && strcmp(t->lemma, lemma) == 0) return 1;
    /* The lemmatizer may be wrong ("shelled" -> "shel"): the form decides
    ** too.  Every variant starts as the form does, which rules most out. */
    if (!t->form || !lemma[0]) return 0;
    char f0 = t->form[0] >= 'A' && t->form[0] <= 'Z' ? (char)(t->form[0] - 'A' + 'a') : t->form[0];
    if (f0 != lemma[0] && !(t->lemma && t->lemma[0] && (t->lemma[0] | 0x20) == lemma[0]))
        return 0;
    char v[6][PGN__LEMMA_MAX];
    int n = pgn__lemma_variants(t, v, 6);
    for (int i = 0; i < n; i++)
        if (strcmp(v[i], lemma) == 0) return 1;
    return 0;
}

int pgn__child(const pgn__sent *s, int i, const char *r) {
    for (int c = s->first_child[i]; c >= 0; c = s->next_sibling[c])
        if (pgn__rel_is(&s->tok[c], r)) return c;
    return -1;
}

const char *pgn__case_of(const pgn__sent *s, int i) {
    for (int c = s->first_child[i]; c >= 0; c = s->next_sibling[c])
        if (pgn__rel_is(&s->tok[c], "case") && s->tok[c].lemma) return s->tok[c].lemma;
    return NULL;
}

/* Lemma equality, also accepting the lower-cased form (particles and
** prepositions are sometimes lemmatised oddly). */
int pgn__word_is(const pgn__token *t, const char *w) {
    if (t->lemma && strcmp(t->lemma, w) == 0) return 1;
    if (!t->form) return 0;
    size_t i = 0;
    for (; t->form[i] && w[i]; i++) {
        char c = t->form[i];
        if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
        if (c != w[i]) return 0;
    }
    return t->form[i] == 0 && w[i] == 0;
}

int pgn__is_event_noun(const pgn__sent *s, int i) {
    size_t n = 0;
    if (!s->tok[i].lemma) return 0;
    pgn__lexicon_lookup(s->lex, s->tok[i].lemma, 'n', &n);
    return n > 0;
}

/* The token whose mention stands for the phrase headed by i (i itself or
** one of its modifiers), or -1. */
static int has_country(const pgn__sent *s, int k) {
    const pgn__mention *m = &s->doc->mentions.v[s->mention[k]];
    return m->country && m->country[0];
}

/* "the leaders of China", "the border with Sudan", "soldiers in Niger":
** the actor an "of", "with" or "in" phrase of i names, or -1.  Not for
** event nouns, whose "of" is the target. */
static int actor_token(const pgn__sent *s, int i);

/* A number ("3,000 of the troops") or the lexicon's quantity words. */
static int quantity(const pgn__token *t) {
    return (t->upos && strcmp(t->upos, "NUM") == 0) || pgn__quantity_word(t);
}

static int place_of(const pgn__sent *s, int i) {
    if (pgn__is_event_noun(s, i)) return -1;
    for (int c = s->first_child[i]; c >= 0; c = s->next_sibling[c]) {
        if (!pgn__rel_is(&s->tok[c], "nmod")) continue;
        const char *cs = pgn__case_of(s, c);
        /* "hundreds of Syrian military sites", "hundreds of doctors in
        ** Zimbabwe": a quantity is of its noun, whose actor is its own or
        ** its phrase's */
        if (cs && strcmp(cs, "of") == 0 && quantity(&s->tok[i])) return actor_token(s, c);
        /* "nurses across Kenya" */
        if (s->mention[c] >= 0 && cs &&
            (strcmp(cs, "of") == 0 || strcmp(cs, "with") == 0 || strcmp(cs, "in") == 0 ||
             strcmp(cs, "across") == 0 || strcmp(cs, "throughout") == 0))
            return c;
        /* "officials from Ethiopia, Egypt and Sudan": people of no known
        ** country come from the one named (not "a letter from his doctor":
        ** a thing, or a sender of no country) */
        if (s->mention[c] >= 0 && s->mention[i] >= 0 && cs && strcmp(cs, "from") == 0 &&
            has_country(s, c))
            return c;
    }
    return -1;
}

static int actor_token(const pgn__sent *s, int i) {
    if (i < 0) return -1;
    if (s->mention[i] >= 0 && has_country(s, i)) return i;
    /* "Japan's aid workers": the KB may know "workers" only as a sector
    ** (LAB, no country); the possessor or adjective says whose they are. */
    if (s->mention[i] >= 0) {
        for (int c = s->first_child[i]; c >= 0; c = s->next_sibling[c])
            if ((pgn__rel_is(&s->tok[c], "nmod:poss") || pgn__rel_is(&s->tok[c], "amod") ||
                 pgn__rel_is(&s->tok[c], "compound")) &&
                s->mention[c] >= 0 && s->mention[c] != s->mention[i] && has_country(s, c))
                return c;
        /* "Ukraine said its forces ...": until coreference (src/discourse)
        ** marks "its", take the nearest actor with a country before it in
        ** the sentence. */
        /* "the foreign ministers of Russia", "soldiers in Niger": a
        ** country-less agent takes the country its phrase names. */
        int k = place_of(s, i);
        if (k >= 0 && has_country(s, k)) return k;
        for (int c = s->first_child[i]; c >= 0; c = s->next_sibling[c]) {
            const pgn__token *p = &s->tok[c];
            if (!pgn__rel_is(p, "nmod:poss") || s->mention[c] >= 0 || !p->lemma ||
                (strcmp(p->lemma, "its") && strcmp(p->lemma, "it") && strcmp(p->lemma, "their") &&
                 strcmp(p->lemma, "they")))
                continue;
            for (int k = c - 1; k >= 0; k--)
                if (s->mention[k] >= 0 && has_country(s, k)) return k;
        }
        return i;
    }
    /* "the Russian government", "Russia's foreign ministry", "President Xi":
    ** an actor modifying the phrase's head stands for the phrase. */
    if (pgn__word_is(&s->tok[i], "border") || pgn__word_is(&s->tok[i], "frontier") ||
        pgn__word_is(&s->tok[i], "boundary")) {
        /* "troops on its border [with Ukraine]": the owner is the one
        ** acting, the neighbour the one faced */
        int w = pgn__prep_child(s, i, "with");
        int k = w >= 0 ? actor_token(s, w) : -1;
        if (k >= 0 && has_country(s, k)) return k;
    }
    static const char *const rels[] = {"flat", "compound", "nmod:poss", "amod", "appos"};
    for (size_t r = 0; r < sizeof rels / sizeof rels[0]; r++)
        for (int c = s->first_child[i]; c >= 0; c = s->next_sibling[c])
            if (pgn__rel_is(&s->tok[c], rels[r]) && s->mention[c] >= 0 &&
                /* "military facilities", "artillery fire" name no actor;
                ** "Russian" does */
                !((r == 1 || r == 3) && !has_country(s, c)))
                return c;
    /* "Israeli air strikes", "Russian drone attacks": the parser often
    ** hangs the nationality on the compound noun before the head */
    for (int c = s->first_child[i]; c >= 0; c = s->next_sibling[c])
        if (pgn__rel_is(&s->tok[c], "compound") && s->mention[c] < 0)
            for (int d = s->first_child[c]; d >= 0; d = s->next_sibling[d])
                if (d < c && pgn__rel_is(&s->tok[d], "amod") && s->mention[d] >= 0 &&
                    has_country(s, d))
                    return d;
    /* "a British-flagged tanker", "the Saudi-led coalition", "Israeli-linked
    ** ships": the country hangs on the participle that modifies the head */
    static const char *const owned[] = {"flag", "own", "register", "operate", "lead", "link"};
    for (int c = s->first_child[i]; c >= 0; c = s->next_sibling[c]) {
        if (!pgn__rel_is(&s->tok[c], "amod") || !s->tok[c].lemma) continue;
        int hit = 0;
        for (size_t k = 0; k < sizeof owned / sizeof owned[0]; k++)
            hit |= strcmp(s->tok[c].lemma, owned[k]) == 0;
        for (int d = hit ? s->first_child[c] : -1; d >= 0; d = s->next_sibling[d])
            if ((pgn__rel_is(&s->tok[d], "amod") || pgn__rel_is(&s->tok[d], "compound") ||
                 pgn__rel_is(&s->tok[d], "nmod:poss") || pgn__rel_is(&s->tok[d], "advmod") ||
                 /* ("Greek-owned" read as "owned" with "Greek" its bare
                 ** oblique) */
                 pgn__rel_is(&s->tok[d], "obl:unmarked") || pgn__rel_is(&s->tok[d], "obl:npmod")) &&
                s->mention[d] >= 0 && has_country(s, d))
                return d;
    }
    int p = place_of(s, i);
    /* "two army officers", "a former army general": with no country named,
    ** a service compounded on a person is the person's sector (the event's
    ** country rules may then give it one) */
    if (p < 0 && s->tok[i].upos && !strcmp(s->tok[i].upos, "NOUN") &&
        pgn__serving_person_noun(s->tok[i].lemma))
        for (int c = s->first_child[i]; c >= 0; c = s->next_sibling[c])
            if (pgn__rel_is(&s->tok[c], "compound") && s->mention[c] >= 0) return c;
    return p;
}

int pgn__actor_of(const pgn__sent *s, int i) {
    int k = actor_token(s, i);
    return k >= 0 ? s->mention[k] : -1;
}

/* Actors of the phrase headed by i and of its coordinated conjuncts. */
static int add_actor(int32_t *out, int n, int max, int a) {
    if (a < 0 || n >= max) return n;
    for (int k = 0; k < n; k++)
        if (out[k] == a) return n;
    out[n] = a;
    return n + 1;
}

static int named_actor(const pgn__sent *s, int i);

int pgn__actors_of(const pgn__sent *s, int i, int32_t *out, int max) {
    int n = 0;
    if (i < 0) return 0;
    int k = actor_token(s, i);
    if (k >= 0) {
        n = add_actor(out, n, max, s->mention[k]);
        /* "the two countries": a PAIR mention and the next stand for two
        ** actors (src/discourse/coref_desc.c) */
        if (s->mention[k] >= 0 && (s->doc->mentions.v[s->mention[k]].flags & PGN__MENTION_PAIR))
            n = add_actor(out, n, max, s->mention[k] + 1);
        /* "officials from Ethiopia and Egypt": the phrase naming the head's
        ** country lists them all */
        if (k != i && s->head[k] == i && pgn__rel_is(&s->tok[k], "nmod"))
            for (int d = s->first_child[k]; d >= 0; d = s->next_sibling[d])
                if (pgn__rel_is(&s->tok[d], "conj") && pgn__actor_of(s, d) >= 0)
                    n = add_actor(out, n, max, pgn__actor_of(s, d));
        /* "Russian and Ukrainian negotiators", "the ministers of Russia and
        ** Ukraine": the conjuncts of a modifier of the phrase's head or of
        ** a token of its mention. */
        for (int c = s->first_child[i]; c >= 0; c = s->next_sibling[c]) {
            const pgn__token *ct = &s->tok[c];
            int in_phrase = c == k || (s->mention[c] >= 0 && s->mention[c] == s->mention[k]) ||
                            pgn__rel_is(ct, "amod") || pgn__rel_is(ct, "compound") ||
                            pgn__rel_is(ct, "nmod:poss");
            if (!in_phrase || pgn__actor_of(s, c) < 0) continue;
            for (int d = s->first_child[c]; d >= 0; d = s->next_sibling[d])
                if (pgn__rel_is(&s->tok[d], "conj") && pgn__actor_of(s, d) >= 0) {
                    n = add_actor(out, n, max, pgn__actor_of(s, c));
                    n = add_actor(out, n, max, pgn__actor_of(s, d));
                }
        }
    }
    /* "US and Chinese defence chiefs" with both modifiers and the "and"
    ** hung on the head: each modifier naming a country is one of them */
    int cc = -1;
    for (int c = s->first_child[i]; c >= 0; c = s->next_sibling[c])
        if (c < i && pgn__rel_is(&s->tok[c], "cc")) cc = c;
    for (int c = cc >= 0 ? s->first_child[i] : -1; c >= 0 && n < max; c = s->next_sibling[c])
        if (c < i && (pgn__rel_is(&s->tok[c], "amod") || pgn__rel_is(&s->tok[c], "compound")) &&
            named_actor(s, c) >= 0 && s->mention[c] != s->mention[i])
            n = add_actor(out, n, max, pgn__actor_of(s, c));
    int has_conj = 0;
    for (int c = s->first_child[i]; c >= 0 && n < max; c = s->next_sibling[c])
        if (pgn__rel_is(&s->tok[c], "conj")) {
            n = add_actor(out, n, max, pgn__actor_of(s, c));
            has_conj = 1;
        }
    /* "Britain, Canada and Australia" with "Britain ," hung on "Canada"
    ** as a compound: a list item before a comma is a conjunct too. */
    for (int c = s->first_child[i]; has_conj && c >= 0 && n < max; c = s->next_sibling[c])
        if (c < i && pgn__rel_is(&s->tok[c], "compound") && s->mention[c] >= 0 &&
            s->mention[c] != s->mention[i] && c + 1 < s->n && s->tok[c + 1].form &&
            strcmp(s->tok[c + 1].form, ",") == 0)
            n = add_actor(out, n, max, pgn__actor_of(s, c));
    return n;
}

/* An actor with a country that phrase i names, or -1. */
static int named_actor(const pgn__sent *s, int i) {
    int32_t a = i >= 0 ? pgn__actor_of(s, i) : -1;
    return a >= 0 && !pgn__countryless(s->doc, a) ? i : -1;
}

static int owner_within(const pgn__sent *s, int o, int depth);

int pgn__owner_of(const pgn__sent *s, int o) { return owner_within(s, o, 2); }

static int owner_within(const pgn__sent *s, int o, int depth) {
    /* "the mediators sent by ECOWAS", "the budget proposed by the president" */
    for (int c = s->first_child[o]; c >= 0; c = s->next_sibling[c]) {
        if (!pgn__rel_is(&s->tok[c], "acl")) continue;
        int ag = pgn__child(s, c, "obl:agent");
        if (ag < 0) ag = pgn__prep_child(s, c, "by");
        if (named_actor(s, ag) >= 0) return ag;
    }
    /* "rejected the proposal [put xcomp] forward by Hamas": the parser hangs
    ** a passive participle right after the object on the verb */
    int h = s->head[o];
    if (h >= 0 && pgn__rel_is(&s->tok[o], "obj"))
        for (int c = s->first_child[h]; c >= 0; c = s->next_sibling[c]) {
            if (c <= o || !pgn__rel_is(&s->tok[c], "xcomp") || !s->tok[c].xpos ||
                strcmp(s->tok[c].xpos, "VBN") != 0)
                continue;
            int ag = pgn__child(s, c, "obl:agent");
            if (named_actor(s, ag) >= 0) return ag;
        }
    /* "Venezuela's election" */
    for (int c = s->first_child[o]; c >= 0; c = s->next_sibling[c])
        if (pgn__rel_is(&s->tok[c], "nmod:poss") && named_actor(s, c) >= 0) return c;
    /* "goods from Mexico", "the results of [Venezuela's] election" (an
    ** event noun's "of" is whom the act is done to: "a siege of Gaza") */
    for (int c = pgn__is_event_noun(s, o) ? -1 : s->first_child[o]; c >= 0; c = s->next_sibling[c]) {
        const char *cs = pgn__case_of(s, c);
        if (!pgn__rel_is(&s->tok[c], "nmod") || !cs || (strcmp(cs, "of") && strcmp(cs, "from")))
            continue;
        if (named_actor(s, c) >= 0) return c;
        for (int d = s->first_child[c]; d >= 0; d = s->next_sibling[d])
            if (pgn__rel_is(&s->tok[d], "nmod:poss") && named_actor(s, d) >= 0) return d;
    }
    /* "tariffs on [goods from Mexico]": the thing a measure is on */
    for (int c = depth > 1 ? s->first_child[o] : -1; c >= 0; c = s->next_sibling[c]) {
        const char *cs = pgn__case_of(s, c);
        if (pgn__rel_is(&s->tok[c], "nmod") && cs && !strcmp(cs, "on") &&
            (pgn__actor_of(s, c) < 0 || pgn__prep_child(s, c, "from") >= 0)) {
            int w = owner_within(s, c, depth - 1);
            if (w >= 0) return w;
        }
    }
    return -1;
}

int pgn__is_passive(const pgn__sent *s, int i) {
    if (pgn__child(s, i, "aux:pass") >= 0) return 1;
    if (pgn__child(s, i, "obl:agent") >= 0) {
        /* "he had spoken with Putin [by phone obl:agent]": with an active
        ** subject and no passive auxiliary, "by" names a means, not an
        ** agent */
        int sj = pgn__child(s, i, "nsubj");
        return sj < 0 || pgn__rel_is(&s->tok[sj], "nsubj:pass") || pgn__child(s, i, "aux") < 0;
    }
    /* A passive subject with an object or an active subject beside it is
    ** a parser's slip on an active clause ("Britain praised Taiwan", "[The
    ** UN nsubj:pass] human [rights nsubj] chief urged"). */
    int active_subject = 0; /* (an "nsubj" itself: pgn__child's "nsubj" takes "nsubj:pass" too) */
    for (int c = s->first_child[i]; c >= 0; c = s->next_sibling[c])
        active_subject |= s->tok[c].deprel && strcmp(s->tok[c].deprel, "nsubj") == 0;
    return pgn__child(s, i, "nsubj:pass") >= 0 && pgn__child(s, i, "obj") < 0 && !active_subject;
}

/* The controller of an object-control verb: its object ("urged Iran to
** release"), or the "on" phrase of "call on Iran to release". */
int pgn__control_object(const pgn__sent *s, int h) {
    int o = pgn__child(s, h, "obj");
    if (o < 0) o = pgn__child(s, h, "iobj");
    if (o < 0) o = pgn__prep_child(s, h, "on");
    if (o < 0) o = pgn__prep_child(s, h, "upon");
    return o;
}

static int has_mark(const pgn__sent *s, int i, const char *w) {
    for (int c = s->first_child[i]; c >= 0; c = s->next_sibling[c])
        if ((pgn__rel_is(&s->tok[c], "mark") || pgn__rel_is(&s->tok[c], "case")) &&
            pgn__lemma_is(&s->tok[c], w))
            return 1;
    return 0;
}

/* The subject of the clause that i's clause is the complement of ("the
** Kremlin" for "failed" in "the Kremlin said the talks had failed"), when
** that subject names an actor; else -1. */
static int speaker_subject(const pgn__sent *s, int i) {
    int h = s->head[i];
    if (h < 0 || !pgn__rel_is(&s->tok[i], "ccomp")) return -1;
    int c = pgn__child(s, h, "nsubj");
    return c >= 0 && pgn__actor_of(s, c) >= 0 ? c : -1;
}

/* Verbs a document does ("a resolution calling for", "a paper
** condemning"), as against what its subject noun does. */
static int document_verb(const pgn__token *t) {
    static const char *const vs[] = {"call", "demand", "urge", "condemn", "seek", "ask",
                                     "propose", "recommend", "criticise", "criticize",
                                     "denounce", "reject", "welcome", "appeal"};
    for (size_t k = 0; t->lemma && k < sizeof vs / sizeof vs[0]; k++)
        if (strcmp(t->lemma, vs[k]) == 0) return 1;
    return 0;
}

/* Nouns for an instrument that enacts what its participle says: "signed
** an order imposing tariffs", "passed a law banning imports", "issued
** decrees annexing four regions": the signer, not the paper, acts. */
static int enacting_noun(const pgn__token *t) {
    static const char *const ns[] = {"order", "decree", "law", "bill", "legislation",
                                     "resolution", "directive", "regulation", "ordinance",
                                     "edict", "executive_order"};
    for (size_t k = 0; t->lemma && k < sizeof ns / sizeof ns[0]; k++)
        if (strcmp(t->lemma, ns[k]) == 0) return 1;
    return 0;
}

/* Verbs of command: their object is the speaker's own subordinate. */
static int command_verb(const pgn__token *t) {
    static const char *const vs[] = {"order", "command", "instruct", "direct", "tell"};
    for (size_t k = 0; t->lemma && k < sizeof vs / sizeof vs[0]; k++)
        if (strcmp(t->lemma, vs[k]) == 0) return 1;
    return 0;
}

static int nominal(const pgn__token *t) {
    return t->upos && (strcmp(t->upos, "PROPN") == 0 || strcmp(t->upos, "NOUN") == 0);
}

/* For an "-ing" clause i the parser hung on verb h with no marker: the
** noun right before it, when that noun heads h's object or oblique and
** names people who act (protesters, students, workers), or -1.  "Police
** fired at protesters demanding reforms": the demand is the protesters'. */
static int reduced_relative_of(const pgn__sent *s, int i, int h) {
    static const char *const people[] = {"protester", "demonstrator", "crowd", "student",
                                         "worker", "farmer", "supporter", "activist",
                                         "marcher", "rioter"};
    const pgn__token *t = &s->tok[i];
    int k = i - 1;
    if (k < 0 || s->head[k] != h || !t->form || strlen(t->form) < 5 ||
        strcmp(t->form + strlen(t->form) - 3, "ing") != 0 || pgn__child(s, i, "mark") >= 0 ||
        pgn__child(s, i, "nsubj") >= 0 ||
        !(pgn__rel_is(&s->tok[k], "obj") || pgn__rel_is(&s->tok[k], "obl")))
        return -1;
    for (size_t w = 0; w < sizeof people / sizeof people[0]; w++)
        if (pgn__lemma_is(&s->tok[k], people[w])) return k;
    return -1;
}

/* "Canada's prime minister, [who obl?] last week accused India ...":
** when the parser makes the relative clause the main one, its "who" is
** the subject and the person it stands for hangs elsewhere.  The noun
** phrase ending right before "who" (and its comma), by its actor: that
** phrase's head, else -1.  (A proper relative clause, acl:relcl, is left
** to the caller's walk up to its noun.) */
static int relative_antecedent(const pgn__sent *s, int who, int verb) {
    if (!pgn__word_is(&s->tok[who], "who") || pgn__rel_is(&s->tok[verb], "acl:relcl")) return -1;
    int k = who - 1;
    if (k >= 0 && s->tok[k].upos && strcmp(s->tok[k].upos, "PUNCT") == 0) k--;
    if (k < 0 || s->mention[k] < 0) return -1;
    /* up to the head of the phrase the token ends, still before "who" */
    for (int steps = 0; steps < PGN__MAX_WALK && s->head[k] >= 0 && s->head[k] < who &&
                        s->mention[s->head[k]] == s->mention[k];
         steps++)
        k = s->head[k];
    return pgn__actor_of(s, k) >= 0 ? k : -1;
}

int pgn__subject_of(const pgn__sent *s, int i, int *passive) {
    int via_conj = 0;
    for (int steps = 0; i >= 0 && steps < PGN__MAX_WALK; steps++) {
        *passive = pgn__is_passive(s, i);
        int c = pgn__child(s, i, "nsubj");
        if (c < 0) c = pgn__child(s, i, "csubj");
        if (c >= 0 && via_conj && !*passive && pgn__actor_of(s, c) < 0) {
            /* "The Kremlin said the talks had failed, and accused Ukraine":
            ** the parser hangs the second verb on the reported clause; an
            ** actor-less subject there leaves it to the one who speaks. */
            int sp = speaker_subject(s, i);
            if (sp >= 0) return sp;
        }
        if (c >= 0 && relative_antecedent(s, c, i) >= 0) return relative_antecedent(s, c, i);
        if (c >= 0 && !*passive && pgn__rel_is(&s->tok[c], "nsubj:pass")) return c;
        if (c >= 0 && !pgn__rel_is(&s->tok[c], "nsubj:pass")) return c;
        if (c >= 0 && *passive) return c;
        int h = s->head[i];
        if (h < 0) {
            /* "[Beijing aux:pass] summoned": a parser's slip on the name
            ** right before the main verb leaves it without a subject. */
            int k = i - 1;
            if (k >= 0 && s->mention[k] >= 0 && s->head[k] == i && !pgn__rel_is(&s->tok[k], "obj") &&
                !pgn__rel_is(&s->tok[k], "obl") && pgn__actor_of(s, k) >= 0) {
                *passive = 0;
                return k;
            }
            return -1;
        }
        const pgn__token *t = &s->tok[i];
        if (pgn__rel_is(t, "dep") && h < i && nominal(&s->tok[h])) {
            /* "President Recep Tayyip Erdogan [dep met] Putin": a parser's
            ** slip leaves the verb under the name before it. */
            *passive = 0;
            return h;
        }
        via_conj = pgn__rel_is(t, "conj");
        if (pgn__rel_is(t, "xcomp")) {
            /* Object control ("urged Iran to release") before subject
            ** control ("agreed to restore"). */
            int o = pgn__control_object(s, h);
            /* ("published a paper [calling xcomp] for a ceasefire": the
            ** document speaks for its publisher, as with an acl below) */
            if (o >= 0 && o != i &&
                !(document_verb(t) && pgn__actor_of(s, o) < 0 && s->tok[h].lemma &&
                  !pgn__lexicon_cue(s->lex, PGN__CUE_CONTROL, s->tok[h].lemma, NULL))) {
                *passive = 0;
                return o;
            }
            i = h;
        } else if (pgn__rel_is(t, "advcl") && has_mark(s, i, "to") && s->tok[h].lemma &&
                   pgn__lexicon_cue(s->lex, PGN__CUE_CONTROL, s->tok[h].lemma, NULL) &&
                   pgn__control_object(s, h) >= 0 &&
                   pgn__actor_of(s, pgn__control_object(s, h)) >= 0 &&
                   !(command_verb(&s->tok[h]) &&
                     pgn__countryless(s->doc, pgn__actor_of(s, pgn__control_object(s, h))))) {
            /* "called on Western allies [to provide advcl] systems": object
            ** control the parser took for a purpose clause; the one asked
            ** does the act, not the one asking.  (Not "ordered the army [to
            ** attack]": forces of no named country given an order are the
            ** orderer's.) */
            *passive = 0;
            return pgn__control_object(s, h);
        } else if (pgn__rel_is(t, "advcl") && pgn__child(s, h, "obj") >= 0 &&
                   (has_mark(s, i, "of") || has_mark(s, i, "for"))) {
            /* "accused Kyiv of trying", "blamed Iran for attacking": the
            ** accused does the act */
            *passive = 0;
            return pgn__child(s, h, "obj");
        } else if (pgn__rel_is(t, "advcl") && pgn__is_passive(s, h) &&
                   pgn__child(s, h, "nsubj:pass") >= 0 &&
                   (has_mark(s, i, "of") || has_mark(s, i, "for"))) {
            /* "forces were accused of dropping chlorine bombs": so does the
            ** accused named as the passive's subject */
            *passive = 0;
            return pgn__child(s, h, "nsubj:pass");
        } else if (pgn__rel_is(t, "advcl") && reduced_relative_of(s, i, h) >= 0) {
            /* "fired tear gas at protesters [demanding advcl] that...": a
            ** participle right after people the clause names is theirs */
            *passive = 0;
            return reduced_relative_of(s, i, h);
        } else if (pgn__rel_is(t, "conj") || pgn__rel_is(t, "advcl")) {
            /* "condemned and sanctioned", "joined Russia in opposing" */
            i = h;
        } else if (pgn__rel_is(t, "acl")) {
            *passive = 0;
            /* "China published a paper calling for a ceasefire": a
            ** document that calls or demands speaks for its publisher. */
            if (pgn__actor_of(s, h) < 0 && pgn__rel_is(&s->tok[h], "obj") && s->head[h] >= 0 &&
                (document_verb(t) || enacting_noun(&s->tok[h]))) {
                int p2 = 0, sj = pgn__subject_of(s, s->head[h], &p2);
                if (sj >= 0 && !p2 && pgn__actor_of(s, sj) >= 0) return sj;
            }
            return h; /* "troops that attacked", "forces sent to help" */
        } else {
            return -1;
        }
    }
    return -1;
}

/* The dependent of a introduced by preposition p. */
int pgn__prep_child(const pgn__sent *s, int a, const char *p) {
    for (int c = s->first_child[a]; c >= 0; c = s->next_sibling[c]) {
        const pgn__token *t = &s->tok[c];
        if (!(pgn__rel_is(t, "obl") || pgn__rel_is(t, "nmod") || pgn__rel_is(t, "advcl")))
            continue;
        for (int d = s->first_child[c]; d >= 0; d = s->next_sibling[d])
            if ((pgn__rel_is(&s->tok[d], "case") || pgn__rel_is(&s->tok[d], "mark")) &&
                pgn__word_is(&s->tok[d], p))
                return c;
    }
    return -1;
}

int pgn__object_child(const pgn__sent *s, int a) {
    int o = pgn__child(s, a, "obj");
    if (o < 0) o = pgn__child(s, a, "nsubj:pass");
    return o;
}
